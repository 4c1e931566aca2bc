package cn.fazhi.supervision;

/**
 * A clue's handling state: RECEIVED → VERIFYING (核查) → ISSUED (an instrument is out: waiting for the reply or the
 * rectification) → CLOSED; TRANSFERRED when handed to the discipline organs (纪检监察); CLOSED also when verification
 * finds nothing. The moves are the transition table of the case type {@code supervision}.
 */
public enum ClueStatus {
    RECEIVED, VERIFYING, ISSUED, TRANSFERRED, CLOSED
}
