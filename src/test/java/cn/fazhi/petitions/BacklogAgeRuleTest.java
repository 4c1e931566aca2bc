package cn.fazhi.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.fazhi.platform.web.UserFacingException;

/** The age band at resolution (3–5 骨头案, 5–10 钉子案, 10 and more 无解案; exclusive) and the backlog's threshold. */
class BacklogAgeRuleTest {

    @ParameterizedTest(name = "first {0}, resolved {1} → {2} ({3} years)")
    @CsvSource({
        "2021-03-01, 2023-02-28, UNDER3, 1",
        "2020-03-01, 2023-02-28, UNDER3, 2",
        "2020-03-01, 2023-03-01, BONE, 3",
        "2019-01-01, 2023-12-31, BONE, 4",
        "2018-03-02, 2023-03-01, BONE, 4",
        "2018-03-01, 2023-03-01, NAIL, 5",
        "2014-01-01, 2023-12-31, NAIL, 9",
        "2013-06-30, 2023-06-29, NAIL, 9",
        "2013-06-30, 2023-06-30, UNSOLVABLE, 10",
        "2000-01-01, 2023-01-01, UNSOLVABLE, 23",
        "2020-02-29, 2023-02-28, UNDER3, 2",
        "2020-02-29, 2023-03-01, BONE, 3"})
    void theBandIsTheFirstPetitionsAgeInWholeYears(LocalDate first, LocalDate resolved, AgeBand band, int years) {
        assertThat(BacklogAgeRule.band(first, resolved)).isEqualTo(band);
        assertThat(BacklogAgeRule.ageYears(first, resolved)).isEqualTo(years);
    }

    @ParameterizedTest(name = "first {0}, taken {1}, after {2} days → {3}")
    @CsvSource({
        "2023-01-01, 2023-03-31, 90, false",
        "2023-01-01, 2023-04-01, 90, true",
        "2023-01-01, 2023-01-01, 0, true",
        "2023-01-01, 2023-07-01, 180, true",
        "2023-01-01, 2023-06-29, 180, false"})
    void aPetitionIsTakenIntoTheBacklogOnlyAfterTheConfiguredDays(LocalDate first, LocalDate taken, int days,
            boolean may) {
        assertThat(BacklogAgeRule.mayTakeIn(first, taken, days)).isEqualTo(may);
    }

    @ParameterizedTest
    @CsvSource({"2023-01-02, 2023-01-01"})
    void aResolutionBeforeTheFirstPetitionIsRefused(LocalDate first, LocalDate resolved) {
        assertThatThrownBy(() -> BacklogAgeRule.band(first, resolved)).isInstanceOf(UserFacingException.class);
    }
}
