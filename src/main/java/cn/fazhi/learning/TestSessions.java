package cn.fazhi.learning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Test sessions (the online law test, the pre-appointment law exam): window, duration, pass mark and questions; their
 * assignment to units (every cadre of the unit) and to cadres; participation (took / assigned) and pass rate (passed /
 * took) per unit within the caller's scope.
 */
@Service
public class TestSessions {

    private final LearningSupport s;

    TestSessions(LearningSupport support) {
        this.s = support;
    }

    private String scoped(String alias) {
        return s.scope().sqlCondition(alias + ".unit_id", alias + ".region_code");
    }

    private String select() {
        String a = "FROM learning_assignment a WHERE a.test_id = t.id AND " + scoped("a");
        return "SELECT t.id, t.title, t.kind, t.district_wide, u.short_name, t.opens_at, t.closes_at, t.duration_minutes, "
                + "t.pass_mark, (SELECT COUNT(*) FROM learning_test_question q WHERE q.test_id = t.id), "
                + "(SELECT COUNT(*) " + a + "), "
                + "(SELECT COUNT(*) FROM learning_attempt a WHERE a.test_id = t.id AND a.status = 'SUBMITTED' AND "
                + scoped("a") + "), "
                + "(SELECT COUNT(*) FROM learning_attempt a WHERE a.test_id = t.id AND a.passed AND " + scoped("a") + ") "
                + "FROM learning_test t JOIN unit u ON u.id = t.unit_id ";
    }

    private String visible() {
        return "(" + scoped("t") + " OR EXISTS (SELECT 1 FROM learning_assignment a WHERE a.test_id = t.id AND "
                + scoped("a") + "))";
    }

    private static LearningViews.TestSession row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new LearningViews.TestSession(rs.getLong(1), rs.getString(2), TestKind.valueOf(rs.getString(3)),
                rs.getBoolean(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).withOffsetSameInstant(
                        LearningSupport.CHINA), rs.getObject(7, OffsetDateTime.class).withOffsetSameInstant(
                        LearningSupport.CHINA), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getLong(11),
                rs.getLong(12), rs.getLong(13));
    }

    @Transactional(readOnly = true)
    public Paged<LearningViews.TestSession> search(LearningCommands.Query q, int page, int size) {
        s.requireView();
        Map<String, Object> p = s.scopeParams();
        StringBuilder where = new StringBuilder("WHERE " + visible());
        if (q.q() != null && !q.q().isBlank()) {
            where.append(" AND t.title LIKE :q");
            p.put("q", "%" + q.q().strip() + "%");
        }
        if (q.studyYear() != null) {
            where.append(" AND t.opens_on BETWEEN :from AND :to");
            p.put("from", java.time.LocalDate.of(q.studyYear(), 1, 1));
            p.put("to", java.time.LocalDate.of(q.studyYear(), 12, 31));
        }
        long total = s.jdbc.sql("SELECT COUNT(*) FROM learning_test t " + where).params(p).query(Long.class).single();
        p.put("limit", size);
        p.put("offset", (long) page * size);
        List<LearningViews.TestSession> items = s.jdbc.sql(select() + where
                + " ORDER BY t.opens_at DESC, t.id DESC LIMIT :limit OFFSET :offset").params(p).query((rs, n) -> row(rs))
                .list();
        return new Paged<>(items, total, page, size);
    }

    @Transactional(readOnly = true)
    public LearningViews.TestSession get(long id) {
        s.requireView();
        Map<String, Object> p = s.scopeParams();
        p.put("id", id);
        return s.jdbc.sql(select() + "WHERE t.id = :id AND " + visible()).params(p).query((rs, n) -> row(rs))
                .optional().orElseThrow(() -> UserFacingException.notFound("learning.error.notFound"));
    }

    @Transactional
    public LearningViews.TestSession create(LearningCommands.NewTest c) {
        s.requireManage();
        long id = insert(c, s.unitInScope(s.scope().unitId()), false, s.who());
        s.audit("learning.test.created", "learning_test", id, c.title());
        return get(id);
    }

    long insert(LearningCommands.NewTest c, LearningSupport.UnitRef organiser, boolean demo, String by) {
        String title = LearningSupport.required(c.title(), 200, "learning.field.title");
        TestKind kind = LearningSupport.present(c.kind(), "learning.field.testKind");
        var opens = LearningSupport.present(c.opensAt(), "learning.field.opensAt").atOffset(LearningSupport.CHINA);
        var closes = LearningSupport.present(c.closesAt(), "learning.field.closesAt").atOffset(LearningSupport.CHINA);
        if (!closes.isAfter(opens)) {
            throw UserFacingException.badRequest("learning.error.window");
        }
        int duration = LearningSupport.present(c.durationMinutes(), "learning.field.duration");
        if (duration < 1 || duration > 600) {
            throw UserFacingException.badRequest("learning.error.duration");
        }
        int pass = LearningSupport.present(c.passMark(), "learning.field.passMark");
        if (pass < 1 || pass > 100) {
            throw UserFacingException.badRequest("learning.error.passMark");
        }
        if (c.questionIds() == null || c.questionIds().isEmpty() || c.questionIds().size() > 200) {
            throw UserFacingException.badRequest("learning.error.questionsRequired");
        }
        Set<Long> ids = new LinkedHashSet<>(c.questionIds());
        if (ids.size() != c.questionIds().size() || ids.contains(null)) {
            throw UserFacingException.badRequest("learning.error.questionTwice");
        }
        long known = s.jdbc.sql("SELECT COUNT(*) FROM learning_question WHERE id IN (:ids)").param("ids", ids)
                .query(Long.class).single();
        if (known != ids.size()) {
            throw UserFacingException.badRequest("learning.error.questionUnknown");
        }
        Map<String, Object> p = new HashMap<>();
        p.put("title", title);
        p.put("kind", kind.name());
        p.put("dw", Boolean.TRUE.equals(c.districtWide()));
        p.put("unit", organiser.id());
        p.put("region", organiser.regionCode());
        p.put("opens", opens);
        p.put("closes", closes);
        p.put("dur", duration);
        p.put("pass", pass);
        p.put("on", opens.toLocalDate());
        p.put("demo", demo);
        p.put("now", s.now());
        p.put("by", by);
        long id = s.insert("INSERT INTO learning_test (title, kind, district_wide, unit_id, region_code, opens_at, "
                + "closes_at, duration_minutes, pass_mark, opens_on, demo, created_at, created_by) VALUES (:title, :kind, "
                + ":dw, :unit, :region, :opens, :closes, :dur, :pass, :on, :demo, :now, :by)", p);
        int pos = 1;
        for (Long q : ids) {
            s.jdbc.sql("INSERT INTO learning_test_question (test_id, position, question_id) VALUES (:t, :p, :q)")
                    .param("t", id).param("p", pos++).param("q", q).update();
        }
        return id;
    }

    /** Assigns the test to every cadre of the units and to the cadres listed (all in scope); returns how many new. */
    @Transactional
    public int assign(long testId, LearningCommands.Assign c) {
        s.requireManage();
        get(testId);
        List<Long> units = c.unitIds() == null ? List.of() : c.unitIds();
        List<Long> cadres = c.cadreIds() == null ? List.of() : c.cadreIds();
        if (units.isEmpty() && cadres.isEmpty()) {
            throw UserFacingException.badRequest("learning.error.assignEmpty");
        }
        for (Long u : units) {
            s.unitInScope(u);
        }
        Set<Long> targets = new HashSet<>();
        if (!units.isEmpty()) {
            targets.addAll(s.jdbc.sql("SELECT id FROM learning_cadre WHERE unit_id IN (:u)").param("u", units)
                    .query(Long.class).list());
        }
        if (!cadres.isEmpty()) {
            Map<String, Object> p = s.scopeParams();
            p.put("ids", cadres);
            List<Long> found = s.jdbc.sql("SELECT c.id FROM learning_cadre c WHERE c.id IN (:ids) AND " + scoped("c"))
                    .params(p).query(Long.class).list();
            if (found.size() != new HashSet<>(cadres).size()) {
                throw UserFacingException.badRequest("learning.error.cadreUnknown");
            }
            targets.addAll(found);
        }
        int added = assignCadres(testId, new ArrayList<>(targets));
        s.audit("learning.test.assigned", "learning_test", testId, String.valueOf(added));
        return added;
    }

    int assignCadres(long testId, List<Long> cadreIds) {
        int added = 0;
        for (Long cadre : cadreIds) {
            added += s.jdbc.sql("INSERT INTO learning_assignment (test_id, cadre_id, unit_id, region_code) "
                            + "SELECT :t, c.id, c.unit_id, c.region_code FROM learning_cadre c WHERE c.id = :c AND NOT EXISTS "
                            + "(SELECT 1 FROM learning_assignment a WHERE a.test_id = :t AND a.cadre_id = c.id)")
                    .param("t", testId).param("c", cadre).update();
        }
        return added;
    }

    /** Participation and pass rate per unit of one test, within the caller's scope, and the total line last. */
    @Transactional(readOnly = true)
    public List<LearningViews.UnitResult> unitResults(long testId) {
        get(testId);
        Map<String, Object> p = s.scopeParams();
        p.put("t", testId);
        List<LearningViews.UnitResult> out = new ArrayList<>(s.jdbc.sql("SELECT a.unit_id, u.short_name, COUNT(*), "
                        + "SUM(CASE WHEN at.status = 'SUBMITTED' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN at.passed THEN 1 ELSE 0 END) FROM learning_assignment a JOIN unit u ON u.id = a.unit_id "
                        + "LEFT JOIN learning_attempt at ON at.assignment_id = a.id WHERE a.test_id = :t AND " + scoped("a")
                        + " GROUP BY a.unit_id, u.short_name, u.sort_order ORDER BY u.sort_order, a.unit_id").params(p)
                .query((rs, n) -> result(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list());
        long assigned = out.stream().mapToLong(LearningViews.UnitResult::assigned).sum();
        long took = out.stream().mapToLong(LearningViews.UnitResult::took).sum();
        long passed = out.stream().mapToLong(LearningViews.UnitResult::passed).sum();
        out.add(result(0, null, assigned, took, passed));
        return out;
    }

    static LearningViews.UnitResult result(long unit, String name, long assigned, long took, long passed) {
        return new LearningViews.UnitResult(unit, name, assigned, took, passed, percent(took, assigned),
                percent(passed, took));
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }

    public void exported(int rows) {
        s.audit("learning.test.exported", "learning_test", "-", String.valueOf(rows));
    }
}
