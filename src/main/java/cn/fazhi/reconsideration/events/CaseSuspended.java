package cn.fazhi.reconsideration.events;

/** The case was suspended (中止, Art. 39). */
public record CaseSuspended(long caseId, java.time.LocalDate suspendedOn, String reason) {}
