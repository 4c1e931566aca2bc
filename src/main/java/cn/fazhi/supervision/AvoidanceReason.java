package cn.fazhi.supervision;

/**
 * Why an inspector must not inspect an entity (回避; 行政处罚法 Art. 43: "执法人员与案件有直接利害关系或者有其他关系可能
 * 影响公正执法的，应当回避"): a close relative there (近亲属), a former post there (曾任职), an interest (利害关系), other.
 */
public enum AvoidanceReason {
    KIN, FORMER_EMPLOYMENT, INTEREST, OTHER
}
