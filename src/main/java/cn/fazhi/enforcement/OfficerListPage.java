package cn.fazhi.enforcement;

import java.util.List;

/** One page of a list of the officers part (bodies, officers, training records): items, total, page (from 0), size. */
public record OfficerListPage<T>(List<T> items, long total, int page, int size) {

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
