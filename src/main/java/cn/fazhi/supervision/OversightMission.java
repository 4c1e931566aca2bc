package cn.fazhi.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.fazhi.cases.CaseAggregate;
import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.web.UserFacingException;

/**
 * An inspection mission (督察任务, case type {@code oversight}). Fields are package-private: {@link OversightRepository}
 * reads and writes them; the guarded methods below are the only way the status moves.
 */
public final class OversightMission implements CaseAggregate<OversightStatus> {

    public static final Transitions<OversightStatus> TABLE = Transitions.of(OversightStatus.class)
            .todo("notify", "notified", OversightStatus.NOTIFIED, SupervisionPermissions.MANAGE, OversightStatus.PLANNED)
            .todo("selfReport", "selfReported", null, SupervisionPermissions.RESPOND, OversightStatus.NOTIFIED)
            .todo("start", "started", OversightStatus.UNDER_WAY, SupervisionPermissions.MANAGE, OversightStatus.NOTIFIED)
            .step("recordFinding", "findingRecorded", null, SupervisionPermissions.INSPECT, OversightStatus.UNDER_WAY)
            .todo("completeFindings", "findingsCompleted", OversightStatus.FINDINGS_RECORDED, SupervisionPermissions.MANAGE,
                    OversightStatus.UNDER_WAY)
            .todo("issueReport", "reportIssued", OversightStatus.REPORTED, SupervisionPermissions.MANAGE,
                    OversightStatus.FINDINGS_RECORDED)
            .todo("close", "closed", OversightStatus.CLOSED, SupervisionPermissions.MANAGE, OversightStatus.REPORTED)
            .step("cancel", "cancelled", OversightStatus.CANCELLED, SupervisionPermissions.MANAGE, OversightStatus.PLANNED,
                    OversightStatus.NOTIFIED)
            .build();

    long id;
    String caseNumber;
    OversightStatus status;
    OversightKind kind;
    String topic;
    long unitId;
    String regionCode;
    LocalDate startedOn;
    LocalDate endsOn;
    LocalDate notifiedOn;
    LocalDate selfReportDueOn;
    LocalDate underWayOn;
    LocalDate findingsDoneOn;
    String reportProgress;
    String reportResults;
    String reportResponsibility;
    String reportProblems;
    String reportCauses;
    String reportRecommendations;
    LocalDate reportIssuedOn;
    LocalDate closedOn;
    OffsetDateTime createdAt;
    String createdBy;
    int version;
    /** The target units with their regions (read by the repository, for the data scope). */
    java.util.List<Target> targets = java.util.List.of();

    record Target(long unitId, String regionCode) {}

    OversightMission() {}

    static OversightMission in(OversightStatus status, OversightKind kind) {
        OversightMission m = new OversightMission();
        m.status = status;
        m.kind = kind;
        m.caseNumber = "test";
        m.startedOn = LocalDate.of(2024, 5, 6);
        m.endsOn = LocalDate.of(2024, 6, 28);
        return m;
    }

    /** Targets told of the mission; a written mission's targets report by {@code selfReportDue}. */
    void notifyTargets(LocalDate on, LocalDate selfReportDue) {
        TABLE.check("notify", status);
        this.notifiedOn = on;
        this.selfReportDueOn = kind == OversightKind.WRITTEN ? selfReportDue : null;
        this.status = OversightStatus.NOTIFIED;
    }

    /** A target's self-inspection report: only for a written mission (Art. 12). */
    void selfReport() {
        TABLE.check("selfReport", status);
        if (kind != OversightKind.WRITTEN) {
            throw UserFacingException.conflict("supervision.oversight.error.notWritten");
        }
    }

    void start(LocalDate on) {
        TABLE.check("start", status);
        this.underWayOn = on;
        this.status = OversightStatus.UNDER_WAY;
    }

    void recordFinding() {
        TABLE.check("recordFinding", status);
    }

    void completeFindings(LocalDate on) {
        TABLE.check("completeFindings", status);
        this.findingsDoneOn = on;
        this.status = OversightStatus.FINDINGS_RECORDED;
    }

    /** The 督察报告 (Art. 17): progress, results, responsibility, problems, causes and recommendations, all required. */
    void issueReport(LocalDate on, String progress, String results, String responsibility, String problems, String causes,
            String recommendations) {
        TABLE.check("issueReport", status);
        this.reportProgress = required(progress);
        this.reportResults = required(results);
        this.reportResponsibility = required(responsibility);
        this.reportProblems = required(problems);
        this.reportCauses = required(causes);
        this.reportRecommendations = required(recommendations);
        this.reportIssuedOn = on;
        this.status = OversightStatus.REPORTED;
    }

    void close(LocalDate on) {
        TABLE.check("close", status);
        this.closedOn = on;
        this.status = OversightStatus.CLOSED;
    }

    void cancel() {
        TABLE.check("cancel", status);
        this.status = OversightStatus.CANCELLED;
    }

    private static String required(String text) {
        if (text == null || text.isBlank()) {
            throw UserFacingException.badRequest("supervision.oversight.error.reportIncomplete");
        }
        String t = text.strip();
        if (t.length() > 4000) {
            throw UserFacingException.badRequest("supervision.oversight.error.tooLong", 4000);
        }
        return t;
    }

    public OversightKind kind() {
        return kind;
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
    public OversightStatus status() {
        return status;
    }

    @Override
    public int version() {
        return version;
    }
}
