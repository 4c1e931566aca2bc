package cn.fazhi.enterprises;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.PeriodUnit;

/**
 * The periods of an enterprise request, in one place. No national period exists (优化营商环境条例 Arts. 48, 49 require a
 * channel to accept and help to resolve business complaints but set no day count; LEGAL-RULES-2 §10), so each period
 * is a setting ({@link RequestProperties}) counted in working days of the legal calendar from the day after its start:
 * 受理 (route) from filing, 签收 (sign) and 答复 (answer) from the routing, 办结 (close) from filing, 回访 (rating) from the
 * answer. A step on its due day is on time.
 */
@Component
public class RequestClocks {

    private final LegalCalendar calendar;
    private final RequestProperties settings;

    public RequestClocks(LegalCalendar calendar, RequestProperties settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    /** The last day for the desk to route a request filed on {@code filedOn} (受理). */
    public LocalDate routeDue(LocalDate filedOn) {
        return workingDays(filedOn, settings.acceptDays());
    }

    /** The last day for the unit to sign for a request routed on {@code routedOn} (签收). */
    public LocalDate signDue(LocalDate routedOn) {
        return workingDays(routedOn, settings.signDays());
    }

    /** The last day for the unit to answer a request routed on {@code routedOn} (答复). */
    public LocalDate answerDue(LocalDate routedOn) {
        return workingDays(routedOn, settings.answerDays());
    }

    /** The last day for the desk to close a request filed on {@code filedOn} (办结). */
    public LocalDate closeDue(LocalDate filedOn) {
        return workingDays(filedOn, settings.closeDays());
    }

    /** The last day of the rating or return visit after an answer on {@code answeredOn} (回访). */
    public LocalDate visitDue(LocalDate answeredOn) {
        return workingDays(answeredOn, settings.visitDays());
    }

    /** Whether a step taken on {@code on} meets the period ending {@code due}. */
    public static boolean onTime(LocalDate on, LocalDate due) {
        return due != null && on != null && !on.isAfter(due);
    }

    /** Whether an open period ending {@code due} is past on {@code today} (督办). */
    public static boolean overdue(LocalDate due, LocalDate today) {
        return due != null && today.isAfter(due);
    }

    private LocalDate workingDays(LocalDate from, int days) {
        return calendar.deadline(from, days, PeriodUnit.WORKING_DAYS).deadline();
    }
}
