package cn.fazhi.responsibilities;

import java.time.LocalDate;

/**
 * One version of a power as the pages and the API show it: the version with its unit's name, 责任事项 and 追责情形,
 * and its state — DRAFT (not yet published), IN_FORCE (published and in force today), SCHEDULED (published, from a
 * later day), ENDED (published, superseded or ended).
 */
public record PowerRow(long id, String code, int versionNo, String powerType, String name, String matterKey,
        String basis, long unitId, String unitName, String regionCode, LocalDate effectiveFrom, LocalDate effectiveTo,
        LocalDate publishedOn, String duties, String accountability, String state, int version) {

    public String path() {
        return "/responsibilities/" + id;
    }
}
