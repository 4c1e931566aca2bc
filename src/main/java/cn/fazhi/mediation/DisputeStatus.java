package cn.fazhi.mediation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a dispute stands. The allowed transitions are data ({@link #next()}); the aggregate refuses any other.
 * REGISTERED → ACCEPTED | DECLINED | WITHDRAWN; ACCEPTED → MEDIATING | WITHDRAWN; MEDIATING → AGREED | FAILED |
 * WITHDRAWN; AGREED → PERFORMANCE_CHECKED; PERFORMANCE_CHECKED, FAILED, WITHDRAWN → CLOSED. DECLINED and CLOSED are
 * final.
 */
public enum DisputeStatus {
    REGISTERED, ACCEPTED, DECLINED, MEDIATING, AGREED, FAILED, WITHDRAWN, PERFORMANCE_CHECKED, CLOSED;

    public Set<DisputeStatus> next() {
        return switch (this) {
            case REGISTERED -> EnumSet.of(ACCEPTED, DECLINED, WITHDRAWN);
            case ACCEPTED -> EnumSet.of(MEDIATING, WITHDRAWN);
            case MEDIATING -> EnumSet.of(AGREED, FAILED, WITHDRAWN);
            case AGREED -> EnumSet.of(PERFORMANCE_CHECKED);
            case PERFORMANCE_CHECKED, FAILED, WITHDRAWN -> EnumSet.of(CLOSED);
            case DECLINED, CLOSED -> EnumSet.noneOf(DisputeStatus.class);
        };
    }

    public boolean canMoveTo(DisputeStatus target) {
        return next().contains(target);
    }

    /** Whether sessions may still be recorded (the first session starts the mediation). */
    public boolean allowsSessions() {
        return this == ACCEPTED || this == MEDIATING;
    }

    /** Whether the case is still open for attachments, deliberations and return visits. */
    public boolean isOpen() {
        return this != DECLINED && this != CLOSED;
    }
}
