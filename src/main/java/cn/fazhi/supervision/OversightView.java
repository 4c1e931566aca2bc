package cn.fazhi.supervision;

import java.time.LocalDate;
import java.util.List;

/** A mission as pages and the API show it, with its targets, inspectors, findings and (once issued) the report. */
public record OversightView(long id, String caseNumber, OversightStatus status, OversightKind kind, String topic,
        long unitId, String unitName, LocalDate startedOn, LocalDate endsOn, LocalDate notifiedOn, LocalDate selfReportDueOn,
        LocalDate underWayOn, LocalDate findingsDoneOn, Report report, LocalDate closedOn, List<Target> targets,
        List<Inspector> inspectors, List<Finding> findings, int version) {

    /** A target unit and, for a written mission, its self-inspection report; {@code late}: not in by the deadline. */
    public record Target(long unitId, String unitName, String selfReport, LocalDate selfReportedOn, boolean late) {}

    public record Inspector(long id, String name, OverseerKind kind) {}

    /** A finding and the rectification problem it raised. */
    public record Finding(long id, long unitId, String unitName, String problem, String ruleBreached, LocalDate deadline,
            LocalDate foundOn, long problemId) {}

    /** The six parts of the 督察报告 (Art. 17) and the day it was issued. */
    public record Report(String progress, String results, String responsibility, String problems, String causes,
            String recommendations, LocalDate issuedOn) {}
}
