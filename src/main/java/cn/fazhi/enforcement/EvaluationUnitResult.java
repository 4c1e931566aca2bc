package cn.fazhi.enforcement;

import java.math.BigDecimal;

/**
 * A unit's results in a campaign: files drawn and scored, by grade, 优良率 (优秀+良好 / scored) and 不合格率 (不合格 /
 * scored) in percent with one decimal (null when nothing is scored), the average score.
 */
public record EvaluationUnitResult(long unitId, String unitName, long files, long scored, long excellent, long good,
        long pass, long fail, BigDecimal excellentOrGoodRate, BigDecimal failRate, BigDecimal average) {}
