package cn.fazhi.services;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.PeriodUnit;

/**
 * The one place of a hand-over's overdue rule: the waiting step is due a number of working days (legal calendar) after
 * the previous step — the settings of {@link CrossRegionProperties} (local, no national period read), the partner's
 * result and the returned result adding the item's 承诺时限.
 */
@Component
public class CrossRegionPeriods {

    private final LegalCalendar calendar;
    private final CrossRegionProperties settings;

    CrossRegionPeriods(LegalCalendar calendar, CrossRegionProperties settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    /** The working days allowed for the step waiting in {@code status}, or -1 when nothing waits. */
    public int days(CrossRegionStatus status, int promisedDays) {
        return switch (status) {
            case RECEIVED -> settings.sendDays();
            case SENT -> promisedDays + settings.resultExtraDays();
            case RESULTED -> settings.deliverDays();
            case FORWARDED -> settings.acceptDays();
            case ACCEPTED -> promisedDays + settings.returnExtraDays();
            default -> -1;
        };
    }

    /** When the step waiting in {@code status} since {@code since} is due, or null when nothing waits. */
    public LocalDate due(CrossRegionStatus status, LocalDate since, int promisedDays) {
        int days = days(status, promisedDays);
        if (days < 0 || since == null) {
            return null;
        }
        return calendar.deadline(since, days, PeriodUnit.WORKING_DAYS).deadline();
    }
}
