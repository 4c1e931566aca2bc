package cn.fazhi.services;

import java.time.LocalDate;

/** One line of the item lists and catalogues: the item with its version in force on the day asked. */
public record ItemRow(long id, String code, long unitId, String unitName, String name, ServiceItemType type,
        ServiceLevel level, boolean delegated, Integer legalDays, int promisedDays, boolean online, String powerCode,
        int versionNo, LocalDate effectiveFrom, LocalDate publishedOn, LocalDate withdrawnOn) {

    public boolean instant() {
        return promisedDays == 0;
    }
}
