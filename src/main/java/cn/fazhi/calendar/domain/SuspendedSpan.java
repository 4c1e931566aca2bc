package cn.fazhi.calendar.domain;

import java.time.LocalDate;

/**
 * A closed suspension: the suspension day still counts, the days after it up to and including the resumption day do
 * not, and counting resumes on the day after the resumption day (which thereby acts like a new start day).
 */
public record SuspendedSpan(LocalDate suspendedOn, LocalDate resumedOn) {

    public boolean covers(LocalDate date) {
        return date.isAfter(suspendedOn) && !date.isAfter(resumedOn);
    }

    public long days() {
        return resumedOn.toEpochDay() - suspendedOn.toEpochDay();
    }
}
