package cn.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import cn.fazhi.platform.crypto.FileCipher;

/** Files encrypted in authenticated SM4-GCM segments come back whole; any change, cut or reorder is refused. */
class FileCipherTest {

    static {
        new PlatformConfiguration(); // registers BouncyCastle
    }

    private final FileCipher cipher = new FileCipher(new FazhiProperties(null, null,
            new FazhiProperties.Crypto("00112233445566778899aabbccddeeff", "0f0e0d0c0b0a09080706050403020100", null),
            new FazhiProperties.Security(5, Duration.ofMinutes(15), Duration.ofHours(8), 8), null));

    private byte[] encrypt(byte[] plain) throws IOException {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        try (OutputStream out = cipher.encrypting(sealed)) {
            // written in odd pieces, as an upload arrives
            for (int i = 0; i < plain.length; i += 1000) {
                out.write(plain, i, Math.min(1000, plain.length - i));
            }
        }
        return sealed.toByteArray();
    }

    private byte[] decrypt(byte[] sealed) throws IOException {
        return cipher.decrypting(new ByteArrayInputStream(sealed)).readAllBytes();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 65535, 65536, 65537, 200_000, 3 * 65536})
    void roundTripsAnySize(int size) throws IOException {
        byte[] plain = new byte[size];
        new Random(size).nextBytes(plain);
        byte[] sealed = encrypt(plain);
        assertThat(decrypt(sealed)).isEqualTo(plain);
        if (size > 16) {
            assertThat(indexOf(sealed, Arrays.copyOfRange(plain, 0, 16))).as("plaintext not on disk").isNegative();
        }
    }

    @Test
    void aChangedByteACutAtASegmentBoundaryOrATruncatedTailIsRefused() throws IOException {
        byte[] plain = new byte[150_000];
        new Random(7).nextBytes(plain);
        byte[] sealed = encrypt(plain);
        byte[] flipped = sealed.clone();
        flipped[70_000] ^= 1;
        assertThatThrownBy(() -> decrypt(flipped)).isInstanceOf(IOException.class);
        int firstSegmentEnd = 11 + 65536 + 16;
        assertThatThrownBy(() -> decrypt(Arrays.copyOf(sealed, firstSegmentEnd * 2 - 11))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> decrypt(Arrays.copyOf(sealed, sealed.length - 1))).isInstanceOf(IOException.class);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
