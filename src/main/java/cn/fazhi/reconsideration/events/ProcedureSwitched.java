package cn.fazhi.reconsideration.events;

/** The simplified procedure was switched to the ordinary one with approval (Art. 55). */
public record ProcedureSwitched(long caseId, String approvedBy) {}
