package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.platform.web.Paged;

/**
 * Yearly training hours per officer: 《法治政府建设实施纲要（2021－2025年）》(三十四) "确保每人每年接受不少于60学时的
 * 业务知识和法律法规培训" — the threshold is {@code fazhi.enforcement.officers.training-hours} (60). One record per officer
 * and year, replaced when recorded again; lists show every active officer in scope with 0 hours when none recorded.
 */
@Service
public class TrainingRecords {

    private static final String INSERT = "INSERT INTO enforcement_training (officer_id, unit_id, region_code, training_year, "
            + "hours, note, created_at, created_by) VALUES (:officer, :unit, :region, :year, :hours, :note, :now, :by)";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Officers officers;
    private final AuditTrail audit;
    private final OfficerProperties settings;
    private final Clock clock;

    TrainingRecords(JdbcClient jdbc, NamedParameterJdbcTemplate named, Officers officers, AuditTrail audit,
            OfficerProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.named = named;
        this.officers = officers;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    public BigDecimal threshold() {
        return settings.trainingHours();
    }

    @Transactional
    public TrainingView record(long officerId, TrainingCommands.Hours c, DataScope scope) {
        OfficerView officer = officers.get(officerId, scope);
        if (c == null || c.year() == null || c.hours() == null) {
            throw UserFacingException.badRequest("enforcement.officers.error.trainingIncomplete");
        }
        if (c.year() < 1949 || c.year() > java.time.LocalDate.now(clock).getYear()) {
            throw UserFacingException.badRequest("enforcement.officers.error.trainingYear");
        }
        if (c.hours().signum() < 0 || c.hours().compareTo(BigDecimal.valueOf(2000)) > 0 || c.hours().scale() > 1) {
            throw UserFacingException.badRequest("enforcement.officers.error.trainingHours");
        }
        OfficerRules.requireLength(c.note(), 500, "enforcement.officers.field.note");
        String note = EnforcementBodies.blankToNull(c.note());
        int n = jdbc.sql("UPDATE enforcement_training SET hours = :hours, note = :note, version = version + 1 "
                        + "WHERE officer_id = :officer AND training_year = :year")
                .param("hours", c.hours()).param("note", note).param("officer", officerId).param("year", c.year()).update();
        if (n == 0) {
            jdbc.sql(INSERT).params(columns(officerId, officer.unitId(), officer.regionCode(), c.year(), c.hours(), note))
                    .param("now", OffsetDateTime.now(clock)).param("by", Actors.current()).update();
        }
        audit.record(AuditEntry.of("enforcement.training.recorded", "enforcement_officer", officerId, officer.name() + " "
                + c.year() + " " + c.hours().toPlainString()));
        return of(officerId, c.year(), scope).orElseThrow();
    }

    /** Active officers in scope (of {@code unitId} if given; {@code belowOnly}: under the threshold) and their hours. */
    public Paged<TrainingView> year(int year, Long unitId, Boolean belowOnly, int page, int size, DataScope scope) {
        Map<String, Object> p = new HashMap<>(scope.parameters());
        p.put("year", year);
        p.put("threshold", settings.trainingHours());
        StringBuilder where = new StringBuilder(" FROM enforcement_officer o JOIN unit u ON u.id = o.unit_id "
                + "LEFT JOIN enforcement_training t ON t.officer_id = o.id AND t.training_year = :year WHERE o.active AND "
                + scope.sqlCondition("o.unit_id", "o.region_code"));
        if (unitId != null) {
            where.append(" AND o.unit_id = :unitFilter");
            p.put("unitFilter", unitId);
        }
        if (Boolean.TRUE.equals(belowOnly)) {
            where.append(" AND COALESCE(t.hours, 0) < :threshold");
        }
        long total = jdbc.sql("SELECT COUNT(*)" + where).params(p).query(Long.class).single();
        int s = Math.max(1, Math.min(size, 1_000_000));
        int pg = Math.max(0, page);
        p.put("limit", s);
        p.put("offset", (long) pg * s);
        List<TrainingView> items = jdbc.sql("SELECT o.id, o.name, o.unit_id, u.name AS unit_name, t.hours, t.note, "
                        + "t.id AS tid" + where + " ORDER BY u.sort_order, o.unit_id, o.name, o.id LIMIT :limit OFFSET :offset")
                .params(p).query((rs, n) -> map(rs, year)).list();
        return new Paged<>(items, total, pg, s);
    }

    /** One officer's hours of {@code year} (0 when none recorded), if the officer is active and in scope. */
    public java.util.Optional<TrainingView> of(long officerId, int year, DataScope scope) {
        Map<String, Object> p = new HashMap<>(scope.parameters());
        p.put("year", year);
        p.put("officer", officerId);
        return jdbc.sql("SELECT o.id, o.name, o.unit_id, u.name AS unit_name, t.hours, t.note, t.id AS tid FROM "
                        + "enforcement_officer o JOIN unit u ON u.id = o.unit_id LEFT JOIN enforcement_training t ON "
                        + "t.officer_id = o.id AND t.training_year = :year WHERE o.id = :officer AND "
                        + scope.sqlCondition("o.unit_id", "o.region_code"))
                .params(p).query((rs, n) -> map(rs, year)).optional();
    }

    public TrainingSummary summary(int year, DataScope scope) {
        Map<String, Object> p = new HashMap<>(scope.parameters());
        p.put("year", year);
        p.put("threshold", settings.trainingHours());
        return jdbc.sql("SELECT COUNT(*) AS officers, COALESCE(SUM(CASE WHEN COALESCE(t.hours, 0) >= :threshold THEN 1 ELSE 0 END), 0) "
                        + "AS met FROM enforcement_officer o LEFT JOIN enforcement_training t ON t.officer_id = o.id "
                        + "AND t.training_year = :year WHERE o.active AND " + scope.sqlCondition("o.unit_id", "o.region_code"))
                .params(p).query((rs, n) -> new TrainingSummary(year, rs.getLong("officers"), rs.getLong("met"),
                        settings.trainingHours())).single();
    }

    /** A generated year's hours: officer (unit, region), year, hours. */
    record Generated(long officerId, long unitId, String regionCode, int year, BigDecimal hours) {}

    @Transactional(propagation = Propagation.MANDATORY)
    int recordGenerated(List<Generated> list) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String by = Actors.current();
        List<SqlParameterSource> rows = new ArrayList<>();
        for (Generated g : list) {
            rows.add(new MapSqlParameterSource(columns(g.officerId(), g.unitId(), g.regionCode(), g.year(), g.hours(), null))
                    .addValue("now", now).addValue("by", by));
        }
        named.batchUpdate(INSERT, rows.toArray(SqlParameterSource[]::new));
        return rows.size();
    }

    private static Map<String, Object> columns(long officerId, long unitId, String region, int year, BigDecimal hours,
            String note) {
        Map<String, Object> p = new HashMap<>();
        p.put("officer", officerId);
        p.put("unit", unitId);
        p.put("region", region);
        p.put("year", year);
        p.put("hours", hours);
        p.put("note", note);
        return p;
    }

    private TrainingView map(ResultSet rs, int year) throws SQLException {
        BigDecimal hours = rs.getBigDecimal("hours");
        boolean recorded = rs.getObject("tid") != null;
        BigDecimal h = hours == null ? BigDecimal.ZERO : hours;
        return new TrainingView(rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id"), rs.getString("unit_name"),
                year, h, recorded, h.compareTo(settings.trainingHours()) >= 0, rs.getString("note"));
    }
}
