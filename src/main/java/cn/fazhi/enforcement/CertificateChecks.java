package cn.fazhi.enforcement;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.fazhi.platform.web.UserFacingException;

/**
 * Whether officers may act on a day: the one place every enforcement act asks. 行政处罚法 Art. 42 ("行政处罚应当由具有
 * 行政执法资格的执法人员实施。执法人员不得少于两人") and 行政强制法 Arts. 17–18 (only qualified officers; at least two).
 * A certificate is valid on day d when issued_on ≤ d ≤ expires_on and it was not suspended or revoked on or before d
 * (status_since ≤ d) — a later suspension does not undo earlier acts.
 */
@Service
public class CertificateChecks {

    /** The fewest officers on an investigative act, inspection or coercive measure (处罚法 Art. 42, 强制法 Art. 18(二)). */
    public static final int MINIMUM_OFFICERS = 2;

    private static final String VALID_ON = "SELECT c.number FROM enforcement_certificate c "
            + "JOIN enforcement_officer o ON o.id = c.officer_id "
            + "WHERE c.officer_id = :officer AND o.active AND c.issued_on <= :day AND c.expires_on >= :day "
            + "AND NOT (c.status IN ('SUSPENDED', 'REVOKED') AND c.status_since <= :day) "
            + "ORDER BY c.expires_on DESC";

    private final JdbcClient jdbc;

    CertificateChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The number of a certificate of {@code officerId} valid on {@code day}, if any. */
    public Optional<String> validCertificate(long officerId, LocalDate day) {
        return jdbc.sql(VALID_ON).param("officer", officerId).param("day", day).query(String.class).optional();
    }

    public boolean validOn(long officerId, LocalDate day) {
        return validCertificate(officerId, day).isPresent();
    }

    /** Whether the officer holds 法律职业资格 (needed by 法制审核 reviewers, 处罚法 Art. 58(2)). */
    public boolean legallyQualified(long officerId) {
        return jdbc.sql("SELECT legal_qualification FROM enforcement_officer WHERE id = :id AND active")
                .param("id", officerId).query(Boolean.class).optional().orElse(false);
    }

    /**
     * Refuses (400, Chinese message) unless at least two distinct officers are named and each held a valid certificate
     * on {@code day}; the message names the officer who had none.
     */
    public void requireCertifiedPair(List<Long> officerIds, LocalDate day) {
        LinkedHashSet<Long> distinct = new LinkedHashSet<>(officerIds == null ? List.of() : officerIds);
        if (distinct.size() < MINIMUM_OFFICERS) {
            throw UserFacingException.badRequest("enforcement.officers.tooFew", MINIMUM_OFFICERS);
        }
        requireCertified(distinct, day);
    }

    /** Refuses (400) when any named officer had no valid certificate on {@code day}. */
    public void requireCertified(Iterable<Long> officerIds, LocalDate day) {
        for (Long id : officerIds) {
            if (id == null || !validOn(id, day)) {
                String name = id == null ? "" : jdbc.sql("SELECT name FROM enforcement_officer WHERE id = :id")
                        .param("id", id).query(String.class).optional().orElse(String.valueOf(id));
                throw UserFacingException.badRequest("enforcement.officers.noValidCertificate", name, day.toString());
            }
        }
    }
}
