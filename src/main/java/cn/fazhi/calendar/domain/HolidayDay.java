package cn.fazhi.calendar.domain;

import java.time.LocalDate;

/**
 * A date listed in a State Council holiday notice.
 *
 * @param offDay true = rest day of the arrangement; false = 调休 make-up working day
 * @param noticeYear the year of the notice the day belongs to (a New Year break may start in the previous December)
 */
public record HolidayDay(LocalDate date, String name, boolean offDay, int noticeYear) {}
