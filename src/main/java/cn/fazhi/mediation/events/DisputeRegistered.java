package cn.fazhi.mediation.events;

import java.time.LocalDate;

/** A dispute was registered (登记). */
public record DisputeRegistered(long disputeId, String caseNumber, LocalDate on, String channel) {}
