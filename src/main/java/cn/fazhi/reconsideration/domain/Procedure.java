package cn.fazhi.reconsideration.domain;

/** The two tracks after acceptance (行政复议法 Art. 36). */
public enum Procedure {
    /** 普通程序: decision within 60 days, extendable once by up to 30 (Art. 62). */
    ORDINARY,
    /** 简易程序: decision within 30 days (Art. 62), only within the scope of Art. 53. */
    SIMPLIFIED
}
