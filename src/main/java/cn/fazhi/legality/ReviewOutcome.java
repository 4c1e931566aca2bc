package cn.fazhi.legality;

/** The conclusion of a written opinion: 通过, 修改后通过, 不通过. */
public enum ReviewOutcome {
    PASS, PASS_WITH_AMENDMENTS, FAIL
}
