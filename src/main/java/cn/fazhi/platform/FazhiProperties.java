package cn.fazhi.platform;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the whole platform, bound from {@code fazhi.*}; production values come from environment variables. */
@ConfigurationProperties("fazhi")
public record FazhiProperties(Path dataDir, Demo demo, Crypto crypto, Security security, Calendar calendar) {

    public record Demo(boolean enabled) {}

    /**
     * Keys from the environment, never stored in the database: {@code sm4Key} encrypts personal data and attachments,
     * {@code indexKey} keys the blind index, {@code auditKey} keys the audit chain and its checkpoints (HMAC-SM3).
     */
    public record Crypto(String sm4Key, String indexKey, String auditKey) {
        /** The public demo keys shipped in application.yml; the prod profile refuses them. */
        public static final String DEFAULT_SM4_KEY = "000102030405060708090a0b0c0d0e0f";
        public static final String DEFAULT_INDEX_KEY = "0f0e0d0c0b0a09080706050403020100";
        public static final String DEFAULT_AUDIT_KEY = "a0a1a2a3a4a5a6a7a8a9aaabacadaeaf";

        public Crypto {
            auditKey = auditKey == null || auditKey.isBlank() ? DEFAULT_AUDIT_KEY : auditKey;
        }

        public boolean usesDefaults() {
            return DEFAULT_SM4_KEY.equalsIgnoreCase(sm4Key) || DEFAULT_INDEX_KEY.equalsIgnoreCase(indexKey)
                    || DEFAULT_AUDIT_KEY.equalsIgnoreCase(auditKey);
        }
    }

    public record Security(int maxFailedLogins, Duration lockout, Duration tokenLifetime, int passwordMinLength) {}

    public record Calendar(Duration cacheTtl) {}
}
