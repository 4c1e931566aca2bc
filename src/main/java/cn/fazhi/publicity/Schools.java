package cn.fazhi.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Schools and their 法治副校长 (教育部令第52号, rules in {@link VicePrincipalRules}): the schools with the number in office
 * on a day, the 法治副校长 with their schools, 课时 of the year and term, appointments checked against the rules before
 * anything is saved, the schools without one and the 法治副校长 short of 4 课时; the portal's list by school (names and
 * sending bodies only).
 */
@Service
public class Schools {

    public record School(long id, String name, String township, String regionCode, String level, int inOffice) {}

    public record VicePrincipal(long id, String name, String sendingBody, String sendingUnit, String post, boolean retired,
            LocalDate appointedOn, LocalDate termEnd, String schools, int periods) {}

    /** The portal row: one school with its 法治副校长's names and sending bodies. */
    public record PortalRow(String school, String township, String level, List<PortalPerson> people) {}

    public record PortalPerson(String name, String sendingBody) {}

    public record AppointForm(String name, String sendingBody, String post, Boolean retired, Integer age,
            Integer earlierTerms, LocalDate appointedOn, List<Long> schoolIds) {}

    /** A 送法进校园 visit. */
    public record VisitForm(Long schoolId, Long vicePrincipalId, LocalDate heldOn, String topic, Integer reach) {}

    /** A lesson of 法治教育 given by a 法治副校长 at one of their schools. */
    public record LessonForm(Long vicePrincipalId, Long schoolId, LocalDate heldOn, String topic, Integer periods) {}

    static final Map<String, Long> SENDING_UNITS = Map.of("COURT", 89L, "PROCURATORATE", 90L, "POLICE", 10L, "JUSTICE", 4L);

    private final JdbcClient jdbc;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;
    private final VicePrincipalRules rules;

    Schools(JdbcClient jdbc, CurrentUsers users, AuditTrail audit, Clock clock, PublicityProperties properties) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.rules = new VicePrincipalRules(properties.vicePrincipalTermYears());
    }

    public VicePrincipalRules rules() {
        return rules;
    }

    private static final String IN_OFFICE = "(SELECT COUNT(*) FROM pub_vp_school vs JOIN pub_vice_principal p "
            + "ON p.id = vs.vice_principal_id WHERE vs.school_id = s.id AND p.appointed_on <= :to AND p.term_end >= :from)";

    /** Schools ({@code q}: name or township) with the 法治副校长 in office in the year; only those without one when asked. */
    public Paged<School> schools(String q, int year, boolean withoutOnly, int page, int size) {
        Map<String, Object> params = period(year);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (q != null && !q.isBlank()) {
            where.append(" AND (s.name LIKE :q OR r.name LIKE :q)");
            params.put("q", "%" + q.trim() + "%");
        }
        if (withoutOnly) {
            where.append(" AND " + IN_OFFICE + " = 0");
        }
        String from = " FROM pub_school s JOIN region r ON r.code = s.region_code";
        long total = jdbc.sql("SELECT COUNT(*)" + from + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) Math.max(page, 0) * size);
        List<School> items = jdbc.sql("SELECT s.id, s.name, r.name, s.region_code, s.level, " + IN_OFFICE + from + where
                        + " ORDER BY s.region_code, s.id LIMIT :limit OFFSET :offset").params(params)
                .query((rs, n) -> new School(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6)))
                .list();
        return new Paged<>(items, total, page, size);
    }

    private static Map<String, Object> period(int year) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", LocalDate.of(year, 1, 1));
        params.put("to", LocalDate.of(year, 12, 31));
        return params;
    }

    /** 法治副校长 in office in the year ({@code q}: name or school); only those short of 4 课时 when asked. */
    public Paged<VicePrincipal> vicePrincipals(String q, int year, boolean shortOnly, int page, int size) {
        Map<String, Object> params = period(year);
        String periods = "(SELECT COALESCE(SUM(l.periods), 0) FROM pub_lesson l WHERE l.vice_principal_id = p.id "
                + "AND l.held_on BETWEEN :from AND :to)";
        StringBuilder where = new StringBuilder(" WHERE p.appointed_on <= :to AND p.term_end >= :from");
        if (q != null && !q.isBlank()) {
            where.append(" AND (p.name LIKE :q OR EXISTS (SELECT 1 FROM pub_vp_school x JOIN pub_school y ON y.id = x.school_id "
                    + "WHERE x.vice_principal_id = p.id AND y.name LIKE :q))");
            params.put("q", "%" + q.trim() + "%");
        }
        if (shortOnly) {
            where.append(" AND " + periods + " < :minPeriods");
            params.put("minPeriods", VicePrincipalRules.MIN_PERIODS_PER_YEAR);
        }
        String from = " FROM pub_vice_principal p JOIN unit u ON u.id = p.unit_id";
        long total = jdbc.sql("SELECT COUNT(*)" + from + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) Math.max(page, 0) * size);
        List<VicePrincipal> items = jdbc.sql("SELECT p.id, p.name, p.sending_body, u.short_name, p.post, p.retired, "
                        + "p.appointed_on, p.term_end, (SELECT string_agg(y.name, '、') FROM pub_vp_school x JOIN pub_school y "
                        + "ON y.id = x.school_id WHERE x.vice_principal_id = p.id), " + periods + from + where
                        + " ORDER BY p.id LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> new VicePrincipal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class), rs.getString(9), rs.getInt(10)))
                .list();
        return new Paged<>(items, total, page, size);
    }

    /** The portal list: each school ({@code q}: school or township) with its 法治副校长 in office today. */
    public Paged<PortalRow> portal(String q, int page, int size) {
        LocalDate today = LocalDate.now(clock);
        Paged<School> schools = schools(q, today.getYear(), false, page, size);
        List<PortalRow> rows = schools.items().stream().map(s -> new PortalRow(s.name(), s.township(), s.level(),
                jdbc.sql("SELECT p.name, p.sending_body FROM pub_vp_school vs JOIN pub_vice_principal p ON p.id = "
                                + "vs.vice_principal_id WHERE vs.school_id = :s AND p.appointed_on <= :d AND p.term_end >= :d "
                                + "ORDER BY p.id").param("s", s.id()).param("d", today)
                        .query((rs, n) -> new PortalPerson(rs.getString(1), rs.getString(2))).list()))
                .toList();
        return new Paged<>(rows, schools.total(), schools.page(), schools.size());
    }

    /**
     * Appoints a 法治副校长 to one or two schools after checking 教育部令第52号 (≤ 2 schools; a retiree ≤ 65 and for
     * one term); the term ends after the configured years. Nothing is saved when a rule is broken.
     */
    @Transactional
    public long appoint(AppointForm form) {
        if (!users.can(PublicityPermissions.MANAGE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        String name = PublicityDutyLists.required(form.name(), "publicity.field.name", 50);
        if (form.sendingBody() == null || !SENDING_UNITS.containsKey(form.sendingBody())) {
            throw UserFacingException.badRequest("publicity.error.sendingBody");
        }
        if (form.appointedOn() == null) {
            throw UserFacingException.badRequest("publicity.error.required",
                    new PublicityDutyLists.FieldName("publicity.field.appointedOn"));
        }
        Set<Long> schools = new LinkedHashSet<>(form.schoolIds() == null ? List.of() : form.schoolIds());
        schools.remove(null);
        for (Long s : schools) {
            if (jdbc.sql("SELECT COUNT(*) FROM pub_school WHERE id = :s").param("s", s).query(Long.class).single() == 0) {
                throw UserFacingException.badRequest("publicity.error.school");
            }
        }
        boolean retired = Boolean.TRUE.equals(form.retired());
        int earlier = form.earlierTerms() == null ? 0 : form.earlierTerms();
        if (earlier < 0 || (form.age() != null && (form.age() < 18 || form.age() > 99))) {
            throw UserFacingException.badRequest("publicity.error.count");
        }
        List<VicePrincipalRules.Violation> violations = rules.appointment(schools.size(), retired, form.age(), earlier);
        if (!violations.isEmpty()) {
            throw UserFacingException.badRequest("publicity.vp.violation." + violations.get(0));
        }
        long unit = SENDING_UNITS.get(form.sendingBody());
        long id = insert(name, form.sendingBody(), unit, form.post(), retired, form.age(), earlier, form.appointedOn(),
                false, users.username(), schools);
        audit.record(AuditEntry.of("publicity.vp.appointed", "pub_vice_principal", id, name));
        return id;
    }

    /** Records a 送法进校园 visit (the 法治副校长 optional); the caller's unit is the organiser. */
    @Transactional
    public long recordVisit(VisitForm form) {
        if (!users.can(PublicityPermissions.MANAGE) && !users.can(PublicityPermissions.SUBMIT)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        String region = schoolRegion(form.schoolId());
        past(form.heldOn());
        String topic = PublicityDutyLists.required(form.topic(), "publicity.field.topic", 200);
        if (form.reach() == null || form.reach() < 0 || form.reach() > 100_000) {
            throw UserFacingException.badRequest("publicity.error.count");
        }
        if (form.vicePrincipalId() != null && servesSchool(form.vicePrincipalId(), form.schoolId()) == 0) {
            throw UserFacingException.badRequest("publicity.error.notServing");
        }
        jdbc.sql("INSERT INTO pub_school_visit (school_id, vice_principal_id, unit_id, region_code, held_on, topic, reach, "
                        + "created_at, created_by) VALUES (:s, :v, :u, :r, :d, :t, :n, :now, :by)")
                .param("s", form.schoolId()).param("v", form.vicePrincipalId()).param("u", users.require().unitId())
                .param("r", region).param("d", form.heldOn()).param("t", topic).param("n", form.reach())
                .param("now", OffsetDateTime.now(clock)).param("by", users.username()).update();
        long id = jdbc.sql("SELECT MAX(id) FROM pub_school_visit WHERE school_id = :s").param("s", form.schoolId())
                .query(Long.class).single();
        audit.record(AuditEntry.of("publicity.visit.recorded", "pub_school_visit", id, topic));
        return id;
    }

    /** Records a lesson (课时) of a 法治副校长 at a school they serve. */
    @Transactional
    public long recordLesson(LessonForm form) {
        if (!users.can(PublicityPermissions.MANAGE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        schoolRegion(form.schoolId());
        past(form.heldOn());
        String topic = PublicityDutyLists.required(form.topic(), "publicity.field.topic", 200);
        if (form.periods() == null || form.periods() < 1 || form.periods() > 20) {
            throw UserFacingException.badRequest("publicity.error.periods");
        }
        if (form.vicePrincipalId() == null || servesSchool(form.vicePrincipalId(), form.schoolId()) == 0) {
            throw UserFacingException.badRequest("publicity.error.notServing");
        }
        jdbc.sql("INSERT INTO pub_lesson (vice_principal_id, school_id, held_on, topic, periods) VALUES (:v, :s, :d, :t, :p)")
                .param("v", form.vicePrincipalId()).param("s", form.schoolId()).param("d", form.heldOn()).param("t", topic)
                .param("p", form.periods()).update();
        long id = jdbc.sql("SELECT MAX(id) FROM pub_lesson WHERE vice_principal_id = :v").param("v", form.vicePrincipalId())
                .query(Long.class).single();
        audit.record(AuditEntry.of("publicity.lesson.recorded", "pub_lesson", id, topic));
        return id;
    }

    private String schoolRegion(Long schoolId) {
        if (schoolId == null) {
            throw UserFacingException.badRequest("publicity.error.school");
        }
        return jdbc.sql("SELECT region_code FROM pub_school WHERE id = :s").param("s", schoolId).query(String.class)
                .optional().orElseThrow(() -> UserFacingException.badRequest("publicity.error.school"));
    }

    private long servesSchool(long vicePrincipalId, long schoolId) {
        return jdbc.sql("SELECT COUNT(*) FROM pub_vp_school WHERE vice_principal_id = :v AND school_id = :s")
                .param("v", vicePrincipalId).param("s", schoolId).query(Long.class).single();
    }

    private void past(LocalDate day) {
        if (day == null) {
            throw UserFacingException.badRequest("publicity.error.required",
                    new PublicityDutyLists.FieldName("publicity.field.heldOn"));
        }
        if (day.isAfter(LocalDate.now(clock))) {
            throw UserFacingException.badRequest("publicity.error.future");
        }
    }

    long insert(String name, String sendingBody, long unitId, String post, boolean retired, Integer age, int earlierTerms,
            LocalDate appointedOn, boolean demo, String by, Set<Long> schools) {
        jdbc.sql("INSERT INTO pub_vice_principal (name, sending_body, unit_id, region_code, post, retired, age, earlier_terms, "
                        + "appointed_on, term_end, demo, created_at, created_by) VALUES (:n, :b, :u, '421202', :p, :r, :a, :e, "
                        + ":on, :end, :demo, :now, :by)")
                .param("n", name).param("b", sendingBody).param("u", unitId).param("p", post).param("r", retired)
                .param("a", age).param("e", earlierTerms).param("on", appointedOn).param("end", rules.termEnd(appointedOn))
                .param("demo", demo).param("now", OffsetDateTime.now(clock)).param("by", by == null ? "system" : by).update();
        long id = jdbc.sql("SELECT MAX(id) FROM pub_vice_principal WHERE name = :n").param("n", name).query(Long.class)
                .single();
        for (Long s : schools) {
            jdbc.sql("INSERT INTO pub_vp_school (vice_principal_id, school_id) VALUES (:v, :s)").param("v", id)
                    .param("s", s).update();
        }
        return id;
    }
}
