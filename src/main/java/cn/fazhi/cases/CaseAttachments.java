package cn.fazhi.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.FazhiProperties;
import cn.fazhi.platform.crypto.FileCipher;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Files attached to cases, stored under {@code <data dir>/attachments/<type>/<year>/} encrypted with SM4-GCM
 * ({@link FileCipher}, the personal-data key; column {@code encryption}) with the SM3 digest of their content. Files
 * stored before encryption was introduced stay plain and are read as they are. The type is checked by extension and by
 * the file's first bytes, the size against {@code fazhi.cases.max-attachment-size}; on download the digest is computed
 * again (and every segment authenticated) before a byte is sent, and a mismatch is refused and audited. A file written
 * for a transaction that rolls back is deleted, so nothing half-saved remains.
 */
@Service
public class CaseAttachments {

    /** The value of {@code case_attachment.encryption} for files written by {@link FileCipher}. */
    private static final String ENCRYPTION = "sm4-gcm-v1";

    /** Leading bytes of formats that have a fixed signature. */
    private static final Map<String, byte[]> MAGIC = Map.of(
            "pdf", "%PDF".getBytes(), "png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "docx", new byte[] {'P', 'K', 3, 4}, "xlsx", new byte[] {'P', 'K', 3, 4});
    private static final Map<String, String> CONTENT_TYPES = Map.of("pdf", "application/pdf", "png", "image/png",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "txt", "text/plain; charset=utf-8",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "doc", "application/msword", "xls", "application/vnd.ms-excel");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final CaseProperties settings;
    private final CaseTimeline timeline;
    private final Path root;
    private final FileCipher cipher;

    CaseAttachments(JdbcClient jdbc, Clock clock, AuditTrail audit, CaseProperties settings, FazhiProperties properties,
            CaseTimeline timeline, FileCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.timeline = timeline;
        this.clock = clock;
        this.audit = audit;
        this.settings = settings;
        this.root = properties.dataDir().toAbsolutePath().resolve("attachments");
    }

    /** Stores a file for a case and records it in the case's timeline (action {@code attached}). */
    @Transactional
    public Attachment attach(CaseRef ref, String originalName, InputStream content, String kind) {
        Attachment stored = store(ref, originalName, content, kind);
        timeline.record(ref, "attached", stored.fileName());
        return stored;
    }

    /** Stores a file for a case; call inside the transaction of the change it belongs to. */
    @Transactional
    public Attachment store(CaseRef ref, String originalName, InputStream content, String kind) {
        String name = cleanName(originalName);
        String extension = extension(name);
        if (!settings.attachmentTypes().contains(extension)) {
            throw UserFacingException.badRequest("cases.attachment.type", String.join("、", settings.attachmentTypes()));
        }
        Path target = root.resolve(ref.caseType()).resolve(Integer.toString(OffsetDateTime.now(clock).getYear()))
                .resolve(UUID.randomUUID() + ".bin");
        long size;
        String digest;
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "upload", ".tmp");
            try {
                Written written = copy(content, temp, settings.maxAttachmentSize().toBytes());
                if (written.size() == 0) {
                    throw UserFacingException.badRequest("cases.attachment.empty");
                }
                byte[] magic = MAGIC.get(extension);
                if (magic != null && !java.util.Arrays.equals(java.util.Arrays.copyOf(written.head(), magic.length), magic)) {
                    throw UserFacingException.badRequest("cases.attachment.content", extension);
                }
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                size = written.size();
                digest = written.sm3();
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new IllegalStateException("attachment could not be stored", e);
        }
        deleteOnRollback(target);
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("INSERT INTO case_attachment (case_type, case_id, file_name, content_type, size_bytes, sm3, storage_path, "
                        + "kind, uploaded_at, uploaded_by, encryption) VALUES (:t, :c, :n, :ct, :s, :d, :p, :k, :at, :by, :enc)")
                .param("t", ref.caseType()).param("c", ref.caseId()).param("n", name)
                .param("ct", CONTENT_TYPES.getOrDefault(extension, "application/octet-stream")).param("s", size)
                .param("d", digest).param("p", root.relativize(target).toString()).param("k", kind).param("at", now)
                .param("by", Actors.current()).param("enc", ENCRYPTION).update();
        Attachment stored = jdbc.sql(SELECT + " WHERE storage_path = :p").param("p", root.relativize(target).toString())
                .query(this::map).single();
        audit.record(AuditEntry.of("cases.attachment.stored", ref.caseType(), ref.caseId(), name + " sm3=" + digest));
        return stored;
    }

    public List<Attachment> of(CaseRef ref) {
        return jdbc.sql(SELECT + " WHERE case_type = :t AND case_id = :c ORDER BY id").param("t", ref.caseType())
                .param("c", ref.caseId()).query(this::map).list();
    }

    public java.util.Optional<Attachment> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(this::map).optional();
    }

    /** Writes the file to {@code out} after checking that its SM3 digest still matches the recorded one. */
    public void copyVerified(Attachment attachment, OutputStream out) throws IOException {
        try (InputStream in = openVerified(attachment)) {
            in.transferTo(out);
        }
    }

    /**
     * The file's content as a stream (decrypted as it is read), after a first pass has checked every segment and the
     * SM3 digest of the whole against the recorded one; a mismatch is refused and audited before a byte is handed out.
     */
    public InputStream openVerified(Attachment attachment) throws IOException {
        Map<String, Object> row = jdbc.sql("SELECT storage_path, encryption FROM case_attachment WHERE id = :id")
                .param("id", attachment.id()).query().singleRow();
        Path file = root.resolve((String) row.get("storage_path")).normalize();
        if (!file.startsWith(root) || !Files.exists(file)) {
            throw UserFacingException.notFound("cases.attachment.missing");
        }
        boolean encrypted = row.get("encryption") != null;
        String digest;
        try (InputStream in = open(file, encrypted)) {
            digest = digest(in);
        } catch (IOException e) {
            digest = null; // a segment failed authentication
        }
        if (!attachment.sm3().equals(digest)) {
            audit.recordIndependently(AuditEntry.of("cases.attachment.tampered", attachment.ref().caseType(),
                    attachment.ref().caseId(), attachment.fileName()).failed());
            throw UserFacingException.conflict("cases.attachment.tampered", attachment.fileName());
        }
        return open(file, encrypted);
    }

    private InputStream open(Path file, boolean encrypted) throws IOException {
        InputStream in = Files.newInputStream(file);
        return encrypted ? cipher.decrypting(in) : in;
    }

    private static final String SELECT = "SELECT id, case_type, case_id, file_name, content_type, size_bytes, sm3, kind, "
            + "uploaded_at, uploaded_by FROM case_attachment";

    private Attachment map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Attachment(rs.getLong("id"), new CaseRef(rs.getString("case_type"), rs.getLong("case_id")),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sm3"),
                rs.getString("kind"), rs.getObject("uploaded_at", OffsetDateTime.class), rs.getString("uploaded_by"));
    }

    /** The plaintext's size, SM3 digest and first bytes (for the format check). */
    private record Written(long size, String sm3, byte[] head) {}

    /** Copies the upload into {@code target}, encrypted, hashing the plaintext on the way. */
    private Written copy(InputStream in, Path target, long limit) throws IOException {
        SM3Digest sm3 = new SM3Digest();
        long total = 0;
        byte[] head = new byte[8];
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = cipher.encrypting(Files.newOutputStream(target))) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                if (total < head.length) {
                    System.arraycopy(buffer, 0, head, (int) total, (int) Math.min(read, head.length - total));
                }
                total += read;
                if (total > limit) {
                    throw UserFacingException.badRequest("cases.attachment.size", limit / (1024 * 1024));
                }
                sm3.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        }
        byte[] hash = new byte[sm3.getDigestSize()];
        sm3.doFinal(hash, 0);
        return new Written(total, HexFormat.of().formatHex(hash), head);
    }

    private static String digest(InputStream in) throws IOException {
        SM3Digest sm3 = new SM3Digest();
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = in.read(buffer)) > 0) {
            sm3.update(buffer, 0, read);
        }
        byte[] hash = new byte[sm3.getDigestSize()];
        sm3.doFinal(hash, 0);
        return HexFormat.of().formatHex(hash);
    }

    private static void deleteOnRollback(Path file) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        try {
                            Files.deleteIfExists(file);
                        } catch (IOException ignored) {
                            // an orphan file is harmless: no row points at it
                        }
                    }
                }
            });
        }
    }

    private static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        if (base.isEmpty() || base.length() > 255) {
            throw UserFacingException.badRequest("cases.attachment.name");
        }
        return base;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
