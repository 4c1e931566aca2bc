package cn.fazhi.calendar;

/** Where a legal clock stands on a given day. */
public enum ClockState {
    /** Counting; the deadline is today or later. */
    RUNNING,
    /** Suspended (中止) and not yet resumed: days do not count and the deadline is unknown. */
    SUSPENDED,
    /** The deadline has passed. */
    EXPIRED
}
