package cn.fazhi.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import cn.fazhi.platform.crypto.Sm3;

/**
 * The checkpoint file of the audit chain head, kept outside the database ({@code fazhi.audit.checkpoint-dir}, one file
 * per node): append-only lines {@code v1 seq hash keyedFrom epochMillis mac}, each signed with HMAC-SM3 under the audit
 * key. A database whose head is behind a checkpoint, or whose row at a checkpoint's sequence number has another hash,
 * has been truncated or rewritten. Someone who can write this file can remove its last lines (detection then falls back
 * to the earlier checkpoints) but cannot forge one without the key.
 */
final class AuditCheckpoints {

    record Checkpoint(long seq, String hash, long keyedFrom, long writtenAtMillis) {}

    /** A line of the file that is malformed or fails its signature. */
    static final class Forged extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int lineNumber;

        Forged(int lineNumber) {
            super("audit checkpoint line " + lineNumber + " is malformed or its signature does not match");
            this.lineNumber = lineNumber;
        }
    }

    private final Path file;
    private final byte[] key;

    AuditCheckpoints(Path dir, byte[] key) {
        this.file = dir.resolve("chain-head.log");
        this.key = key;
    }

    Path file() {
        return file;
    }

    synchronized void append(Checkpoint c) {
        String body = body(c);
        String line = body + " " + Sm3.hmacHex(key, "fazhi-audit-checkpoint " + body) + "\n";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.DSYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit checkpoint " + file, e);
        }
    }

    /** Every checkpoint in the order written; throws {@link Forged} on the first line that fails its signature. */
    synchronized List<Checkpoint> all() {
        List<Checkpoint> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit checkpoint " + file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            out.add(parse(lines.get(i), i + 1));
        }
        return out;
    }

    private Checkpoint parse(String line, int number) {
        String[] f = line.trim().split(" ");
        if (f.length != 6 || !"v1".equals(f[0])) {
            throw new Forged(number);
        }
        try {
            Checkpoint c = new Checkpoint(Long.parseLong(f[1]), f[2], Long.parseLong(f[3]), Long.parseLong(f[4]));
            if (!Sm3.hmacHex(key, "fazhi-audit-checkpoint " + body(c)).equals(f[5])) {
                throw new Forged(number);
            }
            return c;
        } catch (NumberFormatException e) {
            throw new Forged(number);
        }
    }

    private static String body(Checkpoint c) {
        return "v1 " + c.seq() + " " + c.hash() + " " + c.keyedFrom() + " " + c.writtenAtMillis();
    }
}
