package cn.fazhi.hotline;

import java.time.LocalDate;

/**
 * One dispatch of a ticket: to which unit, when, the suggestion shown (unit, reason code, power) and why it was
 * overridden, whether it followed a ruling, when signed (on time or not) and when and why returned.
 */
public record DispatchView(long id, long unitId, String unitName, LocalDate dispatchedOn, LocalDate signDue,
        Long suggestedUnitId, String suggestedReason, String suggestedPower, String overrideReason, boolean ruling,
        LocalDate signedOn, Boolean signedOnTime, LocalDate returnedOn, String returnReason, String dispatchedBy) {}
