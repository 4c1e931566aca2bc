package cn.fazhi.learning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.duties.Roster;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Lectures and study sessions (中心组学法讲座, 会前学法, 领导班子法治专题讲座, other study) of the units in the caller's
 * scope, and the roster units short of the yearly special law lectures ({@link SpecialLectureRule}).
 */
@Service
public class Lectures {

    private static final String SELECT = "SELECT l.id, l.kind, l.held_on, l.unit_id, u.short_name, l.topic, l.speaker, "
            + "l.attendees, l.attendee_names, l.special_law FROM learning_lecture l JOIN unit u ON u.id = l.unit_id ";

    private final LearningSupport s;
    private final Roster roster;

    Lectures(LearningSupport support, Roster roster) {
        this.s = support;
        this.roster = roster;
    }

    private static LearningViews.Lecture row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new LearningViews.Lecture(rs.getLong(1), LectureKind.valueOf(rs.getString(2)),
                rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getInt(8), rs.getString(9), rs.getBoolean(10));
    }

    @Transactional(readOnly = true)
    public Paged<LearningViews.Lecture> search(LearningCommands.Query q, int page, int size) {
        s.requireView();
        Map<String, Object> p = s.scopeParams();
        StringBuilder where = new StringBuilder("WHERE " + s.scope().sqlCondition("l.unit_id", "l.region_code"));
        if (q.q() != null && !q.q().isBlank()) {
            where.append(" AND (l.topic LIKE :q OR l.speaker LIKE :q OR u.short_name LIKE :q)");
            p.put("q", "%" + q.q().strip() + "%");
        }
        if (q.unitId() != null) {
            where.append(" AND l.unit_id = :unit");
            p.put("unit", q.unitId());
        }
        if (q.studyYear() != null) {
            where.append(" AND l.held_on BETWEEN :from AND :to");
            p.put("from", LocalDate.of(q.studyYear(), 1, 1));
            p.put("to", LocalDate.of(q.studyYear(), 12, 31));
        }
        long total = s.jdbc.sql("SELECT COUNT(*) FROM learning_lecture l JOIN unit u ON u.id = l.unit_id " + where)
                .params(p).query(Long.class).single();
        p.put("limit", size);
        p.put("offset", (long) page * size);
        List<LearningViews.Lecture> items = s.jdbc.sql(SELECT + where + " ORDER BY l.held_on DESC, l.id DESC "
                + "LIMIT :limit OFFSET :offset").params(p).query((rs, n) -> row(rs)).list();
        return new Paged<>(items, total, page, size);
    }

    @Transactional
    public LearningViews.Lecture create(LearningCommands.NewLecture c) {
        s.requireManage();
        LectureKind kind = LearningSupport.present(c.kind(), "learning.field.kind");
        LocalDate held = LearningSupport.present(c.heldOn(), "learning.field.heldOn");
        if (held.isAfter(s.now().toLocalDate())) {
            throw UserFacingException.badRequest("learning.error.heldInFuture");
        }
        LearningSupport.UnitRef unit = s.unitInScope(c.unitId());
        String topic = LearningSupport.required(c.topic(), 200, "learning.field.topic");
        String speaker = LearningSupport.required(c.speaker(), 100, "learning.field.speaker");
        String names = LearningSupport.optional(c.attendeeNames(), 4000, "learning.field.attendeeNames");
        int attendees = c.attendees() == null && names != null ? names.split("[,，、\\s]+").length
                : LearningSupport.present(c.attendees(), "learning.field.attendees");
        if (attendees < 1 || attendees > 10000) {
            throw UserFacingException.badRequest("learning.error.attendees");
        }
        long id = insert(kind, held, unit, topic, speaker, attendees, names,
                Boolean.TRUE.equals(c.specialLaw()), false, s.who());
        s.audit("learning.lecture.created", "learning_lecture", id, topic);
        return get(id);
    }

    long insert(LectureKind kind, LocalDate held, LearningSupport.UnitRef unit, String topic, String speaker,
            int attendees, String names, boolean special, boolean demo, String by) {
        Map<String, Object> p = new HashMap<>();
        p.put("kind", kind.name());
        p.put("held", held);
        p.put("unit", unit.id());
        p.put("region", unit.regionCode());
        p.put("topic", topic);
        p.put("speaker", speaker);
        p.put("att", attendees);
        p.put("names", names);
        p.put("special", special);
        p.put("demo", demo);
        p.put("now", s.now());
        p.put("by", by);
        return s.insert("INSERT INTO learning_lecture (kind, held_on, unit_id, region_code, topic, speaker, attendees, "
                + "attendee_names, special_law, demo, created_at, created_by) VALUES (:kind, :held, :unit, :region, "
                + ":topic, :speaker, :att, :names, :special, :demo, :now, :by)", p);
    }

    @Transactional(readOnly = true)
    public LearningViews.Lecture get(long id) {
        s.requireView();
        Map<String, Object> p = s.scopeParams();
        p.put("id", id);
        return s.jdbc.sql(SELECT + "WHERE l.id = :id AND " + s.scope().sqlCondition("l.unit_id", "l.region_code"))
                .params(p).query((rs, n) -> row(rs)).optional()
                .orElseThrow(() -> UserFacingException.notFound("learning.error.notFound"));
    }

    /** Special law lectures per unit in a year (counted by {@link SpecialLectureRule#counts}), units without none. */
    Map<Long, Long> specialLecturesByUnit(int year) {
        Map<Long, Long> out = new HashMap<>();
        s.jdbc.sql("SELECT unit_id, COUNT(*) FROM learning_lecture WHERE special_law AND kind <> :other "
                        + "AND held_on BETWEEN :from AND :to GROUP BY unit_id")
                .param("other", LectureKind.OTHER.name()).param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getLong(2));
                });
        return out;
    }

    /** The roster units in the caller's scope short of two special law lectures in {@code year}. */
    @Transactional(readOnly = true)
    public List<LearningViews.UnitShort> unitsShort(int year) {
        s.requireView();
        return unitsShort(year, s.scope());
    }

    /** The roster units of {@code year} within {@code scope} (null: all) short of two special law lectures. */
    List<LearningViews.UnitShort> unitsShort(int year, cn.fazhi.platform.scope.DataScope scope) {
        Map<Long, Long> counts = specialLecturesByUnit(year);
        Map<Long, String> regions = new HashMap<>();
        List<Roster.Member> members = roster.members(year);
        if (!members.isEmpty()) {
            s.jdbc.sql("SELECT id, region_code FROM unit WHERE id IN (:ids)")
                    .param("ids", members.stream().map(Roster.Member::unitId).toList())
                    .query(rs -> {
                        regions.put(rs.getLong(1), rs.getString(2));
                    });
        }
        List<LearningViews.UnitShort> out = new ArrayList<>();
        for (Roster.Member m : members) {
            String region = regions.get(m.unitId());
            if (scope != null && !scope.covers(m.unitId(), region)) {
                continue;
            }
            long n = counts.getOrDefault(m.unitId(), 0L);
            if (!SpecialLectureRule.meets(n)) {
                out.add(new LearningViews.UnitShort(m.unitId(), m.shortName(), region, n, SpecialLectureRule.shortBy(n)));
            }
        }
        return out;
    }

    public void exported(int rows) {
        s.audit("learning.lecture.exported", "learning_lecture", "-", String.valueOf(rows));
    }
}
