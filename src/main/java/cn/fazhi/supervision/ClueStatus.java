package cn.fazhi.supervision;

/**
 * A clue's handling state: RECEIVED → VERIFYING (核查) → ISSUED (an instrument is out: waiting for the unit's reply) →
 * REPLIED (the unit answered: the office accepts and closes, raises rectification problems, or issues a further
 * instrument) → CLOSED; TRANSFERRED when handed to the discipline organs (纪检监察); CLOSED also when verification
 * finds nothing. The moves are the transition table of the case type {@code supervision} ({@link Clue#TABLE}).
 */
public enum ClueStatus {
    RECEIVED, VERIFYING, ISSUED, TRANSFERRED, CLOSED,
    /** The unit answered the instrument out; the office decides (added by the letters part). */
    REPLIED
}
