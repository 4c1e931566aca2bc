package cn.fazhi.reconsideration.domain;

import java.time.LocalDate;

import cn.fazhi.cases.CaseAggregate;
import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.reconsideration.events.JudgmentPerformed;
import cn.fazhi.reconsideration.events.JudgmentRecorded;

/**
 * A suit against a district agency (行政应诉), from registration to the performance of an effective judgment. The steps
 * and the states they may be taken from are {@link #TABLE}; each method guards with it.
 */
public class LitigationCase implements CaseAggregate<LitigationStatus> {

    public static final String VIEW = "litigation:view";
    public static final String EDIT = "litigation:edit";

    /** Every step of a suit; an open suit waits on whoever edits suits until it is closed. */
    public static final Transitions<LitigationStatus> TABLE = Transitions.of(LitigationStatus.class)
            .todo("hearing", "hearingRecorded", null, EDIT, LitigationStatus.OPEN)
            .todo("outcome", "judged", LitigationStatus.JUDGED, EDIT, LitigationStatus.OPEN)
            .todo("performance", "performanceRequired", LitigationStatus.PERFORMING, EDIT, LitigationStatus.JUDGED)
            .todo("close", "closed", LitigationStatus.CLOSED, EDIT, LitigationStatus.JUDGED)
            .todo("performed", "performed", LitigationStatus.CLOSED, EDIT, LitigationStatus.PERFORMING)
            .step("assign", "assigned", null, EDIT, LitigationStatus.OPEN, LitigationStatus.JUDGED,
                    LitigationStatus.PERFORMING, LitigationStatus.CLOSED)
            .build();

    long id;
    String internalNumber;
    LitigationStatus status;
    String court;
    Instance instance;
    String courtCaseNumber;
    String plaintiffName;
    String plaintiffIdEnc;
    String plaintiffIdIndex;
    String plaintiffIdMasked;
    long unitId;
    String regionCode;
    String subject;
    LocalDate filedOn;
    LitigationOutcome outcome;
    LocalDate outcomeOn;
    String outcomeSummary;
    LocalDate performanceFrom;
    Long performanceClockId;
    LocalDate performanceCompletedOn;
    Long handlerId;
    int version;

    LitigationCase() {}

    public static LitigationCase open(String court, Instance instance, String courtCaseNumber, String plaintiffName,
            String plaintiffIdEnc, String plaintiffIdIndex, String plaintiffIdMasked, long unitId, String regionCode,
            String subject, LocalDate filedOn) {
        LitigationCase c = new LitigationCase();
        c.filedOn = filedOn;
        c.status = LitigationStatus.OPEN;
        c.court = court;
        c.instance = instance;
        c.courtCaseNumber = courtCaseNumber;
        c.plaintiffName = plaintiffName;
        c.plaintiffIdEnc = plaintiffIdEnc;
        c.plaintiffIdIndex = plaintiffIdIndex;
        c.plaintiffIdMasked = plaintiffIdMasked;
        c.unitId = unitId;
        c.regionCode = regionCode;
        c.subject = subject;
        return c;
    }

    /** The table's guard for {@code step} (409 when the status does not allow it now), then its move, if any. */
    private void take(String step) {
        Transitions.Step<LitigationStatus> allowed = TABLE.check(step, status);
        if (allowed.to() != null) {
            status = allowed.to();
        }
    }

    /** Hearings are recorded while the case is open, not before the suit was filed. */
    public void hearingRecorded(LocalDate hearingOn) {
        take("hearing");
        notBeforeFiling(hearingOn);
    }

    private void notBeforeFiling(LocalDate on) {
        if (filedOn != null && on.isBefore(filedOn)) {
            throw UserFacingException.badRequest("litigation.error.dateBefore", on, filedOn);
        }
    }

    public JudgmentRecorded recordOutcome(LitigationOutcome result, LocalDate on, String summary) {
        TABLE.check("outcome", status);
        notBeforeFiling(on);
        take("outcome");
        outcome = result;
        outcomeOn = on;
        outcomeSummary = summary;
        return new JudgmentRecorded(id, result.name());
    }

    /** The judgment is effective and must be performed; only when the agency lost in whole or part. */
    public void performanceRequired(LocalDate effectiveOn) {
        TABLE.check("performance", status);
        if (outcome == null || !outcome.requiresPerformance()) {
            throw UserFacingException.conflict("litigation.error.nothingToPerform");
        }
        if (effectiveOn.isBefore(outcomeOn)) {
            throw UserFacingException.badRequest("litigation.error.dateBefore", effectiveOn, outcomeOn);
        }
        take("performance");
        performanceFrom = effectiveOn;
    }

    public JudgmentPerformed performed(LocalDate on) {
        TABLE.check("performed", status);
        if (on.isBefore(performanceFrom == null ? on : performanceFrom)) {
            throw UserFacingException.badRequest("litigation.error.dateBefore", on, performanceFrom);
        }
        take("performed");
        performanceCompletedOn = on;
        return new JudgmentPerformed(id, on);
    }

    public void close() {
        TABLE.check("close", status);
        if (status == LitigationStatus.JUDGED && outcome != null && outcome.requiresPerformance()) {
            throw UserFacingException.conflict("litigation.error.performFirst");
        }
        take("close");
    }

    /** The suit is assigned to a handler (a user id the facade checked holds {@link #EDIT} over it). */
    public void assign(long handler) {
        take("assign");
        handlerId = handler;
    }

    /** The case number the kernel knows the suit by: its internal number. */
    @Override
    public String caseNumber() { return internalNumber; }

    @Override
    public long id() { return id; }
    public String internalNumber() { return internalNumber; }
    @Override
    public LitigationStatus status() { return status; }
    public String court() { return court; }
    public Instance instance() { return instance; }
    public String courtCaseNumber() { return courtCaseNumber; }
    public String plaintiffName() { return plaintiffName; }
    public String plaintiffIdMasked() { return plaintiffIdMasked; }
    public String plaintiffIdEnc() { return plaintiffIdEnc; }
    public long unitId() { return unitId; }
    public String regionCode() { return regionCode; }
    public String subject() { return subject; }
    /** 立案日期: the day the court filed the suit; every figure counts the suit by it. */
    public LocalDate filedOn() { return filedOn; }
    public LitigationOutcome outcome() { return outcome; }
    public LocalDate outcomeOn() { return outcomeOn; }
    public String outcomeSummary() { return outcomeSummary; }
    public LocalDate performanceFrom() { return performanceFrom; }
    public Long performanceClockId() { return performanceClockId; }
    public LocalDate performanceCompletedOn() { return performanceCompletedOn; }
    @Override
    public int version() { return version; }
    /** The assigned handler (a user id), or null; changed only through the facade's assignment. */
    public Long handlerId() { return handlerId; }

    public void numbered(String number) { this.internalNumber = number; }
    public void performanceClock(Long clockId) { this.performanceClockId = clockId; }
}
