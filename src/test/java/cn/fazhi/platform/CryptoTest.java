package cn.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import cn.fazhi.platform.crypto.PersonalDataCipher;
import cn.fazhi.platform.crypto.Sm3;

/** SM3 against the GB/T 32905-2016 test vector; SM4-GCM round trip, randomised IVs and tamper detection. */
class CryptoTest {

    static {
        new PlatformConfiguration();
    }

    private final PersonalDataCipher cipher = new PersonalDataCipher(new FazhiProperties(null, null,
            new FazhiProperties.Crypto("00112233445566778899aabbccddeeff", "0f0e0d0c0b0a09080706050403020100", null),
            new FazhiProperties.Security(5, Duration.ofMinutes(15), Duration.ofHours(8), 8), null));

    @Test
    void sm3MatchesTheStandardsExample() {
        // GB/T 32905-2016 Appendix A.1: SM3("abc")
        assertThat(Sm3.hex("abc")).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void sm4GcmRoundTripsAndNeverRepeatsCiphertext() {
        String a = cipher.encrypt("42120219800101001X");
        String b = cipher.encrypt("42120219800101001X");
        assertThat(a).startsWith("v1:").isNotEqualTo(b).doesNotContain("4212021980");
        assertThat(cipher.decrypt(a)).isEqualTo("42120219800101001X");
        assertThat(cipher.blindIndex("42120219800101001X")).isEqualTo(cipher.blindIndex("42120219800101001X"));
    }

    @Test
    void tamperedCiphertextIsRejected() {
        String sealed = cipher.encrypt("13907150001");
        byte[] raw = java.util.Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "v1:" + java.util.Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
    }
}
