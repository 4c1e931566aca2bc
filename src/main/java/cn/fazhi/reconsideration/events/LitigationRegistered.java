package cn.fazhi.reconsideration.events;

/** A suit against a district agency was registered. */
public record LitigationRegistered(long caseId, String internalNumber) {}
