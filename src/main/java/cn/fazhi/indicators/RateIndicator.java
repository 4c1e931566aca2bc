package cn.fazhi.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A percentage with one decimal (half up): {@code numerator / denominator × 100}, both counted for the same query.
 * The value is {@code null} when the denominator is zero (no rate, rather than a misleading 0 %). Its records are the
 * denominator's; the definition says which of them the numerator counts.
 */
public final class RateIndicator implements Indicator {

    private final String id;
    private final Indicator numerator;
    private final Indicator denominator;

    RateIndicator(String id, Indicator numerator, Indicator denominator) {
        this.id = id;
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** The rate of two figures in percent, one decimal, or {@code null} when {@code denominator} is zero. */
    public static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 1, RoundingMode.HALF_UP);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public IndicatorUnit unit() {
        return IndicatorUnit.PERCENT;
    }

    @Override
    public BigDecimal value(IndicatorQuery query) {
        return percent(numerator.value(query), denominator.value(query));
    }

    /** The rate of its parts' values as {@code parts} gives them (computed once per request). */
    @Override
    public BigDecimal value(IndicatorQuery query, Function<Indicator, BigDecimal> parts) {
        return percent(parts.apply(numerator), parts.apply(denominator));
    }

    /** The rate and its breakdowns from its parts' breakdowns as {@code parts} gives them, without a query of its own. */
    @Override
    public IndicatorBreakdown breakdown(IndicatorQuery query, int codeLength,
            Function<Indicator, IndicatorBreakdown> parts) {
        IndicatorBreakdown n = parts.apply(numerator);
        IndicatorBreakdown d = parts.apply(denominator);
        return new IndicatorBreakdown(percent(n.value(), d.value()), combine(n.months(), d.months()),
                combine(n.regions(), d.regions()), combine(n.categories(), d.categories()));
    }

    /** The indicator whose records are this rate's (a frozen report keeps them once for both). */
    public Indicator denominator() {
        return denominator;
    }

    @Override
    public java.util.List<Indicator> parts() {
        return java.util.List.of(numerator, denominator);
    }

    @Override
    public RecordPage records(IndicatorQuery query, int page, int size) {
        return denominator.records(query, page, size);
    }

    @Override
    public RecordPage records(IndicatorQuery query, String category, int page, int size) {
        return denominator.records(query, category, page, size);
    }

    @Override
    public Map<YearMonth, BigDecimal> byMonth(IndicatorQuery query) {
        return combine(numerator.byMonth(query), denominator.byMonth(query));
    }

    @Override
    public Map<String, BigDecimal> byRegion(IndicatorQuery query, int codeLength) {
        return combine(numerator.byRegion(query, codeLength), denominator.byRegion(query, codeLength));
    }

    @Override
    public Map<String, BigDecimal> byCategory(IndicatorQuery query) {
        return combine(numerator.byCategory(query), denominator.byCategory(query));
    }

    @Override
    public String categoryLabelKey(String category) {
        return denominator.categoryLabelKey(category);
    }

    private static <K> Map<K, BigDecimal> combine(Map<K, BigDecimal> numerators, Map<K, BigDecimal> denominators) {
        Map<K, BigDecimal> rates = new LinkedHashMap<>();
        denominators.forEach((key, d) -> rates.put(key, percent(numerators.getOrDefault(key, BigDecimal.ZERO), d)));
        return rates;
    }
}
