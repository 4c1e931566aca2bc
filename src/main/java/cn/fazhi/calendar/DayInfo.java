package cn.fazhi.calendar;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What the legal calendar says about one date.
 *
 * @param holiday the holiday's name when the date is a listed rest day (e.g. 中秋节、国庆节), otherwise null
 * @param makeUpWorkday true for a 调休 day: a day the notice lists as a working day (normally a weekend day)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"date", "workingDay", "holiday", "makeUpWorkday"})
public record DayInfo(LocalDate date, boolean workingDay, String holiday, boolean makeUpWorkday) {}
