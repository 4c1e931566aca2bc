package cn.fazhi.legality;

/**
 * Where a review request stands. The allowed steps between these states are {@link LegalityReview#TABLE}: SUBMITTED →
 * ASSIGNED | WITHDRAWN; ASSIGNED → CONCLUDED | WITHDRAWN. CONCLUDED and WITHDRAWN are final.
 */
public enum ReviewStatus {
    SUBMITTED, ASSIGNED, CONCLUDED, WITHDRAWN;

    /** Still waiting for the opinion: counts for deadlines. */
    public boolean isOpen() {
        return this == SUBMITTED || this == ASSIGNED;
    }

    /** The open states, for queries (bound as parameters). */
    public static java.util.List<String> open() {
        return java.util.List.of(SUBMITTED.name(), ASSIGNED.name());
    }
}
