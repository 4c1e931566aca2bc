package cn.fazhi.enforcement;

import java.util.List;

/**
 * Where a transfer of a suspected crime stands (国务院令第310号): REPORTED to the head → APPROVED | REJECTED;
 * APPROVED → TRANSFERRED → RECEIVED (police receipt) → ACCEPTED (立案) | REFUSED (不予立案); REFUSED → RECONSIDERING →
 * ACCEPTED | UPHELD. The steps are {@link Transfer#TABLE}.
 */
public enum TransferStatus {
    REPORTED, APPROVED, REJECTED, TRANSFERRED, RECEIVED, ACCEPTED, REFUSED, RECONSIDERING, UPHELD;

    /**
     * Whether the transfer still stands in the way of closing the penalty case with only a fine (310号 Art. 11: no 以罚代刑):
     * reported, approved, transferred, received, accepted by the police, or under reconsideration. A transfer the head
     * rejected, or the police refused for good (refusal not contested, or upheld), no longer does.
     */
    public boolean pending() {
        return this != REJECTED && this != REFUSED && this != UPHELD;
    }

    public static List<String> pendingStates() {
        return java.util.Arrays.stream(values()).filter(TransferStatus::pending).map(Enum::name).toList();
    }
}
