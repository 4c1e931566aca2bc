package cn.fazhi.supervision;

import java.util.List;

/** One page of a list of the oversight part (missions, inspectors). */
public record OversightPage<T>(List<T> items, long total, int page, int size) {

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
