package cn.fazhi.mediation.events;

import java.time.LocalDate;

/** The parties reached an agreement that took effect on {@code on} (人民调解法 Arts. 28–30). */
public record AgreementReached(long disputeId, String caseNumber, LocalDate on, String form) {}
