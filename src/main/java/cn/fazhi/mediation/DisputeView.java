package cn.fazhi.mediation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A dispute as staff see it: the record, its parties (masked by the kernel), sessions, deliberations, and the steps the
 * caller may take now ({@code actions}, from the transition table {@code domain.DisputeSteps.TABLE} and the caller's
 * permissions: accept, decline, session, agreement, fail, withdraw, performance, close, returnVisit,
 * confirmationApply, confirmationResult, deliberation). Built for one dispute at a time, never per row of a list.
 */
public record DisputeView(long id, String caseNumber, DisputeStatus status, IntakeChannel channel,
        DisputeCategory category, long committeeId, String committeeName, String townshipCode, String townshipName,
        String villageCode, String villageName, long unitId, String unitName, Long handlerId, String handlerName,
        LocalDate receivedOn, String summary, BigDecimal amount, String courtName, String courtReference,
        LocalDate acceptedOn, LocalDate declinedOn, String declineReason, AgreementForm agreementForm,
        String agreementTerms, BigDecimal agreementAmount, LocalDate performanceDeadline, LocalDate agreementEffectiveOn,
        LocalDate failedOn, Boolean routesExplained, String failureNote, LocalDate withdrawnOn, String withdrawReason,
        LocalDate performanceCheckedOn, Boolean performed, String performanceNote, LocalDate returnVisitOn,
        String returnVisitNote, LocalDate closedOn, Long confirmationClockId, LocalDate confirmationDueOn,
        String confirmationCourt, LocalDate confirmationAppliedOn, ConfirmationResult confirmationResult,
        LocalDate confirmationDecidedOn, boolean onlineApplication, int version, List<PartyView> parties,
        List<SessionView> sessions, List<DeliberationView> deliberations, Set<String> actions) {}
