package cn.fazhi.enforcement;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a coercion case stands. A measure: PROPOSED → APPROVED → IN_FORCE → DISPOSED → CLOSED, or in an emergency
 * PROPOSED → AWAITING_RATIFICATION → IN_FORCE (or RELEASED when the head disagrees). An execution: OPENED → DEMANDED →
 * DECIDED → EXECUTED → CLOSED, or DEMANDED → COURT_APPLIED → CLOSED. PROPOSED and OPENED may be CANCELLED.
 */
public enum CoercionStatus {
    PROPOSED, APPROVED, AWAITING_RATIFICATION, IN_FORCE, DISPOSED, RELEASED,
    OPENED, DEMANDED, DECIDED, EXECUTED, COURT_APPLIED,
    CLOSED, CANCELLED;

    public boolean isOpen() {
        return this != CLOSED && this != CANCELLED;
    }

    public static Set<String> open() {
        Set<String> names = new java.util.TreeSet<>();
        EnumSet.allOf(CoercionStatus.class).stream().filter(CoercionStatus::isOpen).forEach(s -> names.add(s.name()));
        return names;
    }
}
