package cn.fazhi.services;

/**
 * An application's state: RECEIVED (收件, waiting for the 受理 decision) → CORRECTING (补正 notice given) → ACCEPTED
 * (受理, under review; SUSPENDED while an Art. 45 activity runs) → DECIDED (准予 or 不予, waiting to be served) →
 * CLOSED (办结); NOT_ACCEPTED (不予受理, Art. 32(1)(一)(二)). 即办: RECEIVED → CLOSED in one window step.
 */
public enum ApplicationStatus {
    RECEIVED, CORRECTING, ACCEPTED, SUSPENDED, DECIDED, CLOSED, NOT_ACCEPTED;

    /** Finished: it can be rated. */
    public boolean finished() {
        return this == CLOSED || this == NOT_ACCEPTED;
    }

    /** Not yet decided: the clocks run. */
    public boolean pending() {
        return this == RECEIVED || this == CORRECTING || this == ACCEPTED || this == SUSPENDED;
    }
}
