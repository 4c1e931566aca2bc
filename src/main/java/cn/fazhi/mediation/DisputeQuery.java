package cn.fazhi.mediation;

/**
 * Filters and paging for the dispute list; {@code overdue}: the judicial-confirmation window passed unused;
 * {@code party}: a party's exact full name, or its ID number (resident ID or USCC) or phone number, which are found
 * through their blind indexes (the numbers are stored encrypted; see {@link Disputes#filter}).
 */
public record DisputeQuery(DisputeStatus status, String townshipCode, DisputeCategory category, Boolean overdue,
        Integer page, Integer size, String party) {

    public DisputeQuery(DisputeStatus status, String townshipCode, DisputeCategory category, Boolean overdue,
            Integer page, Integer size) {
        this(status, townshipCode, category, overdue, page, size, null);
    }

    public int pageOrFirst() {
        return page == null || page < 0 ? 0 : page;
    }

    public int sizeOrDefault() {
        return size == null || size < 1 ? 20 : Math.min(size, 100);
    }
}
