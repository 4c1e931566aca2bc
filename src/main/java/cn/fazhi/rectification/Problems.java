package cn.fazhi.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import cn.fazhi.cases.Attachment;
import cn.fazhi.cases.CaseAttachments;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.DeadlineSource;
import cn.fazhi.cases.DueItem;
import cn.fazhi.cases.StepOutcome;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.CaseLinks;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.rectification.events.ProblemClosed;
import cn.fazhi.rectification.events.ProblemRaised;
import cn.fazhi.platform.web.Paged;

/**
 * The machinery's entry for other modules: raise a problem from any source (with the link back to it), read the
 * problems a source raised. Raising is done by the caller's step, in its transaction: the problem gets its number,
 * its timeline entry, its audit record, the link source → problem and the {@link ProblemRaised} event.
 */
@Service
public class Problems implements DeadlineSource {

    /** The kernel case type of a problem. */
    public static final String CASE_TYPE = "rectification";

    static final String SELECT = "SELECT p.*, u.name AS unit_name FROM rectification_problem p JOIN unit u ON u.id = p.unit_id";

    private final JdbcClient jdbc;
    private final Units units;
    private final CaseNumbers numbers;
    private final CaseTimeline timeline;
    private final CaseLinks links;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final RectificationProperties settings;
    private final Clock clock;
    private final ProblemRepository store;
    private final CaseSteps steps;
    private final CaseAttachments attachments;
    private final Caller caller;

    Problems(JdbcClient jdbc, Units units, CaseNumbers numbers, CaseTimeline timeline, CaseLinks links, AuditTrail audit,
            ApplicationEventPublisher events, RectificationProperties settings, Clock clock, ProblemRepository store,
            CaseSteps steps, CaseAttachments attachments, Caller caller) {
        this.store = store;
        this.steps = steps;
        this.attachments = attachments;
        this.caller = caller;
        this.jdbc = jdbc;
        this.units = units;
        this.numbers = numbers;
        this.timeline = timeline;
        this.links = links;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Raises a problem (status OPEN). Refused with a Chinese 400 when the finding or a unit is missing or unknown, or
     * the deadline lies before the day found; the deadline defaults to found-on + {@code default-days}.
     */
    @Transactional
    public ProblemView raise(RaiseProblem c) {
        return insert(c, null);
    }

    /**
     * Records a problem found and already closed on {@code closedOn} — for generated history (the demo year) and
     * imports of problems rectified before this system, never for live work. Same checks as {@link #raise}.
     */
    @Transactional
    public ProblemView recordClosed(RaiseProblem c, LocalDate closedOn) {
        if (closedOn == null || closedOn.isBefore(c.foundOn())) {
            throw UserFacingException.badRequest("rectification.error.closedBeforeFound");
        }
        return insert(c, closedOn);
    }

    private ProblemView insert(RaiseProblem c, LocalDate closedOn) {
        if (c == null || c.sourceType() == null || c.sourceLabel() == null || c.sourcePath() == null
                || c.finding() == null || c.finding().isBlank() || c.foundOn() == null) {
            throw UserFacingException.badRequest("rectification.error.incomplete");
        }
        UnitView unit = units.find(c.unitId())
                .orElseThrow(() -> UserFacingException.badRequest("rectification.error.unitUnknown"));
        units.find(c.issuerUnitId()).orElseThrow(() -> UserFacingException.badRequest("rectification.error.unitUnknown"));
        LocalDate deadline = c.deadline() == null ? c.foundOn().plusDays(settings.defaultDays()) : c.deadline();
        if (deadline.isBefore(c.foundOn())) {
            throw UserFacingException.badRequest("rectification.error.deadlineBeforeFound");
        }
        String number = numbers.next(CASE_TYPE, "district", c.foundOn().getYear());
        ProblemStatus status = closedOn == null ? ProblemStatus.OPEN : ProblemStatus.CLOSED;
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO rectification_problem (case_number, status, source_type, source_id, source_label, source_path, "
                        + "finding, rule_breached, unit_id, region_code, issuer_unit_id, found_on, deadline, closed_on, "
                        + "closed_by, first_deadline, created_at, created_by) VALUES (:n, :s, :st, :sid, :sl, :sp, :f, :rule, "
                        + ":u, :r, :iu, :found, :deadline, :closed, :closedBy, :deadline, :at, :by)")
                .param("n", number).param("s", status.name()).param("st", c.sourceType()).param("sid", c.sourceId())
                .param("sl", c.sourceLabel()).param("sp", c.sourcePath()).param("f", c.finding().strip())
                .param("rule", c.ruleBreached() == null || c.ruleBreached().isBlank() ? null : c.ruleBreached().strip())
                .param("u", unit.id()).param("r", unit.regionCode()).param("iu", c.issuerUnitId())
                .param("found", c.foundOn()).param("deadline", deadline).param("closed", closedOn)
                .param("closedBy", closedOn == null ? null : Actors.current())
                .param("at", OffsetDateTime.now(clock)).param("by", Actors.current()).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        CaseRef ref = new CaseRef(CASE_TYPE, id);
        links.link(new CaseLinks.End(new CaseRef(c.sourceType(), c.sourceId()), c.sourceLabel(), c.sourcePath()),
                new CaseLinks.End(ref, number, "/rectification/problems/" + id), "raised");
        timeline.record(ref, "raised", c.sourceLabel());
        audit.record(AuditEntry.of("rectification.problem.raised", CASE_TYPE, id, number + " " + unit.name()));
        events.publishEvent(new ProblemRaised(id, number, c.sourceType(), c.sourceId(), unit.id(), c.foundOn(), deadline));
        if (closedOn != null) {
            timeline.record(ref, "closed", null);
            audit.record(AuditEntry.of("rectification.problem.closed", CASE_TYPE, id, number));
            events.publishEvent(new ProblemClosed(id, c.sourceType(), c.sourceId(), unit.id(), closedOn,
                    !closedOn.isAfter(deadline)));
        }
        return find(id).orElseThrow();
    }

    /** A problem by id, unscoped (callers check access; pages and the API go through the kernel's load). */
    @Transactional(readOnly = true)
    public Optional<ProblemView> find(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query((rs, n) -> ProblemRows.view(rs, LocalDate.now(clock)))
                .optional();
    }

    /** The problems a source raised, oldest first (for the source's page). */
    @Transactional(readOnly = true)
    public List<ProblemView> bySource(String sourceType, long sourceId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(SELECT + " WHERE p.source_type = :t AND p.source_id = :id ORDER BY p.id")
                .param("t", sourceType).param("id", sourceId).query((rs, n) -> ProblemRows.view(rs, today)).list();
    }

    // ---- steps (every one through the kernel: scope, permission, version, table, timeline, audit, event) -------------

    /** The kinds of evidence a problem's attachments are filed under. */
    public static final List<String> ATTACHMENT_KINDS = List.of("evidence", "plan", "acceptance");

    /** The step names of the transition table, in its order. */
    public static List<String> stepNames() {
        return Problem.TABLE.steps().stream().map(s -> s.name()).toList();
    }

    /**
     * Takes {@code stepName} on problem {@code id} as the caller. The responsible unit's steps (plan, progress, submit)
     * are refused (403) to anyone whose scope does not cover the problem's unit; the issuing side's (accept, return,
     * reopen, extend) to the problem's own unit — a unit never closes its own problem. An unknown step is a 404.
     */
    @Transactional
    public ProblemView step(long id, String stepName, ProblemCommands.Step c) {
        if (stepName == null || Problem.TABLE.step(stepName).isEmpty()) {
            throw UserFacingException.notFound("error.notFound");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = c == null || c.on() == null ? today : c.on();
        if (on.isAfter(today)) {
            throw UserFacingException.badRequest("rectification.error.future");
        }
        String text = c == null || c.text() == null || c.text().isBlank() ? null : c.text().strip();
        steps.step(store, Problem.TABLE, id, c == null ? null : c.version(), stepName, p -> {
            requireSide(p, stepName);
            Object event = null;
            switch (stepName) {
                case "plan" -> p.plan(text, on);
                case "progress" -> p.progress(text, on);
                case "submit" -> p.submit(text, on);
                case "accept" -> {
                    p.accept(text, on, Actors.current());
                    ProblemView v = find(p.id).orElseThrow();
                    event = new ProblemClosed(p.id, v.sourceType(), v.sourceId(), p.unitId, on, !on.isAfter(p.deadline));
                }
                case "return" -> p.returnToUnit(text);
                case "reopen" -> p.reopen(text);
                case "extend" -> p.extend(c == null ? null : c.deadline(), text);
                default -> throw new IllegalArgumentException(stepName);
            }
            String body = "extend".equals(stepName) ? p.deadline + " " + text : text;
            if (body != null) {
                report(p.id, kind(stepName), on, body);
            }
            return StepOutcome.of(event, "extend".equals(stepName) ? p.deadline.toString() : text);
        });
        return find(id).orElseThrow();
    }

    private void requireSide(Problem p, String stepName) {
        DataScope scope = caller.scope();
        if (Problem.ISSUER_STEPS.contains(stepName)) {
            if (scope.unitId() == p.unitId) {
                throw UserFacingException.forbidden("rectification.error.ownProblem");
            }
        } else if (!scope.covers(p.unitId, p.regionCode)) {
            throw UserFacingException.forbidden("rectification.error.notResponsible");
        }
    }

    private static String kind(String stepName) {
        return switch (stepName) {
            case "plan" -> "PLAN";
            case "progress" -> "PROGRESS";
            case "submit" -> "SUBMIT";
            case "accept" -> "ACCEPT";
            case "return" -> "RETURN";
            case "reopen" -> "REOPEN";
            default -> "EXTEND";
        };
    }

    private void report(long problemId, String kind, LocalDate on, String body) {
        jdbc.sql("INSERT INTO rectification_report (problem_id, kind, reported_on, body, reported_by, created_at) "
                        + "VALUES (:p, :k, :on, :b, :by, :at)")
                .param("p", problemId).param("k", kind).param("on", on).param("b", body).param("by", Actors.current())
                .param("at", OffsetDateTime.now(clock)).update();
    }

    /**
     * Attaches an evidence file (kind {@link #ATTACHMENT_KINDS}) to a problem in the caller's scope: the responsible
     * unit while the problem is open, the issuing side (its acceptance record) at any time. Stored encrypted with its
     * SM3 digest by the kernel, which writes the timeline entry and the audit record.
     */
    @Transactional
    public Attachment attach(long id, String fileName, InputStream content, String kind) {
        Problem p = steps.load(store, id);
        String k = kind == null || kind.isBlank() ? "evidence" : kind;
        if (!ATTACHMENT_KINDS.contains(k)) {
            throw UserFacingException.badRequest("rectification.error.attachmentKind");
        }
        boolean unit = caller.can(RectificationPermissions.RESPOND) && caller.scope().covers(p.unitId, p.regionCode)
                && p.status.open();
        boolean issuer = caller.can(RectificationPermissions.ACCEPT) && caller.scope().unitId() != p.unitId;
        if (!unit && !issuer) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        return attachments.attach(ref(id), fileName, content, k);
    }

    // ---- reading -----------------------------------------------------------------------------------------------------

    public static CaseRef ref(long id) {
        return new CaseRef(CASE_TYPE, id);
    }

    /** A problem in the caller's scope (permission and scope), else 404. */
    @Transactional(readOnly = true)
    public ProblemView get(long id) {
        steps.load(store, id);
        return find(id).orElseThrow();
    }

    /** The problem's history (plan, progress, submissions, acceptance, returns, re-openings, extensions), oldest first. */
    @Transactional(readOnly = true)
    public List<ProblemReport> reports(long id) {
        return jdbc.sql("SELECT * FROM rectification_report WHERE problem_id = :p ORDER BY reported_on, id").param("p", id)
                .query((rs, n) -> new ProblemReport(rs.getLong("id"), rs.getString("kind"),
                        rs.getObject("reported_on", LocalDate.class), rs.getString("body"), rs.getString("reported_by")))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Attachment> attachments(long id) {
        return attachments.of(ref(id));
    }

    /** The acceptance note of a closed problem, or null. */
    @Transactional(readOnly = true)
    public String acceptanceNote(long id) {
        return jdbc.sql("SELECT acceptance_note FROM rectification_problem WHERE id = :id").param("id", id)
                .query(String.class).optional().orElse(null);
    }

    /** The steps the caller may take now: the table's, less those of the other side. */
    @Transactional(readOnly = true)
    public List<String> actions(ProblemView v) {
        DataScope scope = caller.scope();
        return Problem.TABLE.available(v.status(), caller).stream()
                .filter(s -> Problem.ISSUER_STEPS.contains(s) ? scope.unitId() != v.unitId()
                        : scope.covers(v.unitId(), v.regionCode()))
                .toList();
    }

    /** Problems in the scope matching the filters, the newest found first; {@code size} at most 5,000. */
    @Transactional(readOnly = true)
    public Paged<ProblemView> search(ProblemCommands.Query q, DataScope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" WHERE ").append(ProblemRepository.scopeCondition(scope));
        LocalDate today = LocalDate.now(clock);
        ProblemCommands.Query f = q == null ? ProblemCommands.Query.none() : q;
        if (f.status() != null) {
            where.append(" AND p.status = :status");
            params.put("status", f.status().name());
        }
        if (f.sourceType() != null && !f.sourceType().isBlank()) {
            where.append(" AND p.source_type = :st");
            params.put("st", f.sourceType().strip());
        }
        if (f.unitId() != null) {
            where.append(" AND p.unit_id = :unit");
            params.put("unit", f.unitId());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            where.append(" AND p.status <> :closed AND p.deadline < :today");
            params.put("closed", ProblemStatus.CLOSED.name());
            params.put("today", today);
        }
        if (f.year() != null) {
            where.append(" AND p.found_on BETWEEN :from AND :to");
            params.put("from", LocalDate.of(f.year(), 1, 1));
            params.put("to", LocalDate.of(f.year(), 12, 31));
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" AND (p.case_number LIKE :kw OR p.finding LIKE :kw OR p.source_label LIKE :kw)");
            params.put("kw", "%" + f.q().strip().replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        int s = Math.max(1, Math.min(size, 5000));
        int pg = Math.max(0, page);
        long total = jdbc.sql("SELECT COUNT(*) FROM rectification_problem p" + where).params(params).query(Long.class)
                .single();
        List<ProblemView> items = jdbc.sql(SELECT + where + " ORDER BY p.found_on DESC, p.id DESC LIMIT " + s + " OFFSET "
                        + (long) pg * s)
                .params(params).query((rs, n) -> ProblemRows.view(rs, today)).list();
        return new Paged<>(items, total, pg, s);
    }

    /** The source types of the problems in the scope, for the list's filter. */
    @Transactional(readOnly = true)
    public List<String> sourceTypes(DataScope scope) {
        return jdbc.sql("SELECT DISTINCT p.source_type FROM rectification_problem p WHERE "
                + ProblemRepository.scopeCondition(scope) + " ORDER BY p.source_type").params(scope.parameters())
                .query(String.class).list();
    }

    /**
     * Open problems whose deadline falls on or before {@code until} or within {@code warn-days} from today (the
     * setting), past ones included: the kernel's due list and daily warning show them.
     */
    @Override
    public List<DueItem> openDeadlines(DataScope scope, LocalDate until) {
        LocalDate warn = LocalDate.now(clock).plusDays(settings.warnDays());
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("until", until.isAfter(warn) ? until : warn);
        params.put("closed", ProblemStatus.CLOSED.name());
        List<DueItem> items = new ArrayList<>();
        jdbc.sql("SELECT p.id, p.case_number, p.finding, p.deadline, p.unit_id, p.region_code FROM rectification_problem p "
                        + "WHERE p.status <> :closed AND p.deadline <= :until AND " + ProblemRepository.scopeCondition(scope)
                        + " ORDER BY p.deadline, p.id")
                .params(params)
                .query((rs, n) -> {
                    String finding = rs.getString("finding");
                    return new DueItem(ref(rs.getLong("id")), rs.getString("case_number"),
                            finding.length() > 80 ? finding.substring(0, 80) : finding, "rectification.clock.deadline",
                            rs.getObject("deadline", LocalDate.class), rs.getLong("unit_id"), rs.getString("region_code"),
                            "/rectification/problems/" + rs.getLong("id"));
                })
                .list().forEach(items::add);
        return items;
    }

    /** Whether the source has a problem not yet closed (e.g. to refuse raising the same findings twice). */
    @Transactional(readOnly = true)
    public boolean hasOpen(String sourceType, long sourceId) {
        return bySource(sourceType, sourceId).stream().anyMatch(p -> p.status().open());
    }
}
