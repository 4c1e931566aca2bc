package cn.fazhi.oneform;

/** A change request waits for the township's review, then is approved (applied) or rejected. */
public enum ChangeStatus {
    PENDING, APPROVED, REJECTED;

    /** The one guarded step: only a pending request is reviewed. */
    public boolean reviewable() {
        return this == PENDING;
    }
}
