package cn.fazhi.enforcement.events;

import java.time.LocalDate;

/**
 * A published decision was changed, revoked, declared unlawful or void (处罚法 Art. 48: withdraw within 3 working
 * days); {@code ground} is CHANGED, REVOKED, UNLAWFUL or VOID.
 */
public record EnforcementDecisionAnnulled(String caseType, long caseId, String ground, LocalDate annulledOn) {}
