package cn.fazhi.hotline;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorBreakdown;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.IndicatorUnit;
import cn.fazhi.indicators.RateIndicator;
import cn.fazhi.indicators.RecordPage;

/**
 * A hotline rate whose value is read in one pass over its rows (numerator and denominator in one {@code COUNT}) — a
 * year of 1,000,000 tickets reads each covering index once instead of twice; everything else (records, breakdowns,
 * parts) is the registry's {@link RateIndicator} of the same numerator and denominator.
 */
final class HotlineRate implements Indicator {

    private final RateIndicator rate;
    private final JdbcClient jdbc;
    private final String from;
    private final String unitColumn;
    private final String regionColumn;
    private final String dateColumn;
    private final String numeratorCondition;

    HotlineRate(RateIndicator rate, JdbcClient jdbc, String from, String unitColumn, String regionColumn,
            String dateColumn, String numeratorCondition) {
        this.rate = rate;
        this.jdbc = jdbc;
        this.from = from;
        this.unitColumn = unitColumn;
        this.regionColumn = regionColumn;
        this.dateColumn = dateColumn;
        this.numeratorCondition = numeratorCondition;
    }

    @Override
    public String id() {
        return rate.id();
    }

    @Override
    public IndicatorUnit unit() {
        return IndicatorUnit.PERCENT;
    }

    @Override
    public BigDecimal value(IndicatorQuery query) {
        return jdbc.sql("SELECT COUNT(*) AS d, SUM(CASE WHEN " + numeratorCondition + " THEN 1 ELSE 0 END) AS n FROM " + from
                        + " WHERE " + query.sqlCondition(unitColumn, regionColumn) + " AND " + dateColumn
                        + " BETWEEN :from AND :to")
                .params(query.parameters())
                .query((rs, row) -> RateIndicator.percent(
                        rs.getBigDecimal("n") == null ? BigDecimal.ZERO : rs.getBigDecimal("n"), rs.getBigDecimal("d")))
                .list().get(0); // one row; the rate is null when nothing was counted (single() refuses a null)
    }

    @Override
    public BigDecimal value(IndicatorQuery query, Function<Indicator, BigDecimal> parts) {
        return rate.value(query, parts);
    }

    @Override
    public IndicatorBreakdown breakdown(IndicatorQuery query, int codeLength,
            Function<Indicator, IndicatorBreakdown> parts) {
        return rate.breakdown(query, codeLength, parts);
    }

    @Override
    public List<Indicator> parts() {
        return rate.parts();
    }

    @Override
    public RecordPage records(IndicatorQuery query, int page, int size) {
        return rate.records(query, page, size);
    }

    @Override
    public RecordPage records(IndicatorQuery query, String category, int page, int size) {
        return rate.records(query, category, page, size);
    }

    @Override
    public Map<YearMonth, BigDecimal> byMonth(IndicatorQuery query) {
        return rate.byMonth(query);
    }

    @Override
    public Map<String, BigDecimal> byRegion(IndicatorQuery query, int codeLength) {
        return rate.byRegion(query, codeLength);
    }

    @Override
    public Map<String, BigDecimal> byCategory(IndicatorQuery query) {
        return rate.byCategory(query);
    }

    @Override
    public String categoryLabelKey(String category) {
        return rate.categoryLabelKey(category);
    }
}
