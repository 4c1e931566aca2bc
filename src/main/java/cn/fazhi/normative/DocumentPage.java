package cn.fazhi.normative;

import java.util.List;

/** One page of the register. */
public record DocumentPage(List<DocumentSummary> items, long total, int page, int size) {

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
