package cn.fazhi.reconsideration.domain;

/** The kind of contested act, as far as it matters for the simplified procedure (行政复议法 Art. 53). */
public enum ActCategory {
    /** 当场作出的行政行为 (Art. 53(1)(一)). */
    ON_THE_SPOT,
    /** 警告或者通报批评 (Art. 53(1)(二)). */
    WARNING_OR_CRITICISM,
    /** An act involving money, e.g. a fine; within the scope when the amount is ≤ 3000 元 (Art. 53(1)(三)). */
    MONETARY,
    /** 政府信息公开 (Art. 53(1)(四)). */
    GOVERNMENT_INFORMATION,
    OTHER
}
