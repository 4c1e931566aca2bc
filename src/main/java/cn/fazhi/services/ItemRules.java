package cn.fazhi.services;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules a version of a service item must meet, each with its source; the first broken one, as a message key (or
 * empty). Table-driven test: {@code ItemRulesTest}.
 */
final class ItemRules {

    private ItemRules() {}

    /**
     * @param powerInForce whether the named power code is a published power of the 权责清单 in force on the version's
     *                     first day (ignored when no code is named)
     * @param previousFrom the first day of the item's current version (null when creating)
     */
    static Optional<String> broken(ItemForm f, boolean powerInForce, LocalDate previousFrom) {
        // 行政许可法 Art. 42(1): a licence is decided within 20 working days unless a law or regulation sets otherwise;
        // Art. 42(2): 45 for joint handling. A licence item states its 法定时限 and the article that sets it.
        if (f.type().licence() && (f.legalDays() == null || f.legalArticle() == null || f.legalArticle().isBlank())) {
            return Optional.of("services.item.error.licenceLegalDays");
        }
        if (f.legalDays() != null && (f.legalArticle() == null || f.legalArticle().isBlank())) {
            return Optional.of("services.item.error.legalArticle");
        }
        // The promised time (承诺时限) is shorter than or equal to the legal one (优化营商环境条例 Art. 36(2)).
        if (f.legalDays() != null && f.promisedDays() != null && f.promisedDays() > f.legalDays()) {
            return Optional.of("services.item.error.promisedOverLegal");
        }
        // 联合办理 (Art. 42(2)) only for licences.
        if (f.joint() && !f.type().licence()) {
            return Optional.of("services.item.error.jointNotLicence");
        }
        // A delegated item (下放) is handled below the district and says since when.
        if (f.delegated() && (f.delegatedOn() == null || f.level() == ServiceLevel.DISTRICT)) {
            return Optional.of("services.item.error.delegation");
        }
        if (!f.delegated() && f.delegatedOn() != null) {
            return Optional.of("services.item.error.delegation");
        }
        // A power-type item carries out a power of the published 权责清单 (LEGAL-RULES-2 §11.5); a public service
        // or an intermediary service names none.
        boolean power = f.type() != ServiceItemType.PUBLIC_SERVICE && f.type() != ServiceItemType.INTERMEDIARY;
        boolean named = f.powerCode() != null && !f.powerCode().isBlank();
        if (named && !power) {
            return Optional.of("services.item.error.powerForService");
        }
        if (named && !powerInForce) {
            return Optional.of("services.item.error.powerNotInForce");
        }
        if (previousFrom != null && !f.effectiveFrom().isAfter(previousFrom)) {
            return Optional.of("services.item.error.effectiveFrom");
        }
        if (f.materialList().isEmpty()) {
            return Optional.of("services.item.error.materials");
        }
        return Optional.empty();
    }
}
