package cn.fazhi.supervision;

import java.time.LocalDate;
import java.util.List;

/** What the pages and the API send to {@link OversightMissions}. */
public final class OversightCommands {

    private OversightCommands() {}

    /** A mission to plan: kind, topic, period, target units and participating inspectors of the pool. */
    public record Plan(OversightKind kind, String topic, LocalDate startedOn, LocalDate endsOn, List<Long> targetUnitIds,
            List<Long> inspectorIds) {}

    /** A step that needs only the version read. */
    public record Step(Integer version) {}

    /** Notifying the targets; {@code selfReportDueOn}: a written mission's deadline (null: the default period). */
    public record Notify(Integer version, LocalDate selfReportDueOn) {}

    /** A target unit's self-inspection report (the caller's unit). */
    public record SelfReport(Integer version, String text) {}

    /** A finding: target unit, problem, rule breached, rectification deadline (null: the default period). */
    public record Finding(Integer version, Long unitId, String problem, String ruleBreached, LocalDate deadline,
            Boolean enforcementClue) {}

    /** The 督察报告 (Art. 17). */
    public record Report(Integer version, String progress, String results, String responsibility, String problems,
            String causes, String recommendations) {}

    /** Filters of the mission list. */
    public record Query(String q, OversightKind kind, OversightStatus status, Integer year) {}
}
