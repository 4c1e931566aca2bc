package cn.fazhi.reconsideration;

import java.time.LocalDate;

/** What the public tracking page shows: status and dates only, no personal data. */
public record TrackingView(String caseNumber, String status, LocalDate receivedOn, LocalDate acceptedOn,
        LocalDate decisionDueOn, LocalDate decidedOn, String decisionType) {}
