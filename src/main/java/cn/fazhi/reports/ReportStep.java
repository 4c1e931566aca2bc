package cn.fazhi.reports;

import java.util.Optional;

/**
 * The steps of the review flow, each with the status it leaves, the status it reaches and the permission it needs.
 * REJECT returns to DRAFT from any review status; it needs the permission of whoever holds the report at that status.
 * <p>
 * <b>Four eyes</b> ({@link #refusal}): nobody passes their own work. Whoever submitted the draft may not pass the
 * internal review; the secrecy review's conclusion and the approval (one step, APPROVE) may be given neither by whoever
 * submitted the draft nor by whoever passed the internal review. So a report reaches APPROVED only through three
 * different people. SUBMIT, PUBLISH (it only carries out an approval) and REJECT (sending back never passes anything)
 * are not restricted. A return to DRAFT starts a new round: the earlier submitter and reviewer are forgotten.
 */
public enum ReportStep {
    /** The rule-of-law office hands the draft to internal review. */
    SUBMIT(AnnualReports.DRAFT_PERMISSION),
    /** Internal review passed; the report is frozen and goes to the secrecy review. */
    PASS_REVIEW(AnnualReports.REVIEW_PERMISSION),
    /** The secrecy review found nothing secret (its conclusion is recorded) and the leader approves. */
    APPROVE(AnnualReports.APPROVE_PERMISSION),
    /** Published on the public portal. */
    PUBLISH(AnnualReports.PUBLISH_PERMISSION),
    /** Sent back to DRAFT with a reason. */
    REJECT(null);

    private final String permission;

    ReportStep(String permission) {
        this.permission = permission;
    }

    /** Where this step leads from {@code from}, or empty when it is not allowed there. */
    public Optional<ReportStatus> target(ReportStatus from) {
        ReportStatus to = switch (this) {
            case SUBMIT -> from == ReportStatus.DRAFT ? ReportStatus.INTERNAL_REVIEW : null;
            case PASS_REVIEW -> from == ReportStatus.INTERNAL_REVIEW ? ReportStatus.SECRECY_REVIEW : null;
            case APPROVE -> from == ReportStatus.SECRECY_REVIEW ? ReportStatus.APPROVED : null;
            case PUBLISH -> from == ReportStatus.APPROVED ? ReportStatus.PUBLISHED : null;
            case REJECT -> from != ReportStatus.DRAFT && from != ReportStatus.PUBLISHED ? ReportStatus.DRAFT : null;
        };
        if (to != null && !from.canMoveTo(to)) {
            throw new IllegalStateException(this + " from " + from + " contradicts ReportStatus.next()");
        }
        return Optional.ofNullable(to);
    }

    /** The permission this step needs when taken from {@code from}. */
    public String permission(ReportStatus from) {
        if (this != REJECT) {
            return permission;
        }
        return from == ReportStatus.INTERNAL_REVIEW ? AnnualReports.REVIEW_PERMISSION : AnnualReports.APPROVE_PERMISSION;
    }

    /**
     * The four-eyes rule: the message key of the refusal when {@code actor} may not take this step because they
     * submitted ({@code submittedBy}) or passed the internal review of ({@code reviewedBy}) the report in this round;
     * empty when they may. Usernames; null when nobody has yet.
     */
    public Optional<String> refusal(String actor, String submittedBy, String reviewedBy) {
        return switch (this) {
            case PASS_REVIEW -> actor.equals(submittedBy) ? Optional.of("reports.error.ownSubmission") : Optional.empty();
            case APPROVE -> actor.equals(submittedBy) ? Optional.of("reports.error.ownSubmission")
                    : actor.equals(reviewedBy) ? Optional.of("reports.error.ownReview") : Optional.empty();
            case SUBMIT, PUBLISH, REJECT -> Optional.empty();
        };
    }

    /** Whether the step needs a written reason (rejection) or conclusion (the secrecy review's, at approval). */
    public boolean needsText() {
        return this == REJECT || this == APPROVE;
    }

    /** The path segment of the step in the API and pages. */
    public String path() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Optional<ReportStep> ofPath(String path) {
        for (ReportStep s : values()) {
            if (s.path().equals(path)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
