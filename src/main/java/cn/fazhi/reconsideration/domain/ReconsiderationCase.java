package cn.fazhi.reconsideration.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.fazhi.cases.CaseAggregate;
import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.reconsideration.events.AnswerReceived;
import cn.fazhi.reconsideration.events.ApplicationAbandoned;
import cn.fazhi.reconsideration.events.ApplicationAccepted;
import cn.fazhi.reconsideration.events.ApplicationDismissed;
import cn.fazhi.reconsideration.events.ApplicationNotAccepted;
import cn.fazhi.reconsideration.events.CaseResumed;
import cn.fazhi.reconsideration.events.CaseSuspended;
import cn.fazhi.reconsideration.events.CaseTerminated;
import cn.fazhi.reconsideration.events.CopyServed;
import cn.fazhi.reconsideration.events.CorrectionReceived;
import cn.fazhi.reconsideration.events.CorrectionRequested;
import cn.fazhi.reconsideration.events.DecisionIssued;
import cn.fazhi.reconsideration.events.DecisionPeriodExtended;
import cn.fazhi.reconsideration.events.HearingHeld;
import cn.fazhi.reconsideration.events.HearingScheduled;
import cn.fazhi.reconsideration.events.OpinionLetterIssued;
import cn.fazhi.reconsideration.events.ProcedureSwitched;

/**
 * A reconsideration application and its handling. Each step is a guarded, intention-named method: {@link #TABLE} says
 * from which states it may be taken (409 {@code cases.step.notNow} otherwise) and where it leads; the method checks
 * what the table cannot (dates, procedure, what happened before) and returns the past-tense event to publish.
 * Deadlines are not computed here: the facade keeps them as legal clocks.
 */
public class ReconsiderationCase implements CaseAggregate<Status> {

    public static final String VIEW = "reconsideration:view";
    public static final String REGISTER = "reconsideration:register";
    public static final String REVIEW = "reconsideration:review";
    public static final String HANDLE = "reconsideration:handle";

    /**
     * Every step of a reconsideration case: its name (URLs, API, {@code reconsideration.action.<name>}), what the
     * timeline and audit record, where it leads (null: the status stays), who may take it, and from which states. The
     * to-do steps are those a case waits on staff for: the acceptance review, and handling until a decision.
     */
    public static final Transitions<Status> TABLE = Transitions.of(Status.class)
            .todo("accept", "accepted", Status.ACCEPTED, REVIEW, Status.RECEIVED)
            .todo("decline", "notAccepted", Status.NOT_ACCEPTED, REVIEW, Status.RECEIVED)
            .todo("correction", "correctionRequested", Status.CORRECTION_REQUESTED, REVIEW, Status.RECEIVED)
            .todo("deemAccept", "deemedAccepted", Status.ACCEPTED, REVIEW, Status.RECEIVED)
            .step("correctionReply", "correctionReceived", Status.RECEIVED, REVIEW, Status.CORRECTION_REQUESTED)
            .step("abandon", "abandoned", Status.DEEMED_ABANDONED, REVIEW, Status.CORRECTION_REQUESTED)
            .step("serve", "copyServed", null, HANDLE, Status.ACCEPTED, Status.SUSPENDED)
            .step("answer", "answerReceived", null, HANDLE, Status.ACCEPTED, Status.SUSPENDED)
            .step("hearing", "hearingScheduled", null, HANDLE, Status.ACCEPTED)
            .step("hearingRecord", "hearingHeld", null, HANDLE, Status.ACCEPTED)
            .step("switch", "procedureSwitched", null, HANDLE, Status.ACCEPTED, Status.SUSPENDED)
            .step("extend", "decisionPeriodExtended", null, HANDLE, Status.ACCEPTED)
            .step("suspend", "suspended", Status.SUSPENDED, HANDLE, Status.ACCEPTED)
            .todo("resume", "resumed", Status.ACCEPTED, HANDLE, Status.SUSPENDED)
            .todo("decide", "decided", Status.DECIDED, HANDLE, Status.ACCEPTED)
            .todo("terminate", "terminated", Status.TERMINATED, HANDLE, Status.ACCEPTED, Status.SUSPENDED)
            .todo("dismiss", "dismissed", Status.DISMISSED, HANDLE, Status.ACCEPTED)
            .step("opinion", "opinionIssued", null, HANDLE, Status.ACCEPTED, Status.SUSPENDED, Status.DECIDED)
            .step("opinionReply", "opinionReplied", null, HANDLE, Status.ACCEPTED, Status.SUSPENDED, Status.DECIDED,
                    Status.TERMINATED, Status.DISMISSED)
            .step("serveDecision", "decisionServed", null, HANDLE, Status.NOT_ACCEPTED, Status.DISMISSED,
                    Status.DECIDED, Status.TERMINATED)
            .step("thirdParty", "thirdPartyAdded", null, HANDLE, Status.RECEIVED, Status.CORRECTION_REQUESTED,
                    Status.ACCEPTED, Status.SUSPENDED)
            .step("assign", "assigned", null, REVIEW, Status.RECEIVED, Status.CORRECTION_REQUESTED,
                    Status.NOT_ACCEPTED, Status.DEEMED_ABANDONED, Status.ACCEPTED, Status.SUSPENDED, Status.DECIDED,
                    Status.TERMINATED, Status.DISMISSED)
            .build();

    long id;
    String caseNumber;
    Status status;
    Channel channel;
    LocalDate receivedOn;
    LocalDate learnedOn;
    LocalDate windowEndsOn;
    boolean late;
    String actDescription;
    LocalDate actDate;
    String actDocumentNo;
    ActCategory actCategory;
    ActKind actKind;
    BigDecimal actAmount;
    String requests;
    long unitId;
    String regionCode;
    String applicantName;
    Procedure procedure;
    LocalDate acceptedOn;
    boolean deemedAccepted;
    String notAcceptedReasons;
    String competentOrgan;
    String correctionItems;
    LocalDate correctionNoticeOn;
    LocalDate correctionReplyOn;
    LocalDate copyServedOn;
    LocalDate answerReceivedOn;
    LocalDate hearingOn;
    LocalDate hearingNoticeOn;
    boolean hearingHeld;
    Boolean hearingHeadAttended;
    String hearingHeadName;
    DecisionType decisionType;
    LocalDate decidedOn;
    String decisionSummary;
    TerminationGround terminationGround;
    String suspensionReason;
    boolean decisionExtended;
    LocalDate opinionIssuedOn;
    String opinionContent;
    LocalDate opinionRepliedOn;
    Long acceptanceClockId;
    Long correctionClockId;
    Long decisionClockId;
    Long serviceClockId;
    Long answerClockId;
    Long opinionClockId;
    boolean rightsNotified = true;
    LocalDate rightsLearnedOn;
    boolean immovableProperty;
    LocalDate decisionServedOn;
    Long handlerId;
    int version;

    ReconsiderationCase() {}

    /** A new application as registered; its number and clocks are set by the facade in the same transaction. */
    public static ReconsiderationCase received(Channel channel, LocalDate receivedOn, LocalDate learnedOn,
            LocalDate windowEndsOn, String actDescription, LocalDate actDate, String actDocumentNo,
            ActCategory actCategory, BigDecimal actAmount, String requests, long respondentUnitId, String regionCode,
            String applicantName) {
        ReconsiderationCase c = new ReconsiderationCase();
        c.status = Status.RECEIVED;
        c.channel = channel;
        c.receivedOn = receivedOn;
        c.learnedOn = learnedOn;
        c.windowEndsOn = windowEndsOn;
        c.late = ReconsiderationPeriods.appearsLate(receivedOn, windowEndsOn);
        c.actDescription = actDescription;
        c.actDate = actDate;
        c.actDocumentNo = actDocumentNo;
        c.actCategory = actCategory;
        c.actAmount = actAmount;
        c.requests = requests;
        c.unitId = respondentUnitId;
        c.regionCode = regionCode;
        c.applicantName = applicantName;
        return c;
    }

    /**
     * The inputs of the application time limits: whether the agency told the applicant of the right to apply, the
     * organ and the period, and if not when the applicant learned of them (Art. 20(3)); whether the act concerns
     * immovable property (Art. 21). Set at registration, before the window is computed.
     */
    public void timeLimits(boolean rightsNotified, LocalDate rightsLearnedOn, boolean immovableProperty, LocalDate windowEndsOn) {
        this.rightsNotified = rightsNotified;
        this.rightsLearnedOn = rightsNotified ? null : rightsLearnedOn;
        this.immovableProperty = immovableProperty;
        this.windowEndsOn = windowEndsOn;
        this.late = ReconsiderationPeriods.appearsLate(receivedOn, windowEndsOn);
    }

    /**
     * The day the applicant received the 不予受理, 驳回申请 or merits decision (送达, Art. 75); the suit periods of
     * Art. 34 and 行政诉讼法 Art. 45 run from it.
     */
    public void decisionServed(LocalDate on) {
        take("serveDecision");
        if (decisionServedOn != null) {
            throw UserFacingException.conflict("reconsideration.error.decisionAlreadyServed", decisionServedOn);
        }
        notBefore(on, decidedOn);
        decisionServedOn = on;
    }

    /** The table's guard for {@code step} (409 when the status does not allow it now), then its move, if any. */
    private void take(String step) {
        Transitions.Step<Status> allowed = TABLE.check(step, status);
        if (allowed.to() != null) {
            status = allowed.to();
        }
    }

    private void notBefore(LocalDate date, LocalDate earliest) {
        if (earliest != null && date.isBefore(earliest)) {
            throw UserFacingException.badRequest("reconsideration.error.dateBefore", date, earliest);
        }
    }

    /**
     * 受理 decided on {@code on} (Art. 30), choosing the procedure; the simplified one only within Art. 53. Decided
     * after the review period ended ({@code reviewDeadline}), the application had already become 视为受理 on that
     * period's last day (Art. 30(2)): it counts as accepted from then, so the decision period runs from then
     * ({@link ReconsiderationPeriods#acceptanceCountsFrom}).
     */
    public ApplicationAccepted accept(LocalDate on, Procedure chosen, boolean allPartiesConsent, LocalDate reviewDeadline) {
        TABLE.check("accept", status);
        notBefore(on, receivedOn);
        if (chosen == Procedure.SIMPLIFIED
                && !SimplifiedProcedureScope.applies(actCategory, actAmount, allPartiesConsent)) {
            throw UserFacingException.badRequest("reconsideration.error.simplifiedScope");
        }
        take("accept");
        acceptedOn = ReconsiderationPeriods.acceptanceCountsFrom(on, reviewDeadline);
        deemedAccepted = !acceptedOn.equals(on);
        procedure = chosen;
        return new ApplicationAccepted(id, acceptedOn, chosen.name(), deemedAccepted);
    }

    /**
     * 视为受理 (Art. 30(2)): the review period ended with no 不予受理 decision; the application counts as accepted from
     * the period's last day (自期限届满之日起视为受理), under the ordinary procedure; only once that day has passed.
     */
    public ApplicationAccepted deemAccepted(LocalDate reviewDeadline, LocalDate today) {
        TABLE.check("deemAccept", status);
        if (reviewDeadline == null || !today.isAfter(reviewDeadline)) {
            throw UserFacingException.conflict("reconsideration.error.reviewPeriodRunning", reviewDeadline);
        }
        take("deemAccept");
        acceptedOn = reviewDeadline;
        procedure = Procedure.ORDINARY;
        deemedAccepted = true;
        return new ApplicationAccepted(id, acceptedOn, procedure.name(), true);
    }

    /**
     * 不予受理 with reasons, naming the competent organ when the application belongs elsewhere (Art. 30(1)); only within
     * the review period, since once it has run out the application is 视为受理 (Art. 30(2)).
     */
    public ApplicationNotAccepted decline(String reasons, String competentOrgan, LocalDate on, LocalDate reviewDeadline) {
        TABLE.check("decline", status);
        notBefore(on, receivedOn);
        if (reviewDeadline != null && on.isAfter(reviewDeadline)) {
            throw UserFacingException.conflict("reconsideration.error.reviewPeriodOver", reviewDeadline);
        }
        take("decline");
        decidedOn = on;
        notAcceptedReasons = reasons;
        this.competentOrgan = competentOrgan;
        decisionType = DecisionType.NOT_ACCEPTED;
        return new ApplicationNotAccepted(id, reasons, competentOrgan);
    }

    /** 补正通知 listing all missing items at once, within the five-day review period (Art. 31(1)). */
    public CorrectionRequested requestCorrection(String items, LocalDate noticeOn, LocalDate reviewDeadline) {
        TABLE.check("correction", status);
        notBefore(noticeOn, receivedOn);
        if (reviewDeadline != null && noticeOn.isAfter(reviewDeadline)) {
            throw UserFacingException.conflict("reconsideration.error.reviewPeriodOver", reviewDeadline);
        }
        take("correction");
        correctionItems = items;
        correctionNoticeOn = noticeOn;
        correctionReplyOn = null;
        return new CorrectionRequested(id, noticeOn, items);
    }

    /** The 补正 arrived: the application is reviewed again under Art. 30, from the day of the reply (Art. 31(2)). */
    public CorrectionReceived correctionReceived(LocalDate on) {
        TABLE.check("correctionReply", status);
        notBefore(on, correctionNoticeOn);
        take("correctionReply");
        correctionReplyOn = on;
        return new CorrectionReceived(id, on);
    }

    /** 视为放弃 (Art. 31(1)): only once the reply period has run out. */
    public ApplicationAbandoned abandon(LocalDate replyDeadline, LocalDate today) {
        TABLE.check("abandon", status);
        if (replyDeadline == null || !today.isAfter(replyDeadline)) {
            throw UserFacingException.conflict("reconsideration.error.correctionPeriodRunning", replyDeadline);
        }
        take("abandon");
        return new ApplicationAbandoned(id, today);
    }

    /** The application copy went to the respondent (Arts. 48, 54). */
    public CopyServed serveCopy(LocalDate on) {
        take("serve");
        notBefore(on, acceptedOn);
        if (copyServedOn != null) {
            throw UserFacingException.conflict("reconsideration.error.alreadyServed");
        }
        copyServedOn = on;
        return new CopyServed(id, on);
    }

    /** The respondent's 答复 arrived (Arts. 48, 54). */
    public AnswerReceived answerReceived(LocalDate on) {
        take("answer");
        if (copyServedOn == null) {
            throw UserFacingException.conflict("reconsideration.error.notServed");
        }
        notBefore(on, copyServedOn);
        answerReceivedOn = on;
        return new AnswerReceived(id, on);
    }

    /** A hearing (Art. 50); the parties must be notified at least five working days before (Art. 51(1)). */
    public HearingScheduled scheduleHearing(LocalDate on, LocalDate noticeOn, LocalDate earliestHearingDay) {
        take("hearing");
        if (on.isBefore(earliestHearingDay)) {
            throw UserFacingException.badRequest("reconsideration.error.hearingNotice", earliestHearingDay);
        }
        hearingOn = on;
        hearingNoticeOn = noticeOn;
        hearingHeld = false;
        return new HearingScheduled(id, on, noticeOn);
    }

    /** The hearing took place; the respondent's 负责人 should attend (Art. 51(3)). */
    public HearingHeld hearingHeld(boolean headAttended, String headName) {
        take("hearingRecord");
        if (hearingOn == null) {
            throw UserFacingException.conflict("reconsideration.error.noHearing");
        }
        hearingHeld = true;
        hearingHeadAttended = headAttended;
        hearingHeadName = headAttended ? headName : null;
        return new HearingHeld(id, headAttended);
    }

    /** 简易程序 → 普通程序 with the approval of the organ's head (Art. 55). */
    public ProcedureSwitched switchToOrdinary(String approvedBy) {
        take("switch");
        if (procedure != Procedure.SIMPLIFIED) {
            throw UserFacingException.conflict("reconsideration.error.notSimplified");
        }
        procedure = Procedure.ORDINARY;
        return new ProcedureSwitched(id, approvedBy);
    }

    /**
     * One extension of at most 30 days, ordinary procedure only, approved by the organ's head on {@code approvedOn}
     * within the decision period ending {@code deadline} (Art. 62(1)); an approval given in time may be recorded later.
     */
    public DecisionPeriodExtended extendDecisionPeriod(int days, String approvedBy, LocalDate approvedOn,
            LocalDate deadline) {
        take("extend");
        notBefore(approvedOn, acceptedOn);
        if (procedure != Procedure.ORDINARY) {
            throw UserFacingException.conflict("reconsideration.error.extendOrdinaryOnly");
        }
        if (decisionExtended) {
            throw UserFacingException.conflict("reconsideration.error.alreadyExtended");
        }
        if (days < 1 || days > ReconsiderationPeriods.MAX_EXTENSION_DAYS) {
            throw UserFacingException.badRequest("reconsideration.error.extensionDays",
                    ReconsiderationPeriods.MAX_EXTENSION_DAYS);
        }
        if (!ReconsiderationPeriods.extensionInTime(approvedOn, deadline)) {
            throw UserFacingException.conflict("reconsideration.error.extensionLate", approvedOn, deadline);
        }
        decisionExtended = true;
        return new DecisionPeriodExtended(id, days, approvedBy);
    }

    /** 中止 (Art. 39). */
    public CaseSuspended suspend(LocalDate on, String reason) {
        take("suspend");
        suspensionReason = reason;
        return new CaseSuspended(id, on, reason);
    }

    /** 恢复审理 once the ground for 中止 is gone (Art. 39(2)). */
    public CaseResumed resume(LocalDate on) {
        take("resume");
        suspensionReason = null;
        return new CaseResumed(id, on);
    }

    /** A merits decision or a 调解书 (Arts. 63–69, 73); procedural outcomes have their own steps. */
    public DecisionIssued decide(DecisionType type, LocalDate on, String summary) {
        TABLE.check("decide", status);
        if (type.procedural()) {
            throw UserFacingException.badRequest("reconsideration.error.proceduralType");
        }
        notBefore(on, acceptedOn);
        take("decide");
        decisionType = type;
        decidedOn = on;
        decisionSummary = summary;
        return new DecisionIssued(id, type.name(), on);
    }

    /** 终止 (Arts. 41, 74). */
    public CaseTerminated terminate(TerminationGround ground, LocalDate on, String summary) {
        take("terminate");
        terminationGround = ground;
        decisionType = DecisionType.TERMINATION;
        decidedOn = on;
        decisionSummary = summary;
        return new CaseTerminated(id, ground.name(), on);
    }

    /** 驳回申请 (Art. 33): after acceptance the Art. 30(1) conditions turn out not to be met. */
    public ApplicationDismissed dismiss(LocalDate on, String reasons) {
        TABLE.check("dismiss", status);
        notBefore(on, acceptedOn);
        take("dismiss");
        decisionType = DecisionType.DISMISSED;
        decidedOn = on;
        decisionSummary = reasons;
        return new ApplicationDismissed(id, on);
    }

    /** A third party joins (Art. 16) while the case is open: the party row is the facade's; this is the guard. */
    public void thirdPartyJoins() {
        take("thirdParty");
    }

    /** The case is assigned to a handler (a user id the facade checked holds {@link #HANDLE} over the case). */
    public void assign(long handler) {
        take("assign");
        handlerId = handler;
    }

    /** 行政复议意见书 (Art. 76), during or after handling; one per case here. */
    public OpinionLetterIssued issueOpinionLetter(LocalDate on, String content) {
        take("opinion");
        if (opinionIssuedOn != null) {
            throw UserFacingException.conflict("reconsideration.error.opinionExists");
        }
        opinionIssuedOn = on;
        opinionContent = content;
        return new OpinionLetterIssued(id, on);
    }

    /** The respondent reported its correction (Art. 76). */
    public void opinionReplied(LocalDate on) {
        take("opinionReply");
        if (opinionIssuedOn == null || opinionRepliedOn != null) {
            throw UserFacingException.conflict("reconsideration.error.noOpenOpinion");
        }
        notBefore(on, opinionIssuedOn);
        opinionRepliedOn = on;
    }

    @Override
    public long id() { return id; }
    @Override
    public String caseNumber() { return caseNumber; }
    @Override
    public Status status() { return status; }
    public Channel channel() { return channel; }
    public LocalDate receivedOn() { return receivedOn; }
    public LocalDate learnedOn() { return learnedOn; }
    public LocalDate windowEndsOn() { return windowEndsOn; }
    public boolean rightsNotified() { return rightsNotified; }
    public LocalDate rightsLearnedOn() { return rightsLearnedOn; }
    public boolean immovableProperty() { return immovableProperty; }
    public LocalDate decisionServedOn() { return decisionServedOn; }
    /** The assigned handler (a user id), or null; changed only through the facade's assignment. */
    public Long handlerId() { return handlerId; }
    public boolean late() { return late; }
    public String actDescription() { return actDescription; }
    public LocalDate actDate() { return actDate; }
    public String actDocumentNo() { return actDocumentNo; }
    public ActCategory actCategory() { return actCategory; }
    /** The kind of the contested act, null when not recorded. */
    public ActKind actKind() { return actKind; }
    /** Records the kind of the contested act (optional, at registration). */
    public void actKind(ActKind kind) { this.actKind = kind; }
    public BigDecimal actAmount() { return actAmount; }
    public String requests() { return requests; }
    public long unitId() { return unitId; }
    public String regionCode() { return regionCode; }
    public String applicantName() { return applicantName; }
    public Procedure procedure() { return procedure; }
    public LocalDate acceptedOn() { return acceptedOn; }
    public boolean deemedAccepted() { return deemedAccepted; }
    public String notAcceptedReasons() { return notAcceptedReasons; }
    public String competentOrgan() { return competentOrgan; }
    public String correctionItems() { return correctionItems; }
    public LocalDate correctionNoticeOn() { return correctionNoticeOn; }
    public LocalDate correctionReplyOn() { return correctionReplyOn; }
    public LocalDate copyServedOn() { return copyServedOn; }
    public LocalDate answerReceivedOn() { return answerReceivedOn; }
    public LocalDate hearingOn() { return hearingOn; }
    public LocalDate hearingNoticeOn() { return hearingNoticeOn; }
    public boolean hearingHeld() { return hearingHeld; }
    public Boolean hearingHeadAttended() { return hearingHeadAttended; }
    public String hearingHeadName() { return hearingHeadName; }
    public DecisionType decisionType() { return decisionType; }
    public LocalDate decidedOn() { return decidedOn; }
    public String decisionSummary() { return decisionSummary; }
    public TerminationGround terminationGround() { return terminationGround; }
    public String suspensionReason() { return suspensionReason; }
    public boolean decisionExtended() { return decisionExtended; }
    public LocalDate opinionIssuedOn() { return opinionIssuedOn; }
    public String opinionContent() { return opinionContent; }
    public LocalDate opinionRepliedOn() { return opinionRepliedOn; }
    public Long acceptanceClockId() { return acceptanceClockId; }
    public Long correctionClockId() { return correctionClockId; }
    public Long decisionClockId() { return decisionClockId; }
    public Long serviceClockId() { return serviceClockId; }
    public Long answerClockId() { return answerClockId; }
    public Long opinionClockId() { return opinionClockId; }
    @Override
    public int version() { return version; }

    public void numbered(long newId, String number) { this.id = newId; this.caseNumber = number; }
    public void acceptanceClock(Long clockId) { this.acceptanceClockId = clockId; }
    public void correctionClock(Long clockId) { this.correctionClockId = clockId; }
    public void decisionClock(Long clockId) { this.decisionClockId = clockId; }
    public void serviceClock(Long clockId) { this.serviceClockId = clockId; }
    public void answerClock(Long clockId) { this.answerClockId = clockId; }
    public void opinionClock(Long clockId) { this.opinionClockId = clockId; }
}
