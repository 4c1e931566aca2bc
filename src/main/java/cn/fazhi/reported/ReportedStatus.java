package cn.fazhi.reported;

/**
 * A submission's state: SUBMITTED (by its unit, waiting for the office) → APPROVED (its value is the indicator's) or
 * RETURNED (with the reason; the unit submits anew); APPROVED → SUPERSEDED when a later submission of the same period
 * is approved (kept as history).
 */
public enum ReportedStatus {
    SUBMITTED, APPROVED, RETURNED, SUPERSEDED
}
