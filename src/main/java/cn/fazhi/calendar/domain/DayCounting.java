package cn.fazhi.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import cn.fazhi.calendar.DayInfo;
import cn.fazhi.calendar.Deadline;
import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.platform.web.UserFacingException;

/**
 * How the platform counts statutory periods (docs/LEGAL-RULES.md, CAL-1 to CAL-6). Each rule is one method that
 * cites its source; {@code DayCountingTest} checks them against the bundled notices and quotes the same articles.
 * A count also reports whether it looked at a year whose holiday notice is missing (then only weekends are rest
 * days and the answer is provisional).
 */
public final class DayCounting {

    public static final int MAX_DAYS = 3650;
    public static final int MAX_MONTHS = 1200;
    public static final int MAX_YEARS = 100;

    private final DaySource source;

    public DayCounting(DaySource source) {
        this.source = source;
    }

    /** The last day of a period and whether it relied on an unpublished year. */
    public record Result(LocalDate deadline, boolean provisional) {}

    /**
     * Working day or rest day. A date listed in the State Council's notice (国务院办公厅关于部分节假日安排的通知) is
     * decided by the notice: a listed rest day is not a working day, a 调休 make-up day is one. Any other date is a
     * working day from Monday to Friday and a rest day on Saturday and Sunday. Counting a 调休 Saturday as a 工作日
     * follows the notice; no statute says so (platform decision, docs/LEGAL-RULES.md CAL-5, U4).
     */
    public boolean isWorkingDay(LocalDate date) {
        HolidayDay listed = source.listed(date);
        if (listed != null) {
            return !listed.offDay();
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    public DayInfo day(LocalDate date) {
        HolidayDay listed = source.listed(date);
        boolean makeUp = listed != null && !listed.offDay();
        String holiday = listed != null && listed.offDay() ? listed.name() : null;
        return new DayInfo(date, isWorkingDay(date), holiday, makeUp);
    }

    /**
     * The accepted lengths of one period: 0 to 3650 days or working days, 0 to 1200 months, 0 to 100 years. Not a
     * legal rule: the longest periods in law are 20 years (行政复议法 Art. 21, 行政诉讼法 Art. 46); the limits keep a
     * typing error from producing an absurd date.
     */
    public static void checkAmount(int amount, PeriodUnit unit) {
        int max = switch (unit) {
            case DAYS, WORKING_DAYS -> MAX_DAYS;
            case MONTHS -> MAX_MONTHS;
            case YEARS -> MAX_YEARS;
        };
        if (amount < 0 || amount > max) {
            throw UserFacingException.badRequest("calendar.amount.outOfRange." + unit.name(), String.valueOf(amount),
                    max);
        }
    }

    /** The deadline of a single period; see {@link #count(LocalDate, List, List)}. */
    public Deadline deadline(LocalDate from, int amount, PeriodUnit unit) {
        checkAmount(amount, unit);
        Result result = count(from, List.of(new Period(amount, unit)), List.of());
        return new Deadline(from, amount, unit, result.deadline(), result.provisional());
    }

    /**
     * The last day of a period that starts on {@code start} (not counted), runs for each of {@code periods} in turn
     * (a clock's base period, then its extensions, each added to the previous unrolled end) and does not count the
     * days covered by {@code suspensions}. Only the final end moves off a rest day.
     */
    public Result count(LocalDate start, List<Period> periods, List<SuspendedSpan> suspensions) {
        Examination exam = new Examination();
        LocalDate end = start;
        for (Period period : periods) {
            end = period.unit() == PeriodUnit.WORKING_DAYS
                    ? workingDaysEnd(end, period.amount(), suspensions, exam)
                    : naturalEnd(end, period.amount(), period.unit(), suspensions);
        }
        return new Result(firstWorkingDayFrom(end, suspensions, exam), exam.provisional);
    }

    /**
     * Raw end of a period in days, months or years, before moving off a rest day. The start day is not counted
     * (民事诉讼法 Art. 85: "期间开始的时和日，不计算在期间内"; 民法典 Art. 201). Months and years end on the corresponding
     * day of the final month, or on that month's last day when there is none (民法典 Art. 202) —
     * {@link LocalDate#plusMonths} does exactly this. Each suspended day inside the period pushes the end one day
     * further, so suspended time does not count (e.g. 行政复议法 Art. 39 中止; which days count as suspended is the
     * platform's convention, see {@link SuspendedSpan}).
     */
    static LocalDate naturalEnd(LocalDate start, int amount, PeriodUnit unit, List<SuspendedSpan> suspensions) {
        LocalDate end = switch (unit) {
            case DAYS -> start.plusDays(amount);
            case MONTHS -> start.plusMonths(amount);
            case YEARS -> start.plusYears(amount);
            case WORKING_DAYS -> throw new IllegalArgumentException("working days are counted one by one");
        };
        if (!suspensions.isEmpty()) {
            for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
                if (suspended(day, suspensions)) {
                    end = end.plusDays(1);
                }
            }
        }
        return end;
    }

    /**
     * End of a period in working days: only working days count, "不含法定休假日" (行政复议法 Art. 88 for its 三日、五日、
     * 七日、十日; 行政处罚法 Art. 85 for its 二日、三日、五日、七日). The start day is not counted (民事诉讼法 Art. 85), nor
     * is any suspended day.
     */
    LocalDate workingDaysEnd(LocalDate start, int amount, List<SuspendedSpan> suspensions, Examination exam) {
        LocalDate day = start;
        int counted = 0;
        while (counted < amount) {
            day = day.plusDays(1);
            if (!suspended(day, suspensions) && exam.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * A period whose last day is a rest day (法定休假日, which includes weekends) ends on the first working day after
     * it (民事诉讼法 Art. 85: "期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期"; 民法典 Art. 203).
     * A suspended day is skipped the same way.
     */
    LocalDate firstWorkingDayFrom(LocalDate end, List<SuspendedSpan> suspensions, Examination exam) {
        LocalDate day = end;
        while (suspended(day, suspensions) || !exam.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static boolean suspended(LocalDate day, List<SuspendedSpan> suspensions) {
        for (SuspendedSpan span : suspensions) {
            if (span.covers(day)) {
                return true;
            }
        }
        return false;
    }

    /** Remembers whether any day examined lay in a year without a holiday notice. */
    final class Examination {
        private boolean provisional;

        boolean isWorkingDay(LocalDate day) {
            if (!source.published(day.getYear())) {
                provisional = true;
            }
            return DayCounting.this.isWorkingDay(day);
        }
    }
}
