package cn.fazhi.services;

import jakarta.validation.constraints.Size;

/**
 * Filters of the item lists, catalogues and the portal's guides: words of the name or code, unit, type, level, online
 * only, 即办 only, catalogue (SERVICE = all, LICENCE, INTERMEDIARY).
 */
public record ItemQuery(@Size(max = 100) String q, Long unitId, ServiceItemType type, ServiceLevel level,
        Boolean online, Boolean instant, ItemCatalogue catalogue) {

    public static ItemQuery none() {
        return new ItemQuery(null, null, null, null, null, null, null);
    }

    public ItemQuery inCatalogue(ItemCatalogue c) {
        return new ItemQuery(q, unitId, type, level, online, instant, c);
    }
}
