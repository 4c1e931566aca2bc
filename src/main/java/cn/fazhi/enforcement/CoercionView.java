package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A coercion case as pages and the API show it: the party's identifier masked only, codes as enum values that pages
 * label from the bundle. {@code overdue}: a measure past its period without a decision (Arts. 25, 32, 62).
 */
public record CoercionView(long id, String caseNumber, CoercionKind kind, CoercionMeasureType measureType,
        CoercionExecutionType executionType, CoercionStatus status, long unitId, String unitName, String regionCode,
        Long penaltyCaseId, boolean partyPerson, String partyName, String partyIdentifierMasked, String subject,
        String reason, String legalBasis, LocalDate registeredOn, LocalDate approvedOn, String approvedBy,
        boolean emergency, String emergencyReason, LocalDateTime emergencyReportedAt, LocalDate measureOn,
        boolean certificateShown, boolean partyPresent, boolean partyNotified, boolean rightsTold,
        boolean statementsHeard, boolean siteRecord, boolean signed, boolean refusalNoted, String witnessName,
        boolean audioVideoRequired, String audioVideoAct, boolean audioVideoPresent, int extensionDays,
        String extensionReason, int excludedDays, String excludedReason, LocalDate expiresOn,
        LocalDate decisionServedOn, CoercionDisposal disposal, LocalDate disposedOn, BigDecimal principalAmount,
        BigDecimal surchargeAmount, LocalDate demandServedOn, LocalDate demandDeadline, String demandManner,
        String statements, LocalDate decidedOn, String decisionNumber, LocalDateTime executedAt, boolean offHours,
        String executionEmergencyReason, LocalDate remedyEndsOn, LocalDate courtAppliedOn, LocalDate closedOn,
        boolean overdue, Map<String, List<Long>> officers, int version) {}
