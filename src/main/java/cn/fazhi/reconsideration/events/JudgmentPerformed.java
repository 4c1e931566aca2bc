package cn.fazhi.reconsideration.events;

/** The agency performed an effective judgment. */
public record JudgmentPerformed(long caseId, java.time.LocalDate completedOn) {}
