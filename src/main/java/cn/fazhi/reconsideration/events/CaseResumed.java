package cn.fazhi.reconsideration.events;

/** The case was resumed after a suspension (Art. 39(2)). */
public record CaseResumed(long caseId, java.time.LocalDate resumedOn) {}
