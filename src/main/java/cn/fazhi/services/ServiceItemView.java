package cn.fazhi.services;

import java.time.LocalDate;

/**
 * A service item as one of its versions states it. {@code legalDays}: 法定时限 in working days (null: no law sets one);
 * {@code promisedDays}: 承诺时限 in working days, 0 for 即办; {@code joint}: handled jointly (许可法 Art. 42(2));
 * {@code powerCode}: the 权责清单 power it carries out (null for a public service).
 */
public record ServiceItemView(long id, String code, long unitId, String regionCode, long versionId, int versionNo,
        LocalDate effectiveFrom, LocalDate effectiveTo, String name, ServiceItemType type, String basis,
        ServiceLevel level, boolean delegated, LocalDate delegatedOn, Integer legalDays, int promisedDays, boolean joint,
        boolean online, String powerCode) {

    /** 即办: handled on the spot (承诺时限 0). */
    public boolean instant() {
        return promisedDays == 0;
    }
}
