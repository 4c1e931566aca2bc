package cn.fazhi.enforcement;

/**
 * Where a 行政处罚 case stands: 立案后调查 (INVESTIGATING), 已告知 (NOTIFIED), 听证中 (HEARING), 已听证 (HEARD), 法制审核中
 * (REVIEWING), 审核通过 (REVIEWED), 审核退回 (RETURNED), 已决定 (DECIDED), 已送达 (SERVED), 已缴纳 (PAID), 已结案 (CLOSED),
 * 已撤销/变更 (ANNULLED). The moves are {@link EnforcementCase#TABLE}.
 */
public enum PenaltyStatus {
    INVESTIGATING, NOTIFIED, HEARING, HEARD, REVIEWING, REVIEWED, RETURNED, DECIDED, SERVED, PAID, CLOSED, ANNULLED;

    public boolean isOpen() {
        return this != CLOSED && this != ANNULLED;
    }

    public boolean isDecided() {
        return this == DECIDED || this == SERVED || this == PAID || this == CLOSED;
    }
}
