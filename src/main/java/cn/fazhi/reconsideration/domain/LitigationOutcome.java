package cn.fazhi.reconsideration.domain;

/** How a suit ended for the agency. */
public enum LitigationOutcome {
    AGENCY_WON, AGENCY_LOST, PARTLY_LOST, WITHDRAWN, MEDIATED, OTHER;

    /** Whether the agency has something to perform (败诉 in whole or part). */
    public boolean requiresPerformance() {
        return this == AGENCY_LOST || this == PARTLY_LOST;
    }
}
