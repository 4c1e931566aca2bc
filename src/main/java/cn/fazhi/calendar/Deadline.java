package cn.fazhi.calendar;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The last day of a period of {@code amount} {@code unit}s starting on {@code from} (the start day itself not counted).
 *
 * @param provisional true when the count relied on a year whose holiday notice is not yet in the calendar, so only
 *        weekends were treated as rest days and the date may still move
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"from", "amount", "unit", "deadline", "provisional"})
public record Deadline(LocalDate from, int amount, PeriodUnit unit, LocalDate deadline, boolean provisional) {}
