package cn.fazhi.supervision;

import java.util.List;

/** One page of a list: the items, the total, the 0-based page and its size. */
public record CluePage<T>(List<T> items, long total, int page, int size) {

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
