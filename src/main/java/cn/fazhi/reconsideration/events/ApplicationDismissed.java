package cn.fazhi.reconsideration.events;

/** The accepted application was dismissed (驳回申请, Art. 33). */
public record ApplicationDismissed(long caseId, java.time.LocalDate dismissedOn) {}
