package cn.fazhi.supervision;

import java.util.List;

/** One page of a list of the registers (items, entities, inspectors): items, total, page (from 0), size. */
public record RandomItemPage<T>(List<T> items, long total, int page, int size) {

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    static <T> RandomItemPage<T> of(List<T> all, int page, int size) {
        int s = Math.max(1, Math.min(size, 1000));
        int pg = Math.max(0, page);
        int from = Math.min(all.size(), pg * s);
        return new RandomItemPage<>(List.copyOf(all.subList(from, Math.min(all.size(), from + s))), all.size(), pg, s);
    }
}
