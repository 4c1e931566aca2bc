package cn.fazhi.mediation.events;

import java.time.LocalDate;

/** The applicant withdrew. */
public record DisputeWithdrawn(long disputeId, String caseNumber, LocalDate on) {}
