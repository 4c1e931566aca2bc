package cn.fazhi.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fazhi.IntegrationTest;
import cn.fazhi.calendar.ClockState;
import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.LegalClocks;
import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.reconsideration.domain.Procedure;
import cn.fazhi.reconsideration.domain.ReconsiderationPeriods;
import cn.fazhi.reconsideration.domain.StatutoryPeriod;
import cn.fazhi.reconsideration.domain.Status;

/**
 * Every deadline rule of the 行政复议法 (2023), computed by the legal calendar with the State Council holiday notices.
 * Art. 88: 三日、五日、七日、十日 are working days; other periods are calendar days under the 民事诉讼法 (start day not
 * counted, a last day that is a rest day moves to the next working day).
 */
@IntegrationTest
class ReconsiderationDeadlinesTest {

    @Autowired
    LegalCalendar calendar;

    @Autowired
    LegalClocks clocks;

    private LocalDate deadline(StatutoryPeriod period, LocalDate from) {
        return calendar.deadline(from, period.amount(), period.unit()).deadline();
    }

    /** Art. 30(1) with Art. 88: review within five working days of receipt, across the 2023 National Day week. */
    @ParameterizedTest(name = "received {0} -> review ends {1}")
    @CsvSource({
            "2023-09-28, 2023-10-11",   // Sep 29–Oct 6 holiday; Oct 7 and 8 are make-up working days
            "2023-09-27, 2023-10-10",
            "2023-10-07, 2023-10-12",   // received on a make-up Saturday
            "2024-03-01, 2024-03-08",
            "2024-01-02, 2024-01-09"})
    void acceptanceReviewEndsFiveWorkingDaysAfterReceipt(LocalDate received, LocalDate expected) {
        assertThat(ReconsiderationPeriods.ACCEPTANCE_REVIEW.unit()).isEqualTo(PeriodUnit.WORKING_DAYS);
        assertThat(deadline(ReconsiderationPeriods.ACCEPTANCE_REVIEW, received)).isEqualTo(expected);
    }

    /** Art. 31(1): ten working days to reply to a 补正 notice; the review then restarts on the reply day. */
    @ParameterizedTest(name = "notice {0} -> reply by {1}; reply {2} -> review ends {3}")
    @CsvSource({
            "2023-09-28, 2023-10-18, 2023-10-16, 2023-10-23",
            "2024-03-04, 2024-03-18, 2024-03-08, 2024-03-15"})
    void correctionReplyWithinTenWorkingDaysAndReviewRestarts(LocalDate notice, LocalDate replyBy, LocalDate reply,
            LocalDate reviewEnds) {
        assertThat(deadline(ReconsiderationPeriods.CORRECTION_REPLY, notice)).isEqualTo(replyBy);
        assertThat(deadline(ReconsiderationPeriods.ACCEPTANCE_REVIEW, reply)).isEqualTo(reviewEnds);
    }

    /** Art. 20(1): sixty days from the day the applicant knew of the act; a rest day moves to the next working day. */
    @ParameterizedTest(name = "learned {0} -> window ends {1}")
    @CsvSource({
            "2024-01-10, 2024-03-11",   // 60th day Sunday 10 March
            "2024-03-01, 2024-04-30",
            "2023-08-01, 2023-10-07"})  // 60th day 30 Sep (holiday) -> the make-up working day 7 Oct
    void applicationWindowIsSixtyDays(LocalDate learned, LocalDate expected) {
        assertThat(deadline(ReconsiderationPeriods.APPLICATION_WINDOW, learned)).isEqualTo(expected);
    }

    /** Art. 62: ordinary 60 days, simplified 30 days from acceptance. */
    @ParameterizedTest(name = "{0} accepted {1} -> decide by {2}")
    @CsvSource({
            "ORDINARY, 2024-03-01, 2024-04-30",
            "SIMPLIFIED, 2024-03-01, 2024-04-01",   // 31 March is a Sunday
            "ORDINARY, 2023-08-01, 2023-10-07",
            "SIMPLIFIED, 2023-09-01, 2023-10-07"})  // 1 Oct holiday -> first working day after it
    void decisionPeriodDependsOnTheProcedure(Procedure procedure, LocalDate accepted, LocalDate expected) {
        assertThat(deadline(ReconsiderationPeriods.decision(procedure), accepted)).isEqualTo(expected);
    }

    /** Arts. 48 and 54: copy within 7 (ordinary) / 3 (simplified) working days, answer within 10 / 5. */
    @ParameterizedTest(name = "{0}: accepted {1} -> copy by {2}; served {3} -> answer by {4}")
    @CsvSource({
            "ORDINARY, 2024-03-01, 2024-03-12, 2024-03-12, 2024-03-26",
            "SIMPLIFIED, 2024-03-01, 2024-03-06, 2024-03-06, 2024-03-13",
            "ORDINARY, 2023-09-28, 2023-10-13, 2023-10-13, 2023-10-27",
            "SIMPLIFIED, 2023-09-28, 2023-10-09, 2023-10-09, 2023-10-16"})
    void serviceAndAnswerInWorkingDays(Procedure procedure, LocalDate accepted, LocalDate copyBy, LocalDate served,
            LocalDate answerBy) {
        assertThat(deadline(ReconsiderationPeriods.service(procedure), accepted)).isEqualTo(copyBy);
        assertThat(deadline(ReconsiderationPeriods.answer(procedure), served)).isEqualTo(answerBy);
    }

    /** Art. 51(1): notice five working days before the hearing; Art. 76: 60 days to report on an 意见书. */
    @ParameterizedTest
    @CsvSource({"2024-03-01, 2024-03-08, 2024-04-30", "2023-09-28, 2023-10-11, 2023-11-27"})
    void hearingNoticeAndOpinionFollowUp(LocalDate from, LocalDate earliestHearing, LocalDate opinionReport) {
        assertThat(deadline(ReconsiderationPeriods.HEARING_NOTICE, from)).isEqualTo(earliestHearing);
        assertThat(deadline(ReconsiderationPeriods.OPINION_FOLLOW_UP, from)).isEqualTo(opinionReport);
    }

    /** Art. 39 with LegalClocks: a suspension (中止) shifts the decision deadline by the days it lasted. */
    @ParameterizedTest(name = "accepted {0}, suspended {1}, resumed {2} -> decide by {3}")
    @CsvSource({
            "2024-03-01, 2024-03-10, 2024-03-20, 2024-05-10",
            "2024-03-01, 2024-04-01, 2024-04-02, 2024-05-06"})  // 1 day suspended: 1 May -> holiday until 5 May
    void suspensionShiftsTheDecisionDeadline(LocalDate accepted, LocalDate suspended, LocalDate resumed,
            LocalDate expected) {
        StatutoryPeriod p = ReconsiderationPeriods.ORDINARY_DECISION;
        long id = clocks.start("reconsideration_test", "t" + System.nanoTime(), p.name(), accepted, p.amount(), p.unit());
        clocks.suspend(id, suspended, "Art. 39");
        assertThat(clocks.status(id, suspended.plusDays(1)).state()).isEqualTo(ClockState.SUSPENDED);
        clocks.resume(id, resumed, "Art. 39(2)");
        assertThat(clocks.status(id, resumed).deadline()).isEqualTo(expected);
    }

    /** Art. 62(1): ordinary 60 days plus one extension of at most 30 days (counted after the original end). */
    @Test
    void ordinaryPeriodPlusThirtyDayExtension() {
        StatutoryPeriod p = ReconsiderationPeriods.ORDINARY_DECISION;
        LocalDate accepted = LocalDate.now().plusDays(7);
        long id = clocks.start("reconsideration_test", "e" + System.nanoTime(), p.name(), accepted, p.amount(), p.unit());
        LocalDate rawEnd = accepted.plusDays(60);
        clocks.extend(id, ReconsiderationPeriods.MAX_EXTENSION_DAYS, PeriodUnit.DAYS, "Art. 62");
        LocalDate expected = calendar.deadline(rawEnd, 30, PeriodUnit.DAYS).deadline();
        assertThat(clocks.status(id, LocalDate.now()).deadline()).isEqualTo(expected);
    }

    /**
     * Art. 20(1)/(3): told of the right, organ and period → 60 days from knowing of the act; not told → 60 days from
     * knowing of them, capped at one year from knowing of the act's content.
     */
    @ParameterizedTest(name = "act known {0}, told {1}, rights known {2} -> window ends {3}")
    @CsvSource({
            "2024-03-01, true,  ,           2024-04-30",   // Art. 20(1)
            "2024-03-01, false, 2024-06-01, 2024-07-31",   // 60 days from learning of the rights
            "2024-03-01, false, 2024-03-10, 2024-05-09",
            "2024-03-01, false, 2025-02-01, 2025-03-03",   // capped: 1 March 2025 is a Saturday -> Monday 3 March
            "2024-03-01, false, 2025-06-01, 2025-03-03"})  // learning of them after the cap changes nothing
    void applicationWindowWhenTheRightsWereNotNotified(LocalDate act, boolean told, LocalDate rights, LocalDate expected) {
        assertThat(ReconsiderationPeriods.applicationWindowEnd(this::deadline, act, told, rights)).isEqualTo(expected);
    }

    private LocalDate deadline(LocalDate from, StatutoryPeriod period) {
        return deadline(period, from);
    }

    /** Art. 21: no acceptance more than 20 years (immovable property) or 5 years (other) after the act. */
    @ParameterizedTest(name = "act {0}, immovable {1} -> last acceptable day {2}")
    @CsvSource({
            "2019-06-03, false, 2024-06-03",
            "2004-06-03, true,  2024-06-03",
            "2019-06-01, false, 2024-06-03",   // 1 June 2024 is a Saturday
            "2004-06-01, true,  2024-06-03",
            "2019-03-04, true,  2039-03-04"})
    void longestApplicationPeriodAfterTheAct(LocalDate act, boolean immovable, LocalDate expected) {
        assertThat(ReconsiderationPeriods.lastAcceptableDay(this::deadline, act, immovable)).isEqualTo(expected);
    }

    /** Art. 34 after 不予受理/驳回申请 or an undecided period; 行政诉讼法 Art. 45 after a decision; none otherwise. */
    @ParameterizedTest(name = "{0}, period expired {1} -> {2}")
    @CsvSource({
            "NOT_ACCEPTED,         false, reconsideration.suit.art34",
            "DISMISSED,            false, reconsideration.suit.art34",
            "ACCEPTED,             true,  reconsideration.suit.art34",
            "ACCEPTED,             false, ",
            "SUSPENDED,            false, ",
            "DECIDED,              false, reconsideration.suit.art45",
            "TERMINATED,           false, ",
            "RECEIVED,             false, ",
            "CORRECTION_REQUESTED, false, ",
            "DEEMED_ABANDONED,     false, "})
    void whichSuitPeriodApplies(Status status, boolean expired, String expected) {
        StatutoryPeriod p = ReconsiderationPeriods.suitPeriod(status, expired);
        assertThat(p == null ? null : p.name()).isEqualTo(expected);
    }

    /** Both suit periods are fifteen calendar days (Art. 34; 行政诉讼法 Art. 45). */
    @ParameterizedTest(name = "served {0} -> sue by {1}")
    @CsvSource({
            "2024-03-01, 2024-03-18",   // 16 March is a Saturday
            "2024-04-20, 2024-05-06",   // 5 May falls in the Labour Day break
            "2024-06-03, 2024-06-18"})
    void suitPeriodsAreFifteenDays(LocalDate served, LocalDate expected) {
        assertThat(deadline(ReconsiderationPeriods.SUIT_AFTER_REFUSAL, served)).isEqualTo(expected);
        assertThat(deadline(ReconsiderationPeriods.SUIT_AFTER_DECISION, served)).isEqualTo(expected);
    }
}
