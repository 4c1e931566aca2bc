package cn.fazhi.calendar.domain;

import cn.fazhi.calendar.PeriodUnit;

/** A length of time: the base period of a clock or one extension of it. */
public record Period(int amount, PeriodUnit unit) {}
