package cn.fazhi.duties;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.Attachment;
import cn.fazhi.cases.CaseAttachments;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;

/**
 * 述法: the office's yearly plans (书面述法 on the year before, or the 依法行政书面述职 at the government's first plenary)
 * over the roster or a chosen subset, each unit's written report (text and/or file, submitted by the unit), the
 * office's evaluation (好/较好/一般/差 with comments) and the speakers chosen for the meeting (典型发言). Everything
 * changed is audited; a unit sees and submits only its own report.
 */
@Service
public class Shufa {

    /** The case type report files are filed under. */
    public static final String REPORT_TYPE = "shufa_report";

    /** The plan kinds. */
    public enum Kind { WRITTEN, PLENARY }

    public record Plan(long id, int planYear, Kind kind, int reportedYear, String title, LocalDate deadline,
            LocalDate meetingOn, long units, long submitted, long late, long evaluated, long speakers) {}

    public record Report(long id, long planId, String planTitle, Kind kind, long unitId, String unitName, String body,
            Long attachmentId, LocalDate submittedOn, LocalDate deadline, ShufaRules.Timeliness timeliness,
            String grade, String comments, LocalDate evaluatedOn, boolean speaker, int version, String regionCode) {}

    /** A new plan; {@code unitIds} empty or null: the whole roster of {@code planYear}. */
    public record NewPlan(Integer planYear, Kind kind, Integer reportedYear, String title, LocalDate deadline,
            LocalDate meetingOn, List<Long> unitIds) {}

    public record Evaluation(String grade, String comments) {}

    static final String REPORT_SELECT = "SELECT r.id, r.plan_id, p.title, p.kind, r.unit_id, u.name AS unit_name, r.body, "
            + "r.attachment_id, r.submitted_on, p.deadline, r.grade, r.comments, r.evaluated_on, r.speaker, r.version, "
            + "r.region_code FROM shufa_report r JOIN shufa_plan p ON p.id = r.plan_id JOIN unit u ON u.id = r.unit_id";

    private final JdbcClient jdbc;
    private final Roster roster;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final CaseAttachments attachments;
    private final Clock clock;

    Shufa(JdbcClient jdbc, Roster roster, CurrentUsers users, AuditTrail audit, CaseAttachments attachments,
            Clock clock) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.users = users;
        this.audit = audit;
        this.attachments = attachments;
        this.clock = clock;
    }

    private void require(String permission) {
        if (!users.can(permission)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
    }

    /** Creates a plan and one (missing) report row per unit; refused, nothing saved, when the dates or units do not fit. */
    @Transactional
    public Plan create(NewPlan c) {
        require(DutiesPermissions.MANAGE);
        if (c == null || c.planYear() == null || c.kind() == null) {
            throw UserFacingException.badRequest("duties.error.planIncomplete");
        }
        int reported = c.reportedYear() == null ? c.planYear() - 1 : c.reportedYear();
        ShufaRules.checkPlan(c.planYear(), reported, c.deadline(), c.meetingOn());
        if (c.title() == null || c.title().isBlank() || c.title().length() > 200) {
            throw UserFacingException.badRequest("duties.error.title");
        }
        List<Long> units = c.unitIds() == null || c.unitIds().isEmpty() ? roster.unitIds(c.planYear()) : c.unitIds();
        if (units.isEmpty()) {
            throw UserFacingException.badRequest("duties.error.rosterEmpty", c.planYear());
        }
        for (Long u : units) {
            if (u == null || !roster.contains(c.planYear(), u)) {
                throw UserFacingException.badRequest("duties.error.unitNotOnRoster", c.planYear());
            }
        }
        long id = insertPlan(c.planYear(), c.kind(), reported, c.title().strip(), c.deadline(), c.meetingOn(), false,
                Actors.current());
        for (Long u : units.stream().distinct().toList()) {
            insertReport(id, u, false);
        }
        audit.record(AuditEntry.of("duties.plan.created", "shufa_plan", id, c.planYear() + " " + c.kind() + " "
                + units.size()));
        return plan(id);
    }

    long insertPlan(int year, Kind kind, int reported, String title, LocalDate deadline, LocalDate meetingOn,
            boolean demo, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO shufa_plan (plan_year, kind, reported_year, title, deadline, meeting_on, demo, created_at, "
                        + "created_by) VALUES (:y, :k, :r, :t, :d, :m, :demo, :at, :by)")
                .param("y", year).param("k", kind.name()).param("r", reported).param("t", title).param("d", deadline)
                .param("m", meetingOn).param("demo", demo).param("at", OffsetDateTime.now(clock)).param("by", by)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    long insertReport(long planId, long unitId, boolean demo) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO shufa_report (plan_id, unit_id, region_code, demo) SELECT :p, u.id, u.region_code, :demo "
                        + "FROM unit u WHERE u.id = :u")
                .param("p", planId).param("u", unitId).param("demo", demo).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private static final String PLAN_SELECT = "SELECT p.id, p.plan_year, p.kind, p.reported_year, p.title, p.deadline, "
            + "p.meeting_on, (SELECT COUNT(*) FROM shufa_report r WHERE r.plan_id = p.id) AS units, "
            + "(SELECT COUNT(*) FROM shufa_report r WHERE r.plan_id = p.id AND r.submitted_on IS NOT NULL) AS submitted, "
            + "(SELECT COUNT(*) FROM shufa_report r WHERE r.plan_id = p.id AND r.submitted_on > p.deadline) AS late, "
            + "(SELECT COUNT(*) FROM shufa_report r WHERE r.plan_id = p.id AND r.grade IS NOT NULL) AS evaluated, "
            + "(SELECT COUNT(*) FROM shufa_report r WHERE r.plan_id = p.id AND r.speaker) AS speakers FROM shufa_plan p";

    private Plan mapPlan(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Plan(rs.getLong("id"), rs.getInt("plan_year"), Kind.valueOf(rs.getString("kind")),
                rs.getInt("reported_year"), rs.getString("title"), rs.getObject("deadline", LocalDate.class),
                rs.getObject("meeting_on", LocalDate.class), rs.getLong("units"), rs.getLong("submitted"),
                rs.getLong("late"), rs.getLong("evaluated"), rs.getLong("speakers"));
    }

    public Plan plan(long id) {
        require(DutiesPermissions.VIEW);
        return jdbc.sql(PLAN_SELECT + " WHERE p.id = :id").param("id", id).query((rs, n) -> mapPlan(rs)).optional()
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    /** The plans, newest year first, optionally of one year and matching {@code q} in the title. */
    public Paged<Plan> plans(Integer year, String q, int page, int size) {
        require(DutiesPermissions.VIEW);
        Map<String, Object> params = new HashMap<>();
        String where = " WHERE 1 = 1";
        if (year != null) {
            where += " AND p.plan_year = :y";
            params.put("y", year);
        }
        if (q != null && !q.isBlank()) {
            where += " AND p.title LIKE :q";
            params.put("q", "%" + q.strip() + "%");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM shufa_plan p" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<Plan> items = jdbc.sql(PLAN_SELECT + where + " ORDER BY p.plan_year DESC, p.id DESC LIMIT :limit OFFSET :offset")
                .params(params).query((rs, n) -> mapPlan(rs)).list();
        return new Paged<>(items, total, page, size);
    }

    private Report mapReport(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
        LocalDate submitted = rs.getObject("submitted_on", LocalDate.class);
        LocalDate deadline = rs.getObject("deadline", LocalDate.class);
        long att = rs.getLong("attachment_id");
        return new Report(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("title"), Kind.valueOf(rs.getString("kind")),
                rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("body"), rs.wasNull() ? null : att,
                submitted, deadline, ShufaRules.timeliness(submitted, deadline, today), rs.getString("grade"),
                rs.getString("comments"), rs.getObject("evaluated_on", LocalDate.class), rs.getBoolean("speaker"),
                rs.getInt("version"), rs.getString("region_code"));
    }

    /**
     * The reports of a plan within the caller's scope (a unit: its own), filtered by unit name and state
     * ({@code SUBMITTED}, {@code LATE}, {@code MISSING}, {@code SPEAKER}).
     */
    public Paged<Report> reports(long planId, String q, String state, int page, int size) {
        plan(planId);
        DataScope scope = users.scope();
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("p", planId);
        String where = " WHERE r.plan_id = :p AND " + scope.sqlCondition("r.unit_id", "r.region_code");
        if (q != null && !q.isBlank()) {
            where += " AND u.name LIKE :q";
            params.put("q", "%" + q.strip() + "%");
        }
        if (state != null && !state.isBlank()) {
            where += switch (state) {
                case "SUBMITTED" -> " AND r.submitted_on IS NOT NULL";
                case "LATE" -> " AND r.submitted_on > p.deadline";
                case "MISSING" -> " AND r.submitted_on IS NULL";
                case "SPEAKER" -> " AND r.speaker";
                default -> throw UserFacingException.badRequest("duties.error.state");
            };
        }
        String from = " FROM shufa_report r JOIN shufa_plan p ON p.id = r.plan_id JOIN unit u ON u.id = r.unit_id";
        long total = jdbc.sql("SELECT COUNT(*)" + from + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        LocalDate today = LocalDate.now(clock);
        List<Report> items = jdbc.sql(REPORT_SELECT + where + " ORDER BY u.sort_order, u.id LIMIT :limit OFFSET :offset")
                .params(params).query((rs, n) -> mapReport(rs, today)).list();
        return new Paged<>(items, total, page, size);
    }

    /** One report within the caller's scope (else not found). */
    public Report report(long id) {
        require(DutiesPermissions.VIEW);
        LocalDate today = LocalDate.now(clock);
        Report r = jdbc.sql(REPORT_SELECT + " WHERE r.id = :id").param("id", id).query((rs, n) -> mapReport(rs, today))
                .optional().orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        if (!users.scope().covers(r.unitId(), r.regionCode())) {
            throw UserFacingException.notFound("error.notFound");
        }
        return r;
    }

    /**
     * The unit submits (or resubmits, until evaluated) its report: text and/or a file, dated {@code submittedOn} (today
     * when null). Only a user of the report's unit with {@code duties:submit}.
     */
    @Transactional
    public Report submit(long id, int version, String body, LocalDate submittedOn, String fileName, InputStream file) {
        require(DutiesPermissions.SUBMIT);
        Report r = report(id);
        if (r.unitId() != users.require().unitId()) {
            throw UserFacingException.forbidden("duties.error.notYourUnit");
        }
        if (r.grade() != null) {
            throw UserFacingException.conflict("duties.error.alreadyEvaluated");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = submittedOn == null ? today : submittedOn;
        boolean hasFile = file != null && fileName != null && !fileName.isBlank();
        ShufaRules.checkReport(body, hasFile || r.attachmentId() != null, on, today);
        Long attachment = r.attachmentId();
        if (hasFile) {
            Attachment a = attachments.store(new CaseRef(REPORT_TYPE, id), fileName, file, "report");
            attachment = a.id();
        }
        int updated = jdbc.sql("UPDATE shufa_report SET body = :b, attachment_id = :a, submitted_on = :on, "
                        + "submitted_by = :by, version = version + 1 WHERE id = :id AND version = :v")
                .param("b", body == null || body.isBlank() ? null : body.strip()).param("a", attachment).param("on", on)
                .param("by", Actors.current()).param("id", id).param("v", version).update();
        if (updated == 0) {
            throw UserFacingException.conflict("duties.error.version");
        }
        audit.record(AuditEntry.of("duties.report.submitted", "shufa_report", id, r.unitName() + " " + on
                + (on.isAfter(r.deadline()) ? " late" : "")));
        return report(id);
    }

    /** The office evaluates a submitted report: grade 好/较好/一般/差 and comments (audited). */
    @Transactional
    public Report evaluate(long id, Evaluation e) {
        require(DutiesPermissions.MANAGE);
        Report r = report(id);
        if (r.submittedOn() == null) {
            throw UserFacingException.badRequest("duties.error.notSubmitted");
        }
        ShufaRules.Grade grade = ShufaRules.grade(e == null ? null : e.grade());
        String comments = e.comments() == null ? "" : e.comments().strip();
        if (comments.length() > 2000) {
            throw UserFacingException.badRequest("duties.error.tooLong", 2000);
        }
        jdbc.sql("UPDATE shufa_report SET grade = :g, comments = :c, evaluated_on = :on, evaluated_by = :by, "
                        + "version = version + 1 WHERE id = :id")
                .param("g", grade.name()).param("c", comments).param("on", LocalDate.now(clock))
                .param("by", Actors.current()).param("id", id).update();
        audit.record(AuditEntry.of("duties.report.evaluated", "shufa_report", id, r.unitName() + " " + grade));
        return report(id);
    }

    /** The office chooses (or un-chooses) a submitted report's unit to speak at the meeting (典型发言). */
    @Transactional
    public Report speaker(long id, boolean speaker) {
        require(DutiesPermissions.MANAGE);
        Report r = report(id);
        if (speaker && r.submittedOn() == null) {
            throw UserFacingException.badRequest("duties.error.notSubmitted");
        }
        jdbc.sql("UPDATE shufa_report SET speaker = :s, version = version + 1 WHERE id = :id").param("s", speaker)
                .param("id", id).update();
        audit.record(AuditEntry.of("duties.report.speaker", "shufa_report", id, r.unitName() + " " + speaker));
        return report(id);
    }

    /**
     * Each unit's attainment from its 书面述法 report of the plans of {@code year} (the assessment's source
     * {@code duties.shufa}): the units of those plans, by {@link ShufaRules#attainment}.
     */
    public Map<Long, BigDecimal> attainment(int year) {
        Map<Long, BigDecimal> out = new LinkedHashMap<>();
        jdbc.sql("SELECT r.unit_id, r.submitted_on, r.grade FROM shufa_report r JOIN shufa_plan p ON p.id = r.plan_id "
                        + "WHERE p.plan_year = :y AND p.kind = 'WRITTEN' ORDER BY r.unit_id")
                .param("y", year).query(rs -> {
                    String g = rs.getString("grade");
                    out.merge(rs.getLong("unit_id"), ShufaRules.attainment(rs.getObject("submitted_on", LocalDate.class),
                            g == null ? null : ShufaRules.Grade.valueOf(g)), BigDecimal::min);
                });
        return out;
    }
}
