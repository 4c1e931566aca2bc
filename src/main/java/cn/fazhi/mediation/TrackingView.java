package cn.fazhi.mediation;

import java.time.LocalDate;

/** What the public tracking page shows: status and dates only, never personal data. */
public record TrackingView(String caseNumber, DisputeStatus status, LocalDate receivedOn, LocalDate acceptedOn,
        LocalDate decidedOn, LocalDate closedOn) {}
