package cn.fazhi.mediation.events;

import java.time.LocalDate;

/** The committee accepted the dispute for mediation (受理). */
public record DisputeAccepted(long disputeId, String caseNumber, LocalDate on) {}
