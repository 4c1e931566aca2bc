package cn.fazhi.platform.validation;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import cn.fazhi.platform.web.UserFacingException;

/**
 * The one range every business date must lie in — a receipt, acceptance, filing, decision or act date, and the year of
 * a case number: from 1 October 1949 (no act of this government is older) to 31 December of next year (a date further
 * ahead is a typing error, e.g. 2206 for 2026). A date outside is refused with a 400 naming the field and the range;
 * rules that are narrower (e.g. "not after today") check that on their own.
 */
public final class BusinessDates {

    public static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);

    private BusinessDates() {}

    /** The last acceptable business date seen from {@code today}. */
    public static LocalDate latest(LocalDate today) {
        return LocalDate.of(today.getYear() + 1, 12, 31);
    }

    public static boolean within(LocalDate date, LocalDate today) {
        return !date.isBefore(EARLIEST) && !date.isAfter(latest(today));
    }

    /**
     * Refuses {@code date} outside the range (null passes: "required" is the caller's rule); {@code field} names it, a
     * message key or an already resolvable name (null: the message names no field).
     */
    public static LocalDate check(LocalDate date, Object field, LocalDate today) {
        if (date != null && !within(date, today)) {
            Object name = field == null ? new DefaultMessageSourceResolvable(new String[] {"validation.date.field"}, "")
                    : field instanceof String key ? new DefaultMessageSourceResolvable(new String[] {key}, key) : field;
            throw UserFacingException.badRequest("validation.date.range", name, date, EARLIEST, latest(today));
        }
        return date;
    }

    /** Refuses a case-number year outside the range (a year 0 would print as "〔0〕"). */
    public static void checkYear(int year, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (year < EARLIEST.getYear() || year > latest(today).getYear()) {
            throw UserFacingException.badRequest("validation.date.year", Integer.toString(year), EARLIEST,
                    latest(today));
        }
    }
}
