package cn.fazhi.reconsideration.domain;

/**
 * Who appeared for the sued agency at a hearing. 负责人 are 正职、副职 and other 分管 heads (2018 行诉解释 Art. 128;
 * 最高法《关于行政机关负责人出庭应诉若干问题的规定》2020 Art. 2).
 */
public enum Appearance {
    /** 正职负责人. */
    HEAD,
    /** 副职负责人. */
    DEPUTY,
    /** 其他参与分管的负责人. */
    IN_CHARGE,
    /** No head appeared; the staff sent and the reason are recorded. */
    NOT_APPEARED;

    /** Whether a 负责人 appeared (counts toward the appearance rate). */
    public boolean headPresent() {
        return this != NOT_APPEARED;
    }
}
