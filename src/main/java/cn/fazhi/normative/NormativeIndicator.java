package cn.fazhi.normative;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorBreakdown;
import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.IndicatorRecord;
import cn.fazhi.indicators.IndicatorUnit;
import cn.fazhi.indicators.RecordPage;

/**
 * The register's figures, each a count whose value is the total of its records: documents reviewed in cleanup
 * campaigns published in the period (all outcomes, or one), documents in force at the end of the period, and those of
 * them expiring within the following months. Region and scope are those of the issuing unit.
 */
final class NormativeIndicator implements Indicator {

    private final JdbcClient jdbc;
    private final String id;
    private final String from;
    private final String condition;
    private final String dateColumn;
    private final Map<String, Object> extra;
    /** Whether the figure counts events dated in the period (a cleanup's publication) rather than a stock on its last day. */
    private final boolean flow;

    private NormativeIndicator(JdbcClient jdbc, String id, String from, String condition, String dateColumn,
            Map<String, Object> extra, boolean flow) {
        this.jdbc = jdbc;
        this.flow = flow;
        this.id = id;
        this.from = from;
        this.condition = condition;
        this.dateColumn = dateColumn;
        this.extra = extra;
    }

    /** Documents reviewed in cleanups published within the period, with {@code outcome} (null: any outcome). */
    static NormativeIndicator cleanup(JdbcClient jdbc, String id, CleanupOutcome outcome) {
        return new NormativeIndicator(jdbc, id,
                " FROM normative_cleanup_item i JOIN normative_cleanup c ON c.id = i.cleanup_id "
                        + "JOIN normative_document d ON d.id = i.document_id",
                "c.status = :cleanupPublished AND c.published_on >= :from AND c.published_on <= :to AND i.outcome "
                        + (outcome == null ? "IS NOT NULL" : "= :outcome"),
                "c.published_on", outcome == null ? Map.of("cleanupPublished", CleanupStatus.PUBLISHED.name())
                        : Map.of("cleanupPublished", CleanupStatus.PUBLISHED.name(), "outcome", outcome.name()), true);
    }

    /** Documents in force on the period's last day; with {@code months > 0}, only those expiring within that many months. */
    static NormativeIndicator inForce(JdbcClient jdbc, String id, int months) {
        String inForce = NormativeDocuments.inForceCondition("d", ":to");
        return new NormativeIndicator(jdbc, id, " FROM normative_document d",
                months == 0 ? inForce : inForce + " AND d.expires_on >= :to AND d.expires_on <= :expiryLimit",
                "d.effective_on", months == 0 ? Map.of() : Map.of("months", months), false);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public IndicatorUnit unit() {
        return IndicatorUnit.COUNT;
    }

    @Override
    public BigDecimal value(IndicatorQuery query) {
        return BigDecimal.valueOf(jdbc.sql("SELECT COUNT(*)" + from + where(query)).params(params(query))
                .query(Long.class).single());
    }

    /**
     * A cleanup figure and its breakdowns in one grouped query. A stock (documents in force on a day) keeps the default:
     * each month's figure is the stock on that month's last day, which no grouping of one query gives.
     */
    @Override
    public IndicatorBreakdown breakdown(IndicatorQuery query, int codeLength,
            Function<Indicator, IndicatorBreakdown> parts) {
        if (!flow) {
            return Indicator.super.breakdown(query, codeLength, parts);
        }
        return IndicatorSql.breakdown(jdbc, query, codeLength,
                new IndicatorSql.Grouping(dateColumn, "d.region_code", null, "COUNT(*)"), from + where(query),
                params(query), v -> v == null ? BigDecimal.ZERO : v.setScale(0));
    }

    @Override
    public Map<YearMonth, BigDecimal> byMonth(IndicatorQuery query) {
        return flow ? breakdown(query, 9, part -> null).months() : Indicator.super.byMonth(query);
    }

    @Override
    public Map<String, BigDecimal> byRegion(IndicatorQuery query, int codeLength) {
        return flow ? breakdown(query, codeLength, part -> null).regions() : Indicator.super.byRegion(query, codeLength);
    }

    @Override
    public RecordPage records(IndicatorQuery query, int page, int size) {
        long total = value(query).longValue();
        List<IndicatorRecord> items = jdbc.sql("SELECT d.id, d.doc_number, d.title, d.region_code, " + dateColumn + " AS record_day"
                        + from + where(query) + " ORDER BY " + dateColumn + " DESC, d.id DESC LIMIT :limit OFFSET :offset")
                .params(params(query)).param("limit", size).param("offset", (long) page * size)
                .query((rs, i) -> new IndicatorRecord(rs.getString("doc_number") == null ? "—" : rs.getString("doc_number"),
                        rs.getString("title"), NormativeDocuments.date(rs, "record_day"), rs.getString("region_code"), null,
                        "/normative/documents/" + rs.getLong("id")))
                .list();
        return new RecordPage(items, total, page, size);
    }

    private String where(IndicatorQuery query) {
        return " WHERE " + condition + " AND " + query.sqlCondition("d.unit_id", "d.region_code");
    }

    private Map<String, Object> params(IndicatorQuery query) {
        Map<String, Object> p = new java.util.HashMap<>(query.parameters());
        p.putAll(extra);
        if (extra.containsKey("months")) {
            p.remove("months");
            p.put("expiryLimit", query.to().plusMonths((Integer) extra.get("months")));
        }
        return p;
    }
}
