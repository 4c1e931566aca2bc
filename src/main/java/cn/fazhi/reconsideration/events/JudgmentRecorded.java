package cn.fazhi.reconsideration.events;

/** The court's outcome was recorded. */
public record JudgmentRecorded(long caseId, String outcome) {}
