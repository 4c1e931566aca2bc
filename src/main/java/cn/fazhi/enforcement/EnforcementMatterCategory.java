package cn.fazhi.enforcement;

/** The category of an enforcement matter (国办发〔2018〕118号 一(三)), contract column {@code enforcement_matter.category}. */
public enum EnforcementMatterCategory {
    PENALTY, COERCION, INSPECTION, LICENCE, LEVY, OTHER
}
