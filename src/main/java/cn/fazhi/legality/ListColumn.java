package cn.fazhi.legality;

/** The columns of a list spreadsheet; the titles are {@code legality.list.column.<name>} in either language. */
public enum ListColumn {
    CODE, NAME, DEPARTMENT, BASIS, HANDLING;

    public String key() {
        return "legality.list.column." + name();
    }

    /** Whether the column must be in the file of {@code kind}. */
    public boolean requiredFor(ListKind kind) {
        return this == HANDLING ? kind.hasHandling() : this != BASIS;
    }

    public boolean usedBy(ListKind kind) {
        return this != HANDLING || kind.hasHandling();
    }
}
