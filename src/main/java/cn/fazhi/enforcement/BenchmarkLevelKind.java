package cn.fazhi.enforcement;

/**
 * The 裁量阶次 of a penalty benchmark (国办发〔2022〕27号 三(六)): 不予处罚、免予处罚、从轻、一般、减轻、从重 — the values
 * of {@code enforcement_benchmark_level.level}. The first two impose no fine, so their levels carry no fine range.
 */
public enum BenchmarkLevelKind {
    NOT_PUNISHED, EXEMPTED, LIGHTER, GENERAL, MITIGATED, HEAVIER;

    /** Whether a decision at this level imposes no penalty (行政处罚法 Art. 33), hence no fine range. */
    public boolean withoutPenalty() {
        return this == NOT_PUNISHED || this == EXEMPTED;
    }
}
