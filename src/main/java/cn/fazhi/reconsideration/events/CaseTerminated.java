package cn.fazhi.reconsideration.events;

/** The case was terminated (终止, Arts. 41, 74). */
public record CaseTerminated(long caseId, String ground, java.time.LocalDate terminatedOn) {}
