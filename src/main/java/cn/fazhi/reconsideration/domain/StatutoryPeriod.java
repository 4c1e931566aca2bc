package cn.fazhi.reconsideration.domain;

import cn.fazhi.calendar.PeriodUnit;

/**
 * A period the law sets, with the message key naming it (e.g. {@code reconsideration.clock.acceptance}) and its
 * length. Deadlines are always computed by the legal calendar and kept as legal clocks, never by hand.
 */
public record StatutoryPeriod(String name, int amount, PeriodUnit unit) {}
