package cn.fazhi.supervision;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.cases.CaseAttachments;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.DeadlineSource;
import cn.fazhi.cases.DueItem;
import cn.fazhi.cases.StepOutcome;
import cn.fazhi.documents.Block;
import cn.fazhi.documents.Documents;
import cn.fazhi.documents.OfficialDocument;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.validation.BusinessDates;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.rectification.ProblemView;
import cn.fazhi.rectification.Problems;
import cn.fazhi.rectification.RaiseProblem;
import cn.fazhi.platform.web.Paged;

/**
 * 法治督察 missions (case type {@code oversight}, 督察工作规定): the office plans a mission — 专项 / 实地 / 书面
 * (Arts. 12, 14, 15), topic, target units, period, participating inspectors of the pool —, notifies the targets (a
 * written mission's targets submit a self-inspection report with attachments by a deadline, a setting), carries it out,
 * the participating inspectors record findings — each raises a rectification problem ({@link Problems#raise}, source
 * {@code oversight}, Art. 18) —, issues the 督察报告 (Art. 17; GB/T 9704 DOCX/PDF) and closes it. Every step goes
 * through {@link CaseSteps#step}: permission, scope (a unit sees only the missions that target it), version, the
 * transition table, timeline, audit and the {@link OversightStepTaken} event.
 */
@Service
public class OversightMissions implements DeadlineSource {

    public static final String CASE_TYPE = "oversight";
    public static final String PROBLEM_SOURCE = "oversight";
    static final String CLOCK_SELF_REPORT = "supervision.oversight.clock.selfReport";
    static final String ATTACHMENT_KIND = "SELF_REPORT";
    private static final String SELECT = "SELECT m.*, u.name AS unit_name FROM oversight_mission m JOIN unit u ON u.id = m.unit_id";

    private final JdbcClient jdbc;
    private final OversightRepository store;
    private final CaseSteps steps;
    private final CaseNumbers numbers;
    private final CaseAttachments attachments;
    private final Problems problems;
    private final Clues clues;
    private final Documents documents;
    private final OversightProperties settings;
    private final Caller caller;
    private final Clock clock;

    OversightMissions(JdbcClient jdbc, OversightRepository store, CaseSteps steps, CaseNumbers numbers,
            CaseAttachments attachments, Problems problems, Clues clues, Documents documents, OversightProperties settings,
            Caller caller, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.steps = steps;
        this.numbers = numbers;
        this.attachments = attachments;
        this.problems = problems;
        this.clues = clues;
        this.documents = documents;
        this.settings = settings;
        this.caller = caller;
        this.clock = clock;
    }

    public static CaseRef ref(long id) {
        return new CaseRef(CASE_TYPE, id);
    }

    public static String path(long id) {
        return "/supervision/oversight/missions/" + id;
    }

    /** Plans a mission organised by the caller's unit (the 督察单位). Nothing is saved when anything is wrong. */
    @Transactional
    public OversightView plan(OversightCommands.Plan c, CurrentUser me) {
        if (c == null || c.kind() == null) {
            throw UserFacingException.badRequest("supervision.oversight.error.kindRequired");
        }
        String topic = text(c.topic(), 200, "supervision.oversight.error.topicRequired");
        LocalDate today = LocalDate.now(clock);
        if (c.startedOn() == null || c.endsOn() == null) {
            throw UserFacingException.badRequest("supervision.oversight.error.periodRequired");
        }
        BusinessDates.check(c.startedOn(), "supervision.oversight.field.startedOn", today.plusYears(2));
        BusinessDates.check(c.endsOn(), "supervision.oversight.field.endsOn", today.plusYears(2));
        if (c.endsOn().isBefore(c.startedOn())) {
            throw UserFacingException.badRequest("supervision.oversight.error.periodInvalid");
        }
        List<Long> targets = c.targetUnitIds() == null ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(c.targetUnitIds().stream().filter(x -> x != null).toList()));
        if (targets.isEmpty()) {
            throw UserFacingException.badRequest("supervision.oversight.error.targetsRequired");
        }
        Map<Long, String> targetRegions = new HashMap<>();
        for (Long unit : targets) {
            String region = jdbc.sql("SELECT region_code FROM unit WHERE id = :id AND active").param("id", unit)
                    .query(String.class).optional()
                    .orElseThrow(() -> UserFacingException.badRequest("supervision.oversight.error.unitUnknown"));
            targetRegions.put(unit, region);
        }
        List<Long> inspectors = c.inspectorIds() == null ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(c.inspectorIds().stream().filter(x -> x != null).toList()));
        for (Long inspector : inspectors) {
            boolean serving = jdbc.sql("SELECT COUNT(*) FROM oversight_inspector WHERE id = :id AND appointed_on <= :on "
                            + "AND term_ends_on >= :on AND (dismissed_on IS NULL OR dismissed_on > :on)")
                    .param("id", inspector).param("on", c.startedOn()).query(Long.class).single() > 0;
            if (!serving) {
                throw UserFacingException.badRequest("supervision.oversight.error.inspectorNotServing");
            }
        }
        if (c.kind() == OversightKind.ON_SITE && inspectors.isEmpty()) {
            throw UserFacingException.badRequest("supervision.oversight.error.inspectorsRequired");
        }
        OversightMission m = new OversightMission();
        m.caseNumber = numbers.next(CASE_TYPE, "district", c.startedOn().getYear());
        m.status = OversightStatus.PLANNED;
        m.kind = c.kind();
        m.topic = topic;
        m.unitId = me.unitId();
        m.regionCode = me.regionCode();
        m.startedOn = c.startedOn();
        m.endsOn = c.endsOn();
        m.createdAt = OffsetDateTime.now(clock);
        m.createdBy = Actors.current();
        store.insert(m);
        for (Long unit : targets) {
            jdbc.sql("INSERT INTO oversight_mission_target (mission_id, unit_id, region_code) VALUES (:m, :u, :r)")
                    .param("m", m.id).param("u", unit).param("r", targetRegions.get(unit)).update();
        }
        for (Long inspector : inspectors) {
            jdbc.sql("INSERT INTO oversight_mission_inspector (mission_id, inspector_id) VALUES (:m, :i)")
                    .param("m", m.id).param("i", inspector).update();
        }
        steps.created(store, m, "planned", StepOutcome.of(new OversightStepTaken(m.id, m.caseNumber, "plan",
                m.status.name()), topic));
        return view(m.id);
    }

    /** Notifies the targets; a written mission's self-report deadline defaults to today + {@code self-report-days}. */
    @Transactional
    public OversightView notifyTargets(long id, OversightCommands.Notify c) {
        LocalDate today = LocalDate.now(clock);
        steps.step(store, OversightMission.TABLE, id, c == null ? null : c.version(), "notify", m -> {
            LocalDate due = c.selfReportDueOn() == null ? today.plusDays(settings.selfReportDays()) : c.selfReportDueOn();
            if (m.kind == OversightKind.WRITTEN && due.isBefore(today)) {
                throw UserFacingException.badRequest("supervision.oversight.error.dueInPast");
            }
            BusinessDates.check(due, "supervision.oversight.field.selfReportDueOn", today.plusYears(1));
            m.notifyTargets(today, due);
            return outcome(m, "notify", m.selfReportDueOn == null ? null : m.selfReportDueOn.toString());
        });
        return view(id);
    }

    /** One uploaded file of a self-inspection report. */
    public record Upload(String name, InputStream content) {}

    /**
     * The caller's unit submits its self-inspection report (a written mission's target, Art. 12), with optional
     * attachments kept by the kernel (downloads checked against the mission's scope). Once per target.
     */
    @Transactional
    public OversightView selfReport(long id, OversightCommands.SelfReport c, CurrentUser me, List<Upload> files) {
        LocalDate today = LocalDate.now(clock);
        steps.step(store, OversightMission.TABLE, id, c == null ? null : c.version(), "selfReport", m -> {
            m.selfReport();
            String text = text(c.text(), 4000, "supervision.oversight.error.selfReportRequired");
            int n = jdbc.sql("UPDATE oversight_mission_target SET self_report = :t, self_reported_on = :on "
                            + "WHERE mission_id = :m AND unit_id = :u AND self_report IS NULL")
                    .param("t", text).param("on", today).param("m", id).param("u", me.unitId()).update();
            if (n != 1) {
                boolean target = m.targets.stream().anyMatch(t -> t.unitId() == me.unitId());
                throw target ? UserFacingException.conflict("supervision.oversight.error.alreadyReported")
                        : UserFacingException.forbidden("supervision.oversight.error.notATarget");
            }
            for (Upload f : files == null ? List.<Upload>of() : files) {
                attachments.store(ref(id), f.name(), f.content(), ATTACHMENT_KIND);
            }
            return outcome(m, "selfReport", unitName(me.unitId()));
        });
        return view(id);
    }

    @Transactional
    public OversightView start(long id, OversightCommands.Step c) {
        LocalDate today = LocalDate.now(clock);
        steps.step(store, OversightMission.TABLE, id, c == null ? null : c.version(), "start", m -> {
            m.start(today);
            return outcome(m, "start", null);
        });
        return view(id);
    }

    /**
     * A participating inspector (or the office) records a finding about a target unit; it raises a rectification
     * problem (source {@code oversight}, the mission's number and page) in the same transaction.
     */
    @Transactional
    public OversightView recordFinding(long id, OversightCommands.Finding c, CurrentUser me) {
        LocalDate today = LocalDate.now(clock);
        steps.step(store, OversightMission.TABLE, id, c == null ? null : c.version(), "recordFinding", m -> {
            m.recordFinding();
            if (!me.can(SupervisionPermissions.MANAGE) && !participates(id, me.id())) {
                throw UserFacingException.forbidden("supervision.oversight.error.notParticipating");
            }
            if (c.unitId() == null || m.targets.stream().noneMatch(t -> t.unitId() == c.unitId())) {
                throw UserFacingException.badRequest("supervision.oversight.error.findingUnitNotTarget");
            }
            String problem = text(c.problem(), 4000, "supervision.oversight.error.problemRequired");
            String rule = c.ruleBreached() == null || c.ruleBreached().isBlank() ? null : c.ruleBreached().strip();
            if (rule != null && rule.length() > 1000) {
                throw UserFacingException.badRequest("supervision.oversight.error.tooLong", 1000);
            }
            if (c.deadline() != null && c.deadline().isBefore(today)) {
                throw UserFacingException.badRequest("supervision.oversight.error.deadlineInPast");
            }
            if (c.deadline() != null) {
                BusinessDates.check(c.deadline(), "supervision.oversight.field.deadline", today.plusYears(3));
            }
            ProblemView raised = problems.raise(new RaiseProblem(PROBLEM_SOURCE, id, m.caseNumber, path(id), problem, rule,
                    c.unitId(), m.unitId, today, c.deadline()));
            insertFinding(id, c.unitId(), problem, rule, raised.deadline(), today, raised.id());
            if (Boolean.TRUE.equals(c.enforcementClue())) {
                // a finding about the unit's enforcement is also a supervision clue (督察规定 Art. 13: 移送问题线索),
                // raised by the problem so that mission → problem → clue is one chain
                clues.open(new OpenClue(ClueSource.OVERSIGHT, "rectification", raised.id(), raised.caseNumber(),
                        "/rectification/problems/" + raised.id(), c.unitId(), problem, today));
            }
            return outcome(m, "recordFinding", raised.caseNumber() + " " + raised.unitName());
        });
        return view(id);
    }

    void insertFinding(long missionId, long unitId, String problem, String rule, LocalDate deadline, LocalDate foundOn,
            long problemId) {
        jdbc.sql("INSERT INTO oversight_finding (mission_id, unit_id, problem, rule_breached, deadline, found_on, problem_id, "
                        + "created_at, created_by) VALUES (:m, :u, :p, :r, :d, :f, :pid, :at, :by)")
                .param("m", missionId).param("u", unitId).param("p", problem).param("r", rule).param("d", deadline)
                .param("f", foundOn).param("pid", problemId).param("at", OffsetDateTime.now(clock))
                .param("by", Actors.current()).update();
    }

    @Transactional
    public OversightView completeFindings(long id, OversightCommands.Step c) {
        LocalDate today = LocalDate.now(clock);
        steps.step(store, OversightMission.TABLE, id, c == null ? null : c.version(), "completeFindings", m -> {
            m.completeFindings(today);
            return outcome(m, "completeFindings", null);
        });
        return view(id);
    }

    /** Issues the 督察报告 (Art. 17): all six parts required. */
    @Transactional
    public OversightView issueReport(long id, OversightCommands.Report c) {
        LocalDate today = LocalDate.now(clock);
        steps.step(store, OversightMission.TABLE, id, c == null ? null : c.version(), "issueReport", m -> {
            m.issueReport(today, c.progress(), c.results(), c.responsibility(), c.problems(), c.causes(),
                    c.recommendations());
            return outcome(m, "issueReport", null);
        });
        return view(id);
    }

    @Transactional
    public OversightView close(long id, OversightCommands.Step c) {
        LocalDate today = LocalDate.now(clock);
        steps.step(store, OversightMission.TABLE, id, c == null ? null : c.version(), "close", m -> {
            m.close(today);
            return outcome(m, "close", null);
        });
        return view(id);
    }

    @Transactional
    public OversightView cancel(long id, OversightCommands.Step c) {
        steps.step(store, OversightMission.TABLE, id, c == null ? null : c.version(), "cancel", m -> {
            m.cancel();
            return outcome(m, "cancel", null);
        });
        return view(id);
    }

    // ---- reading -----------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public OversightView get(long id) {
        steps.load(store, id);
        return view(id);
    }

    /** The steps the mission's status allows and the caller may take. */
    @Transactional(readOnly = true)
    public List<String> actions(OversightView v) {
        List<String> names = new ArrayList<>(OversightMission.TABLE.available(v.status(), caller));
        if (v.kind() != OversightKind.WRITTEN) {
            names.remove("selfReport");
        } else if (names.contains("selfReport")) {
            Long unit = caller.scope() == null ? null : caller.scope().unitId();
            boolean waiting = v.targets().stream().anyMatch(t -> unit != null && t.unitId() == unit && t.selfReport() == null);
            if (!waiting) {
                names.remove("selfReport");
            }
        }
        return names;
    }

    /** The problems the mission's findings raised, with their state (for the mission's page). */
    @Transactional(readOnly = true)
    public List<ProblemView> problems(long id) {
        steps.load(store, id);
        return problems.bySource(PROBLEM_SOURCE, id);
    }

    @Transactional(readOnly = true)
    public Paged<OversightView> search(OversightCommands.Query q, DataScope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" WHERE ").append(OversightRepository.scopeCondition(scope));
        if (q != null && q.kind() != null) {
            where.append(" AND m.kind = :kind");
            params.put("kind", q.kind().name());
        }
        if (q != null && q.status() != null) {
            where.append(" AND m.status = :status");
            params.put("status", q.status().name());
        }
        if (q != null && q.year() != null) {
            where.append(" AND m.started_on BETWEEN :from AND :to");
            params.put("from", LocalDate.of(q.year(), 1, 1));
            params.put("to", LocalDate.of(q.year(), 12, 31));
        }
        if (q != null && q.q() != null && !q.q().isBlank()) {
            where.append(" AND (m.case_number LIKE :kw OR m.topic LIKE :kw)");
            params.put("kw", "%" + like(q.q().strip()) + "%");
        }
        int s = Math.max(1, Math.min(size, 500));
        int pg = Math.max(0, page);
        long total = jdbc.sql("SELECT COUNT(*) FROM oversight_mission m" + where).params(params).query(Long.class).single();
        List<Long> ids = jdbc.sql("SELECT m.id FROM oversight_mission m" + where
                        + " ORDER BY m.started_on DESC, m.id DESC LIMIT " + s + " OFFSET " + (long) pg * s)
                .params(params).query(Long.class).list();
        return new Paged<>(ids.stream().map(this::view).toList(), total, pg, s);
    }

    /** The 督察报告 as a GB/T 9704 document; refused (409) before it is issued. */
    @Transactional(readOnly = true)
    public OfficialDocument report(long id) {
        OversightView v = get(id);
        if (v.report() == null) {
            throw UserFacingException.conflict("supervision.oversight.error.reportNotIssued");
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph("督察任务：" + v.caseNumber() + "（" + kindLabel(v.kind()) + "），督察期间 " + v.startedOn()
                + " 至 " + v.endsOn() + "。被督察单位：" + String.join("、", v.targets().stream().map(OversightView.Target::unitName)
                        .toList()) + "。"));
        if (!v.inspectors().isEmpty()) {
            blocks.add(new Block.Paragraph("参加督察的法治督察员：" + String.join("、",
                    v.inspectors().stream().map(OversightView.Inspector::name).toList()) + "。"));
        }
        section(blocks, "一、督察工作开展情况", v.report().progress());
        section(blocks, "二、督察结果", v.report().results());
        section(blocks, "三、责任落实情况", v.report().responsibility());
        section(blocks, "四、存在的问题", v.report().problems());
        if (!v.findings().isEmpty()) {
            List<Block.Field> rows = new ArrayList<>();
            int i = 1;
            for (OversightView.Finding f : v.findings()) {
                rows.add(new Block.Field((i++) + ". " + f.unitName(), f.problem()
                        + (f.ruleBreached() == null ? "" : "（" + f.ruleBreached() + "）") + "，整改期限 " + f.deadline()));
            }
            blocks.add(new Block.Fields(rows));
        }
        section(blocks, "五、问题产生的原因", v.report().causes());
        section(blocks, "六、意见建议", v.report().recommendations());
        return new OfficialDocument(v.unitName(), v.caseNumber(), "关于" + v.topic() + "督察情况的报告", blocks, v.unitName(),
                v.report().issuedOn());
    }

    @Transactional(readOnly = true)
    public byte[] reportDocx(long id) {
        return documents.docx(report(id));
    }

    @Transactional(readOnly = true)
    public byte[] reportPdf(long id) {
        return documents.pdf(report(id));
    }

    /** Written missions' self-inspection reports not yet in, due on or before {@code until}, per target in scope. */
    @Override
    public List<DueItem> openDeadlines(DataScope scope, LocalDate until) {
        Map<String, Object> p = new HashMap<>(scope.parameters());
        p.put("until", until);
        p.put("s", OversightStatus.NOTIFIED.name());
        p.put("k", OversightKind.WRITTEN.name());
        return jdbc.sql("SELECT m.id, m.case_number, m.topic, m.self_report_due_on, t.unit_id, t.region_code "
                        + "FROM oversight_mission m JOIN oversight_mission_target t ON t.mission_id = m.id WHERE m.status = :s "
                        + "AND m.kind = :k AND t.self_report IS NULL AND m.self_report_due_on <= :until AND "
                        + scope.sqlCondition("t.unit_id", "t.region_code") + " ORDER BY m.self_report_due_on, m.id")
                .params(p)
                .query((rs, n) -> new DueItem(ref(rs.getLong("id")), rs.getString("case_number"), rs.getString("topic"),
                        CLOCK_SELF_REPORT, rs.getObject("self_report_due_on", LocalDate.class), rs.getLong("unit_id"),
                        rs.getString("region_code"), path(rs.getLong("id"))))
                .list();
    }

    /** Whether the user is linked to an inspector who takes part in the mission. */
    boolean participates(long missionId, long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM oversight_mission_inspector x JOIN oversight_inspector i ON i.id = x.inspector_id "
                        + "WHERE x.mission_id = :m AND i.user_id = :u").param("m", missionId).param("u", userId)
                .query(Long.class).single() > 0;
    }

    OversightView view(long id) {
        LocalDate today = LocalDate.now(clock);
        List<OversightView.Target> targets = jdbc.sql("SELECT t.*, u.name FROM oversight_mission_target t JOIN unit u "
                        + "ON u.id = t.unit_id WHERE t.mission_id = :id ORDER BY u.sort_order, u.id").param("id", id)
                .query((rs, n) -> new OversightView.Target(rs.getLong("unit_id"), rs.getString("name"),
                        rs.getString("self_report"), rs.getObject("self_reported_on", LocalDate.class), false))
                .list();
        List<OversightView.Inspector> inspectors = jdbc.sql("SELECT i.id, i.name, i.kind FROM oversight_mission_inspector x "
                        + "JOIN oversight_inspector i ON i.id = x.inspector_id WHERE x.mission_id = :id ORDER BY i.id")
                .param("id", id)
                .query((rs, n) -> new OversightView.Inspector(rs.getLong("id"), rs.getString("name"),
                        OverseerKind.valueOf(rs.getString("kind"))))
                .list();
        List<OversightView.Finding> findings = jdbc.sql("SELECT f.*, u.name AS unit_name FROM oversight_finding f JOIN unit u "
                        + "ON u.id = f.unit_id WHERE f.mission_id = :id ORDER BY f.id").param("id", id)
                .query((rs, n) -> new OversightView.Finding(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                        rs.getString("problem"), rs.getString("rule_breached"), rs.getObject("deadline", LocalDate.class),
                        rs.getObject("found_on", LocalDate.class), rs.getLong("problem_id")))
                .list();
        return jdbc.sql(SELECT + " WHERE m.id = :id").param("id", id).query((rs, n) -> map(rs, today, targets, inspectors,
                findings)).single();
    }

    private static OversightView map(ResultSet rs, LocalDate today, List<OversightView.Target> targets,
            List<OversightView.Inspector> inspectors, List<OversightView.Finding> findings) throws SQLException {
        OversightStatus status = OversightStatus.valueOf(rs.getString("status"));
        LocalDate due = rs.getObject("self_report_due_on", LocalDate.class);
        List<OversightView.Target> withLate = targets.stream().map(t -> new OversightView.Target(t.unitId(), t.unitName(),
                t.selfReport(), t.selfReportedOn(), due != null && (t.selfReportedOn() != null ? t.selfReportedOn().isAfter(due)
                        : today.isAfter(due)))).toList();
        LocalDate issued = rs.getObject("report_issued_on", LocalDate.class);
        OversightView.Report report = issued == null ? null : new OversightView.Report(rs.getString("report_progress"),
                rs.getString("report_results"), rs.getString("report_responsibility"), rs.getString("report_problems"),
                rs.getString("report_causes"), rs.getString("report_recommendations"), issued);
        return new OversightView(rs.getLong("id"), rs.getString("case_number"), status,
                OversightKind.valueOf(rs.getString("kind")), rs.getString("topic"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getObject("started_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getObject("notified_on", LocalDate.class), due, rs.getObject("under_way_on", LocalDate.class),
                rs.getObject("findings_done_on", LocalDate.class), report, rs.getObject("closed_on", LocalDate.class),
                withLate, inspectors, findings, rs.getInt("version"));
    }

    private String unitName(long unitId) {
        return jdbc.sql("SELECT name FROM unit WHERE id = :id").param("id", unitId).query(String.class).optional().orElse("");
    }

    private static StepOutcome outcome(OversightMission m, String step, String detail) {
        return StepOutcome.of(new OversightStepTaken(m.id, m.caseNumber, step, m.status.name()), detail);
    }

    private static void section(List<Block> blocks, String heading, String text) {
        blocks.add(new Block.Heading(1, heading));
        for (String para : text.split("\\R+")) {
            if (!para.isBlank()) {
                blocks.add(new Block.Paragraph(para.strip()));
            }
        }
    }

    static String kindLabel(OversightKind kind) {
        return switch (kind) {
            case SPECIAL -> "专项督察";
            case ON_SITE -> "实地督察";
            case WRITTEN -> "书面督察";
        };
    }

    static String text(String value, int max, String requiredKey) {
        if (value == null || value.isBlank()) {
            throw UserFacingException.badRequest(requiredKey);
        }
        String v = value.strip();
        if (v.length() > max) {
            throw UserFacingException.badRequest("supervision.oversight.error.tooLong", max);
        }
        return v;
    }

    static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
