package cn.fazhi.reconsideration.domain;

/** How a reconsideration ends, with the article of the 2023 行政复议法 each rests on. */
public enum DecisionType {
    /** 变更 (Art. 63). */
    CHANGE(63, false),
    /** 撤销 (Art. 64). */
    REVOKE(64, false),
    /** 部分撤销 (Art. 64). */
    PARTIAL_REVOKE(64, false),
    /** 确认违法 (Art. 65). */
    CONFIRM_ILLEGAL(65, false),
    /** 责令履行 (Art. 66). */
    ORDER_PERFORMANCE(66, false),
    /** 确认无效 (Art. 67). */
    CONFIRM_INVALID(67, false),
    /** 维持 (Art. 68). */
    UPHOLD(68, false),
    /** 驳回行政复议请求 (Art. 69). */
    REJECT_REQUEST(69, false),
    /** 行政复议调解书 (Art. 73). */
    MEDIATION_STATEMENT(73, false),
    /** 终止 after 和解 and withdrawal or another ground (Arts. 74, 41). */
    TERMINATION(41, true),
    /** 不予受理 (Art. 30). */
    NOT_ACCEPTED(30, true),
    /** 驳回申请 after acceptance (Art. 33). */
    DISMISSED(33, true);

    private final int article;
    private final boolean procedural;

    DecisionType(int article, boolean procedural) {
        this.article = article;
        this.procedural = procedural;
    }

    public int article() {
        return article;
    }

    /** Procedural outcomes are reached through their own transitions, not through a merits decision. */
    public boolean procedural() {
        return procedural;
    }
}
