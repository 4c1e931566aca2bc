package cn.fazhi.enforcement;

/** An investigative act of a penalty case: 询问, 检查/勘验, 抽样取证, 其他调查取证. */
public enum PenaltyActKind { INQUIRY, INSPECTION, SAMPLING, OTHER }
