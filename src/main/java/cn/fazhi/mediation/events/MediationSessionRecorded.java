package cn.fazhi.mediation.events;

import java.time.LocalDate;

/** A mediation session was held and recorded; the first one starts the mediation. */
public record MediationSessionRecorded(long disputeId, String caseNumber, LocalDate on) {}
