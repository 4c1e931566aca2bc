package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A decision of a flagged case's peer group. Its case number is shown only when the case is in the caller's data
 * scope (null otherwise); the unit, the date and the fine are the facts the comparison rests on; {@code current} marks
 * the case the comparison is about.
 */
public record DisparityPeer(long caseId, String caseNumber, String unitName, LocalDate decidedOn, BigDecimal fine,
        boolean current) {}
