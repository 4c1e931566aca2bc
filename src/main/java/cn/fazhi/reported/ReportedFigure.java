package cn.fazhi.reported;

import java.time.LocalDate;

import cn.fazhi.cases.CaseAggregate;
import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.web.UserFacingException;

/**
 * A submitted figure as the kernel's aggregate (case type {@code reported_figure}). The office approves it or returns
 * it with a reason; the approver must not be the submitter (four eyes). Superseding is the system's step, taken when a
 * later submission of the same definition and period is approved.
 */
public final class ReportedFigure implements CaseAggregate<ReportedStatus> {

    public static final Transitions<ReportedStatus> TABLE = Transitions.of(ReportedStatus.class)
            .todo("approve", "approved", ReportedStatus.APPROVED, Reported.APPROVE, ReportedStatus.SUBMITTED)
            .step("return", "returned", ReportedStatus.RETURNED, Reported.APPROVE, ReportedStatus.SUBMITTED)
            .step("supersede", "superseded", ReportedStatus.SUPERSEDED, Reported.APPROVE, ReportedStatus.APPROVED)
            .build();

    long id;
    String caseNumber;
    ReportedStatus status;
    long definitionId;
    int periodYear;
    long unitId;
    String regionCode;
    LocalDate submittedOn;
    String submittedBy;
    LocalDate decidedOn;
    String decidedBy;
    String decidedByName;
    String decidedUnit;
    String returnReason;
    Long supersededBy;
    int version;

    ReportedFigure() {}

    static ReportedFigure in(ReportedStatus status, String submittedBy) {
        ReportedFigure f = new ReportedFigure();
        f.status = status;
        f.caseNumber = "test";
        f.submittedBy = submittedBy;
        f.submittedOn = LocalDate.of(2026, 1, 5);
        return f;
    }

    /** Four eyes: the office's approver is never the one who submitted. */
    void approve(String by, String byName, String byUnit, LocalDate on) {
        TABLE.check("approve", status);
        decide(by, byName, byUnit, on);
        this.returnReason = null;
        this.status = ReportedStatus.APPROVED;
    }

    void giveBack(String by, String byName, String byUnit, LocalDate on, String reason) {
        TABLE.check("return", status);
        if (reason == null || reason.isBlank()) {
            throw UserFacingException.badRequest("reported.error.reasonRequired");
        }
        decide(by, byName, byUnit, on);
        this.returnReason = reason.strip();
        this.status = ReportedStatus.RETURNED;
    }

    void supersede(long by) {
        TABLE.check("supersede", status);
        this.supersededBy = by;
        this.status = ReportedStatus.SUPERSEDED;
    }

    private void decide(String by, String byName, String byUnit, LocalDate on) {
        if (by == null || by.equals(submittedBy)) {
            throw UserFacingException.badRequest("reported.error.fourEyes");
        }
        if (on == null || on.isBefore(submittedOn)) {
            throw UserFacingException.badRequest("reported.error.decidedBeforeSubmitted", submittedOn);
        }
        this.decidedBy = by;
        this.decidedByName = byName;
        this.decidedUnit = byUnit;
        this.decidedOn = on;
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
    public ReportedStatus status() {
        return status;
    }

    @Override
    public int version() {
        return version;
    }
}
