package cn.fazhi.services;

/**
 * The kind of a service item: the administrative powers (政务服务事项 = 行政权力事项 + 公共服务事项, 优化营商环境条例
 * Art. 35) — 行政许可, 行政确认, 行政给付, 行政征收, 行政奖励, 行政裁决, 其他行政权力 — public services (公共服务) and
 * intermediary services (中介服务, listed in their own catalogue). Contract column {@code service_item_version.item_type}.
 */
public enum ServiceItemType {
    LICENCE, CONFIRMATION, PAYMENT, LEVY, REWARD, RULING, OTHER_POWER, PUBLIC_SERVICE, INTERMEDIARY;

    /** A 行政许可: its applications run on the clocks of the 行政许可法. */
    public boolean licence() {
        return this == LICENCE;
    }
}
