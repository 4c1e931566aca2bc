package cn.fazhi.indicators;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An indicator that counts (or sums an amount over) the rows of one table whose own date falls in the period, within
 * the query's region and the caller's data scope, and optionally an extra fixed condition. The value and the records
 * come from the same WHERE clause, so a count always equals the total of its records. All SQL fragments are the
 * declaring module's constants; every value is bound as a parameter.
 *
 * Made by {@link IndicatorSql#count} and {@link IndicatorSql#sum}.
 */
public final class SqlIndicator implements Indicator {

    /**
     * A table an indicator reads: {@code from} (with an alias, may join), the id column of the case its record links
     * to, its reference (case number), the owning-unit and region columns the scope and region filter apply to, the
     * category column and the message-key prefix of its labels (both may be null), the amount column (may be null), and
     * the expression of the staff page the record links to, e.g. {@code CONCAT('/mediation/', d.id)}.
     */
    public record Source(String from, String idColumn, String referenceColumn, String unitColumn, String regionColumn,
            String categoryColumn, String categoryLabelPrefix, String amountColumn, String hrefColumn) {}

    private final String id;
    private final IndicatorUnit unit;
    private final Source source;
    private final String dateColumn;
    private final String condition;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    /**
     * @param unit       COUNT or YUAN (a YUAN indicator sums {@code source.amountColumn})
     * @param dateColumn the date that puts a row in the period (part of the indicator's definition)
     * @param condition  a further fixed condition, or {@code null}
     */
    SqlIndicator(String id, IndicatorUnit unit, Source source, String dateColumn, String condition, JdbcClient jdbc,
            MessageSource messages) {
        if (unit == IndicatorUnit.PERCENT) {
            throw new IllegalArgumentException("a rate is a RateIndicator");
        }
        this.id = id;
        this.unit = unit;
        this.source = source;
        this.dateColumn = dateColumn;
        this.condition = condition;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public IndicatorUnit unit() {
        return unit;
    }

    private String where(IndicatorQuery query) {
        return " FROM " + source.from() + " WHERE " + query.sqlCondition(source.unitColumn(), source.regionColumn())
                + " AND " + dateColumn + " BETWEEN :from AND :to" + (condition == null ? "" : " AND (" + condition + ")");
    }

    private String measure() {
        return unit == IndicatorUnit.YUAN ? "COALESCE(SUM(" + source.amountColumn() + "), 0)" : "COUNT(*)";
    }

    @Override
    public BigDecimal value(IndicatorQuery query) {
        return scaled(jdbc.sql("SELECT " + measure() + where(query)).params(query.parameters()).query(BigDecimal.class)
                .single());
    }

    private BigDecimal scaled(BigDecimal value) {
        BigDecimal v = value == null ? BigDecimal.ZERO : value;
        return unit == IndicatorUnit.YUAN ? v.setScale(2) : v.setScale(0);
    }

    @Override
    public RecordPage records(IndicatorQuery query, int page, int size) {
        return records(query, null, page, size);
    }

    @Override
    public RecordPage records(IndicatorQuery query, String category, int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("invalid page");
        }
        Map<String, Object> params = new HashMap<>(query.parameters());
        String where = where(query);
        if (category != null) {
            if (source.categoryColumn() == null) {
                return new RecordPage(List.of(), 0, page, size);
            }
            where += " AND " + source.categoryColumn() + " = :indicatorCategory";
            params.put("indicatorCategory", category);
        }
        long total = jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
        params.put("indicatorLimit", size);
        params.put("indicatorOffset", (long) page * size);
        String category0 = source.categoryColumn() == null ? "NULL" : source.categoryColumn();
        String amount = source.amountColumn() == null ? "NULL" : source.amountColumn();
        List<IndicatorRecord> items = jdbc.sql("SELECT " + source.idColumn() + " AS rid, " + source.referenceColumn()
                        + " AS rref, " + category0 + " AS rcat, " + dateColumn + " AS rdate, " + source.regionColumn()
                        + " AS rregion, " + amount + " AS ramount, " + source.hrefColumn() + " AS rhref" + where + " ORDER BY rdate DESC, rid DESC "
                        + "LIMIT :indicatorLimit OFFSET :indicatorOffset")
                .params(params).query((rs, n) -> record(rs)).list();
        return new RecordPage(items, total, page, size);
    }

    private IndicatorRecord record(ResultSet rs) throws SQLException {
        String category = rs.getString("rcat");
        return new IndicatorRecord(rs.getString("rref"),
                category == null ? null : messages.getMessage(categoryLabelKey(category), null, category,
                        LocaleContextHolder.getLocale()),
                rs.getObject("rdate", LocalDate.class), rs.getString("rregion"), rs.getBigDecimal("ramount"),
                rs.getString("rhref"));
    }

    @Override
    public Map<YearMonth, BigDecimal> byMonth(IndicatorQuery query) {
        Map<YearMonth, BigDecimal> months = Indicator.emptyMonths(query);
        jdbc.sql("SELECT EXTRACT(YEAR FROM " + dateColumn + ") AS y, EXTRACT(MONTH FROM " + dateColumn + ") AS m, "
                        + measure() + " AS v" + where(query) + " GROUP BY EXTRACT(YEAR FROM " + dateColumn
                        + "), EXTRACT(MONTH FROM " + dateColumn + ")")
                .params(query.parameters())
                .query((rs, n) -> Map.entry(YearMonth.of(rs.getInt("y"), rs.getInt("m")), scaled(rs.getBigDecimal("v"))))
                .list().forEach(e -> months.put(e.getKey(), e.getValue()));
        return months;
    }

    @Override
    public Map<String, BigDecimal> byRegion(IndicatorQuery query, int codeLength) {
        Map<String, BigDecimal> regions = new LinkedHashMap<>();
        String key = "SUBSTRING(" + source.regionColumn() + ", 1, " + codeLength + ")";
        jdbc.sql("SELECT " + key + " AS k, " + measure() + " AS v" + where(query) + " GROUP BY " + key + " ORDER BY k")
                .params(query.parameters())
                .query((rs, n) -> Map.entry(rs.getString("k"), scaled(rs.getBigDecimal("v"))))
                .list().forEach(e -> regions.put(e.getKey(), e.getValue()));
        return regions;
    }

    @Override
    public Map<String, BigDecimal> byCategory(IndicatorQuery query) {
        Map<String, BigDecimal> categories = new LinkedHashMap<>();
        if (source.categoryColumn() == null) {
            return categories;
        }
        jdbc.sql("SELECT " + source.categoryColumn() + " AS k, " + measure() + " AS v" + where(query) + " GROUP BY "
                        + source.categoryColumn() + " ORDER BY v DESC, k")
                .params(query.parameters())
                .query((rs, n) -> Map.entry(rs.getString("k"), scaled(rs.getBigDecimal("v"))))
                .list().forEach(e -> categories.put(e.getKey(), e.getValue()));
        return categories;
    }

    /** The value and all three breakdowns from one grouped query ({@link IndicatorSql#breakdown}). */
    @Override
    public IndicatorBreakdown breakdown(IndicatorQuery query, int codeLength,
            Function<Indicator, IndicatorBreakdown> parts) {
        return IndicatorSql.breakdown(jdbc, query, codeLength, new IndicatorSql.Grouping(dateColumn,
                source.regionColumn(), source.categoryColumn(), measure()), where(query), query.parameters(), this::scaled);
    }

    @Override
    public String categoryLabelKey(String category) {
        return source.categoryLabelPrefix() == null ? null : source.categoryLabelPrefix() + category;
    }
}
