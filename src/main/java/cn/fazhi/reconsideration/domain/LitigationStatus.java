package cn.fazhi.reconsideration.domain;

/** Where a suit against a district agency stands; the moves between states are {@link LitigationCase#TABLE}. */
public enum LitigationStatus {
    /** Registered; hearings are recorded. */
    OPEN,
    /** The court's outcome is recorded. */
    JUDGED,
    /** An effective judgment must be performed by a deadline. */
    PERFORMING,
    /** Nothing left to do. */
    CLOSED
}
