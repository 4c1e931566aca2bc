package cn.fazhi.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One figure a module contributes, declared as a bean in that module's package. Implementations compute
 * {@link #value} and {@link #records} from the same condition, so the value of a count is always the total of its
 * records (a rate lists the records of its denominator and says in its definition which of them count).
 */
public interface Indicator {

    /** Stable id, {@code <module>.<subject>[.<measure>]}, e.g. {@code mediation.disputes.accepted}. */
    String id();

    IndicatorUnit unit();

    /**
     * The name of an indicator without the message key {@code indicator.<id>.name} (one known only at runtime, e.g. a
     * reported figure's definition); null for the built-in ones, which are named in their module's bundle.
     */
    default String label(java.util.Locale locale) {
        return null;
    }

    /** The definition of an indicator without the key {@code indicator.<id>.definition}; null for the built-in ones. */
    default String explanation(java.util.Locale locale) {
        return null;
    }

    /** The figure for the query's period and region, within the caller's data scope. */
    BigDecimal value(IndicatorQuery query);

    /** The records behind the figure, newest first, one page ({@code page} from 0). */
    RecordPage records(IndicatorQuery query, int page, int size);

    /**
     * The records of one category (a value of {@link #byCategory}), or all records when {@code category} is null.
     * An indicator without categories has no records in any category.
     */
    default RecordPage records(IndicatorQuery query, String category, int page, int size) {
        return category == null ? records(query, page, size) : new RecordPage(java.util.List.of(), 0, page, size);
    }

    /** The figure for each month of the period (each month clipped to the period), in order. */
    default Map<YearMonth, BigDecimal> byMonth(IndicatorQuery query) {
        Map<YearMonth, BigDecimal> months = emptyMonths(query);
        months.replaceAll((month, zero) -> {
            LocalDate from = month.atDay(1).isBefore(query.from()) ? query.from() : month.atDay(1);
            LocalDate to = month.atEndOfMonth().isAfter(query.to()) ? query.to() : month.atEndOfMonth();
            return value(new IndicatorQuery(from, to, query.regionCode(), query.scope()));
        });
        return months;
    }

    /**
     * The figure for each sub-region, keyed by the first {@code codeLength} digits of the records' region code (9 for
     * townships); regions without records are left out. Empty when the indicator cannot break itself down.
     */
    default Map<String, BigDecimal> byRegion(IndicatorQuery query, int codeLength) {
        return Map.of();
    }

    /** The figure for each category code of its records, largest first; empty when it has no categories. */
    default Map<String, BigDecimal> byCategory(IndicatorQuery query) {
        return Map.of();
    }

    /**
     * The value for {@code query} where the figures of other indicators it is made of (e.g. a rate's numerator and
     * denominator) come from {@code parts}, so that one request computes each figure once. By default the value.
     */
    default BigDecimal value(IndicatorQuery query, Function<Indicator, BigDecimal> parts) {
        return value(query);
    }

    /**
     * The value and its breakdowns by month, by sub-region ({@code codeLength} digits) and by category, with the
     * breakdowns of other indicators it is made of from {@code parts}. By default the four methods above, one after
     * the other; an indicator that can compute them at once (one grouped query) overrides this.
     */
    default IndicatorBreakdown breakdown(IndicatorQuery query, int codeLength,
            Function<Indicator, IndicatorBreakdown> parts) {
        return new IndicatorBreakdown(value(query), byMonth(query), byRegion(query, codeLength), byCategory(query));
    }

    /**
     * The other indicators this one is made of (a rate: its numerator and denominator), which {@code parts} in
     * {@link #value(IndicatorQuery, Function)} and {@link #breakdown} gives. None by default.
     */
    default java.util.List<Indicator> parts() {
        return java.util.List.of();
    }

    /**
     * Where the figure comes from when no record here proves it, e.g. "填报：区公安分局 · 审核：依法治区办 张明（2024-01-20）"
     * for a reported figure; null for an indicator computed from records (all built-in ones).
     */
    default String provenance(IndicatorQuery query) {
        return null;
    }

    /**
     * The page that shows what stands behind the figure instead of the records list (a reported figure: the approved
     * submission with its evidence), or null when the records list is the drill-down.
     */
    default String evidenceHref(IndicatorQuery query) {
        return null;
    }

    /** The message key of a category's label, or null. */
    default String categoryLabelKey(String category) {
        return null;
    }

    /** Every month the query's period touches, each mapped to zero. */
    static Map<YearMonth, BigDecimal> emptyMonths(IndicatorQuery query) {
        Map<YearMonth, BigDecimal> months = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(query.from()); !m.isAfter(YearMonth.from(query.to())); m = m.plusMonths(1)) {
            months.put(m, BigDecimal.ZERO);
        }
        return months;
    }
}
