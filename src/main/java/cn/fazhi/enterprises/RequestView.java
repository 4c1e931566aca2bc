package cn.fazhi.enterprises;

import java.time.LocalDate;

/**
 * An enterprise request as pages and the API read it. {@code overdue}: an open period is past today (or the step was
 * taken after it) — the 督办 list; {@code supervised}: open and overdue, or returned at least once.
 */
public record RequestView(long id, String caseNumber, RequestStatus status, long enterpriseId, String enterpriseName,
        String uscc, String category, String channel, String title, String content, LocalDate filedOn, long unitId,
        String unitName, String regionCode, LocalDate routeDue, LocalDate routedOn, LocalDate signDue,
        LocalDate signedOn, LocalDate answerDue, LocalDate answeredOn, Boolean answeredOnTime, String answer,
        LocalDate closeDue, LocalDate closedOn, LocalDate visitDue, String rating, String ratingNote, LocalDate ratedOn,
        int routeCount, int returnCount, int urgeCount, LocalDate urgedOn, Long clueId, int version, boolean overdue) {

    public boolean supervised() {
        return (status.open() && overdue) || returnCount > 0;
    }

    /** The message key of the status. */
    public String statusKey() {
        return "enterprises.requests.status." + status;
    }
}
