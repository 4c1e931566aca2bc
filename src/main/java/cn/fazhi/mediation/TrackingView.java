package cn.fazhi.mediation;

import java.time.LocalDate;

/**
 * What the public tracking page shows: status and dates only, never personal data. {@code confirmationDueOn} is the
 * last day to apply for judicial confirmation of a written agreement (人民调解法 Art. 33) while no application is
 * recorded; {@code provisional} says that day was counted across a year with no State Council holiday notice yet.
 */
public record TrackingView(String caseNumber, DisputeStatus status, LocalDate receivedOn, LocalDate acceptedOn,
        LocalDate decidedOn, LocalDate closedOn, LocalDate confirmationDueOn, boolean provisional) {}
