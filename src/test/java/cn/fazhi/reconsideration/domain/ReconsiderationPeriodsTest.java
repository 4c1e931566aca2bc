package cn.fazhi.reconsideration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.fazhi.calendar.domain.BundledHolidays;
import cn.fazhi.calendar.domain.DayCounting;

/**
 * The rules issue 10 added to {@link ReconsiderationPeriods}, table by table, counted with the bundled State Council
 * holiday notices. The day "today" is fixed: a step recorded long after the event must give the same answer as one
 * recorded on the day (points 10, 11), so none of these rules may depend on it.
 */
class ReconsiderationPeriodsTest {

    /** Long after every date below: what the office types in today never moves a legal date. */
    private static final Clock RECORDED = Clock.fixed(java.time.Instant.parse("2026-12-03T02:00:00Z"),
            ZoneId.of("Asia/Shanghai"));

    private final DayCounting counting = new DayCounting(BundledHolidays.calendar());

    private LocalDate count(LocalDate from, StatutoryPeriod period) {
        return counting.deadline(from, period.amount(), period.unit()).deadline();
    }

    /**
     * Art. 20(1), (2): sixty days from the day the applicant knew of the act; an application after that appears late —
     * a warning with the dates, not a refusal (正当理由 may excuse the delay).
     */
    @ParameterizedTest(name = "learned {0}, received {1} -> window ends {2}, late={3}")
    @CsvSource({
            "2024-03-01, 2024-04-30, 2024-04-30, false",  // the last day is still in time
            "2024-03-01, 2024-05-06, 2024-04-30, true",
            "2023-04-01, 2024-03-01, 2023-05-31, true",   // eleven months late
            "2024-04-02, 2024-06-03, 2024-06-03, false",  // 1 June 2024 is a Saturday: the window ends on Monday
            "2024-04-02, 2024-06-04, 2024-06-03, true"})
    void anApplicationAfterTheSixtyDaysAppearsLate(LocalDate learned, LocalDate received, LocalDate windowEnds,
            boolean late) {
        LocalDate end = ReconsiderationPeriods.applicationWindowEnd(this::count, learned, true, null);
        assertThat(end).isEqualTo(windowEnds);
        assertThat(ReconsiderationPeriods.appearsLate(received, end)).isEqualTo(late);
        assertThat(LocalDate.now(RECORDED)).isAfter(received);
    }

    /** Art. 20(1): the day of knowledge cannot be earlier than the act itself; the same day is possible. */
    @ParameterizedTest(name = "act {0}, learned {1} -> possible={2}")
    @CsvSource({
            "2024-02-10, 2024-02-01, false",
            "2024-02-10, 2024-02-09, false",
            "2024-02-10, 2024-02-10, true",
            "2024-02-10, 2024-03-01, true",
            ",           2024-03-01, true"})  // the act's date is optional
    void theDayOfKnowledgeDoesNotPrecedeTheAct(LocalDate act, LocalDate learned, boolean possible) {
        assertThat(ReconsiderationPeriods.learnedDatePossible(act, learned)).isEqualTo(possible);
    }

    /**
     * Art. 30(2): received 1 March 2024, the five working days of review end on 8 March; an acceptance decided after
     * that counts from 8 March (视为受理), one decided within it from its own day.
     */
    @ParameterizedTest(name = "decided {0} -> counts from {1}")
    @CsvSource({
            "2024-03-04, 2024-03-04",
            "2024-03-08, 2024-03-08",
            "2024-03-11, 2024-03-08",
            "2024-11-30, 2024-03-08"})
    void anAcceptanceAfterTheReviewCountsFromTheReviewsEnd(LocalDate decided, LocalDate countsFrom) {
        LocalDate reviewEnds = count(LocalDate.of(2024, 3, 1), ReconsiderationPeriods.ACCEPTANCE_REVIEW);
        assertThat(reviewEnds).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(ReconsiderationPeriods.acceptanceCountsFrom(decided, reviewEnds)).isEqualTo(countsFrom);
        LocalDate decisionDue = count(ReconsiderationPeriods.acceptanceCountsFrom(decided, reviewEnds),
                ReconsiderationPeriods.ORDINARY_DECISION);
        assertThat(decisionDue).isBeforeOrEqualTo(LocalDate.of(2024, 5, 7));
    }

    /** Art. 62(1): the head approves the extension within the decision period; when it is recorded does not matter. */
    @ParameterizedTest(name = "approved {0}, period ends {1} -> in time={2}")
    @CsvSource({
            "2024-04-25, 2024-04-30, true",
            "2024-04-30, 2024-04-30, true",
            "2024-05-01, 2024-04-30, false",
            "2024-06-01, 2024-04-30, false"})
    void anExtensionIsApprovedWithinThePeriod(LocalDate approved, LocalDate periodEnds, boolean inTime) {
        assertThat(ReconsiderationPeriods.extensionInTime(approved, periodEnds)).isEqualTo(inTime);
        assertThat(LocalDate.now(RECORDED)).isAfter(periodEnds);
    }
}
