package cn.fazhi.supervision;

/**
 * Where a supervision clue came from (行政执法监督条例; 纲要(2021–2025)(二十六): 投诉举报、案卷评查 …). The ones raised
 * by a record here carry that record (its case type and id) and are opened automatically.
 */
public enum ClueSource {
    /** 投诉举报 by a citizen or enterprise. */
    COMPLAINT,
    /** A 12345 hotline ticket (the services issue). */
    HOTLINE,
    /** A reconsideration decision that revoked, changed or declared unlawful an enforcement act (automatic). */
    RECONSIDERATION,
    /** A lost or partly lost administrative suit (automatic). */
    LITIGATION,
    /** A case file evaluated 不合格 (automatic). */
    FILE_REVIEW,
    /** A random inspection's finding about an enforcement unit. */
    RANDOM_INSPECTION,
    /** A rule-of-law inspection (督察) finding. */
    OVERSIGHT,
    /** Found by the office itself (日常监督、专项监督) or any other way. */
    OTHER
}
