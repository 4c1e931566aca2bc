package cn.fazhi.rectification;

/**
 * A problem's state: OPEN (raised, waiting for the unit's plan) → IN_PROGRESS (plan submitted; progress reports) →
 * SUBMITTED (the unit says it is done; waiting for acceptance) → CLOSED (销号), or back to IN_PROGRESS when returned
 * or re-opened. Overdue is not a state: an open problem past its deadline. The moves are the transition table of the
 * module's case type.
 */
public enum ProblemStatus {
    OPEN, IN_PROGRESS, SUBMITTED, CLOSED;

    /** Whether the problem still waits for rectification. */
    public boolean open() {
        return this != CLOSED;
    }
}
