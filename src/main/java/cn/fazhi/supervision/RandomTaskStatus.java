package cn.fazhi.supervision;

/**
 * The states of a random-inspection task: planned (lists not yet frozen), committed (lists frozen, the seed's
 * commitment published), drawn, results recorded (the publication period runs), published; or cancelled, or merged
 * into a joint task (进一次门、查多项事).
 */
public enum RandomTaskStatus {
    PLANNED, COMMITTED, DRAWN, RESULTS_RECORDED, PUBLISHED, CANCELLED, MERGED
}
