package cn.fazhi.reports;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an annual report stands. DRAFT → INTERNAL_REVIEW → SECRECY_REVIEW (保密审查) → APPROVED → PUBLISHED; each review
 * status and APPROVED may send it back to DRAFT with a reason. PUBLISHED is final. The allowed moves are data
 * ({@link #next()}); the steps that make them, with their permissions, are {@link ReportStep}.
 * <p>
 * The report is <b>frozen</b> from SECRECY_REVIEW on: the secrecy reviewer must clear exactly the text and figures
 * that will be approved and published, so the figures stop refreshing when the text reaches them. A return to DRAFT
 * drops the snapshot and the figures are live again.
 */
public enum ReportStatus {
    DRAFT, INTERNAL_REVIEW, SECRECY_REVIEW, APPROVED, PUBLISHED;

    public Set<ReportStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(INTERNAL_REVIEW);
            case INTERNAL_REVIEW -> EnumSet.of(SECRECY_REVIEW, DRAFT);
            case SECRECY_REVIEW -> EnumSet.of(APPROVED, DRAFT);
            case APPROVED -> EnumSet.of(PUBLISHED, DRAFT);
            case PUBLISHED -> EnumSet.noneOf(ReportStatus.class);
        };
    }

    public boolean canMoveTo(ReportStatus target) {
        return next().contains(target);
    }

    /** Whether the figures are a snapshot rather than live. */
    public boolean frozen() {
        return this == SECRECY_REVIEW || this == APPROVED || this == PUBLISHED;
    }

    /** Whether the text (title, body, signature) may be edited. */
    public boolean editable() {
        return this == DRAFT;
    }
}
