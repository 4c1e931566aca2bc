package cn.fazhi.enforcement;

/**
 * Who issued a discretion benchmark. A lower issuer may only refine a higher one's benchmark for the same violation,
 * never exceed its levels or ranges (国办发〔2022〕27号 二(四)、二(五)); {@link #rank} orders them.
 */
public enum BenchmarkIssuer {
    NATIONAL(4), PROVINCE(3), CITY(2), DISTRICT(1);

    private final int rank;

    BenchmarkIssuer(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    /** Whether {@code other} stands above this issuer (its benchmark binds this one's). */
    public boolean isBelow(BenchmarkIssuer other) {
        return other.rank > rank;
    }
}
