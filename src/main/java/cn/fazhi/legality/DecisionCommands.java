package cn.fazhi.legality;

/** What callers send to {@link MajorDecisions}. */
public final class DecisionCommands {

    private DecisionCommands() {}

    public record Catalogue(Integer year, String title) {}

    /** A decision matter in a year's catalogue, with the unit that carries it (承办单位, Art. 13). */
    public record Matter(Integer year, String title, Long unitId) {}
}
