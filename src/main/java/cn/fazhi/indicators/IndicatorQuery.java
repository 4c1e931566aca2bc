package cn.fazhi.indicators;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import cn.fazhi.platform.scope.DataScope;

/**
 * A period (inclusive dates), a region (district 6 digits, township 9 digits, village 12 digits) and the caller's data
 * scope. {@link #sqlCondition} and {@link #parameters} give the fixed SQL an indicator adds to its query.
 */
public record IndicatorQuery(LocalDate from, LocalDate to, String regionCode, DataScope scope) {

    public IndicatorQuery {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("invalid period");
        }
        if (regionCode == null || !regionCode.matches("\\d{6}|\\d{9}|\\d{12}")) {
            throw new IllegalArgumentException("invalid region");
        }
        if (scope == null) {
            throw new IllegalArgumentException("missing scope");
        }
    }

    public static IndicatorQuery year(int year, String regionCode, DataScope scope) {
        return new IndicatorQuery(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), regionCode, scope);
    }

    /**
     * The region and data-scope condition over a table's owning-unit and region columns, e.g.
     * {@code sqlCondition("d.unit_id", "d.region_code")}. The date condition is the indicator's own (which date
     * counts is part of its definition); bind {@code :from} and {@code :to} from {@link #parameters}.
     */
    public String sqlCondition(String unitColumn, String regionColumn) {
        return regionColumn + " LIKE :indicatorRegionPrefix AND " + scope.sqlCondition(unitColumn, regionColumn);
    }

    /** Bound values for {@link #sqlCondition} and for {@code :from} / {@code :to}. */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.put("indicatorRegionPrefix", regionCode + "%");
        parameters.put("from", from);
        parameters.put("to", to);
        return parameters;
    }
}
