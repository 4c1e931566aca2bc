package cn.fazhi.reconsideration.domain;

import java.time.LocalDate;

import cn.fazhi.calendar.PeriodUnit;

/**
 * Every statutory period of a reconsideration, each in one place with its article of the 行政复议法 (2023).
 * Art. 88: "三日" "五日" "七日" "十日" mean working days, excluding statutory holidays; other periods are counted
 * under the 民事诉讼法 (start day excluded; a last day that is a rest day moves to the next working day).
 */
public final class ReconsiderationPeriods {

    private ReconsiderationPeriods() {}

    /** 申请期限: 60 days from the day the applicant knew or should have known of the act (Art. 20(1)). */
    public static final StatutoryPeriod APPLICATION_WINDOW =
            new StatutoryPeriod("reconsideration.clock.window", 60, PeriodUnit.DAYS);

    /** 受理审查: within 五日 (working days, Art. 88) of receipt (Art. 30(1)); silence makes it 视为受理 (Art. 30(2)). */
    public static final StatutoryPeriod ACCEPTANCE_REVIEW =
            new StatutoryPeriod("reconsideration.clock.acceptance", 5, PeriodUnit.WORKING_DAYS);

    /** 补正: the applicant has 十日 (working days, Art. 88) from receiving the notice (Art. 31(1)). */
    public static final StatutoryPeriod CORRECTION_REPLY =
            new StatutoryPeriod("reconsideration.clock.correction", 10, PeriodUnit.WORKING_DAYS);

    /** 审理期限, 普通程序: 60 days from acceptance (Art. 62(1)). */
    public static final StatutoryPeriod ORDINARY_DECISION =
            new StatutoryPeriod("reconsideration.clock.decision", 60, PeriodUnit.DAYS);

    /** 普通程序 may be extended once by at most 30 days, with the approval of the organ's head (Art. 62(1)). */
    public static final int MAX_EXTENSION_DAYS = 30;

    /** 审理期限, 简易程序: 30 days from acceptance (Art. 62(2)). */
    public static final StatutoryPeriod SIMPLIFIED_DECISION =
            new StatutoryPeriod("reconsideration.clock.decision", 30, PeriodUnit.DAYS);

    /** 普通程序: copy of the application to the respondent within 七日 of acceptance (Art. 48). */
    public static final StatutoryPeriod ORDINARY_SERVICE =
            new StatutoryPeriod("reconsideration.clock.service", 7, PeriodUnit.WORKING_DAYS);

    /** 普通程序: the respondent answers within 十日 of receiving the copy (Art. 48). */
    public static final StatutoryPeriod ORDINARY_ANSWER =
            new StatutoryPeriod("reconsideration.clock.answer", 10, PeriodUnit.WORKING_DAYS);

    /** 简易程序: copy within 三日 of acceptance (Art. 54). */
    public static final StatutoryPeriod SIMPLIFIED_SERVICE =
            new StatutoryPeriod("reconsideration.clock.service", 3, PeriodUnit.WORKING_DAYS);

    /** 简易程序: answer within 五日 of receiving the copy (Art. 54). */
    public static final StatutoryPeriod SIMPLIFIED_ANSWER =
            new StatutoryPeriod("reconsideration.clock.answer", 5, PeriodUnit.WORKING_DAYS);

    /** 听证: the parties are notified 五日 (working days) before the hearing (Art. 51(1)). */
    public static final StatutoryPeriod HEARING_NOTICE =
            new StatutoryPeriod("reconsideration.clock.hearingNotice", 5, PeriodUnit.WORKING_DAYS);

    /** 意见书: the organ reports its correction within 60 days of receiving it (Art. 76). */
    public static final StatutoryPeriod OPINION_FOLLOW_UP =
            new StatutoryPeriod("reconsideration.clock.opinion", 60, PeriodUnit.DAYS);

    /**
     * 未告知: when the agency did not tell the applicant of the right to apply, the organ or the period, the 60 days
     * run from the day the applicant knew or should have known of them, but end at the latest one year after the
     * applicant knew or should have known of the act's content (Art. 20(3)).
     */
    public static final StatutoryPeriod RIGHTS_NOT_NOTIFIED_CAP =
            new StatutoryPeriod("reconsideration.clock.windowCap", 1, PeriodUnit.YEARS);

    /** 最长申请期限: no acceptance more than 20 years after the act for immovable property (Art. 21). */
    public static final StatutoryPeriod IMMOVABLE_PROPERTY_CUTOFF =
            new StatutoryPeriod("reconsideration.clock.cutoff", 20, PeriodUnit.YEARS);

    /** 最长申请期限: no acceptance more than 5 years after the act in other cases (Art. 21). */
    public static final StatutoryPeriod OTHER_CUTOFF =
            new StatutoryPeriod("reconsideration.clock.cutoff", 5, PeriodUnit.YEARS);

    /**
     * 复议前置 cases: suit within 15 days of receiving a 不予受理 or 驳回申请 decision, or of the day the
     * reconsideration period ran out with no decision (Art. 34).
     */
    public static final StatutoryPeriod SUIT_AFTER_REFUSAL =
            new StatutoryPeriod("reconsideration.suit.art34", 15, PeriodUnit.DAYS);

    /** 行政诉讼法 Art. 45: suit within 15 days of receiving the reconsideration decision. */
    public static final StatutoryPeriod SUIT_AFTER_DECISION =
            new StatutoryPeriod("reconsideration.suit.art45", 15, PeriodUnit.DAYS);

    /** Counts a statutory period from a day; in production the legal calendar. */
    @FunctionalInterface
    public interface Counting {
        LocalDate deadline(LocalDate from, StatutoryPeriod period);
    }

    /**
     * The last day to apply. Told of the right, organ and period: 60 days from knowing of the act (Art. 20(1)). Not
     * told: 60 days from knowing of the right, organ and period, but never later than one year from knowing of the
     * act's content (Art. 20(3)).
     */
    public static LocalDate applicationWindowEnd(Counting counting, LocalDate learnedOfAct, boolean rightsNotified,
            LocalDate learnedOfRights) {
        LocalDate ordinary = counting.deadline(rightsNotified || learnedOfRights == null ? learnedOfAct : learnedOfRights,
                APPLICATION_WINDOW);
        if (rightsNotified) {
            return ordinary;
        }
        LocalDate cap = counting.deadline(learnedOfAct, RIGHTS_NOT_NOTIFIED_CAP);
        return ordinary.isAfter(cap) ? cap : ordinary;
    }

    /**
     * Whether an application received on {@code receivedOn} appears to be outside the application window ending
     * {@code windowEndsOn} (Art. 20(1)). Only a warning: a delay for 不可抗力 or another 正当理由 does not count
     * (Art. 20(2)), which the office has to weigh; the application is registered either way.
     */
    public static boolean appearsLate(LocalDate receivedOn, LocalDate windowEndsOn) {
        return windowEndsOn != null && receivedOn.isAfter(windowEndsOn);
    }

    /**
     * Whether the day the applicant says they learned of the act ({@code learnedOn}, 知道或者应当知道之日, Art. 20(1))
     * is possible: nobody learns of an act before it was taken ({@code actDate}, when known).
     */
    public static boolean learnedDatePossible(LocalDate actDate, LocalDate learnedOn) {
        return actDate == null || learnedOn == null || !learnedOn.isBefore(actDate);
    }

    /**
     * The day an application counts as accepted, from which the decision period runs (Art. 62). An acceptance
     * decided within the review period counts from the day it was decided ({@code decidedOn}); once the review period
     * (Art. 30(1)) has ended ({@code reviewDeadline}) without a decision, the application is 视为受理 from that last
     * day (Art. 30(2): 自期限届满之日起视为受理) — also when the office records the acceptance later.
     */
    public static LocalDate acceptanceCountsFrom(LocalDate decidedOn, LocalDate reviewDeadline) {
        return reviewDeadline != null && decidedOn.isAfter(reviewDeadline) ? reviewDeadline : decidedOn;
    }

    /**
     * Whether an extension of the decision period approved on {@code approvedOn} is in time: the organ's head must
     * approve it before the period ends ({@code deadline}, inclusive), "不能在规定期限内作出行政复议决定的" (Art. 62(1)).
     * The day it is recorded does not matter.
     */
    public static boolean extensionInTime(LocalDate approvedOn, LocalDate deadline) {
        return deadline == null || !approvedOn.isAfter(deadline);
    }

    /** Art. 21: the last day an application about an act of {@code actDate} may still be accepted. */
    public static LocalDate lastAcceptableDay(Counting counting, LocalDate actDate, boolean immovableProperty) {
        return counting.deadline(actDate, immovableProperty ? IMMOVABLE_PROPERTY_CUTOFF : OTHER_CUTOFF);
    }

    /**
     * Which suit period applies to a case in {@code status}, or null when none applies yet: Art. 34 after 不予受理 or
     * 驳回申请 and after the reconsideration period ran out undecided (while the case is still open), 行政诉讼法 Art. 45
     * after a merits decision.
     */
    public static StatutoryPeriod suitPeriod(Status status, boolean decisionPeriodExpired) {
        return switch (status) {
            case NOT_ACCEPTED, DISMISSED -> SUIT_AFTER_REFUSAL;
            case DECIDED -> SUIT_AFTER_DECISION;
            case ACCEPTED, SUSPENDED -> decisionPeriodExpired ? SUIT_AFTER_REFUSAL : null;
            default -> null;
        };
    }

    public static StatutoryPeriod decision(Procedure procedure) {
        return procedure == Procedure.SIMPLIFIED ? SIMPLIFIED_DECISION : ORDINARY_DECISION;
    }

    public static StatutoryPeriod service(Procedure procedure) {
        return procedure == Procedure.SIMPLIFIED ? SIMPLIFIED_SERVICE : ORDINARY_SERVICE;
    }

    public static StatutoryPeriod answer(Procedure procedure) {
        return procedure == Procedure.SIMPLIFIED ? SIMPLIFIED_ANSWER : ORDINARY_ANSWER;
    }
}
