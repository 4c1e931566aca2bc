package cn.fazhi.hotline;

import java.util.List;

/**
 * A category of the tree. {@code signDays}/{@code handleDays}: the category's own limits (null: the setting for its
 * urgency); {@code effectiveSignDays}/{@code effectiveHandleDays}: the limits that apply; {@code powerCodes}: the
 * 权责清单 powers it maps to; {@code defaultUnitId}: the unit that usually handles it (null: none).
 */
public record CategoryView(long id, String code, String name, Long parentId, String parentName, Urgency urgency,
        Integer signDays, Integer handleDays, int effectiveSignDays, int effectiveHandleDays, List<String> powerCodes,
        Long defaultUnitId, String defaultUnitName, boolean enforcementComplaint, boolean active, int sortOrder,
        int version) {

    /** A category with no power codes and no default unit: no unit is responsible for it (a gap of the list). */
    public boolean gap() {
        return powerCodes.isEmpty() && defaultUnitId == null;
    }
}
