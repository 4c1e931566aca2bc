package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A decided case flagged by 同案不同罚 detection, with what its peer group looks like: the group is every decision
 * with the same violation and benchmark level decided in the period ({@code groupSize} of them, this one included),
 * its median fine, its MAD (median absolute deviation from the median) and the case's robust score (null when the
 * group has no spread or is smaller than the setting's minimum).
 */
public record DisparityFlag(long caseId, String caseNumber, long unitId, String unitName, String regionCode,
        LocalDate decidedOn,
        String violationCode, String violationName, long levelId, BenchmarkLevelKind level, BigDecimal minFine,
        BigDecimal maxFine, BigDecimal fine, long groupSize, BigDecimal median, BigDecimal mad, BigDecimal score,
        List<DisparityReason> reasons) {

    /** One sentence of the explanation: a message key of the discretion bundle and its arguments. */
    public record Explanation(String key, List<Object> args) {}

    /** The explanation in sentences, one per reason, with the figures that triggered it. */
    public List<Explanation> explanations(double threshold) {
        List<Explanation> out = new ArrayList<>();
        for (DisparityReason r : reasons) {
            switch (r) {
                case BELOW_RANGE -> out.add(new Explanation("enforcement.discretion.explain.BELOW_RANGE",
                        List.of(money(fine), money(minFine), money(maxFine))));
                case ABOVE_RANGE -> out.add(new Explanation("enforcement.discretion.explain.ABOVE_RANGE",
                        List.of(money(fine), money(minFine), money(maxFine))));
                case FAR_FROM_PEERS -> out.add(new Explanation("enforcement.discretion.explain.FAR_FROM_PEERS",
                        List.of(money(fine), groupSize, money(median), money(mad),
                                score == null ? "—" : score.setScale(1, RoundingMode.HALF_UP).toPlainString(),
                                BigDecimal.valueOf(threshold).stripTrailingZeros().toPlainString())));
            }
        }
        return out;
    }

    static String money(BigDecimal v) {
        return v == null ? "—" : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
