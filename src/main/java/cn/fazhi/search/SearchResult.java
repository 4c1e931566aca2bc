package cn.fazhi.search;

import java.util.List;

/** One page of hits, best first, with the total number of matches and the time the search took. */
public record SearchResult(List<SearchHit> hits, long total, int page, int size, long tookMillis) {

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
