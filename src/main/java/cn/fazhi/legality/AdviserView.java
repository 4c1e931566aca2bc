package cn.fazhi.legality;

import java.time.LocalDate;

/** One of the government's legal advisers and the term of engagement. */
public record AdviserView(long id, AdviserKind kind, String name, String firmName, String firmUscc,
        LocalDate engagedFrom, LocalDate engagedTo, long opinions) {

    /** Whether the adviser's term covers {@code day}. */
    public boolean engagedOn(LocalDate day) {
        return !day.isBefore(engagedFrom) && !day.isAfter(engagedTo);
    }
}
