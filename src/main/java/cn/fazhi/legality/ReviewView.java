package cn.fazhi.legality;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A review request as pages and the API show it. */
public record ReviewView(long id, String caseNumber, ReviewType type, String title, String counterpartyName,
        String counterpartyUscc, BigDecimal amount, String summary, long unitId, String unitName, String regionCode,
        ReviewStatus status, LocalDate submittedOn, LocalDate dueOn, boolean dueProvisional, ReviewerKind reviewerKind,
        Long adviserId, String adviserName, LocalDate assignedOn, ReviewOutcome outcome, String findings,
        LocalDate concludedOn, LocalDate withdrawnOn, String withdrawReason, boolean overdue, int version) {}
