package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a discretion benchmark must meet before it is kept or published, as a pure function (no database):
 * <ul>
 * <li>each level has a kind, circumstances and a fine range whose minimum is not above its maximum; 不予处罚 and
 * 免予处罚 levels impose no fine (行政处罚法 Art. 33; 国办发〔2022〕27号 三(六) lists the 阶次);</li>
 * <li>the effective period does not end before it starts;</li>
 * <li><b>a lower issuer may not exceed a higher issuer's benchmark for the same violation</b> (国办发〔2022〕27号 二(五):
 * "不得超出上级…规定的行政裁量阶次或者幅度"): every level of the lower benchmark must have a level of the same kind in
 * the higher one, and its fine range must lie inside that level's range (an absent bound of the higher level does not
 * limit; an absent bound of the lower level where the higher one has a bound exceeds it).</li>
 * </ul>
 * Each refusal is a message key of the discretion bundle with its arguments.
 */
public final class BenchmarkRules {

    /** One refusal: a message key of the discretion bundle and its arguments. */
    public record Refusal(String key, Object... args) {}

    /** A level as the rules see it (a command's or a stored one). */
    public record Range(BenchmarkLevelKind kind, BigDecimal minFine, BigDecimal maxFine) {}

    /** A higher benchmark in force for the same violation: its issuer, its document (for the message) and its levels. */
    public record Higher(BenchmarkIssuer issuer, String name, List<Range> levels) {}

    private BenchmarkRules() {}

    /** The refusals of a benchmark's own content (levels, dates). */
    public static List<Refusal> check(LocalDate from, LocalDate to, List<Range> levels) {
        List<Refusal> refusals = new ArrayList<>();
        if (from != null && to != null && to.isBefore(from)) {
            refusals.add(new Refusal("enforcement.discretion.benchmark.effectiveTo.beforeFrom"));
        }
        for (int i = 0; i < levels.size(); i++) {
            Range r = levels.get(i);
            if (r.minFine() != null && r.maxFine() != null && r.minFine().compareTo(r.maxFine()) > 0) {
                refusals.add(new Refusal("enforcement.discretion.level.fine.order", i + 1));
            }
            if (r.kind() != null && r.kind().withoutPenalty() && (positive(r.minFine()) || positive(r.maxFine()))) {
                refusals.add(new Refusal("enforcement.discretion.level.fine.noPenalty", i + 1));
            }
        }
        return refusals;
    }

    /**
     * The refusals of a benchmark issued by {@code issuer} against a higher benchmark for the same violation
     * (国办发〔2022〕27号 二(五)); none when {@code higher} is not above {@code issuer}.
     */
    public static List<Refusal> conform(BenchmarkIssuer issuer, List<Range> levels, Higher higher) {
        List<Refusal> refusals = new ArrayList<>();
        if (!issuer.isBelow(higher.issuer())) {
            return refusals;
        }
        for (int i = 0; i < levels.size(); i++) {
            Range lower = levels.get(i);
            List<Range> same = higher.levels().stream().filter(h -> h.kind() == lower.kind()).toList();
            if (same.isEmpty()) {
                refusals.add(new Refusal("enforcement.discretion.higher.kindMissing", i + 1, higher.name()));
            } else if (same.stream().noneMatch(h -> within(lower, h))) {
                Range h = same.get(0);
                refusals.add(new Refusal("enforcement.discretion.higher.rangeExceeded", i + 1, higher.name(),
                        text(h.minFine()), text(h.maxFine())));
            }
        }
        return refusals;
    }

    /** Whether {@code lower}'s fine range lies inside {@code higher}'s. */
    static boolean within(Range lower, Range higher) {
        boolean minOk = higher.minFine() == null
                || (lower.minFine() != null && lower.minFine().compareTo(higher.minFine()) >= 0);
        boolean maxOk = higher.maxFine() == null
                || (lower.maxFine() != null && lower.maxFine().compareTo(higher.maxFine()) <= 0);
        return minOk && maxOk;
    }

    private static boolean positive(BigDecimal v) {
        return v != null && v.signum() > 0;
    }

    private static String text(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString();
    }
}
