package cn.fazhi.calendar.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.fazhi.calendar.DayInfo;

/**
 * A month laid out in weeks from Monday to Sunday, for the month table. Padding cells before the first and after the
 * last day are null.
 */
record MonthGrid(YearMonth month, List<List<Cell>> weeks, boolean published) {

    /** One day; {@code cssClass} is {@code off}, {@code makeup}, {@code weekend}, or null for a plain working day. */
    record Cell(DayInfo day, String cssClass) {

        static Cell of(DayInfo day) {
            String css = day.holiday() != null ? "off"
                    : day.makeUpWorkday() ? "makeup"
                    : !day.workingDay() ? "weekend" : null;
            return new Cell(day, css);
        }

        public int dayOfMonth() {
            return day.date().getDayOfMonth();
        }
    }

    static MonthGrid of(YearMonth month, List<DayInfo> days, boolean published) {
        List<List<Cell>> weeks = new ArrayList<>();
        List<Cell> week = new ArrayList<>();
        int lead = month.atDay(1).getDayOfWeek().getValue() - 1;
        for (int i = 0; i < lead; i++) {
            week.add(null);
        }
        for (DayInfo day : days) {
            week.add(Cell.of(day));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(null);
            }
            weeks.add(week);
        }
        return new MonthGrid(month, weeks, published);
    }

    public YearMonth previous() {
        return month.minusMonths(1);
    }

    public YearMonth next() {
        return month.plusMonths(1);
    }
}
