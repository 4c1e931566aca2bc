package cn.fazhi.mediation;

/**
 * Where a dispute stands. Which steps lead where is the transition table {@code domain.DisputeSteps.TABLE}; the
 * aggregate refuses any other. DECLINED and CLOSED are final.
 */
public enum DisputeStatus {
    REGISTERED, ACCEPTED, DECLINED, MEDIATING, AGREED, FAILED, WITHDRAWN, PERFORMANCE_CHECKED, CLOSED;

    /** Whether the case is still open for attachments, deliberations and return visits. */
    public boolean isOpen() {
        return this != DECLINED && this != CLOSED;
    }
}
