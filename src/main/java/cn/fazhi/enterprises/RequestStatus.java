package cn.fazhi.enterprises;

/**
 * An enterprise request's state: FILED (by the enterprise or the desk, held by the desk) → ROUTED (分派 to the competent
 * unit through the 权责清单, waiting for it to sign for it) → SIGNED (签收) → ANSWERED (答复) → CLOSED (办结 by the desk)
 * → RATED (the enterprise's rating); the unit may return (退回) a request outside its remit with a reason (ROUTED or
 * SIGNED → RETURNED) and the desk routes it again. The moves are the transition table of the case type
 * {@code enterprise_request}.
 */
public enum RequestStatus {
    FILED, ROUTED, SIGNED, RETURNED, ANSWERED, CLOSED, RATED;

    /** Whether the request still waits for the desk or a unit. */
    public boolean open() {
        return this != CLOSED && this != RATED;
    }
}
