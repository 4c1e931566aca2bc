package cn.fazhi.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes the common kinds of indicator for a module: a count or a sum of one table's rows by a date of their own
 * ({@link SqlIndicator}), and a rate of two counts ({@link RateIndicator}). A module declares the results as beans.
 */
@Component
public class IndicatorSql {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    IndicatorSql(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** The rows of {@code source} whose {@code dateColumn} is in the period and that meet {@code condition}. */
    public SqlIndicator count(String id, SqlIndicator.Source source, String dateColumn, String condition) {
        return new SqlIndicator(id, IndicatorUnit.COUNT, source, dateColumn, condition, jdbc, messages);
    }

    /** The sum of {@code source.amountColumn} (yuan) over the same rows as {@link #count}. */
    public SqlIndicator sum(String id, SqlIndicator.Source source, String dateColumn, String condition) {
        return new SqlIndicator(id, IndicatorUnit.YUAN, source, dateColumn, condition, jdbc, messages);
    }

    /** {@code numerator / denominator} in percent with one decimal; its records are the denominator's. */
    public RateIndicator rate(String id, Indicator numerator, Indicator denominator) {
        return new RateIndicator(id, numerator, denominator);
    }

    /**
     * The columns of one grouped breakdown: the date that puts a row in the period, its region column, its category
     * column (null: none) and the measure aggregated per group ({@code COUNT(*)} or {@code SUM(x)}).
     */
    public record Grouping(String dateColumn, String regionColumn, String categoryColumn, String measure) {}

    /**
     * An indicator's value and its breakdowns by month, sub-region ({@code codeLength} digits) and category from one
     * query over {@code fromWhere} (a {@code FROM … WHERE …} holding the period, region and scope conditions). The rows
     * are first grouped by the raw date, region and category columns — the order of the covering indexes, so that
     * PostgreSQL aggregates an index-only scan without sorting — and only then folded into months and sub-regions. The
     * value is the total of the groups, so every breakdown adds up to it. {@code scale} rounds each group's figure.
     */
    public static IndicatorBreakdown breakdown(JdbcClient jdbc, IndicatorQuery query, int codeLength, Grouping grouping,
            String fromWhere, Map<String, Object> parameters, UnaryOperator<BigDecimal> scale) {
        String category = grouping.categoryColumn();
        String inner = "SELECT " + grouping.dateColumn() + " AS gday, " + grouping.regionColumn() + " AS gregion, "
                + (category == null ? "CAST(NULL AS VARCHAR(1))" : category) + " AS gcat, " + grouping.measure()
                + " AS gv " + fromWhere + " GROUP BY " + grouping.dateColumn() + ", " + grouping.regionColumn()
                + (category == null ? "" : ", " + category);
        String month = "EXTRACT(YEAR FROM g.gday), EXTRACT(MONTH FROM g.gday)";
        String region = "SUBSTRING(g.gregion, 1, " + codeLength + ")";
        Map<YearMonth, BigDecimal> months = Indicator.emptyMonths(query);
        Map<String, BigDecimal> regions = new TreeMap<>();
        Map<String, BigDecimal> categories = new HashMap<>();
        BigDecimal[] total = {BigDecimal.ZERO};
        jdbc.sql("SELECT EXTRACT(YEAR FROM g.gday) AS y, EXTRACT(MONTH FROM g.gday) AS m, " + region + " AS k, g.gcat AS c, "
                        + "SUM(g.gv) AS v FROM (" + inner + ") g GROUP BY " + month + ", " + region + ", g.gcat")
                .params(parameters).query(rs -> {
                    BigDecimal v = scale.apply(rs.getBigDecimal("v"));
                    total[0] = total[0].add(v);
                    months.merge(YearMonth.of(rs.getInt("y"), rs.getInt("m")), v, BigDecimal::add);
                    regions.merge(rs.getString("k"), v, BigDecimal::add);
                    String c = rs.getString("c");
                    if (c != null) {
                        categories.merge(c, v, BigDecimal::add);
                    }
                });
        Map<String, BigDecimal> byCategory = new LinkedHashMap<>();
        categories.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> byCategory.put(e.getKey(), e.getValue()));
        return new IndicatorBreakdown(scale.apply(total[0]), months, new LinkedHashMap<>(regions), byCategory);
    }
}
