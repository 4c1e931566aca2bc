package cn.fazhi.normative;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A normative document as staff see it, with its comments, relations and the steps it may take next. */
public record NormativeDocumentView(long id, long unitId, String unitName, String regionCode, String number, String title,
        String body, List<String> tags, NormativeStatus status, LocalDate commentFrom, LocalDate commentTo,
        ReviewBody reviewBy, String reviewer, ReviewResult reviewResult, String reviewFindings, LocalDate reviewedOn,
        String decisionMeeting, LocalDate decidedOn, LocalDate signedOn, LocalDate publishedOn, LocalDate effectiveOn,
        Integer validityYears, LocalDate expiresOn, String filedWith, LocalDate filedOn, LocalDate evaluatedOn,
        String evaluation, LocalDate inForceUntil, boolean amendmentDue, boolean demo, List<Comment> comments,
        List<Relation> relations, Set<NormativeStatus> next, int version) {

    /** Whether the document was in force on {@code date}: effective by then and not yet stopped. */
    public boolean inForceOn(LocalDate date) {
        return publishedOn != null && effectiveOn != null && !effectiveOn.isAfter(date)
                && (inForceUntil == null || inForceUntil.isAfter(date));
    }

    public record Comment(long id, LocalDate receivedOn, String source, String content, boolean adopted, String response) {}

    /**
     * A link in the version chain: {@code outgoing} when this document amends/replaces/abolishes the other, else the
     * other acts on this one.
     */
    public record Relation(RelationKind kind, boolean outgoing, long otherId, String otherNumber, String otherTitle,
            NormativeStatus otherStatus, LocalDate otherEffectiveOn, LocalDate otherInForceUntil) {}
}
