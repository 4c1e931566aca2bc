package cn.fazhi.reconsideration.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a reconsideration case stands, with the transitions allowed from each state as data. */
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

    private static final Map<Status, Set<Status>> NEXT = Map.of(
            RECEIVED, EnumSet.of(ACCEPTED, NOT_ACCEPTED, CORRECTION_REQUESTED),
            CORRECTION_REQUESTED, EnumSet.of(RECEIVED, DEEMED_ABANDONED),
            ACCEPTED, EnumSet.of(SUSPENDED, DECIDED, TERMINATED, DISMISSED),
            SUSPENDED, EnumSet.of(ACCEPTED, TERMINATED));

    public Set<Status> next() {
        return NEXT.getOrDefault(this, EnumSet.noneOf(Status.class));
    }

    public boolean canMoveTo(Status target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
