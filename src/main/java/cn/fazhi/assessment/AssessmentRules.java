package cn.fazhi.assessment;

import java.math.BigDecimal;
import java.util.List;

import cn.fazhi.platform.web.UserFacingException;

/**
 * The rules of the assessment (法治建设考评; LEGAL-RULES-2 §11.2: 法治建设成效纳入政绩考核, the scores taken from the
 * records): the criteria's weights are positive and sum to exactly 100; a criterion names a source present in the
 * system or {@code MANUAL}; an evaluator's entry is allowed only for a MANUAL criterion or where the source has no
 * record of the unit, and only with an evidence file; an attainment lies between 0 and 1; a unit's rank band,
 * by the share of units ranked ahead of it, is TOP (under 20 %), UPPER (under 50 %), MIDDLE (under 80 %) or LOWER.
 */
public final class AssessmentRules {

    public static final String MANUAL = "MANUAL";
    static final BigDecimal HUNDRED = new BigDecimal(100);

    /** The rank bands shown to a unit instead of its rank among all. */
    public enum Band { TOP, UPPER, MIDDLE, LOWER }

    private AssessmentRules() {}

    /** Refuses weights that are missing, not positive, or do not sum to 100. */
    public static void checkWeights(List<BigDecimal> weights) {
        if (weights == null || weights.isEmpty()) {
            throw UserFacingException.badRequest("assessment.error.noCriteria");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            if (w == null || w.signum() <= 0 || w.stripTrailingZeros().scale() > 2) {
                throw UserFacingException.badRequest("assessment.error.weight");
            }
            sum = sum.add(w);
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw UserFacingException.badRequest("assessment.error.weightsSum", sum.stripTrailingZeros().toPlainString());
        }
    }

    /**
     * Refuses an evaluator's entry where the source holds a record of the unit (the record decides), without evidence,
     * or with an attainment outside 0..1.
     */
    public static void checkEntry(String sourceCode, boolean sourceHasRecord, boolean hasEvidence, BigDecimal attainment) {
        if (!MANUAL.equals(sourceCode) && sourceHasRecord) {
            throw UserFacingException.badRequest("assessment.error.recordExists");
        }
        if (!hasEvidence) {
            throw UserFacingException.badRequest("assessment.error.evidenceRequired");
        }
        if (attainment == null || attainment.signum() < 0 || attainment.compareTo(BigDecimal.ONE) > 0) {
            throw UserFacingException.badRequest("assessment.error.attainment");
        }
    }

    /** The band of rank {@code rank} (1 = best) among {@code of} units. */
    public static Band band(int rank, int of) {
        double ahead = (double) (rank - 1) / Math.max(of, 1);
        if (ahead < 0.2) {
            return Band.TOP;
        }
        if (ahead < 0.5) {
            return Band.UPPER;
        }
        return ahead < 0.8 ? Band.MIDDLE : Band.LOWER;
    }
}
