package cn.fazhi.supervision;

/**
 * Where a mission stands: PLANNED → NOTIFIED (targets told; a written mission's targets report by the deadline) →
 * UNDER_WAY (on site / under way; findings recorded, each raising a rectification problem) → FINDINGS_RECORDED →
 * REPORTED (督察报告 issued, Art. 17) → CLOSED; PLANNED or NOTIFIED → CANCELLED. The steps are {@link OversightMission#TABLE}.
 */
public enum OversightStatus {
    PLANNED, NOTIFIED, UNDER_WAY, FINDINGS_RECORDED, REPORTED, CLOSED, CANCELLED
}
