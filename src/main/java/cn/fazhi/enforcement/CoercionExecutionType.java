package cn.fazhi.enforcement;

/**
 * The kinds of 强制执行 of 行政强制法 Art. 12: 加处罚款或滞纳金 (SURCHARGE), 划拨存款汇款 (TRANSFER), 拍卖或处理查封扣押的
 * 财物 (AUCTION), 排除妨碍、恢复原状 (RESTORE), 强制拆除 (DEMOLITION, Art. 44 — audio-video mandatory, 118号 三(八)),
 * 代履行 (SUBSTITUTE, Arts. 50–52) and others.
 */
public enum CoercionExecutionType {
    SURCHARGE, TRANSFER, AUCTION, RESTORE, DEMOLITION, SUBSTITUTE, OTHER;

    public boolean audioVideoRequired() {
        return this == DEMOLITION;
    }
}
