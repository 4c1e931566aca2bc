package cn.fazhi.normative;

/** A cleanup's reviewed outcome for one document (继续有效 / 需要修改 / 废止 / 宣布失效). */
public enum CleanupOutcome {
    CONTINUE, AMEND, ABOLISH, VOID
}
