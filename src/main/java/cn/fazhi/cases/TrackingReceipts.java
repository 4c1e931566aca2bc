package cn.fazhi.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.crypto.Sm3;
import cn.fazhi.platform.web.ClientAddress;
import cn.fazhi.platform.web.RateLimiter;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Tracking receipts for the public, for every case type: a code and a secret handed out once when a case is filed
 * online. The secret is kept only salted and hashed (SM3 over a random salt and the secret). A look-up answers one way
 * for a wrong code and a wrong secret alike (404, {@code cases.tracking.unknown}); every attempt is audited, refused
 * ones too; a client address that fails too often is refused for a while (429).
 *
 * <p>Receipts issued before the kernel kept them (V79) are checked the way they were stored: {@code SM3} of the
 * secret (mediation) or {@code SM3_CODE} of {@code code:secret} (reconsideration).
 */
@Service
public class TrackingReceipts {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final String SALTED = "SM3_SALTED";

    /** What the applicant is shown once: the code and the secret. */
    public record Receipt(String code, String secret) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final RateLimiter failures;
    private final SecureRandom random = new SecureRandom();

    TrackingReceipts(JdbcClient jdbc, AuditTrail audit, Clock clock, CaseProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.failures = new RateLimiter(Math.max(1, properties.trackingFailures()), properties.trackingPeriod());
    }

    /** Issues a receipt for the case (in the caller's transaction): a new code and secret. */
    @Transactional
    public Receipt issue(CaseRef ref) {
        String code = random(12);
        String secret = random(8);
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        String saltHex = HexFormat.of().formatHex(salt);
        jdbc.sql("INSERT INTO case_tracking (case_type, case_id, code, salt, secret_hash, scheme, issued_at) "
                        + "VALUES (:t, :id, :code, :salt, :hash, :scheme, :at)")
                .param("t", ref.caseType()).param("id", ref.caseId()).param("code", code).param("salt", saltHex)
                .param("hash", Sm3.hex(saltHex + ":" + secret)).param("scheme", SALTED)
                .param("at", OffsetDateTime.now(clock)).update();
        return new Receipt(code, secret);
    }

    /** Whether the case was filed with a receipt (online). */
    public boolean issued(CaseRef ref) {
        return jdbc.sql("SELECT COUNT(*) FROM case_tracking WHERE case_type = :t AND case_id = :id")
                .param("t", ref.caseType()).param("id", ref.caseId()).query(Long.class).single() > 0;
    }

    /**
     * The case of {@code caseType} the code and secret open; otherwise 404 with one message for every wrong answer,
     * or 429 when this client address failed too often. Both outcomes are audited.
     */
    @Transactional
    public long open(String caseType, String code, String secret) {
        String address = ClientAddress.current();
        String key = "tracking " + address;
        long wait = failures.waitSeconds(key, System.nanoTime());
        if (wait > 0) {
            audit.recordIndependently(AuditEntry.of("cases.tracking.throttled", caseType, null, address).failed());
            throw new UserFacingException(HttpStatus.TOO_MANY_REQUESTS, "cases.tracking.tooMany", wait);
        }
        String normalisedCode = code == null ? "" : code.strip().toUpperCase();
        String normalisedSecret = secret == null ? "" : secret.strip().toUpperCase();
        Optional<Stored> stored = normalisedCode.isEmpty() || normalisedCode.length() > 32 ? Optional.empty()
                : jdbc.sql("SELECT case_id, salt, secret_hash, scheme FROM case_tracking WHERE case_type = :t AND code = :c")
                        .param("t", caseType).param("c", normalisedCode)
                        .query((rs, n) -> new Stored(rs.getLong("case_id"), rs.getString("salt"),
                                rs.getString("secret_hash"), rs.getString("scheme")))
                        .optional();
        String expected = stored.map(Stored::hash).orElse("0".repeat(64));
        String given = stored.map(s -> s.hashOf(normalisedCode, normalisedSecret)).orElse(Sm3.hex(normalisedSecret));
        boolean match = stored.isPresent() && !normalisedSecret.isEmpty()
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
        String shown = normalisedCode.length() > 32 ? normalisedCode.substring(0, 32) : normalisedCode;
        if (!match) {
            failures.tryAcquire(key, System.nanoTime());
            audit.recordIndependently(AuditEntry.of("cases.tracking.refused", caseType, shown,
                    "wrong code or secret from " + address).failed());
            throw UserFacingException.notFound("cases.tracking.unknown");
        }
        audit.record(AuditEntry.of("cases.tracking.opened", caseType, stored.get().caseId(), shown + " from " + address));
        return stored.get().caseId();
    }

    private String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private record Stored(long caseId, String salt, String hash, String scheme) {

        String hashOf(String code, String secret) {
            return switch (scheme) {
                case SALTED -> Sm3.hex(salt + ":" + secret);
                case "SM3" -> Sm3.hex(secret);
                case "SM3_CODE" -> Sm3.hex(code + ":" + secret);
                default -> throw new IllegalStateException("unknown tracking scheme " + scheme);
            };
        }
    }
}
