package cn.fazhi.enforcement;

import java.util.List;

/** One page of a list (page from 0) and the total number of matching rows. */
public record PublicationPage<T>(List<T> items, long total, int page, int size) {

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
