package cn.fazhi.legality;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a review request stands. The allowed transitions are data ({@link #next()}); the facade refuses any other.
 * SUBMITTED → ASSIGNED | WITHDRAWN; ASSIGNED → CONCLUDED | WITHDRAWN. CONCLUDED and WITHDRAWN are final.
 */
public enum ReviewStatus {
    SUBMITTED, ASSIGNED, CONCLUDED, WITHDRAWN;

    public Set<ReviewStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(ASSIGNED, WITHDRAWN);
            case ASSIGNED -> EnumSet.of(CONCLUDED, WITHDRAWN);
            case CONCLUDED, WITHDRAWN -> EnumSet.noneOf(ReviewStatus.class);
        };
    }

    public boolean canMoveTo(ReviewStatus target) {
        return next().contains(target);
    }

    /** Still waiting for the opinion: counts for deadlines. */
    public boolean isOpen() {
        return this == SUBMITTED || this == ASSIGNED;
    }
}
