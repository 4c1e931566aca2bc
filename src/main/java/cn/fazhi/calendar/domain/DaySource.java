package cn.fazhi.calendar.domain;

import java.time.LocalDate;

/** The holiday data the day counting reads: listed days and which years' notices are known. */
public interface DaySource {

    /** The listed entry for the date, or null when the notice does not mention it. */
    HolidayDay listed(LocalDate date);

    /** Whether the holiday notice for this calendar year is in the calendar. */
    boolean published(int year);
}
