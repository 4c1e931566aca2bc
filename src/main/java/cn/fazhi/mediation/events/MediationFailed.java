package cn.fazhi.mediation.events;

import java.time.LocalDate;

/** Mediation ended without agreement and the parties were told their other routes (人民调解法 Art. 26). */
public record MediationFailed(long disputeId, String caseNumber, LocalDate on) {}
