package cn.fazhi.publicity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The "谁执法谁普法" annual review (中办发〔2017〕31号; 督察规定 Art. 27: reports reviewed by deputies, members and experts):
 * each unit's 普法 report (述职 at the review meeting) and the experts' scores and comments; "一把手谈法治" talks; model
 * villages (民主法治示范村（社区）) and their reviews.
 */
@Service
public class Reviews {

    public record Report(long id, long unitId, String unitName, int workYear, LocalDate reportedOn, String summary,
            int evaluations, BigDecimal averageScore) {}

    public record Evaluation(long id, String expertName, String expertKind, int score, String comment,
            LocalDate evaluatedOn) {}

    public record Expert(long id, String name, String kind, String title) {}

    public record HeadTalk(long id, String unitName, String headPost, String headName, LocalDate heldOn, String topic,
            String medium) {}

    public record Village(long id, String name, String township, String level, int namedYear, LocalDate lastReviewedOn,
            String lastReviewer, String lastResult) {}

    public record TalkForm(String headPost, String headName, LocalDate heldOn, String topic, String medium) {}

    public record EvaluationForm(Long expertId, Integer score, String comment) {}

    private final JdbcClient jdbc;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    Reviews(JdbcClient jdbc, CurrentUsers users, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    private static Map<String, Object> filters(StringBuilder where, DataScope scope, String unitCol, String regionCol,
            String dateCol, String q, String qCols, Integer year) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        where.append(" WHERE ").append(scope.sqlCondition(unitCol, regionCol));
        if (q != null && !q.isBlank()) {
            where.append(" AND (").append(qCols).append(")");
            params.put("q", "%" + q.trim() + "%");
        }
        if (year != null) {
            where.append(" AND ").append(dateCol).append(" BETWEEN :from AND :to");
            params.put("from", LocalDate.of(year, 1, 1));
            params.put("to", LocalDate.of(year, 12, 31));
        }
        return params;
    }

    /** Reports in scope, by the day reported. */
    public Paged<Report> reports(String q, Integer year, int page, int size) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = filters(where, users.scope(), "r.unit_id", "r.region_code", "r.reported_on", q,
                "u.name LIKE :q OR u.short_name LIKE :q", year);
        String from = " FROM pub_duty_report r JOIN unit u ON u.id = r.unit_id";
        long total = jdbc.sql("SELECT COUNT(*)" + from + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) Math.max(page, 0) * size);
        List<Report> items = jdbc.sql("SELECT r.id, r.unit_id, u.short_name, r.work_year, r.reported_on, r.summary, "
                        + "(SELECT COUNT(*) FROM pub_evaluation e WHERE e.report_id = r.id), "
                        + "(SELECT AVG(CAST(e.score AS NUMERIC(6,2))) FROM pub_evaluation e WHERE e.report_id = r.id)" + from + where
                        + " ORDER BY r.reported_on DESC, u.sort_order LIMIT :limit OFFSET :offset").params(params)
                .query((rs, n) -> new Report(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getInt(7),
                        rs.getBigDecimal(8) == null ? null : rs.getBigDecimal(8).setScale(1, java.math.RoundingMode.HALF_UP)))
                .list();
        return new Paged<>(items, total, page, size);
    }

    public Report report(long id) {
        DataScope scope = users.scope();
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("id", id);
        return jdbc.sql("SELECT r.id, r.unit_id, u.short_name, r.work_year, r.reported_on, r.summary FROM pub_duty_report r "
                        + "JOIN unit u ON u.id = r.unit_id WHERE r.id = :id AND " + scope.sqlCondition("r.unit_id", "r.region_code"))
                .params(params)
                .query((rs, n) -> new Report(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), 0, null))
                .optional().orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    public List<Evaluation> evaluations(long reportId) {
        report(reportId);
        return jdbc.sql("SELECT e.id, x.name, x.kind, e.score, e.comment, e.evaluated_on FROM pub_evaluation e "
                        + "JOIN pub_expert x ON x.id = e.expert_id WHERE e.report_id = :r ORDER BY e.id").param("r", reportId)
                .query((rs, n) -> new Evaluation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class)))
                .list();
    }

    /** An expert's score (0–100) and comment on a report; one per expert and report. */
    @Transactional
    public long evaluate(long reportId, EvaluationForm form) {
        if (!users.can(PublicityPermissions.MANAGE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        report(reportId);
        if (form.expertId() == null || jdbc.sql("SELECT COUNT(*) FROM pub_expert WHERE id = :x").param("x", form.expertId())
                .query(Long.class).single() == 0) {
            throw UserFacingException.badRequest("publicity.error.expert");
        }
        if (form.score() == null || form.score() < 0 || form.score() > 100) {
            throw UserFacingException.badRequest("publicity.error.score");
        }
        if (form.comment() != null && form.comment().length() > 500) {
            throw UserFacingException.badRequest("publicity.error.tooLong",
                    new PublicityDutyLists.FieldName("publicity.field.comment"), 500);
        }
        if (jdbc.sql("SELECT COUNT(*) FROM pub_evaluation WHERE report_id = :r AND expert_id = :x").param("r", reportId)
                .param("x", form.expertId()).query(Long.class).single() > 0) {
            throw UserFacingException.badRequest("publicity.error.evaluated");
        }
        jdbc.sql("INSERT INTO pub_evaluation (report_id, expert_id, score, comment, evaluated_on) VALUES (:r, :x, :s, :c, :d)")
                .param("r", reportId).param("x", form.expertId()).param("s", form.score()).param("c", form.comment())
                .param("d", LocalDate.now(clock)).update();
        long id = jdbc.sql("SELECT id FROM pub_evaluation WHERE report_id = :r AND expert_id = :x").param("r", reportId)
                .param("x", form.expertId()).query(Long.class).single();
        audit.record(AuditEntry.of("publicity.report.evaluated", "pub_duty_report", reportId, String.valueOf(form.score())));
        return id;
    }

    /** The caller's unit records its head's "一把手谈法治" talk. */
    @Transactional
    public long recordTalk(TalkForm form) {
        if (!users.can(PublicityPermissions.SUBMIT) && !users.can(PublicityPermissions.MANAGE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        String post = PublicityDutyLists.required(form.headPost(), "publicity.field.headPost", 50);
        String name = PublicityDutyLists.required(form.headName(), "publicity.field.headName", 50);
        String topic = PublicityDutyLists.required(form.topic(), "publicity.field.topic", 200);
        String medium = PublicityDutyLists.required(form.medium(), "publicity.field.medium", 100);
        if (form.heldOn() == null) {
            throw UserFacingException.badRequest("publicity.error.required",
                    new PublicityDutyLists.FieldName("publicity.field.heldOn"));
        }
        if (form.heldOn().isAfter(LocalDate.now(clock))) {
            throw UserFacingException.badRequest("publicity.error.future");
        }
        long unit = users.require().unitId();
        String region = jdbc.sql("SELECT region_code FROM unit WHERE id = :u").param("u", unit).query(String.class).single();
        jdbc.sql("INSERT INTO pub_head_talk (unit_id, region_code, head_post, head_name, held_on, topic, medium, created_at, "
                        + "created_by) VALUES (:u, :r, :p, :n, :d, :t, :m, :now, :by)")
                .param("u", unit).param("r", region).param("p", post).param("n", name).param("d", form.heldOn())
                .param("t", topic).param("m", medium).param("now", java.time.OffsetDateTime.now(clock))
                .param("by", users.username()).update();
        long id = jdbc.sql("SELECT MAX(id) FROM pub_head_talk WHERE unit_id = :u").param("u", unit).query(Long.class).single();
        audit.record(AuditEntry.of("publicity.talk.recorded", "pub_head_talk", id, topic));
        return id;
    }

    public List<Expert> experts() {
        return jdbc.sql("SELECT id, name, kind, title FROM pub_expert ORDER BY id")
                .query((rs, n) -> new Expert(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    public Paged<HeadTalk> headTalks(String q, Integer year, int page, int size) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = filters(where, users.scope(), "t.unit_id", "t.region_code", "t.held_on", q,
                "u.name LIKE :q OR u.short_name LIKE :q OR t.topic LIKE :q OR t.head_name LIKE :q", year);
        String from = " FROM pub_head_talk t JOIN unit u ON u.id = t.unit_id";
        long total = jdbc.sql("SELECT COUNT(*)" + from + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) Math.max(page, 0) * size);
        List<HeadTalk> items = jdbc.sql("SELECT t.id, u.short_name, t.head_post, t.head_name, t.held_on, t.topic, t.medium"
                        + from + where + " ORDER BY t.held_on DESC, t.id LIMIT :limit OFFSET :offset").params(params)
                .query((rs, n) -> new HeadTalk(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7)))
                .list();
        return new Paged<>(items, total, page, size);
    }

    public Paged<Village> villages(String q, String level, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (q != null && !q.isBlank()) {
            where.append(" AND (v.name LIKE :q OR r.name LIKE :q)");
            params.put("q", "%" + q.trim() + "%");
        }
        if (level != null && !level.isBlank()) {
            where.append(" AND v.level = :level");
            params.put("level", level);
        }
        String from = " FROM pub_model_village v JOIN region r ON r.code = v.region_code";
        long total = jdbc.sql("SELECT COUNT(*)" + from + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) Math.max(page, 0) * size);
        String last = "(SELECT MAX(w.id) FROM pub_village_review w WHERE w.village_id = v.id)";
        List<Village> items = jdbc.sql("SELECT v.id, v.name, r.name, v.level, v.named_year, w.reviewed_on, w.reviewer, w.result"
                        + from + " LEFT JOIN pub_village_review w ON w.id = " + last + where
                        + " ORDER BY CASE v.level WHEN 'NATIONAL' THEN 0 WHEN 'PROVINCIAL' THEN 1 ELSE 2 END, v.id "
                        + "LIMIT :limit OFFSET :offset").params(params)
                .query((rs, n) -> new Village(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8)))
                .list();
        return new Paged<>(items, total, page, size);
    }
}
