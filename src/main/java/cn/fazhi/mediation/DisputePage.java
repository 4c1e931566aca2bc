package cn.fazhi.mediation;

import java.util.List;

/** One page of disputes. */
public record DisputePage(List<DisputeSummary> items, long total, int page, int size) {

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
