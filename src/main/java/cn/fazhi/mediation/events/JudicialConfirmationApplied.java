package cn.fazhi.mediation.events;

import java.time.LocalDate;

/** The parties applied to a court for judicial confirmation (人民调解法 Art. 33; 民事诉讼法 Art. 205). */
public record JudicialConfirmationApplied(long disputeId, String caseNumber, LocalDate on, String court) {}
