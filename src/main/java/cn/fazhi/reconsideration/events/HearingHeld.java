package cn.fazhi.reconsideration.events;

/** A hearing took place; whether the respondent's head attended (Art. 51(3)). */
public record HearingHeld(long caseId, boolean headAttended) {}
