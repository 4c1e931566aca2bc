package cn.fazhi.platform.crypto;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import cn.fazhi.platform.FazhiProperties;

/**
 * Encrypts files at rest with SM4-GCM under the personal-data key ({@code fazhi.crypto.sm4-key}), as a stream of
 * independently authenticated segments, so that a file of any size is written and read in constant memory and no
 * byte is handed out before its segment's tag has been checked.
 * <p>
 * Layout: {@code "FZE1"} ‖ 7-byte random file nonce, then segments of at most 64 KiB plaintext, each
 * {@code ciphertext ‖ 16-byte tag}. The IV of segment {@code i} is nonce ‖ i (4 bytes) ‖ last-flag (1 byte) and the
 * header is authenticated with every segment (the "STREAM" construction): reordering, dropping or truncating segments
 * fails authentication, because the last segment is sealed as last.
 */
@Component
public class FileCipher {

    private static final byte[] MAGIC = {'F', 'Z', 'E', '1'};
    private static final int NONCE_BYTES = 7;
    private static final int HEADER_BYTES = MAGIC.length + NONCE_BYTES;
    static final int SEGMENT = 64 * 1024;
    private static final int TAG_BYTES = 16;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public FileCipher(FazhiProperties properties) {
        byte[] raw = HexFormat.of().parseHex(properties.crypto().sm4Key());
        if (raw.length != 16) {
            throw new IllegalStateException("fazhi.crypto.sm4-key must be 32 hex characters (128 bits)");
        }
        this.key = new SecretKeySpec(raw, "SM4");
    }

    /** A stream that encrypts what is written to it into {@code out}; closing it seals the last segment. */
    public OutputStream encrypting(OutputStream out) throws IOException {
        byte[] header = new byte[HEADER_BYTES];
        System.arraycopy(MAGIC, 0, header, 0, MAGIC.length);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        System.arraycopy(nonce, 0, header, MAGIC.length, NONCE_BYTES);
        out.write(header);
        return new Encrypting(out, header);
    }

    /** A stream of the plaintext of {@code in}; throws an IOException when a segment fails authentication. */
    public InputStream decrypting(InputStream in) throws IOException {
        byte[] header = in.readNBytes(HEADER_BYTES);
        if (header.length != HEADER_BYTES || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
            throw new IOException("not an encrypted file");
        }
        return new Decrypting(in, header);
    }

    private byte[] seal(int mode, byte[] header, long index, boolean last, byte[] data, int length) throws IOException {
        if (index > Integer.MAX_VALUE) {
            throw new IOException("file too large");
        }
        byte[] iv = ByteBuffer.allocate(12).put(header, MAGIC.length, NONCE_BYTES).putInt((int) index)
                .put((byte) (last ? 1 : 0)).array();
        try {
            Cipher cipher = Cipher.getInstance("SM4/GCM/NoPadding", "BC");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, iv));
            cipher.updateAAD(header);
            return cipher.doFinal(data, 0, length);
        } catch (GeneralSecurityException e) {
            throw new IOException("encrypted file segment " + index + " failed authentication: tampered or wrong key", e);
        }
    }

    private final class Encrypting extends FilterOutputStream {
        private final byte[] header;
        private final byte[] buffer = new byte[SEGMENT];
        private int filled;
        private long index;
        private boolean closed;

        Encrypting(OutputStream out, byte[] header) {
            super(out);
            this.header = header;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == SEGMENT) { // more data follows a full segment: it is not the last one
                    out.write(seal(Cipher.ENCRYPT_MODE, header, index++, false, buffer, filled));
                    filled = 0;
                }
                int n = Math.min(len, SEGMENT - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            out.write(seal(Cipher.ENCRYPT_MODE, header, index, true, buffer, filled));
            out.close();
        }
    }

    private final class Decrypting extends InputStream {
        private final InputStream in;
        private final byte[] header;
        private byte[] plain = new byte[0];
        private int position;
        private long index;
        private boolean done;
        private int lookahead = -2; // -2: none read yet; -1: end of input; else one byte of the next segment

        Decrypting(InputStream in, byte[] header) {
            this.in = in;
            this.header = header;
        }

        private boolean fill() throws IOException {
            while (position >= plain.length) {
                if (done) {
                    return false;
                }
                ByteArrayOutputStream chunk = new ByteArrayOutputStream(SEGMENT + TAG_BYTES);
                if (lookahead >= 0) {
                    chunk.write(lookahead);
                }
                chunk.write(in.readNBytes(SEGMENT + TAG_BYTES - chunk.size()));
                lookahead = in.read();
                boolean last = lookahead < 0;
                byte[] sealed = chunk.toByteArray();
                plain = seal(Cipher.DECRYPT_MODE, header, index++, last, sealed, sealed.length);
                position = 0;
                done = last;
            }
            return true;
        }

        @Override
        public int read() throws IOException {
            return fill() ? plain[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, plain.length - position);
            System.arraycopy(plain, position, b, off, n);
            position += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
