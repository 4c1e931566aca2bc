package cn.fazhi.learning;

/** An attempt is in progress until the cadre submits it. */
public enum AttemptStatus {
    IN_PROGRESS, SUBMITTED
}
