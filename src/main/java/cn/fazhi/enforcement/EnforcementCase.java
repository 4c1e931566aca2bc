package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

import cn.fazhi.cases.CaseAggregate;
import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.web.UserFacingException;

/**
 * A 行政处罚 case (case type {@code enforcement}) as the kernel steps it, ordinary or on-the-spot procedure. The allowed
 * steps are {@link #TABLE}; each guarded method below checks the table and the rule it carries. Rules that need stored
 * state (certificates, benchmarks, the major catalogue, the reviewer's qualification) are checked by
 * {@link EnforcementCases} before it calls these methods. Fields are package-private: {@link EnforcementCaseRepository}
 * reads and writes them.
 */
public final class EnforcementCase implements CaseAggregate<PenaltyStatus> {

    private static final String HANDLE = EnforcementPermissions.HANDLE;
    private static final String REVIEW = EnforcementPermissions.REVIEW;
    private static final String APPROVE = EnforcementPermissions.APPROVE;
    private static final PenaltyStatus[] BEFORE_DECISION = {PenaltyStatus.NOTIFIED, PenaltyStatus.HEARING,
            PenaltyStatus.HEARD, PenaltyStatus.REVIEWING, PenaltyStatus.REVIEWED, PenaltyStatus.RETURNED};

    /**
     * INVESTIGATING → NOTIFIED (notify) → [HEARING (requestHearing) → HEARD (holdHearing)] → REVIEWING (submitReview) →
     * REVIEWED (passReview) | RETURNED (returnReview, then submitReview again) → DECIDED (decide) → SERVED (serve) →
     * PAID (pay) → CLOSED (close); a decided case may be annulled (annul). Acts, extensions, statements, hearing
     * notices, 集体讨论 and deviation approvals are recorded without moving the case.
     */
    public static final Transitions<PenaltyStatus> TABLE = Transitions.of(PenaltyStatus.class)
            .step("recordAct", "actRecorded", null, HANDLE, PenaltyStatus.INVESTIGATING, PenaltyStatus.NOTIFIED,
                    PenaltyStatus.RETURNED)
            .step("extend", "extended", null, APPROVE, PenaltyStatus.INVESTIGATING, BEFORE_DECISION)
            .todo("notify", "notified", PenaltyStatus.NOTIFIED, HANDLE, PenaltyStatus.INVESTIGATING,
                    PenaltyStatus.RETURNED)
            .step("recordStatement", "statementRecorded", null, HANDLE, PenaltyStatus.NOTIFIED, PenaltyStatus.HEARING)
            .step("requestHearing", "hearingRequested", PenaltyStatus.HEARING, HANDLE, PenaltyStatus.NOTIFIED)
            .step("noticeHearing", "hearingNoticed", null, HANDLE, PenaltyStatus.HEARING)
            .todo("holdHearing", "hearingHeld", PenaltyStatus.HEARD, HANDLE, PenaltyStatus.HEARING)
            .step("submitReview", "reviewSubmitted", PenaltyStatus.REVIEWING, HANDLE, PenaltyStatus.INVESTIGATING,
                    PenaltyStatus.NOTIFIED, PenaltyStatus.HEARD, PenaltyStatus.RETURNED)
            .todo("passReview", "reviewPassed", PenaltyStatus.REVIEWED, REVIEW, PenaltyStatus.REVIEWING)
            .step("returnReview", "reviewReturned", PenaltyStatus.RETURNED, REVIEW, PenaltyStatus.REVIEWING)
            .step("recordDiscussion", "discussionRecorded", null, APPROVE, PenaltyStatus.INVESTIGATING, BEFORE_DECISION)
            .step("approveDeviation", "deviationApproved", null, APPROVE, PenaltyStatus.INVESTIGATING, BEFORE_DECISION)
            .todo("decide", "decided", PenaltyStatus.DECIDED, HANDLE, PenaltyStatus.INVESTIGATING,
                    PenaltyStatus.NOTIFIED, PenaltyStatus.HEARD, PenaltyStatus.REVIEWED)
            .todo("serve", "served", PenaltyStatus.SERVED, HANDLE, PenaltyStatus.DECIDED)
            .step("pay", "paid", PenaltyStatus.PAID, HANDLE, PenaltyStatus.SERVED)
            .todo("close", "closed", PenaltyStatus.CLOSED, HANDLE, PenaltyStatus.SERVED, PenaltyStatus.PAID)
            .step("annul", "annulled", PenaltyStatus.ANNULLED, APPROVE, PenaltyStatus.DECIDED, PenaltyStatus.SERVED,
                    PenaltyStatus.PAID, PenaltyStatus.CLOSED)
            .build();

    /** Days from 立案 to the decision (处罚法 Art. 60: "自行政处罚案件立案之日起九十日内作出行政处罚决定"). */
    public static final int DECISION_DAYS = 90;
    /** Days from service to pay the fine (处罚法 Art. 67(3): "自收到行政处罚决定书之日起十五日内"). */
    public static final int PAYMENT_DAYS = 15;

    long id;
    String caseNumber;
    String procedureKind;
    PenaltyStatus status;
    long unitId;
    String regionCode;
    Long bodyId;
    PenaltyPartyKind partyKind;
    String partyName;
    String partyIdEnc;
    String partyIdIndex;
    String partyIdMasked;
    String partyPhoneEnc;
    String partyPhoneIndex;
    String partyPhoneMasked;
    String violationCode;
    String violationName;
    String summary;
    LocalDate actOn;
    LocalDate actEndedOn;
    LocalDate discoveredOn;
    boolean graveHarm;
    LocalDate limitationEndsOn;
    LocalDate filedOn;
    LocalDate decisionDueOn;
    int extensions;
    boolean markedMajor;
    boolean complexCase;
    LocalDate notifiedOn;
    String intendedKinds;
    BigDecimal intendedFine;
    String noticeFacts;
    String noticeReasons;
    String noticeBasis;
    String noticeRights;
    boolean hearingTriggered;
    LocalDate statementOn;
    String statementText;
    boolean hearingWaived;
    LocalDate hearingRequestedOn;
    LocalDate hearingNoticedOn;
    LocalDate hearingOn;
    Long hearingPresiderId;
    String hearingRecord;
    LocalDate reviewSubmittedOn;
    Long reviewerOfficerId;
    PenaltyReviewOutcome reviewOutcome;
    String reviewOpinion;
    LocalDate reviewPassedOn;
    LocalDate discussionOn;
    String discussionAttendees;
    String discussionConclusion;
    LocalDate deviationApprovedOn;
    String deviationApprovedBy;
    String deviationReason;
    BigDecimal deviationFine;
    String penaltyKinds;
    Long benchmarkId;
    Long benchmarkLevelId;
    BigDecimal fineAmount;
    BigDecimal confiscationAmount;
    String decisionText;
    String decisionNumber;
    LocalDate decidedOn;
    boolean majorRequired;
    boolean outsideRange;
    LocalDate servedOn;
    PenaltyServiceMethod serviceMethod;
    boolean partyAbsent;
    LocalDate paymentDueOn;
    LocalDate paidOn;
    BigDecimal lateFee;
    LocalDate closedOn;
    LocalDate annulledOn;
    PenaltyAnnulGround annulGround;
    String annulReason;
    OffsetDateTime createdAt;
    String createdBy;
    int version;

    EnforcementCase() {}

    /**
     * A case registered (立案) on {@code filedOn}: refused when the act was time-barred when discovered (Art. 36) or the
     * dates are out of order; its decision is due 90 days after filing (Art. 60, natural days).
     */
    static EnforcementCase registered(String caseNumber, long unitId, String regionCode, Long bodyId,
            PenaltyPartyKind partyKind, String partyName, String violationCode, String violationName, String summary,
            LocalDate actOn, LocalDate actEndedOn, LocalDate discoveredOn, boolean graveHarm, LocalDate filedOn,
            boolean markedMajor, boolean complexCase, OffsetDateTime createdAt, String createdBy) {
        if (actEndedOn != null && actEndedOn.isBefore(actOn)) {
            throw UserFacingException.badRequest("enforcement.cases.error.actEndBeforeStart");
        }
        if (discoveredOn.isBefore(actOn)) {
            throw UserFacingException.badRequest("enforcement.cases.error.discoveredBeforeAct");
        }
        if (filedOn.isBefore(discoveredOn)) {
            throw UserFacingException.badRequest("enforcement.cases.error.filedBeforeDiscovered");
        }
        if (Limitation.barred(actOn, actEndedOn, graveHarm, discoveredOn)) {
            throw UserFacingException.badRequest("enforcement.cases.error.timeBarred",
                    Limitation.endsOn(actOn, actEndedOn, graveHarm).toString(), discoveredOn.toString());
        }
        EnforcementCase c = new EnforcementCase();
        c.caseNumber = caseNumber;
        c.procedureKind = "ORDINARY";
        c.status = PenaltyStatus.INVESTIGATING;
        c.unitId = unitId;
        c.regionCode = regionCode;
        c.bodyId = bodyId;
        c.partyKind = partyKind;
        c.partyName = partyName;
        c.violationCode = violationCode;
        c.violationName = violationName;
        c.summary = summary;
        c.actOn = actOn;
        c.actEndedOn = actEndedOn;
        c.discoveredOn = discoveredOn;
        c.graveHarm = graveHarm;
        c.limitationEndsOn = Limitation.endsOn(actOn, actEndedOn, graveHarm);
        c.filedOn = filedOn;
        c.decisionDueOn = filedOn.plusDays(DECISION_DAYS);
        c.markedMajor = markedMajor;
        c.complexCase = complexCase;
        c.createdAt = createdAt;
        c.createdBy = createdBy;
        return c;
    }

    void sealParty(cn.fazhi.cases.CaseParties.Sealed sealed) {
        this.partyIdEnc = sealed.identifierEnc();
        this.partyIdIndex = sealed.identifierIndex();
        this.partyIdMasked = sealed.identifierMasked();
        this.partyPhoneEnc = sealed.phoneEnc();
        this.partyPhoneIndex = sealed.phoneIndex();
        this.partyPhoneMasked = sealed.phoneMasked();
    }

    /** An extension of the decision period approved on {@code on}; the new due date must lie after the current one. */
    LocalDate extend(LocalDate newDue, int maxDays, int maxExtensions) {
        TABLE.check("extend", status);
        if (extensions >= maxExtensions) {
            throw UserFacingException.conflict("enforcement.cases.error.tooManyExtensions", maxExtensions);
        }
        if (newDue == null || !newDue.isAfter(decisionDueOn) || newDue.isAfter(decisionDueOn.plusDays(maxDays))) {
            throw UserFacingException.badRequest("enforcement.cases.error.extensionRange", decisionDueOn.toString(), maxDays);
        }
        LocalDate previous = decisionDueOn;
        decisionDueOn = newDue;
        extensions++;
        return previous;
    }

    /**
     * 告知 (Arts. 44, 45, 62): the intended penalty with its facts, reasons, basis and the party's rights; whether it
     * gives the right to a hearing (Art. 63) is decided by the caller from the settings.
     */
    void notifyParty(LocalDate on, Set<PenaltyKind> kinds, BigDecimal fine, String facts, String reasons, String basis,
            String rights, boolean hearing) {
        TABLE.check("notify", status);
        if (on.isBefore(filedOn)) {
            throw UserFacingException.badRequest("enforcement.cases.error.beforeFiling", filedOn.toString());
        }
        if (kinds.isEmpty() || kinds.contains(PenaltyKind.NOT_PUNISHED)) {
            throw UserFacingException.badRequest("enforcement.cases.error.intendedKinds");
        }
        if (kinds.contains(PenaltyKind.FINE) != (fine != null && fine.signum() > 0)) {
            throw UserFacingException.badRequest("enforcement.cases.error.fineAndKind");
        }
        this.notifiedOn = on;
        this.intendedKinds = PenaltyKind.join(kinds);
        this.intendedFine = fine;
        this.noticeFacts = facts;
        this.noticeReasons = reasons;
        this.noticeBasis = basis;
        this.noticeRights = rights;
        this.hearingTriggered = hearing;
        this.status = PenaltyStatus.NOTIFIED;
    }

    /** 陈述申辩 (Arts. 7, 45): the party's statement as recorded; the agency must hear it. */
    void recordStatement(LocalDate on, String text, boolean waivesHearing) {
        TABLE.check("recordStatement", status);
        if (on.isBefore(notifiedOn)) {
            throw UserFacingException.badRequest("enforcement.cases.error.beforeNotice", notifiedOn.toString());
        }
        this.statementOn = on;
        this.statementText = text;
        this.hearingWaived = hearingWaived || (waivesHearing && status == PenaltyStatus.NOTIFIED);
    }

    /** A hearing request: only when the notice gave the right (Art. 63) and not after {@code lastDay} (Art. 64(一)). */
    void requestHearing(LocalDate on, LocalDate lastDay) {
        TABLE.check("requestHearing", status);
        if (!hearingTriggered) {
            throw UserFacingException.conflict("enforcement.cases.error.hearingNotTriggered");
        }
        if (on.isBefore(notifiedOn)) {
            throw UserFacingException.badRequest("enforcement.cases.error.beforeNotice", notifiedOn.toString());
        }
        if (on.isAfter(lastDay)) {
            throw UserFacingException.conflict("enforcement.cases.error.hearingLate", lastDay.toString());
        }
        this.hearingRequestedOn = on;
        this.status = PenaltyStatus.HEARING;
    }

    /** The hearing notice: the hearing no earlier than {@code earliest} (7 working days, Art. 64(二)). */
    void noticeHearing(LocalDate noticedOn, LocalDate hearingOn, LocalDate earliest, long presiderId,
            Set<Long> investigators) {
        TABLE.check("noticeHearing", status);
        if (noticedOn.isBefore(hearingRequestedOn)) {
            throw UserFacingException.badRequest("enforcement.cases.error.beforeRequest", hearingRequestedOn.toString());
        }
        if (hearingOn.isBefore(earliest)) {
            throw UserFacingException.badRequest("enforcement.cases.error.hearingTooSoon", earliest.toString());
        }
        if (investigators.contains(presiderId)) {
            throw UserFacingException.badRequest("enforcement.cases.error.presiderInvestigated");
        }
        this.hearingNoticedOn = noticedOn;
        this.hearingOn = hearingOn;
        this.hearingPresiderId = presiderId;
    }

    /** The hearing held on the noticed day, with its 笔录 (Art. 64(八)). */
    void holdHearing(LocalDate today, String record) {
        TABLE.check("holdHearing", status);
        if (hearingOn == null) {
            throw UserFacingException.conflict("enforcement.cases.error.hearingNotNoticed");
        }
        if (hearingOn.isAfter(today)) {
            throw UserFacingException.conflict("enforcement.cases.error.hearingFuture", hearingOn.toString());
        }
        this.hearingRecord = record;
        this.status = PenaltyStatus.HEARD;
    }

    void submitReview(LocalDate on) {
        TABLE.check("submitReview", status);
        this.reviewSubmittedOn = on;
        this.reviewOutcome = null;
        this.reviewOpinion = null;
        this.status = PenaltyStatus.REVIEWING;
    }

    /** The reviewer's opinion: 同意 passes, 存在问题 returns the case to the handler (118号 四(十三)). */
    void review(long reviewerOfficerId, PenaltyReviewOutcome outcome, String opinion, LocalDate on) {
        TABLE.check(outcome == PenaltyReviewOutcome.PASSED ? "passReview" : "returnReview", status);
        this.reviewerOfficerId = reviewerOfficerId;
        this.reviewOutcome = outcome;
        this.reviewOpinion = opinion;
        if (outcome == PenaltyReviewOutcome.PASSED) {
            this.reviewPassedOn = on;
            this.status = PenaltyStatus.REVIEWED;
        } else {
            this.reviewPassedOn = null;
            this.status = PenaltyStatus.RETURNED;
        }
    }

    /** 集体讨论 (Art. 57(2)): the day, who attended and the conclusion, recorded by the unit head. */
    void recordDiscussion(LocalDate on, String attendees, String conclusion) {
        TABLE.check("recordDiscussion", status);
        if (on.isBefore(filedOn)) {
            throw UserFacingException.badRequest("enforcement.cases.error.beforeFiling", filedOn.toString());
        }
        this.discussionOn = on;
        this.discussionAttendees = attendees;
        this.discussionConclusion = conclusion;
    }

    /** The unit head approves a fine outside the benchmark level's range (国办发〔2022〕27号 五(十二)). */
    void approveDeviation(LocalDate on, String by, BigDecimal fine, String reason) {
        TABLE.check("approveDeviation", status);
        this.deviationApprovedOn = on;
        this.deviationApprovedBy = by;
        this.deviationFine = fine;
        this.deviationReason = reason;
    }

    /** Whether a deviation to exactly {@code fine} was approved or a 集体讨论 was recorded before deciding. */
    boolean deviationCovered(BigDecimal fine) {
        boolean approved = deviationApprovedOn != null && deviationFine != null && fine != null
                && deviationFine.compareTo(fine) == 0;
        return approved || discussionOn != null;
    }

    /**
     * The decision. Refused without a 告知 unless it is a 不予处罚 decision (Arts. 44, 62); while a requested hearing is
     * pending (status); when the case is 重大 ({@code major}) without a passed review (Art. 58; 118号 四); when the case is
     * complex without a 集体讨论 (Art. 57(2)); when the fine lies outside the stated level without an approval or
     * discussion ({@code withinRange} false, 27号 五(十二)).
     */
    void decide(Set<PenaltyKind> kinds, BigDecimal fine, BigDecimal confiscation, String text, Long benchmarkId,
            Long levelId, boolean withinRange, boolean major, String number, LocalDate on, LocalDate hearingRequestEnds) {
        TABLE.check("decide", status);
        boolean notPunished = kinds.contains(PenaltyKind.NOT_PUNISHED);
        if (kinds.isEmpty() || (notPunished && kinds.size() > 1)) {
            throw UserFacingException.badRequest("enforcement.cases.error.decisionKinds");
        }
        if (kinds.contains(PenaltyKind.FINE) != (fine != null && fine.signum() > 0)) {
            throw UserFacingException.badRequest("enforcement.cases.error.fineAndKind");
        }
        if (on.isBefore(filedOn)) {
            throw UserFacingException.badRequest("enforcement.cases.error.beforeFiling", filedOn.toString());
        }
        if (!notPunished && notifiedOn == null) {
            throw UserFacingException.conflict("enforcement.cases.error.noticeRequired");
        }
        if (notifiedOn != null && on.isBefore(notifiedOn)) {
            throw UserFacingException.badRequest("enforcement.cases.error.beforeNotice", notifiedOn.toString());
        }
        // Art. 64(一): while the party may still ask for a hearing (and has not waived it), no decision
        if (hearingTriggered && hearingRequestedOn == null && !hearingWaived && hearingRequestEnds != null
                && !on.isAfter(hearingRequestEnds)) {
            throw UserFacingException.conflict("enforcement.cases.error.hearingPeriodOpen", hearingRequestEnds.toString());
        }
        if (major && (status != PenaltyStatus.REVIEWED || reviewPassedOn == null)) {
            throw UserFacingException.conflict("enforcement.cases.error.reviewRequired");
        }
        if (complexCase && discussionOn == null) {
            throw UserFacingException.conflict("enforcement.cases.error.discussionRequired");
        }
        if (!withinRange && !deviationCovered(fine)) {
            throw UserFacingException.conflict("enforcement.cases.error.outsideRange");
        }
        this.penaltyKinds = PenaltyKind.join(kinds);
        this.fineAmount = fine;
        this.confiscationAmount = confiscation;
        this.decisionText = text;
        this.benchmarkId = benchmarkId;
        this.benchmarkLevelId = levelId;
        this.outsideRange = !withinRange;
        this.majorRequired = major;
        this.decisionNumber = number;
        this.decidedOn = on;
        this.status = PenaltyStatus.DECIDED;
    }

    /** 送达 (Art. 61); payment is due 15 days after service (Art. 67, natural days: {@code paymentDue}). */
    void serve(LocalDate on, PenaltyServiceMethod method, boolean absent, LocalDate paymentDue) {
        TABLE.check("serve", status);
        if (on.isBefore(decidedOn)) {
            throw UserFacingException.badRequest("enforcement.cases.error.servedBeforeDecision", decidedOn.toString());
        }
        this.servedOn = on;
        this.serviceMethod = method;
        this.partyAbsent = absent;
        this.paymentDueOn = hasFine() ? paymentDue : null;
        this.status = PenaltyStatus.SERVED;
    }

    /** The fine paid on {@code on}; the late fee (Art. 72) is computed by {@link LateFee}. */
    void pay(LocalDate on) {
        TABLE.check("pay", status);
        if (!hasFine()) {
            throw UserFacingException.conflict("enforcement.cases.error.noFine");
        }
        if (on.isBefore(servedOn)) {
            throw UserFacingException.badRequest("enforcement.cases.error.paidBeforeService", servedOn.toString());
        }
        this.paidOn = on;
        this.lateFee = LateFee.of(fineAmount, paymentDueOn, on);
        this.status = PenaltyStatus.PAID;
    }

    /** 结案: a fine must be paid first (or the case goes to enforcement, which is part C's). */
    void close(LocalDate on) {
        TABLE.check("close", status);
        if (hasFine() && paidOn == null) {
            throw UserFacingException.conflict("enforcement.cases.error.unpaid");
        }
        this.closedOn = on;
        this.status = PenaltyStatus.CLOSED;
    }

    void annul(PenaltyAnnulGround ground, String reason, LocalDate on) {
        TABLE.check("annul", status);
        this.annulGround = ground;
        this.annulReason = reason;
        this.annulledOn = on;
        this.status = PenaltyStatus.ANNULLED;
    }

    boolean hasFine() {
        return fineAmount != null && fineAmount.signum() > 0;
    }

    Set<PenaltyKind> intendedKindSet() {
        return PenaltyKind.parse(intendedKinds);
    }

    Set<PenaltyKind> penaltyKindSet() {
        return penaltyKinds == null ? EnumSet.noneOf(PenaltyKind.class) : PenaltyKind.parse(penaltyKinds);
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
    public PenaltyStatus status() {
        return status;
    }

    @Override
    public int version() {
        return version;
    }

    public long unitId() {
        return unitId;
    }

    public String regionCode() {
        return regionCode;
    }
}
