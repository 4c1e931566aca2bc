package cn.fazhi.enforcement;

/** A coercion case is either a coercive measure (强制措施, 行政强制法 Art. 9) or an execution (强制执行, Art. 12). */
public enum CoercionKind { MEASURE, EXECUTION }
