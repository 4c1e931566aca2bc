package cn.fazhi.hotline;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.PeriodUnit;

/**
 * The hotline's time and return rules, in one place. No national 12345 period exists (LEGAL-RULES-2 §9): the limits
 * are settings ({@link HotlineProperties}), per urgency with a category's override, in working days of the legal
 * calendar counted from the dispatch day (the local example: 《潍坊市12345政务服务便民热线条例》 Art. 20, finish within
 * 5 working days); the return visit is due within {@code visit-days} working days after the reply; a ticket dispatched
 * after a ruling on a disputed dispatch may not be returned (潍坊 Art. 22, a setting).
 */
@Component
public class HotlineRules {

    private final LegalCalendar calendar;
    private final HotlineProperties settings;

    HotlineRules(LegalCalendar calendar, HotlineProperties settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    /** Working days to sign for a ticket of this urgency, or the category's own figure. */
    int signDays(Urgency urgency, Integer categoryOverride) {
        return categoryOverride != null ? categoryOverride : settings.limits().get(urgency).signDays();
    }

    /** Working days to reply to a ticket of this urgency, or the category's own figure. */
    int handleDays(Urgency urgency, Integer categoryOverride) {
        return categoryOverride != null ? categoryOverride : settings.limits().get(urgency).handleDays();
    }

    /** The last day to sign for a ticket dispatched on {@code dispatchedOn}. */
    public LocalDate signDue(Urgency urgency, Integer categoryOverride, LocalDate dispatchedOn) {
        return workingDays(dispatchedOn, signDays(urgency, categoryOverride));
    }

    /** The last day to reply to a ticket dispatched on {@code dispatchedOn}. */
    public LocalDate handleDue(Urgency urgency, Integer categoryOverride, LocalDate dispatchedOn) {
        return workingDays(dispatchedOn, handleDays(urgency, categoryOverride));
    }

    /** The last day of the return visit after a reply on {@code repliedOn}. */
    public LocalDate visitDue(LocalDate repliedOn) {
        return workingDays(repliedOn, settings.visitDays());
    }

    /** Whether a unit may still return a ticket whose current dispatch was (not) made after a ruling. */
    public boolean mayReturn(boolean ruling) {
        return !(ruling && settings.noReturnAfterRuling());
    }

    /** Whether a code of the satisfaction scale counts as satisfied (满意率); unknown codes are refused. */
    public boolean satisfied(String code) {
        return settings.satisfied().contains(code);
    }

    /** Whether the code is on the configured satisfaction scale. */
    public boolean onScale(String code) {
        return code != null && settings.satisfaction().contains(code);
    }

    private LocalDate workingDays(LocalDate from, int days) {
        return calendar.deadline(from, days, PeriodUnit.WORKING_DAYS).deadline();
    }
}
