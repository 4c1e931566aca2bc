package cn.fazhi.reconsideration.events;

/** 不予受理 was decided within the review period (Art. 30). */
public record ApplicationNotAccepted(long caseId, String reasons, String competentOrgan) {}
