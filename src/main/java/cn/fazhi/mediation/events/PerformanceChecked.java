package cn.fazhi.mediation.events;

import java.time.LocalDate;

/** Whether the agreement was performed was checked. */
public record PerformanceChecked(long disputeId, String caseNumber, LocalDate on, boolean performed) {}
