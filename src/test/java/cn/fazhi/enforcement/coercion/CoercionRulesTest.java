package cn.fazhi.enforcement.coercion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fazhi.IntegrationTest;
import cn.fazhi.enforcement.CoercionCommands;
import cn.fazhi.enforcement.CoercionRules;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The rules of 行政强制法 in {@link CoercionRules}, table by table, each row naming its article; the calendar-bound
 * rules run against the legal calendar with the 2025 holiday notice (国庆 1–8 October, 28 September a make-up day).
 */
@IntegrationTest
class CoercionRulesTest {

    @Autowired
    CoercionRules rules;

    /** Art. 43 with the default night 22:00–06:00 and weekends as rest days: at, off hours?. */
    @ParameterizedTest(name = "Art. 43: {0} off hours = {1}")
    @CsvSource({
        "2025-09-30T10:00, false",   // Tuesday, working day, daytime
        "2025-09-30T21:59, false",
        "2025-09-30T22:00, true",    // night begins
        "2025-09-30T05:59, true",
        "2025-09-30T06:00, false",   // night ends
        "2025-10-01T10:00, true",    // 国庆节
        "2025-10-08T15:00, true",    // 国庆 holiday, last day
        "2025-09-27T10:00, true",    // Saturday
        "2025-09-28T10:00, false",   // Sunday made a working day (调休)
        "2025-10-09T10:00, false",
    })
    void nightAndRestDays(LocalDateTime at, boolean offHours) {
        assertThat(rules.offHours(at)).isEqualTo(offHours);
        if (offHours) {
            assertThatThrownBy(() -> rules.checkExecutionTime(at, false, null))
                    .hasMessage("enforcement.coercion.error.nightOrHoliday");
            assertThatThrownBy(() -> rules.checkExecutionTime(at, true, " "))
                    .hasMessage("enforcement.coercion.error.nightOrHoliday");
            assertThatCode(() -> rules.checkExecutionTime(at, true, "危及公共安全，须立即排除")).doesNotThrowAnyException();
        } else {
            assertThatCode(() -> rules.checkExecutionTime(at, false, null)).doesNotThrowAnyException();
        }
    }

    /** Arts. 25, 32: 30 natural days (+ extension + excluded testing days), a last day on a rest day moves on. */
    @ParameterizedTest(name = "Arts. 25/32: taken {0} +{1} ext +{2} excl → {3}")
    @CsvSource({
        "2025-03-03, 0, 0, 2025-04-02",   // Wednesday
        "2025-03-01, 0, 0, 2025-03-31",
        "2025-03-03, 30, 0, 2025-05-06",  // 2 May … 5 May 劳动节 holiday → 6 May
        "2025-03-03, 0, 7, 2025-04-09",
        "2025-09-01, 0, 0, 2025-10-09",   // 1 October falls in 国庆 → first working day after
    })
    void measurePeriod(LocalDate taken, int extension, int excluded, LocalDate expiry) {
        assertThat(rules.expiry(taken, extension, excluded)).isEqualTo(expiry);
    }

    @ParameterizedTest(name = "Arts. 25/32: extension of {1} days after {0} → {2}")
    @CsvSource({
        "0, 30, ok", "0, 1, ok", "0, 31, enforcement.coercion.error.extensionDays",
        "0, 0, enforcement.coercion.error.extensionDays", "10, 5, enforcement.coercion.error.extendedAlready",
    })
    void oneExtensionOfAtMostThirtyDays(int already, int days, String outcome) {
        if ("ok".equals(outcome)) {
            assertThatCode(() -> CoercionRules.checkExtension(already, days)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> CoercionRules.checkExtension(already, days)).hasMessage(outcome);
        }
    }

    @ParameterizedTest(name = "Art. 45: owed {0}, surcharge {1} → {2}")
    @CsvSource({
        "10000, 10000, ok", "10000, 9999.99, ok", "10000, 0, ok", "10000, 10000.01, enforcement.coercion.error.surchargeCap",
        "10000, -1, enforcement.coercion.error.surchargeNegative", ", 1, enforcement.coercion.error.surchargeCap",
    })
    void surchargeCappedAtThePrincipal(BigDecimal principal, BigDecimal surcharge, String outcome) {
        if ("ok".equals(outcome)) {
            assertThatCode(() -> CoercionRules.checkSurcharge(principal, surcharge)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> CoercionRules.checkSurcharge(principal, surcharge)).hasMessage(outcome);
        }
    }

    @ParameterizedTest(name = "Art. 19: taken {0}, reported {1} → {2}")
    @CsvSource({
        "2025-09-02T10:00, 2025-09-02T12:00, ok", "2025-09-02T10:00, 2025-09-03T10:00, ok",
        "2025-09-02T10:00, 2025-09-03T10:01, enforcement.coercion.error.emergencyLate",
        "2025-09-02T10:00, 2025-09-02T09:00, enforcement.coercion.error.emergencyLate",
    })
    void emergencyReportedWithin24Hours(LocalDateTime taken, LocalDateTime reported, String outcome) {
        if ("ok".equals(outcome)) {
            assertThatCode(() -> CoercionRules.checkEmergencyReport(taken, reported)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> CoercionRules.checkEmergencyReport(taken, reported)).hasMessage(outcome);
        }
    }

    @ParameterizedTest(name = "Art. 51: demand served {0}, 代履行 on {1} → {2}")
    @CsvSource({
        "2025-09-01, 2025-09-03, enforcement.coercion.error.substituteNotice", "2025-09-01, 2025-09-04, ok",
        "2025-09-26, 2025-09-29, enforcement.coercion.error.substituteNotice",  // Fri; 28 Sep make-up day counts
        "2025-09-26, 2025-09-30, ok",
    })
    void substitutePerformanceThreeWorkingDaysAfterTheDemand(LocalDate served, LocalDate on, String outcome) {
        if ("ok".equals(outcome)) {
            assertThatCode(() -> rules.checkSubstituteNotice(served, on)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> rules.checkSubstituteNotice(served, on)).hasMessage(outcome);
        }
    }

    /** Arts. 53, 54: demand served 1 Sep 2025 (10 working days end 15 Sep); remedy period ended 1 Dec 2025. */
    @ParameterizedTest(name = "Arts. 53/54: applied {0} → {1}")
    @CsvSource({
        "2025-09-15, enforcement.coercion.error.courtEarly", "2025-09-16, enforcement.coercion.error.courtBeforeRemedy",
        "2025-12-01, enforcement.coercion.error.courtBeforeRemedy", "2025-12-02, ok", "2026-03-02, ok",
        "2026-03-03, enforcement.coercion.error.courtLate",  // 1 Mar 2026 is a Sunday → 2 Mar
    })
    void courtApplicationWindow(LocalDate applied, String outcome) {
        LocalDate served = LocalDate.of(2025, 9, 1);
        LocalDate remedyEnds = LocalDate.of(2025, 12, 1);
        if ("ok".equals(outcome)) {
            assertThatCode(() -> rules.checkCourtApplication(served, remedyEnds, applied)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> rules.checkCourtApplication(served, remedyEnds, applied)).hasMessage(outcome);
        }
    }

    @Test
    void freezeDecisionWithinThreeWorkingDays() {
        assertThat(rules.freezeDecisionDue(LocalDate.of(2025, 9, 26))).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(rules.freezeDecisionDue(LocalDate.of(2025, 9, 30))).isEqualTo(LocalDate.of(2025, 10, 11));
    }

    /** Art. 18 (三)–(九): each item missing is refused by name. */
    @ParameterizedTest(name = "Art. 18: missing {0}")
    @CsvSource({
        "certificateShown", "partyNotified", "rightsTold", "statementsHeard", "siteRecord", "signed", "witness", "none",
    })
    void article18Checklist(String missing) {
        boolean present = !"witness".equals(missing);
        CoercionCommands.Take t = new CoercionCommands.Take(LocalDate.of(2025, 9, 2), null, List.of(1L, 2L),
                !"certificateShown".equals(missing), present, !"partyNotified".equals(missing),
                !"rightsTold".equals(missing), !"statementsHeard".equals(missing), !"siteRecord".equals(missing),
                !"signed".equals(missing), false, null, null, null, 0);
        if ("none".equals(missing)) {
            assertThatCode(() -> CoercionRules.checkArticle18(t)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> CoercionRules.checkArticle18(t)).isInstanceOf(UserFacingException.class)
                    .hasMessage("enforcement.coercion.checklist." + missing);
        }
    }

    @Test
    void aRefusalToSignNotedOrAWitnessWhenAbsentSatisfiesTheChecklist() {
        var refused = new CoercionCommands.Take(LocalDate.of(2025, 9, 2), null, List.of(1L, 2L), true, true, true, true,
                true, true, false, true, null, null, null, 0);
        assertThatCode(() -> CoercionRules.checkArticle18(refused)).doesNotThrowAnyException();
        var absentWithWitness = new CoercionCommands.Take(LocalDate.of(2025, 9, 2), null, List.of(1L, 2L), true, false,
                true, true, true, true, false, false, "村委会主任李某", null, null, 0);
        assertThatCode(() -> CoercionRules.checkArticle18(absentWithWitness)).doesNotThrowAnyException();
    }
}
