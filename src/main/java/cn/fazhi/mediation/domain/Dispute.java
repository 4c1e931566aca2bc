package cn.fazhi.mediation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.fazhi.cases.CaseAggregate;
import cn.fazhi.mediation.AgreementForm;
import cn.fazhi.mediation.ConfirmationResult;
import cn.fazhi.mediation.DisputeCategory;
import cn.fazhi.mediation.DisputeStatus;
import cn.fazhi.mediation.IntakeChannel;
import cn.fazhi.mediation.events.AgreementReached;
import cn.fazhi.mediation.events.DeliberationRecorded;
import cn.fazhi.mediation.events.DisputeAccepted;
import cn.fazhi.mediation.events.DisputeClosed;
import cn.fazhi.mediation.events.DisputeDeclined;
import cn.fazhi.mediation.events.DisputeWithdrawn;
import cn.fazhi.mediation.events.JudicialConfirmationApplied;
import cn.fazhi.mediation.events.JudicialConfirmationDecided;
import cn.fazhi.mediation.events.MediationFailed;
import cn.fazhi.mediation.events.MediationSessionRecorded;
import cn.fazhi.mediation.events.PerformanceChecked;
import cn.fazhi.mediation.events.ReturnVisitRecorded;
import cn.fazhi.platform.validation.BusinessDates;
import cn.fazhi.platform.validation.NumericColumn;
import cn.fazhi.platform.web.UserFacingException;

/**
 * A dispute brought to a people's mediation committee (the aggregate). Each step is a guarded, intention-named method
 * that refuses a step the status does not allow now ({@link DisputeSteps#TABLE}, 409), a step whose other conditions
 * do not hold ({@link #allowsNow}, 409) and a date that is in the future or before the step it depends on (400), and
 * returns the past-tense event of the step.
 */
public class Dispute implements CaseAggregate<DisputeStatus> {

    long id;
    String caseNumber;
    String numberScope;
    long committeeId;
    IntakeChannel channel;
    DisputeCategory category;
    DisputeStatus status;
    String townshipCode;
    String villageCode;
    long unitId;
    Long handlerId;
    LocalDate receivedOn;
    String summary;
    BigDecimal amount;
    String courtName;
    String courtReference;
    LocalDate acceptedOn;
    LocalDate declinedOn;
    String declineReason;
    AgreementForm agreementForm;
    String agreementTerms;
    BigDecimal agreementAmount;
    LocalDate performanceDeadline;
    LocalDate agreementEffectiveOn;
    LocalDate failedOn;
    Boolean routesExplained;
    String failureNote;
    LocalDate withdrawnOn;
    String withdrawReason;
    LocalDate performanceCheckedOn;
    Boolean performed;
    String performanceNote;
    LocalDate returnVisitOn;
    String returnVisitNote;
    LocalDate closedOn;
    Long confirmationClockId;
    LocalDate confirmationDueOn;
    String confirmationCourt;
    LocalDate confirmationAppliedOn;
    ConfirmationResult confirmationResult;
    LocalDate confirmationDecidedOn;
    int version;

    Dispute() {}

    /** A newly registered dispute; the case number and id are assigned when it is stored. */
    public static Dispute register(long committeeId, IntakeChannel channel, DisputeCategory category,
            String townshipCode, String villageCode, long unitId, Long handlerId, LocalDate receivedOn, String summary,
            BigDecimal amount, String courtName, String courtReference, LocalDate today) {
        if (channel == null) {
            throw UserFacingException.badRequest("mediation.error.channelRequired");
        }
        if (category == null) {
            throw UserFacingException.badRequest("mediation.error.categoryRequired");
        }
        notFuture(receivedOn, today);
        Dispute d = new Dispute();
        d.committeeId = committeeId;
        d.channel = channel;
        d.category = category;
        d.status = DisputeStatus.REGISTERED;
        d.townshipCode = townshipCode;
        d.villageCode = villageCode;
        d.unitId = unitId;
        d.handlerId = handlerId;
        d.receivedOn = receivedOn;
        d.summary = text(summary, 4000, "mediation.error.summaryRequired");
        d.amount = amount(amount, true, "mediation.field.amount");
        if (channel == IntakeChannel.COURT_ENTRUSTED) {
            d.courtName = text(courtName, 100, "mediation.error.courtRequired");
            d.courtReference = text(courtReference, 100, "mediation.error.courtReferenceRequired");
        }
        return d;
    }

    public DisputeAccepted accept(LocalDate on, Long handler, LocalDate today) {
        DisputeSteps.TABLE.check(DisputeSteps.ACCEPT, status);
        notBefore(on, receivedOn, "mediation.error.beforeReceipt", today);
        acceptedOn = on;
        if (handler != null) {
            handlerId = handler;
        }
        status = DisputeStatus.ACCEPTED;
        return new DisputeAccepted(id, caseNumber, on);
    }

    /** 不予受理, e.g. a party expressly refuses mediation (人民调解法 Art. 17) or the matter is not for mediation. */
    public DisputeDeclined decline(LocalDate on, String reason, LocalDate today) {
        DisputeSteps.TABLE.check(DisputeSteps.DECLINE, status);
        notBefore(on, receivedOn, "mediation.error.beforeReceipt", today);
        declineReason = text(reason, 1000, "mediation.error.reasonRequired");
        declinedOn = on;
        status = DisputeStatus.DECLINED;
        return new DisputeDeclined(id, caseNumber, on, declineReason);
    }

    /** Records a session; the first one moves an accepted dispute to MEDIATING. */
    public MediationSessionRecorded recordSession(LocalDate heldOn, LocalDate today) {
        DisputeSteps.TABLE.check(DisputeSteps.SESSION, status);
        notBefore(heldOn, acceptedOn, "mediation.error.beforeAcceptance", today);
        status = DisputeStatus.MEDIATING;
        return new MediationSessionRecorded(id, caseNumber, heldOn);
    }

    /**
     * Records the agreement and the day it took effect: a written one when signed by the parties and the mediator and
     * sealed by the committee, an oral one when reached, its content recorded (人民调解法 Arts. 28–30).
     */
    public AgreementReached reachAgreement(AgreementForm form, String terms, BigDecimal agreedAmount,
            LocalDate deadline, LocalDate effectiveOn, LocalDate today) {
        DisputeSteps.TABLE.check(DisputeSteps.AGREEMENT, status);
        if (form == null) {
            throw UserFacingException.badRequest("mediation.error.agreementFormRequired");
        }
        notBefore(effectiveOn, acceptedOn, "mediation.error.beforeAcceptance", today);
        if (deadline != null && deadline.isBefore(effectiveOn)) {
            throw UserFacingException.badRequest("mediation.error.deadlineBeforeAgreement");
        }
        agreementTerms = text(terms, 4000, "mediation.error.termsRequired");
        agreementAmount = amount(agreedAmount, false, "mediation.field.agreementAmount");
        agreementForm = form;
        performanceDeadline = deadline;
        agreementEffectiveOn = effectiveOn;
        status = DisputeStatus.AGREED;
        return new AgreementReached(id, caseNumber, effectiveOn, form.name());
    }

    /** 终止调解: no agreement; the parties must be told they may pursue their rights by other routes (Art. 26). */
    public MediationFailed fail(LocalDate on, boolean routesWereExplained, String note, LocalDate today) {
        DisputeSteps.TABLE.check(DisputeSteps.FAIL, status);
        notBefore(on, acceptedOn, "mediation.error.beforeAcceptance", today);
        if (!routesWereExplained) {
            throw UserFacingException.badRequest("mediation.error.routesRequired");
        }
        failureNote = optional(note, 1000);
        routesExplained = true;
        failedOn = on;
        status = DisputeStatus.FAILED;
        return new MediationFailed(id, caseNumber, on);
    }

    public DisputeWithdrawn withdraw(LocalDate on, String reason, LocalDate today) {
        DisputeSteps.TABLE.check(DisputeSteps.WITHDRAW, status);
        notBefore(on, acceptedOn != null ? acceptedOn : receivedOn, "mediation.error.beforeAcceptance", today);
        withdrawReason = optional(reason, 1000);
        withdrawnOn = on;
        status = DisputeStatus.WITHDRAWN;
        return new DisputeWithdrawn(id, caseNumber, on);
    }

    public PerformanceChecked checkPerformance(LocalDate on, boolean wasPerformed, String note, LocalDate today) {
        DisputeSteps.TABLE.check(DisputeSteps.PERFORMANCE, status);
        notBefore(on, agreementEffectiveOn, "mediation.error.beforeAgreement", today);
        performed = wasPerformed;
        performanceNote = optional(note, 1000);
        performanceCheckedOn = on;
        status = DisputeStatus.PERFORMANCE_CHECKED;
        return new PerformanceChecked(id, caseNumber, on, wasPerformed);
    }

    /** Closes and archives the case (人民调解法 Art. 27). */
    public DisputeClosed close(LocalDate on, LocalDate today) {
        DisputeSteps.TABLE.check(DisputeSteps.CLOSE, status);
        notBefore(on, lastStepOn(), "mediation.error.beforeLastStep", today);
        closedOn = on;
        status = DisputeStatus.CLOSED;
        return new DisputeClosed(id, caseNumber, on);
    }

    /** 回访: once, after the mediation ended (agreement, failure or withdrawal). */
    public ReturnVisitRecorded recordReturnVisit(LocalDate on, String note, LocalDate today) {
        DisputeSteps.TABLE.check(DisputeSteps.RETURN_VISIT, status);
        if (!canRecordReturnVisit()) {
            throw UserFacingException.conflict("mediation.error.returnVisitNotNow");
        }
        notBefore(on, outcomeOn(), "mediation.error.beforeOutcome", today);
        returnVisitNote = text(note, 1000, "mediation.error.noteRequired");
        returnVisitOn = on;
        return new ReturnVisitRecorded(id, caseNumber, on);
    }

    public boolean canRecordReturnVisit() {
        return returnVisitOn == null && outcomeOn() != null;
    }

    /** The 30-day clock of 人民调解法 Art. 33 runs for written agreements only: the court needs the 调解协议书. */
    public boolean needsConfirmationClock() {
        return status == DisputeStatus.AGREED && agreementForm == AgreementForm.WRITTEN && confirmationClockId == null;
    }

    public void confirmationClockStarted(long clockId, LocalDate deadline) {
        confirmationClockId = clockId;
        confirmationDueOn = deadline;
    }

    /**
     * Records the joint application for judicial confirmation; refused outside the window of 人民调解法 Art. 33 (see
     * {@link JudicialConfirmationWindow}) or for an oral agreement.
     */
    public JudicialConfirmationApplied applyForConfirmation(String court, LocalDate appliedOn, LocalDate deadline,
            LocalDate today) {
        DisputeSteps.TABLE.check(DisputeSteps.CONFIRMATION_APPLY, status);
        if (!canApplyForConfirmation()) {
            throw UserFacingException.conflict("mediation.error.confirmationNotNow");
        }
        notBefore(appliedOn, agreementEffectiveOn, "mediation.error.beforeAgreement", today);
        if (!JudicialConfirmationWindow.allows(agreementEffectiveOn, deadline, appliedOn)) {
            throw UserFacingException.badRequest("mediation.error.confirmationLate", deadline);
        }
        confirmationCourt = text(court, 100, "mediation.error.courtRequired");
        confirmationAppliedOn = appliedOn;
        return new JudicialConfirmationApplied(id, caseNumber, appliedOn, confirmationCourt);
    }

    /**
     * Besides the status: a written agreement in force whose window is known (its clock started, or for the generated
     * demo history its end recorded), with no application yet.
     */
    public boolean canApplyForConfirmation() {
        return agreementForm == AgreementForm.WRITTEN && agreementEffectiveOn != null && confirmationAppliedOn == null
                && confirmationDueOn != null;
    }

    public JudicialConfirmationDecided recordConfirmationResult(ConfirmationResult result, LocalDate decidedOn,
            LocalDate today) {
        DisputeSteps.TABLE.check(DisputeSteps.CONFIRMATION_RESULT, status);
        if (!canRecordConfirmationResult()) {
            throw UserFacingException.conflict("mediation.error.confirmationResultNotNow");
        }
        if (result == null) {
            throw UserFacingException.badRequest("mediation.error.resultRequired");
        }
        notBefore(decidedOn, confirmationAppliedOn, "mediation.error.beforeApplication", today);
        confirmationResult = result;
        confirmationDecidedOn = decidedOn;
        return new JudicialConfirmationDecided(id, caseNumber, decidedOn, result.name());
    }

    public boolean canRecordConfirmationResult() {
        return confirmationAppliedOn != null && confirmationResult == null;
    }

    /** 合议共管 applies to village-contract disputes while the case is open. */
    public DeliberationRecorded recordDeliberation(LocalDate heldOn, LocalDate today) {
        DisputeSteps.TABLE.check(DisputeSteps.DELIBERATION, status);
        if (!canRecordDeliberation()) {
            throw UserFacingException.conflict("mediation.error.deliberationNotNow");
        }
        notBefore(heldOn, receivedOn, "mediation.error.beforeReceipt", today);
        return new DeliberationRecorded(id, caseNumber, heldOn);
    }

    /** Besides the status (open): 合议共管 is for village-contract disputes. */
    public boolean canRecordDeliberation() {
        return category == DisputeCategory.VILLAGE_CONTRACT;
    }

    /**
     * The conditions of {@code step} that are not the status (the table decides the status): one return visit after
     * an outcome, a written agreement inside its window, a result only after an application, a deliberation only for
     * village contracts. Pages and the API offer a step when the table and this allow it.
     */
    public boolean allowsNow(String step) {
        return switch (step) {
            case DisputeSteps.RETURN_VISIT -> canRecordReturnVisit();
            case DisputeSteps.CONFIRMATION_APPLY -> canApplyForConfirmation();
            case DisputeSteps.CONFIRMATION_RESULT -> canRecordConfirmationResult();
            case DisputeSteps.DELIBERATION -> canRecordDeliberation();
            default -> true;
        };
    }

    private LocalDate outcomeOn() {
        if (agreementEffectiveOn != null) {
            return agreementEffectiveOn;
        }
        return failedOn != null ? failedOn : withdrawnOn;
    }

    private LocalDate lastStepOn() {
        LocalDate last = receivedOn;
        for (LocalDate d : new LocalDate[] {acceptedOn, agreementEffectiveOn, failedOn, withdrawnOn, performanceCheckedOn}) {
            if (d != null && d.isAfter(last)) {
                last = d;
            }
        }
        return last;
    }

    private static void notFuture(LocalDate date, LocalDate today) {
        if (date == null) {
            throw UserFacingException.badRequest("mediation.error.dateRequired");
        }
        if (date.isAfter(today)) {
            throw UserFacingException.badRequest("mediation.error.futureDate", date);
        }
        BusinessDates.check(date, null, today);
    }

    private static void notBefore(LocalDate date, LocalDate earliest, String key, LocalDate today) {
        notFuture(date, today);
        if (earliest != null && date.isBefore(earliest)) {
            throw UserFacingException.badRequest(key, earliest);
        }
    }

    private static BigDecimal amount(BigDecimal value, boolean required, String field) {
        if (value == null) {
            if (required) {
                throw UserFacingException.badRequest("mediation.error.amountRequired");
            }
            return null;
        }
        if (value.signum() < 0) {
            throw UserFacingException.badRequest("mediation.error.amountNegative");
        }
        return NumericColumn.MONEY.check(value, field);
    }

    private static String text(String value, int max, String requiredKey) {
        if (value == null || value.isBlank()) {
            throw UserFacingException.badRequest(requiredKey);
        }
        if (value.strip().length() > max) {
            throw UserFacingException.badRequest("mediation.error.tooLong", max);
        }
        return value.strip();
    }

    private static String optional(String value, int max) {
        return value == null || value.isBlank() ? null : text(value, max, "mediation.error.tooLong");
    }

    @Override public long id() { return id; }
    @Override public String caseNumber() { return caseNumber; }
    public long committeeId() { return committeeId; }
    public IntakeChannel channel() { return channel; }
    public DisputeCategory category() { return category; }
    @Override public DisputeStatus status() { return status; }
    public String townshipCode() { return townshipCode; }
    public String villageCode() { return villageCode; }
    public long unitId() { return unitId; }
    public Long handlerId() { return handlerId; }
    public LocalDate receivedOn() { return receivedOn; }
    public String summary() { return summary; }
    public BigDecimal amount() { return amount; }
    public String courtName() { return courtName; }
    public String courtReference() { return courtReference; }
    public LocalDate acceptedOn() { return acceptedOn; }
    public LocalDate declinedOn() { return declinedOn; }
    public String declineReason() { return declineReason; }
    public AgreementForm agreementForm() { return agreementForm; }
    public String agreementTerms() { return agreementTerms; }
    public BigDecimal agreementAmount() { return agreementAmount; }
    public LocalDate performanceDeadline() { return performanceDeadline; }
    public LocalDate agreementEffectiveOn() { return agreementEffectiveOn; }
    public LocalDate failedOn() { return failedOn; }
    public Boolean routesExplained() { return routesExplained; }
    public String failureNote() { return failureNote; }
    public LocalDate withdrawnOn() { return withdrawnOn; }
    public String withdrawReason() { return withdrawReason; }
    public LocalDate performanceCheckedOn() { return performanceCheckedOn; }
    public Boolean performed() { return performed; }
    public String performanceNote() { return performanceNote; }
    public LocalDate returnVisitOn() { return returnVisitOn; }
    public String returnVisitNote() { return returnVisitNote; }
    public LocalDate closedOn() { return closedOn; }
    public Long confirmationClockId() { return confirmationClockId; }
    public LocalDate confirmationDueOn() { return confirmationDueOn; }
    public String confirmationCourt() { return confirmationCourt; }
    public LocalDate confirmationAppliedOn() { return confirmationAppliedOn; }
    public ConfirmationResult confirmationResult() { return confirmationResult; }
    public LocalDate confirmationDecidedOn() { return confirmationDecidedOn; }
    @Override public int version() { return version; }

    /** The case number and the scope key it was drawn in (a township code or "district"). */
    public void assignCaseNumber(String scopeKey, String number) {
        if (caseNumber != null) {
            throw new IllegalStateException("case number already assigned");
        }
        numberScope = scopeKey;
        caseNumber = number;
    }

    /**
     * The judicial-confirmation deadline of a dispute whose window is long past when it is written (the generated demo
     * history): recorded like {@link #confirmationClockStarted} but without a running legal clock.
     */
    public void confirmationWindowClosedOn(LocalDate deadline) {
        confirmationDueOn = deadline;
    }
}
