package cn.fazhi.platform.web;

import java.util.List;

/**
 * One page of a list, as every list page, export and API answers it: the items, the total number of matching rows,
 * the page (from 0) and its size.
 */
public record Paged<T>(List<T> items, long total, int page, int size) {

    /** At least 1, so that a pager always has a page to show. */
    public int totalPages() {
        return size <= 0 ? 1 : (int) Math.max(1, (total + size - 1) / size);
    }

    /** The page {@code page} (from 0, clamped) of {@code size} (1–1000, clamped) out of a list already in memory. */
    public static <T> Paged<T> of(List<T> all, int page, int size) {
        int s = Math.max(1, Math.min(size, 1000));
        int p = Math.max(0, page);
        int from = (int) Math.min(all.size(), (long) p * s);
        return new Paged<>(List.copyOf(all.subList(from, Math.min(all.size(), from + s))), all.size(), p, s);
    }
}
