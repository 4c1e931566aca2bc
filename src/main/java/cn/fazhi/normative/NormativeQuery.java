package cn.fazhi.normative;

import java.time.LocalDate;

/**
 * Register filters: issuing unit, status, year of publication, in force on a date, title words (plain substring;
 * full-text search is {@link NormativeDocuments#search}), paging.
 */
public record NormativeQuery(Long unitId, NormativeStatus status, Integer year, LocalDate inForceOn, String title,
        Integer page, Integer size) {

    public int pageOrZero() {
        return page == null || page < 0 ? 0 : page;
    }

    public int sizeOrDefault() {
        return size == null || size <= 0 ? 20 : Math.min(size, 200);
    }
}
