package cn.fazhi.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;

/** Training classes (区委党校, district, unit-run) with their hours and the trainees and attendance per unit. */
@Service
public class TrainingClasses {

    private static final String SELECT = "SELECT c.id, c.organiser, c.unit_id, u.short_name, c.title, c.xi_thought, "
            + "c.enforcement, c.starts_on, c.ends_on, c.hours, "
            + "(SELECT COALESCE(SUM(t.trainees), 0) FROM learning_class_trainee t WHERE t.class_id = c.id), "
            + "(SELECT COALESCE(SUM(t.attended), 0) FROM learning_class_trainee t WHERE t.class_id = c.id) "
            + "FROM learning_class c JOIN unit u ON u.id = c.unit_id ";

    private final LearningSupport s;

    TrainingClasses(LearningSupport support) {
        this.s = support;
    }

    private static LearningViews.TrainingClass row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new LearningViews.TrainingClass(rs.getLong(1), ClassOrganiser.valueOf(rs.getString(2)), rs.getLong(3),
                rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getBoolean(7), rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class), rs.getBigDecimal(10), rs.getInt(11), rs.getInt(12));
    }

    @Transactional(readOnly = true)
    public Paged<LearningViews.TrainingClass> search(LearningCommands.Query q, int page, int size) {
        s.requireView();
        Map<String, Object> p = s.scopeParams();
        StringBuilder where = new StringBuilder("WHERE (" + s.scope().sqlCondition("c.unit_id", "c.region_code")
                + " OR EXISTS (SELECT 1 FROM learning_class_trainee t JOIN unit tu ON tu.id = t.unit_id "
                + "WHERE t.class_id = c.id AND " + s.scope().sqlCondition("t.unit_id", "tu.region_code") + "))");
        if (q.q() != null && !q.q().isBlank()) {
            where.append(" AND (c.title LIKE :q OR u.short_name LIKE :q)");
            p.put("q", "%" + q.q().strip() + "%");
        }
        if (q.unitId() != null) {
            where.append(" AND c.unit_id = :unit");
            p.put("unit", q.unitId());
        }
        if (q.studyYear() != null) {
            where.append(" AND c.starts_on BETWEEN :from AND :to");
            p.put("from", LocalDate.of(q.studyYear(), 1, 1));
            p.put("to", LocalDate.of(q.studyYear(), 12, 31));
        }
        long total = s.jdbc.sql("SELECT COUNT(*) FROM learning_class c JOIN unit u ON u.id = c.unit_id " + where)
                .params(p).query(Long.class).single();
        p.put("limit", size);
        p.put("offset", (long) page * size);
        List<LearningViews.TrainingClass> items = s.jdbc.sql(SELECT + where + " ORDER BY c.starts_on DESC, c.id DESC "
                + "LIMIT :limit OFFSET :offset").params(p).query((rs, n) -> row(rs)).list();
        return new Paged<>(items, total, page, size);
    }

    @Transactional(readOnly = true)
    public LearningViews.TrainingClass get(long id) {
        s.requireView();
        Map<String, Object> p = s.scopeParams();
        p.put("id", id);
        return s.jdbc.sql(SELECT + "WHERE c.id = :id AND " + s.scope().sqlCondition("c.unit_id", "c.region_code"))
                .params(p).query((rs, n) -> row(rs)).optional()
                .orElseThrow(() -> UserFacingException.notFound("learning.error.notFound"));
    }

    @Transactional(readOnly = true)
    public List<LearningViews.TraineeCount> trainees(long classId) {
        get(classId);
        return s.jdbc.sql("SELECT t.unit_id, u.short_name, t.trainees, t.attended FROM learning_class_trainee t "
                        + "JOIN unit u ON u.id = t.unit_id WHERE t.class_id = :id ORDER BY u.sort_order, u.id")
                .param("id", classId)
                .query((rs, n) -> new LearningViews.TraineeCount(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        rs.getInt(4))).list();
    }

    /** Records a class with its trainees per unit; all or nothing. */
    @Transactional
    public LearningViews.TrainingClass create(LearningCommands.NewClass c) {
        s.requireManage();
        long id = insert(c, s.unitInScope(c.unitId()), false, s.who());
        s.audit("learning.class.created", "learning_class", id, c.title());
        return get(id);
    }

    long insert(LearningCommands.NewClass c, LearningSupport.UnitRef unit, boolean demo, String by) {
        ClassOrganiser organiser = LearningSupport.present(c.organiser(), "learning.field.organiser");
        String title = LearningSupport.required(c.title(), 200, "learning.field.title");
        LocalDate starts = LearningSupport.present(c.startsOn(), "learning.field.startsOn");
        LocalDate ends = c.endsOn() == null ? starts : c.endsOn();
        if (ends.isBefore(starts)) {
            throw UserFacingException.badRequest("learning.error.endsBeforeStarts");
        }
        BigDecimal hours = LearningSupport.present(c.hours(), "learning.field.hours");
        if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(1000)) > 0 || hours.scale() > 1) {
            throw UserFacingException.badRequest("learning.error.hours");
        }
        if (c.trainees() == null || c.trainees().isEmpty()) {
            throw UserFacingException.badRequest("learning.error.traineesRequired");
        }
        Set<Long> seen = new HashSet<>();
        for (LearningCommands.Trainees t : c.trainees()) {
            if (t == null || t.unitId() == null || t.trainees() == null || t.trainees() < 1 || t.trainees() > 100000
                    || (t.attended() != null && (t.attended() < 0 || t.attended() > t.trainees()))) {
                throw UserFacingException.badRequest("learning.error.trainees");
            }
            if (!seen.add(t.unitId())) {
                throw UserFacingException.badRequest("learning.error.traineeUnitTwice");
            }
            if (!demo) {
                s.jdbc.sql("SELECT id FROM unit WHERE id = :id").param("id", t.unitId()).query(Long.class).optional()
                        .orElseThrow(() -> UserFacingException.badRequest("learning.error.unitUnknown"));
            }
        }
        Map<String, Object> p = new HashMap<>();
        p.put("org", organiser.name());
        p.put("unit", unit.id());
        p.put("region", unit.regionCode());
        p.put("title", title);
        p.put("xi", Boolean.TRUE.equals(c.xiThought()));
        p.put("enf", Boolean.TRUE.equals(c.enforcement()));
        p.put("starts", starts);
        p.put("ends", ends);
        p.put("hours", hours);
        p.put("demo", demo);
        p.put("now", s.now());
        p.put("by", by);
        long id = s.insert("INSERT INTO learning_class (organiser, unit_id, region_code, title, xi_thought, enforcement, "
                + "starts_on, ends_on, hours, demo, created_at, created_by) VALUES (:org, :unit, :region, :title, :xi, "
                + ":enf, :starts, :ends, :hours, :demo, :now, :by)", p);
        for (LearningCommands.Trainees t : c.trainees()) {
            s.jdbc.sql("INSERT INTO learning_class_trainee (class_id, unit_id, trainees, attended) VALUES (:c, :u, :t, :a)")
                    .param("c", id).param("u", t.unitId()).param("t", t.trainees())
                    .param("a", t.attended() == null ? t.trainees() : t.attended()).update();
        }
        return id;
    }

    public void exported(int rows) {
        s.audit("learning.class.exported", "learning_class", "-", String.valueOf(rows));
    }
}
