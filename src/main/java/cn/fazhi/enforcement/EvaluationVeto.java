package cn.fazhi.enforcement;

/**
 * Grounds on which a file is 不合格 whatever its points (广东省人民政府令第231号 Art. 17, local default): main facts
 * unclear or evidence insufficient, law wrongly applied, statutory procedure violated, power exceeded or abused, the
 * body unlawful or an officer unqualified.
 */
public enum EvaluationVeto { FACTS_UNCLEAR, LAW_MISAPPLIED, PROCEDURE_VIOLATED, ULTRA_VIRES, NOT_QUALIFIED }
