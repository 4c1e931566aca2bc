package cn.fazhi.services;

import java.time.LocalDate;
import java.util.List;

/**
 * An item's version with everything its guide (办事指南) shows: the contract's view, the responsible unit's name, the
 * article that sets the 法定时限, conditions, fees (null or empty: free), places, what changed in this version, its
 * materials, and the item's guide publication and withdrawal dates.
 */
public record ItemDetails(ServiceItemView item, String unitName, String legalArticle, String conditions, String fees,
        String places, String changeNote, List<ItemMaterial> materials, LocalDate publishedOn, LocalDate withdrawnOn,
        int version) {

    public boolean published() {
        return publishedOn != null && withdrawnOn == null;
    }

    public boolean free() {
        return fees == null || fees.isBlank();
    }
}
