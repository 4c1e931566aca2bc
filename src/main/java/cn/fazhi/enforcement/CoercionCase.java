package cn.fazhi.enforcement;

import static cn.fazhi.enforcement.CoercionStatus.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import cn.fazhi.cases.CaseAggregate;
import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.web.UserFacingException;

/**
 * A 行政强制 case on the kernel: a coercive measure (强制措施) or an execution (强制执行). The allowed steps are
 * {@link #TABLE}; each method guards itself with it and with the rules of {@link CoercionRules}. Fields are
 * package-private: {@link CoercionRepository} reads and writes them.
 */
public final class CoercionCase implements CaseAggregate<CoercionStatus> {

    private static final String HANDLE = EnforcementPermissions.HANDLE;
    private static final String APPROVE = EnforcementPermissions.APPROVE;

    /**
     * Measure: approve (Art. 18(一)) → take; or takeInEmergency (Art. 19) → ratify / refuseRatification; while in force:
     * extend (Arts. 25, 32), exclude (Art. 25(3)), serve (Arts. 24, 31); dispose (Arts. 27, 28). Execution: demand
     * (Arts. 35, 36) → decide (Art. 37) → execute (Arts. 43, 45, 51), or applyToCourt (Arts. 53, 54). close, cancel.
     */
    public static final Transitions<CoercionStatus> TABLE = Transitions.of(CoercionStatus.class)
            .todo("approve", "approved", APPROVED, APPROVE, PROPOSED)
            .todo("take", "taken", IN_FORCE, HANDLE, APPROVED)
            .step("takeInEmergency", "takenInEmergency", AWAITING_RATIFICATION, HANDLE, PROPOSED)
            .todo("ratify", "ratified", IN_FORCE, APPROVE, AWAITING_RATIFICATION)
            .step("refuseRatification", "ratificationRefused", RELEASED, APPROVE, AWAITING_RATIFICATION)
            .step("extend", "extended", null, APPROVE, IN_FORCE)
            .step("exclude", "excluded", null, HANDLE, IN_FORCE)
            .step("serve", "served", null, HANDLE, IN_FORCE)
            .todo("dispose", "disposed", DISPOSED, HANDLE, IN_FORCE)
            .todo("demand", "demanded", DEMANDED, HANDLE, OPENED)
            .todo("decide", "decided", DECIDED, APPROVE, DEMANDED)
            .todo("execute", "executed", EXECUTED, HANDLE, DECIDED)
            .step("applyToCourt", "appliedToCourt", COURT_APPLIED, APPROVE, DEMANDED)
            .step("close", "closed", CLOSED, HANDLE, DISPOSED, RELEASED, EXECUTED, COURT_APPLIED)
            .step("cancel", "cancelled", CANCELLED, HANDLE, PROPOSED, OPENED)
            .build();

    long id;
    String caseNumber;
    CoercionKind kind;
    CoercionMeasureType measureType;
    CoercionExecutionType executionType;
    CoercionStatus status;
    long unitId;
    String regionCode;
    Long penaltyCaseId;
    boolean partyPerson;
    String partyName;
    String partyIdentifierEnc;
    String partyIdentifierIndex;
    String partyIdentifierMasked;
    String subject;
    String reason;
    String legalBasis;
    LocalDate registeredOn;
    LocalDate approvedOn;
    String approvedBy;
    boolean emergency;
    String emergencyReason;
    LocalDateTime emergencyReportedAt;
    LocalDate measureOn;
    boolean certificateShown;
    boolean partyPresent;
    boolean partyNotified;
    boolean rightsTold;
    boolean statementsHeard;
    boolean siteRecord;
    boolean signed;
    boolean refusalNoted;
    String witnessName;
    boolean avRequired;
    String avAct;
    Integer periodDays;
    int extensionDays;
    String extensionReason;
    String extensionApprovedBy;
    int excludedDays;
    String excludedReason;
    LocalDate expiresOn;
    LocalDate decisionServedOn;
    CoercionDisposal disposal;
    LocalDate disposedOn;
    BigDecimal principalAmount;
    BigDecimal surchargeAmount;
    LocalDate demandServedOn;
    LocalDate demandDeadline;
    String demandManner;
    String statements;
    LocalDate decidedOn;
    String decisionNumber;
    LocalDateTime executedAt;
    LocalDate executedOn;
    boolean offHours;
    String executionEmergencyReason;
    LocalDate remedyEndsOn;
    LocalDate courtAppliedOn;
    LocalDate closedOn;
    OffsetDateTime createdAt;
    String createdBy;
    int version;

    CoercionCase() {}

    /** A new case, registered on {@code on}; not yet stored (id 0). */
    static CoercionCase registered(String caseNumber, CoercionCommands.Register r, long unitId, String regionCode,
            LocalDate on, OffsetDateTime createdAt, String createdBy) {
        CoercionCase c = new CoercionCase();
        c.caseNumber = caseNumber;
        c.kind = r.kind();
        if (r.kind() == CoercionKind.MEASURE) {
            if (r.measureType() == null) {
                throw UserFacingException.badRequest("enforcement.coercion.validation.measureType");
            }
            c.measureType = r.measureType();
            c.status = PROPOSED;
            c.avRequired = r.measureType().audioVideoRequired();
            c.avAct = r.measureType().name();
            c.periodDays = r.measureType().hasPeriod() ? CoercionRules.PERIOD_DAYS : null;
        } else {
            if (r.executionType() == null) {
                throw UserFacingException.badRequest("enforcement.coercion.validation.executionType");
            }
            c.executionType = r.executionType();
            c.status = OPENED;
            c.avRequired = r.executionType().audioVideoRequired();
            c.avAct = r.executionType().name();
            c.principalAmount = r.principalAmount();
        }
        c.unitId = unitId;
        c.regionCode = regionCode;
        c.penaltyCaseId = r.penaltyCaseId();
        c.partyPerson = Boolean.TRUE.equals(r.partyPerson());
        c.partyName = r.partyName().strip();
        c.subject = r.subject().strip();
        c.reason = r.reason().strip();
        c.legalBasis = r.legalBasis().strip();
        c.registeredOn = on;
        c.createdAt = createdAt;
        c.createdBy = createdBy;
        return c;
    }

    /** Art. 18(一): the head approves the measure beforehand. */
    void approve(LocalDate on, String by) {
        TABLE.check("approve", status);
        this.approvedOn = on;
        this.approvedBy = by;
        this.status = APPROVED;
    }

    /** The measure taken after approval, its Art. 18 checklist complete (officers checked by the facade). */
    void take(CoercionCommands.Take t, LocalDate expiresOn) {
        TABLE.check("take", status);
        CoercionRules.checkArticle18(t);
        if (t.measureOn().isBefore(approvedOn)) {
            throw UserFacingException.badRequest("enforcement.coercion.error.beforeApproval", approvedOn);
        }
        record(t, expiresOn);
        this.status = IN_FORCE;
    }

    /** Art. 19: taken on the spot in an emergency, reported within 24 hours; the head approves afterwards. */
    void takeInEmergency(CoercionCommands.Take t, LocalDate expiresOn) {
        TABLE.check("takeInEmergency", status);
        CoercionRules.checkArticle18(t);
        if (t.emergencyReason() == null || t.emergencyReason().isBlank()) {
            throw UserFacingException.badRequest("enforcement.coercion.error.emergencyReason");
        }
        CoercionRules.checkEmergencyReport(t.measureAt(), t.reportedAt());
        if (!t.measureAt().toLocalDate().equals(t.measureOn())) {
            throw UserFacingException.badRequest("enforcement.coercion.error.emergencyTimes");
        }
        record(t, expiresOn);
        this.emergency = true;
        this.emergencyReason = t.emergencyReason().strip();
        this.emergencyReportedAt = t.reportedAt();
        this.status = AWAITING_RATIFICATION;
    }

    private void record(CoercionCommands.Take t, LocalDate expiresOn) {
        this.measureOn = t.measureOn();
        this.certificateShown = t.certificateShown();
        this.partyPresent = t.partyPresent();
        this.partyNotified = t.partyNotified();
        this.rightsTold = t.rightsTold();
        this.statementsHeard = t.statementsHeard();
        this.siteRecord = t.siteRecord();
        this.signed = t.signed();
        this.refusalNoted = t.refusalNoted();
        this.witnessName = t.witnessName() == null || t.witnessName().isBlank() ? null : t.witnessName().strip();
        this.expiresOn = expiresOn;
    }

    void ratify(LocalDate on, String by) {
        TABLE.check("ratify", status);
        if (on.isBefore(measureOn)) {
            throw UserFacingException.badRequest("enforcement.coercion.error.beforeMeasure", measureOn);
        }
        this.approvedOn = on;
        this.approvedBy = by;
        this.status = IN_FORCE;
    }

    /** Art. 19: "行政机关负责人认为不应当采取行政强制措施的，应当立即解除". */
    void refuseRatification(LocalDate on, String reason) {
        TABLE.check("refuseRatification", status);
        this.disposal = CoercionDisposal.RELEASE;
        this.disposedOn = on;
        this.statements = reason;
        this.status = RELEASED;
    }

    /**
     * Art. 25(2), Art. 32: one extension of at most 30 days with the head's approval and written reasons, before the
     * period ends; only for measures with a period.
     */
    void extend(int days, String reason, String by, LocalDate today, java.util.function.IntFunction<LocalDate> expiry) {
        TABLE.check("extend", status);
        requirePeriod();
        CoercionRules.checkExtension(extensionDays, days);
        if (today.isAfter(expiresOn)) {
            throw UserFacingException.conflict("enforcement.coercion.error.expired", expiresOn);
        }
        this.extensionDays = days;
        this.extensionReason = reason;
        this.extensionApprovedBy = by;
        this.expiresOn = expiry.apply(extensionDays + excludedDays);
    }

    /** Art. 25(3): the days of 检测/检验/检疫/技术鉴定 are left out of the period, fixed and told in writing. */
    void exclude(int days, String reason, java.util.function.IntFunction<LocalDate> expiry) {
        TABLE.check("exclude", status);
        requirePeriod();
        this.excludedDays += days;
        this.excludedReason = excludedReason == null ? reason : excludedReason + "；" + reason;
        this.expiresOn = expiry.apply(extensionDays + excludedDays);
    }

    /** The decision delivered to the party (Art. 24 on the spot; 冻结决定书 within 3 working days, Art. 31). */
    void serve(LocalDate on) {
        TABLE.check("serve", status);
        if (on.isBefore(measureOn)) {
            throw UserFacingException.badRequest("enforcement.coercion.error.beforeMeasure", measureOn);
        }
        this.decisionServedOn = on;
    }

    /**
     * Arts. 27, 28: 没收、销毁 or 解除 within the period; after the period has run out only 解除 remains (Art. 28(一)(四)).
     */
    void dispose(CoercionDisposal d, LocalDate on) {
        TABLE.check("dispose", status);
        if (on.isBefore(measureOn)) {
            throw UserFacingException.badRequest("enforcement.coercion.error.beforeMeasure", measureOn);
        }
        if (expiresOn != null && on.isAfter(expiresOn) && d != CoercionDisposal.RELEASE) {
            throw UserFacingException.badRequest("enforcement.coercion.error.disposalAfterExpiry", expiresOn);
        }
        this.disposal = d;
        this.disposedOn = on;
        this.status = DISPOSED;
    }

    /** Arts. 35, 36: the 催告书 with its period, manner and amount, served. */
    void demand(CoercionCommands.Demand d) {
        TABLE.check("demand", status);
        if (!d.deadline().isAfter(d.servedOn())) {
            throw UserFacingException.badRequest("enforcement.coercion.error.demandDeadline");
        }
        this.demandServedOn = d.servedOn();
        this.demandDeadline = d.deadline();
        this.demandManner = d.manner().strip();
        if (d.amount() != null) {
            this.principalAmount = d.amount();
        }
        this.status = DEMANDED;
    }

    /** Art. 37: decided after the 催告 period passed without performance, the statements recorded (Art. 36). */
    void decide(CoercionCommands.Decide d) {
        TABLE.check("decide", status);
        if (!d.decidedOn().isAfter(demandDeadline)) {
            throw UserFacingException.badRequest("enforcement.coercion.error.decideBeforeDeadline", demandDeadline);
        }
        this.decidedOn = d.decidedOn();
        this.decisionNumber = d.decisionNumber().strip();
        this.statements = d.statements().strip();
        this.status = DECIDED;
    }

    /** The execution, its time checked by the facade (Art. 43) and the surcharge capped (Art. 45). */
    void execute(CoercionCommands.Execute e, boolean offHours) {
        TABLE.check("execute", status);
        if (e.executedAt().toLocalDate().isBefore(decidedOn)) {
            throw UserFacingException.badRequest("enforcement.coercion.error.beforeDecision", decidedOn);
        }
        CoercionRules.checkSurcharge(principalAmount, e.surchargeAmount());
        this.executedAt = e.executedAt();
        this.executedOn = e.executedAt().toLocalDate();
        this.certificateShown = e.certificateShown();
        this.surchargeAmount = e.surchargeAmount();
        this.offHours = offHours;
        this.emergency = e.emergency();
        this.executionEmergencyReason = e.emergency() && e.emergencyReason() != null ? e.emergencyReason().strip() : null;
        this.status = EXECUTED;
    }

    void applyToCourt(LocalDate appliedOn, LocalDate remedyEndsOn) {
        TABLE.check("applyToCourt", status);
        this.courtAppliedOn = appliedOn;
        this.remedyEndsOn = remedyEndsOn;
        this.status = COURT_APPLIED;
    }

    void close(LocalDate on) {
        TABLE.check("close", status);
        LocalDate last = java.util.stream.Stream.of(measureOn, disposedOn, demandServedOn, executedOn, courtAppliedOn)
                .filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        if (last != null && on.isBefore(last)) {
            throw UserFacingException.badRequest("enforcement.coercion.error.closedOn", last);
        }
        this.closedOn = on;
        this.status = CLOSED;
    }

    void cancel(String why) {
        TABLE.check("cancel", status);
        this.statements = why;
        this.status = CANCELLED;
    }

    private void requirePeriod() {
        if (expiresOn == null) {
            throw UserFacingException.conflict("enforcement.coercion.error.noPeriod");
        }
    }

    /** Whether the step, once the mandatory act happened, needs its audio-video record (118号 三(八)). */
    boolean needsAudioVideoFor(String step) {
        if (!avRequired) {
            return false;
        }
        return kind == CoercionKind.MEASURE ? java.util.Set.of("extend", "exclude", "dispose", "close").contains(step)
                : "close".equals(step);
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public String caseNumber() {
        return caseNumber;
    }

    @Override
    public CoercionStatus status() {
        return status;
    }

    @Override
    public int version() {
        return version;
    }

    public CoercionKind kind() {
        return kind;
    }

    public long unitId() {
        return unitId;
    }

    public String regionCode() {
        return regionCode;
    }

    public String avAct() {
        return avAct;
    }

    public LocalDate measureOn() {
        return measureOn;
    }

    public LocalDate demandServedOn() {
        return demandServedOn;
    }
}
