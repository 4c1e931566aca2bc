package cn.fazhi.supervision;

/**
 * The life of an item of the random-inspection list (随机抽查事项清单, 国办发〔2015〕58号): drafted by its department,
 * published (only published items may be used by tasks and are shown on the portal), withdrawn (kept, never used again).
 */
public enum RandomItemStatus {
    DRAFT, PUBLISHED, WITHDRAWN;

    public boolean canPublish() {
        return this == DRAFT;
    }

    public boolean canWithdraw() {
        return this == PUBLISHED;
    }

    public boolean editable() {
        return this != WITHDRAWN;
    }
}
