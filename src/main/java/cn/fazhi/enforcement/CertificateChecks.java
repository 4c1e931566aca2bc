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

    /** An officer certified on a day: the certificate valid then (the latest to expire) and the unit's code. */
    public record Certified(long officerId, String name, long unitId, String unitCode, String certificateNumber) {}

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

    /**
     * The active officers of the units with a certificate valid on {@code day}, each once with the certificate valid
     * then that expires last (for random inspections: the inspector register a draw is made from, 双随机).
     */
    public java.util.List<Certified> certifiedInUnits(java.util.Collection<Long> unitIds, LocalDate day) {
        if (unitIds == null || unitIds.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Certified> byOfficer = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT o.id, o.name, o.unit_id, u.code, c.number FROM enforcement_officer o JOIN unit u ON u.id = o.unit_id "
                        + "JOIN enforcement_certificate c ON c.officer_id = o.id WHERE o.active AND o.unit_id IN (:units) "
                        + "AND c.issued_on <= :day AND c.expires_on >= :day "
                        + "AND NOT (c.status IN ('SUSPENDED', 'REVOKED') AND c.status_since <= :day) "
                        + "ORDER BY o.id, c.expires_on DESC, c.number")
                .param("units", unitIds).param("day", day)
                .query((rs, n) -> byOfficer.putIfAbsent(rs.getLong(1), new Certified(rs.getLong(1), rs.getString(2),
                        rs.getLong(3), rs.getString(4), rs.getString(5))))
                .list();
        return List.copyOf(byOfficer.values());
    }

    /** The officer holding certificate {@code number}, if any (a certificate number is unique). */
    public Optional<Long> officerOfCertificate(String number) {
        return jdbc.sql("SELECT officer_id FROM enforcement_certificate WHERE number = :n").param("n", number)
                .query(Long.class).optional();
    }
}
