package cn.fazhi.reconsideration.events;

/** The ordinary decision period was extended once with approval (Art. 62). */
public record DecisionPeriodExtended(long caseId, int days, String approvedBy) {}
