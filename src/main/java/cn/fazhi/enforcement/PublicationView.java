package cn.fazhi.enforcement;

import java.time.LocalDate;

/**
 * A decision's publication record as staff see it. {@code overdue}: not published by {@code dueOn}, or annulled and
 * not withdrawn by {@code withdrawalDueOn}.
 */
public record PublicationView(long id, String caseType, long caseId, String caseNumber, String decisionNumber,
        long unitId, String unitName, String regionCode, String category, LocalDate decidedOn, String party,
        String violation, String conclusion, PublicationStatus status, LocalDate dueOn, boolean dueProvisional,
        LocalDate publishedOn, String publishedBy, LocalDate annulledOn, String annulGround, LocalDate withdrawalDueOn,
        LocalDate withdrawnOn, String withdrawReason, boolean overdue, boolean withdrawalPending, int version) {}
