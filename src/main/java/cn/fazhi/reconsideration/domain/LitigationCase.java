package cn.fazhi.reconsideration.domain;

import java.time.LocalDate;

import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.reconsideration.events.JudgmentPerformed;
import cn.fazhi.reconsideration.events.JudgmentRecorded;

/** A suit against a district agency (行政应诉), from registration to the performance of an effective judgment. */
public class LitigationCase {

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

    private static Object label(Enum<?> s) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(
                new String[] {"litigation.status." + s.name()}, s.name());
    }

    private void move(LitigationStatus target) {
        if (!status.canMoveTo(target)) {
            throw UserFacingException.conflict("litigation.error.transition", label(status), label(target));
        }
        status = target;
    }

    /** Hearings are recorded while the case is open, not before the suit was filed. */
    public void requireOpen(LocalDate hearingOn) {
        if (status != LitigationStatus.OPEN) {
            throw UserFacingException.conflict("litigation.error.notOpen");
        }
        notBeforeFiling(hearingOn);
    }

    private void notBeforeFiling(LocalDate on) {
        if (filedOn != null && on.isBefore(filedOn)) {
            throw UserFacingException.badRequest("litigation.error.dateBefore", on, filedOn);
        }
    }

    public JudgmentRecorded recordOutcome(LitigationOutcome result, LocalDate on, String summary) {
        notBeforeFiling(on);
        move(LitigationStatus.JUDGED);
        outcome = result;
        outcomeOn = on;
        outcomeSummary = summary;
        return new JudgmentRecorded(id, result.name());
    }

    /** The judgment is effective and must be performed; only when the agency lost in whole or part. */
    public void performanceRequired(LocalDate effectiveOn) {
        if (outcome == null || !outcome.requiresPerformance()) {
            throw UserFacingException.conflict("litigation.error.nothingToPerform");
        }
        if (effectiveOn.isBefore(outcomeOn)) {
            throw UserFacingException.badRequest("litigation.error.dateBefore", effectiveOn, outcomeOn);
        }
        move(LitigationStatus.PERFORMING);
        performanceFrom = effectiveOn;
    }

    public JudgmentPerformed performed(LocalDate on) {
        if (on.isBefore(performanceFrom == null ? on : performanceFrom)) {
            throw UserFacingException.badRequest("litigation.error.dateBefore", on, performanceFrom);
        }
        move(LitigationStatus.CLOSED);
        performanceCompletedOn = on;
        return new JudgmentPerformed(id, on);
    }

    public void close() {
        if (status == LitigationStatus.JUDGED && outcome != null && outcome.requiresPerformance()) {
            throw UserFacingException.conflict("litigation.error.performFirst");
        }
        move(LitigationStatus.CLOSED);
    }

    public long id() { return id; }
    public String internalNumber() { return internalNumber; }
    public LitigationStatus status() { return status; }
    public String court() { return court; }
    public Instance instance() { return instance; }
    public String courtCaseNumber() { return courtCaseNumber; }
    public String plaintiffName() { return plaintiffName; }
    public String plaintiffIdMasked() { return plaintiffIdMasked; }
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
    public int version() { return version; }
    /** The assigned handler (a user id), or null; changed only through the facade's assignment. */
    public Long handlerId() { return handlerId; }

    public void numbered(String number) { this.internalNumber = number; }
    public void performanceClock(Long clockId) { this.performanceClockId = clockId; }
}
