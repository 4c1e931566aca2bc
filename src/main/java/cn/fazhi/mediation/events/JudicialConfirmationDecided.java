package cn.fazhi.mediation.events;

import java.time.LocalDate;

/** The court ruled on the application for judicial confirmation (民事诉讼法 Art. 206). */
public record JudicialConfirmationDecided(long disputeId, String caseNumber, LocalDate on, String result) {}
