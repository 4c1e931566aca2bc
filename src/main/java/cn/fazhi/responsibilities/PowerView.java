package cn.fazhi.responsibilities;

import java.time.LocalDate;

/**
 * One version of a power of the 权责清单. {@code powerType}: one of the configured 职权类型 codes (default the ten of
 * LEGAL-RULES-2 §11.5, e.g. {@code LICENCE}, {@code PENALTY}); {@code matterKey}: the name reduced to what identifies
 * the matter; {@code publishedOn}: null while not published.
 */
public record PowerView(long id, String code, int versionNo, String powerType, String name, String matterKey,
        String basis, long unitId, String regionCode, LocalDate effectiveFrom, LocalDate effectiveTo,
        LocalDate publishedOn, int version) {}
