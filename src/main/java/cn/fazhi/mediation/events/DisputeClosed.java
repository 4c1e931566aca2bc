package cn.fazhi.mediation.events;

import java.time.LocalDate;

/** The case was closed and archived (人民调解法 Art. 27). */
public record DisputeClosed(long disputeId, String caseNumber, LocalDate on) {}
