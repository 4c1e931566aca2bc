package cn.fazhi.search;

import java.util.List;

/**
 * One page of hits, best first, with the number of matches ({@code totalExact} false: at least that many — counting
 * stops at 100, or at the hits the page needs if more, so Lucene can skip matches that cannot reach the top) and the
 * time the search took.
 */
public record SearchResult(List<SearchHit> hits, long total, boolean totalExact, int page, int size, long tookMillis) {

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
