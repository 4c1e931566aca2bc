package cn.fazhi.indicators;

/** What an indicator's value counts; the label is the message key {@code indicator.unit.<name>}. */
public enum IndicatorUnit {
    /** A number of records (件, 个, 次). */
    COUNT,
    /** A percentage with one decimal. */
    PERCENT,
    /** An amount of money in yuan. */
    YUAN
}
