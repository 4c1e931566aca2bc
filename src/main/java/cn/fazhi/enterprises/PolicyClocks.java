package cn.fazhi.enterprises;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.PeriodUnit;

/**
 * The clocks of a policy application, on the legal calendar (working days with the State Council's holidays). No
 * national period exists (优化营商环境条例 Arts. 24, 31 require policies to be honoured "全面、及时" without a day
 * count), so the periods are settings ({@link PolicyProperties}): the decision within {@code review-working-days}
 * working days of the (re)submission (default 15), the payment within {@code payment-days} days of the grant (default
 * 30).
 */
@Component
public class PolicyClocks {

    private final LegalCalendar calendar;
    private final PolicyProperties settings;

    PolicyClocks(LegalCalendar calendar, PolicyProperties settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    /** The last day to decide an application (re)submitted on {@code submitted}. */
    public LocalDate reviewDue(LocalDate submitted) {
        return calendar.deadline(submitted, settings.reviewWorkingDays(), PeriodUnit.WORKING_DAYS).deadline();
    }

    /** The last day to pay an amount granted on {@code granted}. */
    public LocalDate paymentDue(LocalDate granted) {
        return calendar.deadline(granted, settings.paymentDays(), PeriodUnit.DAYS).deadline();
    }

    /** Overdue: done after the due day, or not done and the due day has passed on {@code today}. */
    public static boolean overdue(LocalDate due, LocalDate doneOn, LocalDate today) {
        return due != null && (doneOn != null ? doneOn.isAfter(due) : today.isAfter(due));
    }

    /** Still open and due within the warning days (or already overdue) on {@code today}. */
    public boolean warn(LocalDate due, LocalDate doneOn, LocalDate today) {
        return due != null && doneOn == null && !today.plusDays(settings.warnDays()).isBefore(due);
    }

    public int returnsAllowed() {
        return settings.returnsAllowed();
    }
}
