package cn.fazhi.enforcement;

import java.time.LocalDate;

import cn.fazhi.calendar.Deadline;
import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.PeriodUnit;

/**
 * The publication clock (事后公开). 国办发〔2018〕118号 二(六): 行政许可 and 行政处罚 decisions are published within 7
 * working days of the decision, every other enforcement decision (执法机关、执法对象、执法类别、执法结论) within 20 working
 * days. 行政处罚法 Art. 48: a published decision later changed, revoked, declared unlawful or void is withdrawn within
 * 三日, counted in working days (Art. 85). The numbers are {@link PublicationProperties}; the counting is the legal
 * calendar's (start day excluded).
 */
public final class PublicationPeriods {

    private PublicationPeriods() {}

    /** Whether the category is one of the 7-working-day kinds (处罚, 许可). */
    public static boolean shortPeriod(String category) {
        return "PENALTY".equals(category) || "LICENCE".equals(category);
    }

    public static int workingDays(String category, PublicationProperties settings) {
        return shortPeriod(category) ? settings.penaltyWorkingDays() : settings.otherWorkingDays();
    }

    /** The last day to publish a decision of {@code category} made on {@code decidedOn}. */
    public static Deadline publishBy(String category, LocalDate decidedOn, PublicationProperties settings,
            LegalCalendar calendar) {
        return calendar.deadline(decidedOn, workingDays(category, settings), PeriodUnit.WORKING_DAYS);
    }

    /** The last day to withdraw a published decision annulled on {@code annulledOn} (处罚法 Art. 48). */
    public static Deadline withdrawBy(LocalDate annulledOn, PublicationProperties settings, LegalCalendar calendar) {
        return calendar.deadline(annulledOn, settings.withdrawalWorkingDays(), PeriodUnit.WORKING_DAYS);
    }
}
