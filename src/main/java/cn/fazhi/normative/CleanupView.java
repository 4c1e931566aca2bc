package cn.fazhi.normative;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A cleanup campaign with its documents and their outcomes. */
public record CleanupView(long id, String title, LocalDate issuedFrom, LocalDate issuedTo, Long issuerUnitId,
        CleanupStatus status, LocalDate publishedOn, boolean demo, List<Item> items, Map<CleanupOutcome, Long> counts) {

    public long reviewed() {
        return items.stream().filter(i -> i.outcome() != null).count();
    }

    /** One document in the campaign's scope and its reviewed outcome (null until reviewed). */
    public record Item(long id, long documentId, String number, String title, String unitName, LocalDate publishedOn,
            NormativeStatus status, CleanupOutcome outcome, String reason) {}

    /** A campaign in a list. */
    public record Summary(long id, String title, CleanupStatus status, LocalDate publishedOn, long documents,
            long reviewed, boolean demo) {}

    /** The form that starts a campaign: documents published in the period (and by the unit, if given). */
    public record Create(String title, LocalDate issuedFrom, LocalDate issuedTo, Long issuerUnitId) {}

    /** One document's reviewed outcome. */
    public record Review(CleanupOutcome outcome, String reason) {}
}
