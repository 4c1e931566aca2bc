package cn.fazhi.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.platform.scope.DataScope;

/**
 * Overdue and due-soon deadlines across every case type. "Due soon" means the deadline falls within
 * {@code fazhi.cases.due-soon-days} working days from today.
 */
@Service
public class DueItems {

    private final List<DeadlineSource> sources;
    private final LegalCalendar calendar;
    private final Clock clock;
    private final CaseProperties settings;

    DueItems(List<DeadlineSource> sources, LegalCalendar calendar, Clock clock, CaseProperties settings) {
        this.sources = sources;
        this.calendar = calendar;
        this.clock = clock;
        this.settings = settings;
    }

    /** Overdue and due-soon items in the scope, the most urgent first. */
    public Summary summary(DataScope scope) {
        LocalDate today = LocalDate.now(clock);
        LocalDate soon = calendar.deadline(today, settings.dueSoonDays(), cn.fazhi.calendar.PeriodUnit.WORKING_DAYS).deadline();
        List<DueItem> overdue = new ArrayList<>();
        List<DueItem> dueSoon = new ArrayList<>();
        for (DeadlineSource source : sources) {
            for (DueItem item : source.openDeadlines(scope, soon)) {
                (item.deadline().isBefore(today) ? overdue : dueSoon).add(item);
            }
        }
        overdue.sort(Comparator.comparing(DueItem::deadline));
        dueSoon.sort(Comparator.comparing(DueItem::deadline));
        return new Summary(today, soon, overdue, dueSoon);
    }

    /** The deadlines as of {@code today}: passed ones, and those up to {@code soon}. */
    public record Summary(LocalDate today, LocalDate soon, List<DueItem> overdue, List<DueItem> dueSoon) {}
}
