package cn.fazhi.hotline;

import java.time.LocalDate;

/**
 * A ticket as pages and the API read it. The caller's name and phone only masked, and hidden from the responsible
 * unit when the caller asked for confidentiality. {@code signOverdue}/{@code handleOverdue}: past the limit today (or
 * signed/replied after it); {@code supervised}: on the 督办 list (open and past a limit, or returned at least once).
 */
public record TicketView(long id, String caseNumber, TicketStatus status, Channel channel, long categoryId,
        String categoryName, Urgency urgency, String callerName, String callerPhone, boolean confidential, String title,
        String content, String address, LocalDate receivedOn, long unitId, String unitName, String regionCode,
        LocalDate dispatchedOn, LocalDate signDue, LocalDate signedOn, LocalDate handleDue, LocalDate repliedOn,
        Boolean repliedOnTime, String reply, LocalDate visitDue, LocalDate visitedOn, String satisfaction,
        String visitNote, LocalDate closedOn, int dispatchCount, int returnCount, Long clueId, int version,
        boolean signOverdue, boolean handleOverdue) {

    public boolean supervised() {
        return (status.open() && (signOverdue || handleOverdue)) || returnCount > 0;
    }
}
