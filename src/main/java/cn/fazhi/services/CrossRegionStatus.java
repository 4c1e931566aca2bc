package cn.fazhi.services;

/**
 * A cross-region hand-over's state. OUT (we receive for a partner): RECEIVED → SENT (materials sent to the partner) →
 * RESULTED (the partner's result recorded) → DELIVERED (handed to the applicant). IN (a partner received for one of
 * our items): FORWARDED → ACCEPTED (accepted by the item's unit) → RETURNED (result returned to the partner).
 */
public enum CrossRegionStatus {
    RECEIVED, SENT, RESULTED, DELIVERED, FORWARDED, ACCEPTED, RETURNED;

    /** Whether the hand-over still waits for a step. */
    public boolean open() {
        return this != DELIVERED && this != RETURNED;
    }
}
