package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Qualification exam sessions (行政执法资格考试, organised by the province — 纲要(2021–2025)(十五)) and their candidates.
 * A session is kept by the office; candidates are officers in the caller's scope; a candidate passed when they sat and
 * scored at least the session's pass mark (the provincial pass mark is not confirmed: each session records its own,
 * default {@code fazhi.enforcement.officers.exam-pass-mark}). Sessions are seen by all with the view permission;
 * candidates only within the caller's scope. Figures count candidates by the exam date.
 */
@Service
public class Exams {

    private static final String SELECT = "SELECT e.*, (SELECT COUNT(*) FROM enforcement_exam_candidate c WHERE c.exam_id = e.id "
            + "AND %s) AS entered, (SELECT COUNT(*) FROM enforcement_exam_candidate c WHERE c.exam_id = e.id AND c.sat AND %s) "
            + "AS sat_count, (SELECT COUNT(*) FROM enforcement_exam_candidate c WHERE c.exam_id = e.id AND c.passed AND %s) "
            + "AS passed_count FROM enforcement_exam e";
    private static final String INSERT_CANDIDATE = "INSERT INTO enforcement_exam_candidate (exam_id, officer_id, unit_id, "
            + "region_code, sat, score, passed, created_at) VALUES (:exam, :officer, :unit, :region, :sat, :score, :passed, :now)";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Officers officers;
    private final AuditTrail audit;
    private final OfficerProperties settings;
    private final Clock clock;

    Exams(JdbcClient jdbc, NamedParameterJdbcTemplate named, Officers officers, AuditTrail audit,
            OfficerProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.named = named;
        this.officers = officers;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public ExamView create(ExamCommands.Session c, long unitId, String regionCode, DataScope scope) {
        if (c == null || c.name() == null || c.name().isBlank() || c.heldOn() == null || c.organiser() == null
                || c.organiser().isBlank()) {
            throw UserFacingException.badRequest("enforcement.officers.error.examIncomplete");
        }
        if (c.heldOn().isBefore(LocalDate.of(1949, 10, 1)) || c.heldOn().isAfter(LocalDate.now(clock).plusYears(1))) {
            throw UserFacingException.badRequest("enforcement.officers.error.examDate");
        }
        OfficerRules.requireLength(c.name(), 200, "enforcement.officers.field.examName");
        OfficerRules.requireLength(c.organiser(), 200, "enforcement.officers.field.organiser");
        BigDecimal mark = c.passMark() == null ? settings.examPassMark() : c.passMark();
        if (mark.signum() < 0 || mark.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw UserFacingException.badRequest("enforcement.officers.error.scoreRange");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enforcement_exam (name, held_on, organiser, unit_id, region_code, pass_mark, created_at, "
                        + "created_by) VALUES (:n, :on, :org, :u, :r, :mark, :now, :by)")
                .param("n", c.name().strip()).param("on", c.heldOn()).param("org", c.organiser().strip()).param("u", unitId)
                .param("r", regionCode).param("mark", mark).param("now", OffsetDateTime.now(clock))
                .param("by", Actors.current()).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        audit.record(AuditEntry.of("enforcement.exam.created", "enforcement_exam", id, c.heldOn() + " " + c.name().strip()));
        return get(id, scope);
    }

    public Optional<ExamView> find(long id, DataScope scope) {
        Map<String, Object> p = new HashMap<>(scope.parameters());
        p.put("id", id);
        return jdbc.sql(select(scope) + " WHERE e.id = :id").params(p).query(Exams::map).optional();
    }

    public ExamView get(long id, DataScope scope) {
        return find(id, scope).orElseThrow(() -> UserFacingException.notFound("enforcement.officers.error.examUnknown"));
    }

    /** Sessions held in {@code year} (null: all), newest first, counting only candidates in the caller's scope. */
    public List<ExamView> sessions(Integer year, DataScope scope) {
        Map<String, Object> p = new HashMap<>(scope.parameters());
        String where = "";
        if (year != null) {
            where = " WHERE e.held_on BETWEEN :from AND :to";
            p.put("from", LocalDate.of(year, 1, 1));
            p.put("to", LocalDate.of(year, 12, 31));
        }
        return jdbc.sql(select(scope) + where + " ORDER BY e.held_on DESC, e.id DESC").params(p).query(Exams::map).list();
    }

    public List<ExamCandidateView> candidates(long examId, DataScope scope) {
        get(examId, scope);
        Map<String, Object> p = new HashMap<>(scope.parameters());
        p.put("exam", examId);
        return jdbc.sql("SELECT c.*, o.name AS officer_name, u.name AS unit_name FROM enforcement_exam_candidate c "
                        + "JOIN enforcement_officer o ON o.id = c.officer_id JOIN unit u ON u.id = c.unit_id "
                        + "WHERE c.exam_id = :exam AND " + scope.sqlCondition("c.unit_id", "c.region_code")
                        + " ORDER BY u.sort_order, o.name, c.id")
                .params(p).query(Exams::mapCandidate).list();
    }

    @Transactional
    public ExamCandidateView enter(long examId, ExamCommands.Candidate c, DataScope scope) {
        ExamView exam = get(examId, scope);
        if (c == null || c.officerId() == null) {
            throw UserFacingException.badRequest("enforcement.officers.error.officerUnknown");
        }
        OfficerView officer = officers.find(c.officerId(), scope)
                .orElseThrow(() -> UserFacingException.badRequest("enforcement.officers.error.officerUnknown"));
        if (jdbc.sql("SELECT COUNT(*) FROM enforcement_exam_candidate WHERE exam_id = :e AND officer_id = :o")
                .param("e", examId).param("o", officer.id()).query(Long.class).single() > 0) {
            throw UserFacingException.conflict("enforcement.officers.error.candidateTwice", officer.name());
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        named.update(INSERT_CANDIDATE, new MapSqlParameterSource(candidateColumns(examId, officer.id(), officer.unitId(),
                officer.regionCode(), false, null, exam.passMark())).addValue("now", OffsetDateTime.now(clock)), keys,
                new String[] {"id"});
        long id = keys.getKeyAs(Long.class);
        audit.record(AuditEntry.of("enforcement.exam.entered", "enforcement_exam_candidate", id, exam.name() + " "
                + officer.name()));
        return candidate(id, scope);
    }

    @Transactional
    public ExamCandidateView record(long candidateId, ExamCommands.Result r, DataScope scope) {
        ExamCandidateView before = candidate(candidateId, scope);
        ExamView exam = get(before.examId(), scope);
        if (r == null || r.sat() == null) {
            throw UserFacingException.badRequest("enforcement.officers.error.resultIncomplete");
        }
        if (r.sat() && r.score() == null) {
            throw UserFacingException.badRequest("enforcement.officers.error.scoreRequired");
        }
        if (!r.sat() && r.score() != null) {
            throw UserFacingException.badRequest("enforcement.officers.error.scoreWithoutSitting");
        }
        if (r.score() != null && (r.score().signum() < 0 || r.score().compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw UserFacingException.badRequest("enforcement.officers.error.scoreRange");
        }
        Map<String, Object> p = candidateColumns(exam.id(), before.officerId(), 0, null, r.sat(), r.score(), exam.passMark());
        jdbc.sql("UPDATE enforcement_exam_candidate SET sat = :sat, score = :score, passed = :passed WHERE id = :id")
                .param("sat", p.get("sat")).param("score", p.get("score")).param("passed", p.get("passed"))
                .param("id", candidateId).update();
        audit.record(AuditEntry.of("enforcement.exam.result", "enforcement_exam_candidate", candidateId, exam.name() + " "
                + before.officerName() + " " + (r.sat() ? r.score() : "absent")));
        return candidate(candidateId, scope);
    }

    ExamCandidateView candidate(long id, DataScope scope) {
        Map<String, Object> p = new HashMap<>(scope.parameters());
        p.put("id", id);
        return jdbc.sql("SELECT c.*, o.name AS officer_name, u.name AS unit_name FROM enforcement_exam_candidate c "
                        + "JOIN enforcement_officer o ON o.id = c.officer_id JOIN unit u ON u.id = c.unit_id WHERE c.id = :id AND "
                        + scope.sqlCondition("c.unit_id", "c.region_code"))
                .params(p).query(Exams::mapCandidate).optional()
                .orElseThrow(() -> UserFacingException.notFound("enforcement.officers.error.candidateUnknown"));
    }

    /** A generated candidate: officer (with unit and region), whether they sat, the score. */
    record GeneratedCandidate(long officerId, long unitId, String regionCode, boolean sat, BigDecimal score) {}

    /** Stores a generated session's candidates in one batch (inside the generating transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    int enterGenerated(long examId, List<GeneratedCandidate> list) {
        BigDecimal mark = jdbc.sql("SELECT pass_mark FROM enforcement_exam WHERE id = :id").param("id", examId)
                .query(BigDecimal.class).single();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<SqlParameterSource> rows = new ArrayList<>();
        for (GeneratedCandidate g : list) {
            rows.add(new MapSqlParameterSource(candidateColumns(examId, g.officerId(), g.unitId(), g.regionCode(), g.sat(),
                    g.score(), mark)).addValue("now", now));
        }
        named.batchUpdate(INSERT_CANDIDATE, rows.toArray(SqlParameterSource[]::new));
        return rows.size();
    }

    /** passed = sat and score ≥ the session's pass mark. */
    static boolean passed(boolean sat, BigDecimal score, BigDecimal passMark) {
        return sat && score != null && score.compareTo(passMark) >= 0;
    }

    private static Map<String, Object> candidateColumns(long examId, long officerId, long unitId, String region,
            boolean sat, BigDecimal score, BigDecimal passMark) {
        Map<String, Object> p = new HashMap<>();
        p.put("exam", examId);
        p.put("officer", officerId);
        p.put("unit", unitId);
        p.put("region", region);
        p.put("sat", sat);
        p.put("score", sat ? score : null);
        p.put("passed", passed(sat, score, passMark));
        return p;
    }

    private static String select(DataScope scope) {
        String cond = scope.sqlCondition("c.unit_id", "c.region_code");
        return SELECT.formatted(cond, cond, cond);
    }

    private static ExamView map(ResultSet rs, int n) throws SQLException {
        return new ExamView(rs.getLong("id"), rs.getString("name"), rs.getObject("held_on", LocalDate.class),
                rs.getString("organiser"), rs.getBigDecimal("pass_mark"), rs.getLong("entered"), rs.getLong("sat_count"),
                rs.getLong("passed_count"));
    }

    private static ExamCandidateView mapCandidate(ResultSet rs, int n) throws SQLException {
        return new ExamCandidateView(rs.getLong("id"), rs.getLong("exam_id"), rs.getLong("officer_id"),
                rs.getString("officer_name"), rs.getString("unit_name"), rs.getBoolean("sat"), rs.getBigDecimal("score"),
                rs.getBoolean("passed"));
    }
}
