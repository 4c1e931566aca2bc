package cn.fazhi.mediation;

/** Filters and paging for the dispute list; {@code overdue}: the judicial-confirmation window passed unused. */
public record DisputeQuery(DisputeStatus status, String townshipCode, DisputeCategory category, Boolean overdue,
        Integer page, Integer size) {

    public int pageOrFirst() {
        return page == null || page < 0 ? 0 : page;
    }

    public int sizeOrDefault() {
        return size == null || size < 1 ? 20 : Math.min(size, 100);
    }
}
