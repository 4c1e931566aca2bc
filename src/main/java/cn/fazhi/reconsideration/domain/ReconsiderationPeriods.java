package cn.fazhi.reconsideration.domain;

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
