package cn.fazhi.reconsideration.events;

/** A reconsideration decision was issued (Arts. 63–69, 73). */
public record DecisionIssued(long caseId, String decisionType, java.time.LocalDate decidedOn) {}
