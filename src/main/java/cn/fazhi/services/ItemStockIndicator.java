package cn.fazhi.services;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.IndicatorRecord;
import cn.fazhi.indicators.IndicatorUnit;
import cn.fazhi.indicators.RecordPage;

/**
 * A stock of service items rather than a flow: the items with a version in force on the period's last day and not
 * withdrawn by then (optionally meeting a condition on that version, alias {@code v}), each once. A month of
 * {@link #byMonth} is the stock at that month's end (clipped to the period).
 */
final class ItemStockIndicator implements Indicator {

    private static final String FROM = " FROM service_item i JOIN service_item_version v ON v.item_id = i.id WHERE "
            + "v.effective_from <= :to AND (v.effective_to IS NULL OR v.effective_to > :to) "
            + "AND (i.withdrawn_on IS NULL OR i.withdrawn_on > :to) AND ";

    private final String id;
    private final String condition;
    private final JdbcClient jdbc;

    ItemStockIndicator(String id, String condition, JdbcClient jdbc) {
        this.id = id;
        this.condition = condition;
        this.jdbc = jdbc;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public IndicatorUnit unit() {
        return IndicatorUnit.COUNT;
    }

    private String where(IndicatorQuery query) {
        return FROM + query.sqlCondition("i.unit_id", "i.region_code") + (condition == null ? "" : " AND (" + condition + ")");
    }

    @Override
    public BigDecimal value(IndicatorQuery query) {
        return BigDecimal.valueOf(jdbc.sql("SELECT COUNT(*)" + where(query)).params(query.parameters()).query(Long.class)
                .single());
    }

    @Override
    public RecordPage records(IndicatorQuery query, int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("invalid page");
        }
        Map<String, Object> params = new HashMap<>(query.parameters());
        long total = jdbc.sql("SELECT COUNT(*)" + where(query)).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<IndicatorRecord> items = jdbc.sql("SELECT i.id, i.code, v.name, i.region_code" + where(query)
                        + " ORDER BY i.code LIMIT :limit OFFSET :offset").params(params)
                .query((rs, n) -> new IndicatorRecord(rs.getString("code"), rs.getString("name"), query.to(),
                        rs.getString("region_code"), null, "/services/items/" + rs.getLong("id")))
                .list();
        return new RecordPage(items, total, page, size);
    }

    @Override
    public Map<String, BigDecimal> byRegion(IndicatorQuery query, int codeLength) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        String key = "SUBSTRING(i.region_code, 1, " + codeLength + ")";
        jdbc.sql("SELECT " + key + " AS k, COUNT(*) AS c" + where(query) + " GROUP BY " + key + " ORDER BY k")
                .params(query.parameters()).query(rs -> {
                    out.put(rs.getString("k"), BigDecimal.valueOf(rs.getLong("c")));
                });
        return out;
    }

    /** For tests: the stock on one day. */
    LocalDate asOf(IndicatorQuery query) {
        return query.to();
    }
}
