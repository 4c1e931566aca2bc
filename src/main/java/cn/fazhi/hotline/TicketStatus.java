package cn.fazhi.hotline;

/**
 * A ticket's state: RECEIVED (taken in and classified by the 12345 centre) → DISPATCHED (派单, waiting for the unit to
 * sign for it) → SIGNED (签收, the unit handles it) → REPLIED (答复/办结, waiting for the return visit) → CLOSED; a unit
 * may return (退回) a ticket clearly outside its remit (DISPATCHED or SIGNED → RETURNED) and the centre dispatches it
 * again; the centre may answer a ticket itself at once (直接答复, RECEIVED → REPLIED). The moves are the transition
 * table of the case type {@code hotline}.
 */
public enum TicketStatus {
    RECEIVED, DISPATCHED, SIGNED, RETURNED, REPLIED, CLOSED;

    /** Whether the ticket still waits for someone. */
    public boolean open() {
        return this != CLOSED;
    }
}
