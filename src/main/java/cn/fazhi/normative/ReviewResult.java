package cn.fazhi.normative;

/** The legality review's conclusion; a FAILED document cannot be signed. */
public enum ReviewResult {
    PASSED, FAILED
}
