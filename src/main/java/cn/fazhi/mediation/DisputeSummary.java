package cn.fazhi.mediation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the dispute list (no personal data). */
public record DisputeSummary(long id, String caseNumber, DisputeStatus status, DisputeCategory category,
        IntakeChannel channel, String townshipCode, String townshipName, LocalDate receivedOn, BigDecimal amount,
        LocalDate confirmationDueOn, boolean confirmationOverdue) {}
