package cn.fazhi.enforcement.officers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.fazhi.enforcement.CertificateStanding;
import cn.fazhi.enforcement.CertificateStatus;
import cn.fazhi.enforcement.OfficerProperties;
import cn.fazhi.enforcement.OfficerRules;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The officers part's rules, table-driven: what a certificate is worth on a day (行政处罚法 Art. 42 via
 * CertificateChecks' rule: a later suspension does not undo earlier days), the status changes a certificate allows,
 * the reviewer's qualification (Art. 58(2)) and the configurable number format (LEGAL-RULES-2 §4).
 */
class OfficerRulesTest {

    static final LocalDate ISSUED = LocalDate.of(2024, 1, 1);
    static final LocalDate EXPIRES = LocalDate.of(2028, 12, 31);

    @ParameterizedTest(name = "{0} on {1}, {2} since {3}, holder active {4} → {5}")
    @CsvSource({
        "valid mid-term,          2025-06-01, VALID,     2024-01-01, true,  VALID",
        "first day,               2024-01-01, VALID,     2024-01-01, true,  VALID",
        "last day,                2028-12-31, VALID,     2024-01-01, true,  VALID",
        "day after expiry,        2029-01-01, VALID,     2024-01-01, true,  EXPIRED",
        "marked expired,          2029-01-01, EXPIRED,   2029-01-01, true,  EXPIRED",
        "before issue,            2023-12-31, VALID,     2024-01-01, true,  NOT_YET_VALID",
        "suspended that day,      2025-06-01, SUSPENDED, 2025-06-01, true,  SUSPENDED",
        "before the suspension,   2025-05-31, SUSPENDED, 2025-06-01, true,  VALID",
        "revoked earlier,         2026-01-01, REVOKED,   2025-06-01, true,  REVOKED",
        "before the revocation,   2025-01-01, REVOKED,   2025-06-01, true,  VALID",
        "holder left,             2025-06-01, VALID,     2024-01-01, false, HOLDER_INACTIVE",
    })
    void standingOnADay(String label, LocalDate day, CertificateStatus status, LocalDate since, boolean active,
            CertificateStanding expected) {
        assertThat(CertificateStanding.on(day, ISSUED, EXPIRES, status, since, active)).as(label).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "VALID, SUSPENDED, true", "VALID, REVOKED, true", "VALID, VALID, false", "VALID, EXPIRED, false",
        "SUSPENDED, VALID, true", "SUSPENDED, REVOKED, true", "SUSPENDED, SUSPENDED, false", "SUSPENDED, EXPIRED, false",
        "REVOKED, VALID, false", "REVOKED, SUSPENDED, false", "REVOKED, EXPIRED, false", "REVOKED, REVOKED, false",
        "EXPIRED, VALID, false", "EXPIRED, SUSPENDED, false", "EXPIRED, REVOKED, false", "EXPIRED, EXPIRED, false",
    })
    void everyStatusChange(CertificateStatus from, CertificateStatus to, boolean allowed) {
        assertThat(OfficerRules.allowed(from, to)).isEqualTo(allowed);
        LocalDate today = LocalDate.of(2026, 6, 1);
        if (allowed) {
            OfficerRules.requireChange(from, to, today, ISSUED, today);
        } else {
            assertThatThrownBy(() -> OfficerRules.requireChange(from, to, today, ISSUED, today))
                    .isInstanceOf(UserFacingException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("enforcement.officers.error.statusChange");
        }
    }

    @Test
    void aStatusChangeLiesBetweenIssueAndToday() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        assertThatThrownBy(() -> OfficerRules.requireChange(CertificateStatus.VALID, CertificateStatus.SUSPENDED,
                today.plusDays(1), ISSUED, today)).extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("enforcement.officers.error.statusFuture");
        assertThatThrownBy(() -> OfficerRules.requireChange(CertificateStatus.VALID, CertificateStatus.SUSPENDED,
                ISSUED.minusDays(1), ISSUED, today)).extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("enforcement.officers.error.statusBeforeIssue");
    }

    /** 行政处罚法 Art. 58(2): a reviewer holds 法律职业资格. */
    @ParameterizedTest(name = "reviewer {0}, qualified {1} → allowed {2}")
    @CsvSource({"true, true, true", "true, false, false", "false, false, true", "false, true, true"})
    void aReviewerHoldsTheLegalQualification(boolean reviewer, boolean qualified, boolean allowed) {
        if (allowed) {
            OfficerRules.requireQualifiedReviewer(reviewer, qualified);
        } else {
            assertThatThrownBy(() -> OfficerRules.requireQualifiedReviewer(reviewer, qualified))
                    .extracting(e -> ((UserFacingException) e).messageKey())
                    .isEqualTo("enforcement.officers.error.reviewerNeedsQualification");
        }
    }

    @ParameterizedTest(name = "{1} with pattern {0} → {2}")
    @CsvSource(delimiter = ';', value = {
        "[0-9A-Z-]{6,40}; 42120230000123; 42120230000123",
        "[0-9A-Z-]{6,40}; ' xa-2023-0001 '; XA-2023-0001",
        "[0-9A-Z-]{6,40}; 12345; ",
        "[0-9A-Z-]{6,40}; 鄂1234567; ",
        "42\\d{12}; 42120230000123; 42120230000123",
        "42\\d{12}; 43120230000123; ",
    })
    void theNumberFormatIsASetting(String pattern, String number, String expected) {
        OfficerProperties settings = new OfficerProperties(BigDecimal.valueOf(60), pattern, BigDecimal.valueOf(5),
                BigDecimal.valueOf(60), "", 30, Duration.ofMinutes(1));
        if (expected != null) {
            assertThat(OfficerRules.certificateNumber(number, settings)).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> OfficerRules.certificateNumber(number, settings))
                    .extracting(e -> ((UserFacingException) e).messageKey())
                    .isEqualTo("enforcement.officers.error.certificateNumberFormat");
        }
    }

    @Test
    void theValidityRunsForward() {
        OfficerRules.requireValidityOrder(ISSUED, ISSUED);
        assertThatThrownBy(() -> OfficerRules.requireValidityOrder(ISSUED, ISSUED.minusDays(1)))
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("enforcement.officers.error.certificateDateOrder");
    }
}
