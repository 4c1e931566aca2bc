package cn.fazhi.reconsideration.domain;

/** Where a reconsideration case stands; the moves between states are {@link ReconsiderationCase#TABLE}. */
public enum Status {
    /** Received; the five-working-day acceptance review runs (行政复议法 Art. 30). */
    RECEIVED,
    /** 补正 requested; the applicant has ten working days to reply (Art. 31). */
    CORRECTION_REQUESTED,
    /** 不予受理 (Art. 30). */
    NOT_ACCEPTED,
    /** The 补正 deadline passed without reply: 视为放弃 (Art. 31). */
    DEEMED_ABANDONED,
    /** Accepted (or 视为受理, Art. 30(2)); the decision period runs. */
    ACCEPTED,
    /** 中止 (Art. 39): the decision period does not run. */
    SUSPENDED,
    /** A decision has been issued (Arts. 63–69, 73). */
    DECIDED,
    /** 终止 (Arts. 41, 74). */
    TERMINATED,
    /** 驳回申请 after acceptance (Art. 33). */
    DISMISSED;

    /** Whether no step leads anywhere from here (the case is decided one way or another). */
    public boolean isFinal() {
        return ReconsiderationCase.TABLE.next(this).isEmpty();
    }
}
