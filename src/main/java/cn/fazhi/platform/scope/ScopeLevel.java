package cn.fazhi.platform.scope;

/** How far a role sees: its own unit's records, its township's, or the whole district's. Ordered narrow to wide. */
public enum ScopeLevel {
    UNIT, TOWNSHIP, DISTRICT;

    public ScopeLevel widest(ScopeLevel other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
