package cn.fazhi.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

import cn.fazhi.calendar.domain.DayCounting;
import cn.fazhi.calendar.domain.HolidayCache;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The legal calendar: working days under the State Council's holiday notices and the deadline of a statutory period.
 * The counting rules (start day excluded, corresponding day for months and years, a last day that is a rest day moves
 * to the next working day, working-day periods count working days only) are documented with their articles in
 * {@code DayCounting}. Holiday data is cached and refreshed within {@code fazhi.calendar.cache-ttl}.
 */
@Service
public class LegalCalendar {

    private final HolidayCache cache;

    public LegalCalendar(HolidayCache cache) {
        this.cache = cache;
    }

    public DayInfo day(LocalDate date) {
        return counting().day(Objects.requireNonNull(date));
    }

    public boolean isWorkingDay(LocalDate date) {
        return counting().isWorkingDay(Objects.requireNonNull(date));
    }

    /**
     * The last day of a period of {@code amount} {@code unit}s that starts on {@code from}.
     *
     * @throws UserFacingException (400) when the amount is outside 0–3650 days, 0–1200 months or 0–100 years
     */
    public Deadline deadline(LocalDate from, int amount, PeriodUnit unit) {
        if (from == null) {
            throw UserFacingException.badRequest("calendar.param.required", "from");
        }
        if (unit == null) {
            throw UserFacingException.badRequest("calendar.param.required", "unit");
        }
        return counting().deadline(from, amount, unit);
    }

    /** The calendar years whose holiday notice is in the calendar; other years are counted with weekends only. */
    public Set<Integer> publishedYears() {
        return new TreeSet<>(cache.current().years());
    }

    /** Every day of the month, first to last. */
    public List<DayInfo> month(YearMonth month) {
        DayCounting counting = counting();
        List<DayInfo> days = new ArrayList<>(month.lengthOfMonth());
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            days.add(counting.day(month.atDay(d)));
        }
        return days;
    }

    private DayCounting counting() {
        return new DayCounting(cache.current());
    }
}
