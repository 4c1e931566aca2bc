package cn.fazhi.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import cn.fazhi.platform.FazhiProperties;

/**
 * Encrypts personal data (resident ID numbers, phone numbers) at rest with SM4-GCM (GB/T 32907-2016), and computes a
 * keyed blind index (HMAC-SM3) so that an encrypted value can still be looked up by equality.
 * Stored form: {@code v1:} + Base64(12-byte IV ‖ ciphertext ‖ 16-byte tag).
 */
@Component
public class PersonalDataCipher {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final byte[] indexKey;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(FazhiProperties properties) {
        byte[] raw = HexFormat.of().parseHex(properties.crypto().sm4Key());
        if (raw.length != 16) {
            throw new IllegalStateException("fazhi.crypto.sm4-key must be 32 hex characters (128 bits)");
        }
        this.key = new SecretKeySpec(raw, "SM4");
        this.indexKey = HexFormat.of().parseHex(properties.crypto().indexKey());
    }

    public String encrypt(String plain) {
        if (plain == null || plain.isEmpty()) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("SM4/GCM/NoPadding", "BC");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM4 encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null || stored.isEmpty()) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalArgumentException("unknown personal-data cipher version");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("SM4/GCM/NoPadding", "BC");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            byte[] plain = cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM4 decryption failed: wrong key or tampered data", e);
        }
    }

    /** A keyed digest for equality search over encrypted values; null for an empty value. */
    public String blindIndex(String plain) {
        return plain == null || plain.isEmpty() ? null : Sm3.hmacHex(indexKey, plain);
    }
}
