package cn.fazhi.supervision;

/** Whether a market entity of the register can be drawn (ACTIVE) or was deregistered (CANCELLED, kept for history). */
public enum TargetRegisterStatus {
    ACTIVE, CANCELLED
}
