package cn.fazhi.legality;

/** What is submitted for legality review: 行政协议, 合同, 工作方案 or other. */
public enum ReviewType {
    AGREEMENT, CONTRACT, PLAN, OTHER;

    /** Agreements and contracts have a counterparty; plans and other documents may not. */
    public boolean needsCounterparty() {
        return this == AGREEMENT || this == CONTRACT;
    }
}
