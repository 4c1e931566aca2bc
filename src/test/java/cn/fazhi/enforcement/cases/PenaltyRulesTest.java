package cn.fazhi.enforcement.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.fazhi.enforcement.HearingRules;
import cn.fazhi.enforcement.LateFee;
import cn.fazhi.enforcement.Limitation;
import cn.fazhi.enforcement.PenaltyKind;
import cn.fazhi.enforcement.PenaltyPartyKind;
import cn.fazhi.enforcement.PenaltyProperties;

/** The penalty case's pure rules, table-driven, each with its article. */
class PenaltyRulesTest {

    static final PenaltyProperties DEFAULTS = new PenaltyProperties(new BigDecimal("10000"), new BigDecimal("100000"),
            List.of(PenaltyKind.LICENCE_DOWNGRADE, PenaltyKind.LICENCE_REVOKED, PenaltyKind.SUSPENSION),
            new BigDecimal("200"), new BigDecimal("3000"), 30, 2);

    /** 行政处罚法 Art. 36: 2 years, 5 with grave harm, from the end of a continuing act; the last day is in time. */
    @ParameterizedTest(name = "act {0} ended {1} harm {2} discovered {3} → barred {4}")
    @CsvSource(nullValues = "-", value = {
            "2022-03-01, -,          false, 2024-03-01, false",
            "2022-03-01, -,          false, 2024-03-02, true",
            "2022-03-01, -,          true,  2024-03-02, false",
            "2022-03-01, -,          true,  2027-03-01, false",
            "2022-03-01, -,          true,  2027-03-02, true",
            "2020-01-10, 2023-06-30, false, 2025-06-30, false",
            "2020-01-10, 2023-06-30, false, 2025-07-01, true",
            "2024-02-29, -,          false, 2026-02-28, false",
            "2024-02-29, -,          false, 2026-03-01, true"})
    void limitationOfArticle36(LocalDate act, LocalDate ended, boolean harm, LocalDate discovered, boolean barred) {
        assertThat(Limitation.barred(act, ended, harm, discovered)).isEqualTo(barred);
    }

    /** 行政处罚法 Art. 72: 3 % of the fine per day after the due day, never more than the fine. */
    @ParameterizedTest(name = "fine {0} due {1} paid {2} → {3}")
    @CsvSource({
            "1000.00, 2024-05-15, 2024-05-15, 0.00",
            "1000.00, 2024-05-15, 2024-05-10, 0.00",
            "1000.00, 2024-05-15, 2024-05-16, 30.00",
            "1000.00, 2024-05-15, 2024-05-25, 300.00",
            "1000.00, 2024-05-15, 2024-06-17, 990.00",
            "1000.00, 2024-05-15, 2024-06-18, 1000.00",
            "1000.00, 2024-05-15, 2025-05-15, 1000.00",
            "333.33,  2024-05-15, 2024-05-16, 10.00",
            "0,       2024-05-15, 2024-06-15, 0.00"})
    void lateFeeOfArticle72(BigDecimal fine, LocalDate due, LocalDate paid, BigDecimal fee) {
        assertThat(LateFee.of(fine, due, paid)).isEqualByComparingTo(fee);
    }

    /** 行政处罚法 Art. 63: 较大数额 per party kind (settings) and the heavier kinds always give a hearing. */
    @ParameterizedTest(name = "{0} {1} fine {2} → hearing {3}")
    @CsvSource(nullValues = "-", value = {
            "PERSON,       FINE,             9999.99, false",
            "PERSON,       FINE,             10000,   true",
            "ORGANISATION, FINE,             10000,   false",
            "ORGANISATION, FINE,             100000,  true",
            "PERSON,       WARNING,          -,       false",
            "PERSON,       LICENCE_REVOKED,  -,       true",
            "ORGANISATION, SUSPENSION,       -,       true",
            "ORGANISATION, LICENCE_DOWNGRADE, -,      true",
            "PERSON,       CONFISCATION,     -,       false"})
    void hearingTriggersOfArticle63(PenaltyPartyKind party, PenaltyKind kind, BigDecimal fine, boolean hearing) {
        Set<PenaltyKind> kinds = EnumSet.of(kind);
        assertThat(HearingRules.triggered(kinds, fine, null, party, DEFAULTS)).isEqualTo(hearing);
    }

    @ParameterizedTest(name = "confiscation {0} for {1} → hearing {2}")
    @CsvSource({"9999, PERSON, false", "10000, PERSON, true", "50000, ORGANISATION, false", "100000, ORGANISATION, true"})
    void confiscationOfALargeValueGivesAHearing(BigDecimal value, PenaltyPartyKind party, boolean hearing) {
        assertThat(HearingRules.triggered(EnumSet.of(PenaltyKind.CONFISCATION), null, value, party, DEFAULTS))
                .isEqualTo(hearing);
    }

    /** Art. 51: the on-the-spot limits are the settings' (defaults 200 / 3,000 元). */
    @ParameterizedTest
    @CsvSource({"PERSON, 200", "ORGANISATION, 3000"})
    void onTheSpotLimitsOfArticle51(PenaltyPartyKind party, BigDecimal limit) {
        assertThat(DEFAULTS.onTheSpotFine(party)).isEqualByComparingTo(limit);
    }

    @org.junit.jupiter.api.Test
    void aContinuingActCountsFromItsEnd() {
        assertThat(Limitation.endsOn(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 5, 1), false))
                .isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(Limitation.endsOn(LocalDate.of(2020, 1, 1), null, true)).isEqualTo(LocalDate.of(2025, 1, 1));
    }
}
