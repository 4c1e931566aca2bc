package cn.fazhi.enterprises;

import java.time.LocalDate;

/**
 * One routing of a request: the unit, the suggestion of the 权责清单 at that moment (unit, reason code, power, matched
 * words), the desk's reason for choosing another unit, and the unit's return with its reason.
 */
public record RequestRoute(long id, long unitId, String unitName, LocalDate routedOn, Long suggestedUnitId,
        String suggestedReason, String suggestedPower, String matched, String overrideReason, LocalDate returnedOn,
        String returnReason, String routedBy) {}
