package cn.fazhi.legality;

/**
 * What is submitted for legality review: 行政协议, 合同, 工作方案, the draft of a major administrative decision
 * (重大行政决策草案, 《重大行政决策程序暂行条例》 Arts. 25-28; linked to the decision as its legality-review step) or other.
 */
public enum ReviewType {
    AGREEMENT, CONTRACT, PLAN, DECISION, OTHER;

    /** Agreements and contracts have a counterparty; plans and other documents may not. */
    public boolean needsCounterparty() {
        return this == AGREEMENT || this == CONTRACT;
    }
}
