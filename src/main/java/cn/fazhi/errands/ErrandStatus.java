package cn.fazhi.errands;

/**
 * An errand's state: REQUESTED (the beneficiary asked, by phone) → ASSIGNED (to an authorised agent; staff may
 * reassign) → DONE (amounts recorded) → CONFIRMED by the beneficiary, or DISPUTED (a to-do for the township) →
 * RESOLVED; REQUESTED or ASSIGNED → CANCELLED. The moves are the transition table of the case type {@code errand}.
 */
public enum ErrandStatus {
    REQUESTED, ASSIGNED, DONE, CONFIRMED, DISPUTED, RESOLVED, CANCELLED;

    public boolean open() {
        return this == REQUESTED || this == ASSIGNED || this == DONE || this == DISPUTED;
    }
}
