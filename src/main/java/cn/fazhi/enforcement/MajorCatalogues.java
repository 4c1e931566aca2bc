package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Each unit's 重大执法决定目录 (国办发〔2018〕118号 四(十二): "各级行政执法机关要结合本机关行政执法行为的类别、执法层级、所属领域、
 * 涉案金额等因素，制定本机关重大执法决定法制审核目录清单"; 行政处罚法 Art. 58(1)). A penalty case that matches an entry of its
 * unit, or that the handler marks 重大, cannot be decided without a passed 法制审核 ({@link EnforcementCase#decide}).
 */
@Service
public class MajorCatalogues {

    /** One entry of a unit's catalogue. */
    public record Entry(long id, long unitId, String unitName, MajorCatalogueRule rule, String violationCode,
            BigDecimal minFine, PenaltyKind penaltyKind, String description) {

        /** Whether a case with these facts matches this entry. */
        public boolean matches(String violation, BigDecimal fine, Set<PenaltyKind> kinds, boolean hearingHeld) {
            return switch (rule) {
                case VIOLATION -> violationCode.equals(violation);
                case FINE_AT_LEAST -> fine != null && fine.compareTo(minFine) >= 0;
                case PENALTY_KIND -> kinds.contains(penaltyKind);
                case HEARING -> hearingHeld;
            };
        }
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    MajorCatalogues(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds an entry to the caller's unit's catalogue (or to {@code unitId} within the caller's scope). */
    @Transactional
    public Entry add(PenaltyCommands.CatalogueEntry e, CurrentUser me) {
        if (e == null || e.rule() == null || e.description() == null || e.description().isBlank()) {
            throw UserFacingException.badRequest("enforcement.cases.error.catalogueIncomplete");
        }
        switch (e.rule()) {
            case VIOLATION -> require(e.violationCode() != null && !e.violationCode().isBlank());
            case FINE_AT_LEAST -> require(e.minFine() != null);
            case PENALTY_KIND -> require(e.penaltyKind() != null);
            case HEARING -> { }
        }
        long unit = e.unitId() == null ? me.unitId() : e.unitId();
        String region = jdbc.sql("SELECT region_code FROM unit WHERE id = :id").param("id", unit).query(String.class)
                .optional().orElseThrow(() -> UserFacingException.badRequest("enforcement.cases.error.unitUnknown"));
        if (!me.scope().covers(unit, region)) {
            throw UserFacingException.notFound("error.notFound");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enforcement_major_catalogue (unit_id, region_code, rule_kind, violation_code, min_fine, "
                        + "penalty_kind, description, active, created_at, created_by) VALUES (:unit, :region, :rule, :code, "
                        + ":fine, :kind, :description, TRUE, :at, :by)")
                .param("unit", unit).param("region", region).param("rule", e.rule().name())
                .param("code", e.rule() == MajorCatalogueRule.VIOLATION ? e.violationCode().strip() : null)
                .param("fine", e.rule() == MajorCatalogueRule.FINE_AT_LEAST ? e.minFine() : null)
                .param("kind", e.rule() == MajorCatalogueRule.PENALTY_KIND ? e.penaltyKind().name() : null)
                .param("description", e.description().strip()).param("at", OffsetDateTime.now(clock))
                .param("by", Actors.current()).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        audit.record(AuditEntry.of("enforcement.major.added", "enforcement_major_catalogue", id,
                e.rule().name() + ": " + e.description().strip()));
        return of(List.of(unit)).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    /** Removes (deactivates) an entry within the caller's scope. */
    @Transactional
    public void remove(long id, DataScope scope) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("id", id);
        int n = jdbc.sql("UPDATE enforcement_major_catalogue SET active = FALSE WHERE id = :id AND active AND "
                + scope.sqlCondition("unit_id", "region_code")).params(params).update();
        if (n != 1) {
            throw UserFacingException.notFound("error.notFound");
        }
        audit.record(AuditEntry.of("enforcement.major.removed", "enforcement_major_catalogue", id, null));
    }

    /** The active entries within the scope. */
    @Transactional(readOnly = true)
    public List<Entry> list(DataScope scope) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        return jdbc.sql("SELECT m.*, u.name AS unit_name FROM enforcement_major_catalogue m JOIN unit u ON u.id = m.unit_id "
                        + "WHERE m.active AND " + scope.sqlCondition("m.unit_id", "m.region_code") + " ORDER BY m.unit_id, m.id")
                .params(params).query(this::map).list();
    }

    /** The active entries of the given units. */
    @Transactional(readOnly = true)
    public List<Entry> of(List<Long> unitIds) {
        return jdbc.sql("SELECT m.*, u.name AS unit_name FROM enforcement_major_catalogue m JOIN unit u ON u.id = m.unit_id "
                        + "WHERE m.active AND m.unit_id IN (:units) ORDER BY m.id")
                .param("units", unitIds).query(this::map).list();
    }

    /** The descriptions of the unit's entries a case matches (empty: not 重大 by the catalogue). */
    @Transactional(readOnly = true)
    public List<String> matches(long unitId, String violationCode, BigDecimal fine, Set<PenaltyKind> kinds,
            boolean hearingHeld) {
        List<String> reasons = new ArrayList<>();
        for (Entry e : of(List.of(unitId))) {
            if (e.matches(violationCode, fine, kinds, hearingHeld)) {
                reasons.add(e.description());
            }
        }
        return reasons;
    }

    private static void require(boolean ok) {
        if (!ok) {
            throw UserFacingException.badRequest("enforcement.cases.error.catalogueIncomplete");
        }
    }

    private Entry map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String kind = rs.getString("penalty_kind");
        return new Entry(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                MajorCatalogueRule.valueOf(rs.getString("rule_kind")), rs.getString("violation_code"),
                rs.getBigDecimal("min_fine"), kind == null ? null : PenaltyKind.valueOf(kind), rs.getString("description"));
    }
}
