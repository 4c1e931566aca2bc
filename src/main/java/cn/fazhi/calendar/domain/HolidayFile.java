package cn.fazhi.calendar.domain;

import java.util.List;

/** The content of one notice in the holiday-cn format ({@code YYYY.json}): its year, source URLs and listed days. */
public record HolidayFile(int year, List<String> papers, List<HolidayDay> days) {}
