package cn.fazhi.platform.scope;

import java.util.Map;

/**
 * The records a user may see, as typed criteria. {@link #sqlCondition} returns a fixed SQL fragment whose values are
 * bound as named parameters — never concatenated into SQL.
 *
 * @param level      how far the user sees
 * @param unitId     the user's own unit
 * @param regionCode the region the scope covers: the user's township (9 digits) or the district (6 digits)
 */
public record DataScope(ScopeLevel level, long unitId, String regionCode) implements java.io.Serializable {

    public DataScope {
        if (level == null || regionCode == null || !regionCode.matches("\\d{6,12}")) {
            throw new IllegalArgumentException("invalid data scope");
        }
    }

    /**
     * A condition over a table's owning-unit and region columns, e.g. {@code sqlCondition("u.unit_id", "u.region_code")}.
     * The column names are the caller's constants; the values come from {@link #parameters()}.
     */
    public String sqlCondition(String unitColumn, String regionColumn) {
        return switch (level) {
            case UNIT -> unitColumn + " = :scopeUnitId";
            case TOWNSHIP, DISTRICT -> regionColumn + " LIKE :scopeRegionPrefix";
        };
    }

    public Map<String, Object> parameters() {
        return switch (level) {
            case UNIT -> Map.of("scopeUnitId", unitId);
            case TOWNSHIP, DISTRICT -> Map.of("scopeRegionPrefix", regionCode + "%");
        };
    }

    /** Whether a single record with this owner and region falls inside the scope. */
    public boolean covers(long recordUnitId, String recordRegionCode) {
        return switch (level) {
            case UNIT -> recordUnitId == unitId;
            case TOWNSHIP, DISTRICT -> recordRegionCode != null && recordRegionCode.startsWith(regionCode);
        };
    }
}
