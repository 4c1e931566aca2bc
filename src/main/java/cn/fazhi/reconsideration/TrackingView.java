package cn.fazhi.reconsideration;

import java.time.LocalDate;

/**
 * What the public tracking page shows: status and dates only, no personal data. {@code provisional} says a date
 * shown was counted across a year whose State Council holiday notice is not yet published; {@code suit} is the period
 * to sue once it applies (行政复议法 Art. 34, 行政诉讼法 Art. 45), or null.
 */
public record TrackingView(String caseNumber, String status, LocalDate receivedOn, LocalDate acceptedOn,
        LocalDate decisionDueOn, LocalDate decidedOn, String decisionType, boolean provisional,
        ReconsiderationCaseView.SuitView suit) {}
