package cn.fazhi.enterprises;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An SME payment complaint as pages and the API read it. {@code overdue}: not passed on or concluded by its due day
 * (today or when it happened).
 */
public record SmeComplaintView(long id, String caseNumber, SmeComplaintStatus status, long enterpriseId,
        String enterpriseName, String uscc, String channel, long respondentUnitId, String respondentName,
        BigDecimal amount, LocalDate paymentDue, String contractRef, String content, LocalDate receivedOn, long unitId,
        String unitName, String regionCode, LocalDate acceptedOn, String refusalReason, LocalDate transferDue,
        Long handlerUnitId, LocalDate transferredOn, Boolean transferredOnTime, LocalDate resultDue,
        LocalDate extendedTo, String extensionReason, String extensionApprover, LocalDate concludedOn,
        Boolean concludedOnTime, String result, int supervisionCount, String supervisionNote, int version,
        boolean overdue) {

    /** The day the result is due now (the approved extension, else the 30 days). */
    public LocalDate due() {
        return extendedTo != null ? extendedTo : resultDue;
    }

    public String statusKey() {
        return "enterprises.complaints.status." + status;
    }
}
