package cn.fazhi.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Rectification tasks (整改): a problem found by an evaluation, a pre-check or (later) a supervision, for the unit
 * that must correct it and report within a deadline — by default {@code rectification-days} natural days after issue
 * (广东省人民政府令第231号 Arts. 20–22: 30日, a local rule, a setting). General: any source type and id. Steps follow
 * {@link RectificationStatus.Step}; every change is audited; the version read is checked (409 when stale).
 */
@Service
public class Rectifications {

    private static final String SELECT = "SELECT t.*, u.name AS unit_name FROM enforcement_rectification t "
            + "JOIN unit u ON u.id = t.unit_id";

    private final JdbcClient jdbc;
    private final Units units;
    private final AuditTrail audit;
    private final FileReviewProperties settings;
    private final Clock clock;

    Rectifications(JdbcClient jdbc, Units units, AuditTrail audit, FileReviewProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** Raises a task for a unit; the deadline defaults to today + the setting and may not lie before today. */
    @Transactional
    public RectificationView raise(RectificationCommands.Raise c) {
        if (c == null || c.sourceType() == null || c.sourceType().isBlank() || c.sourceId() == null
                || c.problem() == null || c.problem().isBlank() || c.unitId() == null) {
            throw UserFacingException.badRequest("enforcement.filereview.error.rectificationIncomplete");
        }
        UnitView unit = units.find(c.unitId())
                .orElseThrow(() -> UserFacingException.badRequest("enforcement.filereview.error.unitUnknown"));
        LocalDate today = LocalDate.now(clock);
        LocalDate deadline = c.deadline() == null ? today.plusDays(settings.rectificationDays()) : c.deadline();
        if (deadline.isBefore(today)) {
            throw UserFacingException.badRequest("enforcement.filereview.error.deadlinePast");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enforcement_rectification (source_type, source_id, reference, unit_id, region_code, problem, "
                        + "rule_text, issued_on, deadline, status, created_at, created_by) VALUES (:st, :sid, :ref, :u, :r, "
                        + ":p, :rule, :issued, :deadline, :status, :at, :by)")
                .param("st", c.sourceType().strip()).param("sid", c.sourceId()).param("ref", c.reference())
                .param("u", unit.id()).param("r", unit.regionCode()).param("p", c.problem().strip())
                .param("rule", c.rule() == null || c.rule().isBlank() ? null : c.rule().strip()).param("issued", today)
                .param("deadline", deadline).param("status", RectificationStatus.OPEN.name())
                .param("at", OffsetDateTime.now(clock)).param("by", Actors.current()).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        audit.record(AuditEntry.of("enforcement.rectification.raised", "enforcement_rectification", id,
                unit.name() + " " + c.sourceType() + "/" + c.sourceId()));
        return find(id).orElseThrow();
    }

    /** The unit reports what it corrected (its own unit's tasks; OPEN or OVERDUE). */
    @Transactional
    public RectificationView report(long id, RectificationCommands.Report c, CurrentUser me) {
        if (c == null || c.report() == null || c.report().isBlank()) {
            throw UserFacingException.badRequest("enforcement.filereview.validation.reportRequired");
        }
        RectificationView t = step(id, c.version(), RectificationStatus.Step.REPORT, me);
        if (me.unitId() != t.unitId()) {
            throw UserFacingException.forbidden("enforcement.filereview.error.notYourUnit");
        }
        update(t, RectificationStatus.REPORTED, "report = :report, reported_on = :day", Map.of("report", c.report().strip(),
                "day", LocalDate.now(clock)));
        audit.record(AuditEntry.of("enforcement.rectification.reported", "enforcement_rectification", id, t.unitName()));
        return find(id).orElseThrow();
    }

    /** The supervisor accepts the report: the task is done. */
    @Transactional
    public RectificationView accept(long id, RectificationCommands.Decide c, CurrentUser me) {
        RectificationView t = step(id, c == null ? null : c.version(), RectificationStatus.Step.ACCEPT, me);
        update(t, RectificationStatus.ACCEPTED, "accepted_on = :day, decided_by = :by, decision_note = :note",
                params("day", LocalDate.now(clock), "by", me.username(), "note", note(c)));
        audit.record(AuditEntry.of("enforcement.rectification.accepted", "enforcement_rectification", id, t.unitName()));
        return find(id).orElseThrow();
    }

    /** The supervisor returns the report with a note: OPEN again (OVERDUE if the deadline has passed). */
    @Transactional
    public RectificationView returnReport(long id, RectificationCommands.Decide c, CurrentUser me) {
        if (note(c) == null) {
            throw UserFacingException.badRequest("enforcement.filereview.error.noteRequired");
        }
        RectificationView t = step(id, c.version(), RectificationStatus.Step.RETURN, me);
        RectificationStatus next = t.deadline().isBefore(LocalDate.now(clock)) ? RectificationStatus.OVERDUE
                : RectificationStatus.OPEN;
        update(t, next, "decided_by = :by, decision_note = :note", params("by", me.username(), "note", note(c)));
        audit.record(AuditEntry.of("enforcement.rectification.returned", "enforcement_rectification", id, t.unitName()));
        return find(id).orElseThrow();
    }

    /** Marks OPEN tasks past their deadline OVERDUE (the daily job); returns how many. */
    @Transactional
    public int markOverdue(LocalDate today) {
        int n = jdbc.sql("UPDATE enforcement_rectification SET status = :overdue, version = version + 1 "
                        + "WHERE status = :open AND deadline < :today")
                .param("overdue", RectificationStatus.OVERDUE.name()).param("open", RectificationStatus.OPEN.name())
                .param("today", today).update();
        if (n > 0) {
            audit.record(AuditEntry.of("enforcement.rectification.overdue", "enforcement_rectification", today, n + " tasks")
                    .by(Actors.SYSTEM));
        }
        return n;
    }

    private static String note(RectificationCommands.Decide c) {
        return c == null || c.note() == null || c.note().isBlank() ? null : c.note().strip();
    }

    private static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Loads in scope (404), checks the permission (403), the version (400 missing, 409 stale) and the state (409). */
    private RectificationView step(long id, Integer version, RectificationStatus.Step step, CurrentUser me) {
        RectificationView t = get(id, me.scope());
        if (step.permission() != null && !me.can(step.permission())) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        if (version == null) {
            throw UserFacingException.badRequest("enforcement.filereview.validation.versionRequired");
        }
        if (version != t.version()) {
            throw UserFacingException.conflict("error.conflict");
        }
        if (!step.allowedFrom(t.status())) {
            throw UserFacingException.conflict("enforcement.filereview.error.stepNotNow");
        }
        return t;
    }

    private void update(RectificationView t, RectificationStatus next, String set, Map<String, Object> values) {
        Map<String, Object> p = new HashMap<>(values);
        p.put("status", next.name());
        p.put("id", t.id());
        p.put("v", t.version());
        int n = jdbc.sql("UPDATE enforcement_rectification SET status = :status, " + set + ", version = version + 1 "
                + "WHERE id = :id AND version = :v").params(p).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
    }

    public Optional<RectificationView> find(long id) {
        return jdbc.sql(SELECT + " WHERE t.id = :id").param("id", id).query(this::map).optional();
    }

    /** One task in the caller's scope, else 404. */
    public RectificationView get(long id, DataScope scope) {
        return find(id).filter(t -> scope.covers(t.unitId(), t.regionCode()))
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    /** Tasks in scope, optionally of one status, one source, or with a keyword in the problem; newest first, one page. */
    public List<RectificationView> search(RectificationStatus status, String sourceType, Long sourceId, String keyword,
            int page, int size, DataScope scope) {
        Map<String, Object> p = new HashMap<>(scope.parameters());
        String where = where(status, sourceType, sourceId, keyword, scope, p);
        int limit = Math.max(1, Math.min(size, 5000));
        return jdbc.sql(SELECT + " WHERE " + where + " ORDER BY t.issued_on DESC, t.id DESC LIMIT " + limit + " OFFSET "
                + (long) Math.max(0, page) * limit).params(p).query(this::map).list();
    }

    public long count(RectificationStatus status, String sourceType, Long sourceId, String keyword, DataScope scope) {
        Map<String, Object> p = new HashMap<>(scope.parameters());
        return jdbc.sql("SELECT COUNT(*) FROM enforcement_rectification t WHERE "
                + where(status, sourceType, sourceId, keyword, scope, p)).params(p).query(Long.class).single();
    }

    private static String where(RectificationStatus status, String sourceType, Long sourceId, String keyword,
            DataScope scope, Map<String, Object> p) {
        StringBuilder w = new StringBuilder(scope.sqlCondition("t.unit_id", "t.region_code"));
        if (status != null) {
            w.append(" AND t.status = :status");
            p.put("status", status.name());
        }
        if (sourceType != null && !sourceType.isBlank()) {
            w.append(" AND t.source_type = :st");
            p.put("st", sourceType);
        }
        if (sourceId != null) {
            w.append(" AND t.source_id = :sid");
            p.put("sid", sourceId);
        }
        if (keyword != null && !keyword.isBlank()) {
            w.append(" AND (t.problem LIKE :kw OR t.reference LIKE :kw)");
            p.put("kw", "%" + keyword.strip().replace("%", "").replace("_", "") + "%");
        }
        return w.toString();
    }

    private RectificationView map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new RectificationView(rs.getLong("id"), rs.getString("source_type"), rs.getLong("source_id"),
                rs.getString("reference"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("region_code"),
                rs.getString("problem"), rs.getString("rule_text"), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("deadline", LocalDate.class), RectificationStatus.valueOf(rs.getString("status")),
                rs.getString("report"), rs.getObject("reported_on", LocalDate.class),
                rs.getObject("accepted_on", LocalDate.class), rs.getString("decided_by"), rs.getString("decision_note"),
                rs.getInt("version"));
    }
}
