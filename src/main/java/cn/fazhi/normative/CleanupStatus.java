package cn.fazhi.normative;

/** A cleanup campaign is drafted (outcomes being reviewed) and then published (outcomes applied). */
public enum CleanupStatus {
    DRAFT, PUBLISHED
}
