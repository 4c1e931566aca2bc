package cn.fazhi.mediation.events;

import java.time.LocalDate;

/** The committee declined the dispute (不予受理), e.g. because a party refused mediation (人民调解法 Art. 17). */
public record DisputeDeclined(long disputeId, String caseNumber, LocalDate on, String reason) {}
