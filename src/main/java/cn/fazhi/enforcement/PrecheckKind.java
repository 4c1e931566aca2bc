package cn.fazhi.enforcement;

/**
 * What the automatic pre-check of a closed case file (案卷评查) found; each kind's rule and its citation are the message
 * {@code enforcement.filereview.rule.<KIND>}, its wording {@code enforcement.filereview.kind.<KIND>}.
 */
public enum PrecheckKind {
    /** A mandatory document is not in the file (处罚法 Art. 47; 国办发〔2018〕118号 三(七)). */
    DOCUMENT_MISSING,
    /** A timed step was done after its legal period (the step's own rule). */
    STEP_LATE,
    /** A timed step was never done though its period has run out (the step's own rule). */
    STEP_NOT_DONE,
    /** An act for which full audio-video recording is mandatory has none on record (118号 三(八)). */
    AUDIO_VIDEO_MISSING,
    /** The decision does not state the discretion benchmark it applied (国办发〔2022〕27号 五(十二)). */
    BENCHMARK_NOT_STATED,
    /** An officer named on an act held no valid certificate on the act's day (处罚法 Art. 42). */
    OFFICER_UNCERTIFIED,
    /** Fewer than two officers on an act (处罚法 Art. 42; 强制法 Art. 18(二)). */
    TOO_FEW_OFFICERS,
    /** A decision requiring 法制审核 was made without a passed review (处罚法 Art. 58; 118号 四). */
    REVIEW_MISSING,
    /** A decision was made before its 法制审核 passed (处罚法 Art. 58; 118号 四). */
    DECIDED_BEFORE_REVIEW
}
