package cn.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fazhi.IntegrationTest;
import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.PeriodUnit;

/**
 * The reply deadline of each instrument from the settings of its kind: 监督通知书 and 监督决定书 10 working days (the
 * National Day holiday not counted), 监督建议书 and 监督意见书 30 natural days; a changed setting changes the deadline;
 * the application's settings are the defaults.
 */
@IntegrationTest
class LetterRulesTest {

    @Autowired LegalCalendar calendar;
    @Autowired LetterProperties settings;

    @Test
    void theDefaultsAreTheCitedPeriods() {
        assertThat(settings).isEqualTo(LetterProperties.defaults());
        assertThat(settings.notice()).isEqualTo(new LetterProperties.Period(10, PeriodUnit.WORKING_DAYS));
        assertThat(settings.decision()).isEqualTo(new LetterProperties.Period(10, PeriodUnit.WORKING_DAYS));
        assertThat(settings.suggestion()).isEqualTo(new LetterProperties.Period(30, PeriodUnit.DAYS));
        assertThat(settings.opinion()).isEqualTo(new LetterProperties.Period(30, PeriodUnit.DAYS));
    }

    @Test
    void eachKindCountsItsOwnDays() {
        LetterProperties d = LetterProperties.defaults();
        // issued Monday 2024-03-04: ten working days end on Monday 3-18
        assertThat(LetterRules.due(LocalDate.of(2024, 3, 4), LetterKind.NOTICE, d, calendar)).isEqualTo(LocalDate.of(2024, 3, 18));
        assertThat(LetterRules.due(LocalDate.of(2024, 3, 4), LetterKind.DECISION, d, calendar)).isEqualTo(LocalDate.of(2024, 3, 18));
        // across the National Day holiday (10-1 to 10-7 not counted): later than weekends alone would give (10-14)
        assertThat(LetterRules.due(LocalDate.of(2024, 9, 30), LetterKind.NOTICE, d, calendar))
                .isAfterOrEqualTo(LocalDate.of(2024, 10, 18));
        LocalDate issued = LocalDate.of(2024, 9, 27);
        assertThat(LetterRules.due(issued, LetterKind.SUGGESTION, d, calendar)).isEqualTo(LocalDate.of(2024, 10, 28));
        assertThat(LetterRules.due(LocalDate.of(2024, 3, 1), LetterKind.OPINION, d, calendar))
                .isEqualTo(LocalDate.of(2024, 4, 1)); // 3-31 is a Sunday: moved to the next working day
        LetterProperties changed = new LetterProperties(new LetterProperties.Period(5, PeriodUnit.WORKING_DAYS), null, null,
                new LetterProperties.Period(15, PeriodUnit.DAYS));
        assertThat(LetterRules.due(LocalDate.of(2024, 3, 4), LetterKind.NOTICE, changed, calendar))
                .isEqualTo(LocalDate.of(2024, 3, 11));
        assertThat(LetterRules.due(LocalDate.of(2024, 3, 4), LetterKind.OPINION, changed, calendar))
                .isEqualTo(LocalDate.of(2024, 3, 19));
    }

    @Test
    void aPeriodMustBeDaysOrWorkingDays() {
        assertThatThrownBy(() -> new LetterProperties.Period(0, PeriodUnit.DAYS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LetterProperties.Period(1, PeriodUnit.MONTHS)).isInstanceOf(IllegalArgumentException.class);
    }
}
