package cn.fazhi.reconsideration.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a suit against a district agency stands, with the allowed transitions as data. */
public enum LitigationStatus {
    /** Registered; hearings are recorded. */
    OPEN,
    /** The court's outcome is recorded. */
    JUDGED,
    /** An effective judgment must be performed by a deadline. */
    PERFORMING,
    /** Nothing left to do. */
    CLOSED;

    private static final Map<LitigationStatus, Set<LitigationStatus>> NEXT = Map.of(
            OPEN, EnumSet.of(JUDGED),
            JUDGED, EnumSet.of(PERFORMING, CLOSED),
            PERFORMING, EnumSet.of(CLOSED));

    public Set<LitigationStatus> next() {
        return NEXT.getOrDefault(this, EnumSet.noneOf(LitigationStatus.class));
    }

    public boolean canMoveTo(LitigationStatus target) {
        return next().contains(target);
    }
}
