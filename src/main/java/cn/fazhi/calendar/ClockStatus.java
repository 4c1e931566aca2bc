package cn.fazhi.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A legal clock as seen on one day.
 *
 * @param deadline the last day of the period, or null while the clock is suspended (the end is then unknown)
 * @param provisional true when the deadline relied on a year without a published holiday notice
 * @param daysSuspended calendar days that did not count: for each suspension, the days after the suspension day up
 *        to and including the resumption day (for an open suspension: up to the day asked about)
 * @param entries suspensions, resumptions and extensions in the order they were recorded
 */
public record ClockStatus(long clockId, String name, LocalDate startDate, int amount, PeriodUnit unit,
        LocalDate deadline, boolean provisional, ClockState state, long daysSuspended, List<ClockEntry> entries) {}
