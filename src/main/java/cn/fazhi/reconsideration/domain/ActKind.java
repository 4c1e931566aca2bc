package cn.fazhi.reconsideration.domain;

/**
 * What kind of act is contested, as far as enforcement supervision needs it (optional): a decision that corrects an
 * enforcement act (行政执法行为) opens a supervision clue. The enforcement kinds follow the three 执法 systems of
 * 国办发〔2018〕118号 and the 行政执法监督条例's scope; NON_ENFORCEMENT for other acts (e.g. 政府信息公开答复, 行政协议).
 */
public enum ActKind {
    /** 行政处罚. */
    PENALTY,
    /** 行政强制. */
    COERCION,
    /** 行政检查. */
    INSPECTION,
    /** 行政许可. */
    LICENSING,
    /** 行政征收. */
    LEVY,
    /** 其他行政执法行为. */
    OTHER_ENFORCEMENT,
    /** 非执法行为. */
    NON_ENFORCEMENT
}
