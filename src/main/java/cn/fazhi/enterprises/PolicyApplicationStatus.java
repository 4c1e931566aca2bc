package cn.fazhi.enterprises;

/**
 * A policy application's state: SUBMITTED (filed, eligibility re-checked and explained, waiting for the deciding unit)
 * → ACCEPTED (受理, under review) → GRANTED (兑现决定, amount set, payment due) → PAID; the unit may return it for
 * correction once (SUBMITTED or ACCEPTED → RETURNED; the enterprise resubmits → SUBMITTED) or refuse it with reasons
 * (SUBMITTED or ACCEPTED → REFUSED). The moves are the transition table of the case type {@code policy_application}.
 */
public enum PolicyApplicationStatus {
    SUBMITTED, ACCEPTED, RETURNED, GRANTED, REFUSED, PAID;

    /** Whether the application still waits for someone. */
    public boolean open() {
        return this != REFUSED && this != PAID;
    }
}
