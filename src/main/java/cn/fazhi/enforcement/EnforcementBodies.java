package cn.fazhi.enforcement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
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
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.platform.web.Paged;

/**
 * Enforcement bodies (执法主体, 行政处罚法 Arts. 17–21) and their matters (执法事项, the power list published before
 * enforcement — 国办发〔2018〕118号 二(四)). A body belongs to a unit; the caller keeps bodies of units in their data
 * scope (a body outside it is a 404). An entrusted body names its entrusting agency, which must be another unit
 * (Art. 20: the entrusting agency answers for the acts). Every change is audited.
 */
@Service
public class EnforcementBodies {

    static final String SELECT = "SELECT b.*, u.name AS unit_name, e.name AS entrusting_name, "
            + "(SELECT COUNT(*) FROM enforcement_matter m WHERE m.body_id = b.id AND m.active) AS matters, "
            + "(SELECT COUNT(*) FROM enforcement_officer o WHERE o.body_id = b.id AND o.active) AS officers "
            + "FROM enforcement_body b JOIN unit u ON u.id = b.unit_id LEFT JOIN unit e ON e.id = b.entrusting_unit_id";

    private final JdbcClient jdbc;
    private final Units units;
    private final AuditTrail audit;
    private final Clock clock;

    EnforcementBodies(JdbcClient jdbc, Units units, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public EnforcementBodyView create(EnforcementBodyCommands.Body c, DataScope scope) {
        UnitView unit = checked(c, scope);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enforcement_body (unit_id, region_code, name, kind, entrusting_unit_id, legal_basis, areas, "
                        + "active, created_at, created_by) VALUES (:unit, :region, :name, :kind, :entrusting, :basis, :areas, "
                        + ":active, :now, :by)")
                .params(columns(c, unit)).param("now", OffsetDateTime.now(clock)).param("by", Actors.current())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        audit.record(AuditEntry.of("enforcement.body.created", "enforcement_body", id, c.kind() + " " + c.name().strip()));
        return find(id, scope).orElseThrow();
    }

    @Transactional
    public EnforcementBodyView update(long id, Integer version, EnforcementBodyCommands.Body c, DataScope scope) {
        EnforcementBodyView before = get(id, scope);
        if (version == null) {
            throw UserFacingException.badRequest("enforcement.officers.error.versionMissing");
        }
        UnitView unit = checked(c, scope);
        int n = jdbc.sql("UPDATE enforcement_body SET unit_id = :unit, region_code = :region, name = :name, kind = :kind, "
                        + "entrusting_unit_id = :entrusting, legal_basis = :basis, areas = :areas, active = :active, "
                        + "version = version + 1 WHERE id = :id AND version = :version")
                .params(columns(c, unit)).param("id", id).param("version", version).update();
        if (n == 0) {
            throw UserFacingException.conflict("enforcement.officers.error.stale");
        }
        audit.record(AuditEntry.of("enforcement.body.updated", "enforcement_body", id, before.name() + " → "
                + c.name().strip() + (Boolean.FALSE.equals(c.active()) ? " (inactive)" : "")));
        return get(id, scope);
    }

    public Optional<EnforcementBodyView> find(long id, DataScope scope) {
        Map<String, Object> p = new HashMap<>(scope.parameters());
        p.put("id", id);
        return jdbc.sql(SELECT + " WHERE b.id = :id AND " + scope.sqlCondition("b.unit_id", "b.region_code")).params(p)
                .query(EnforcementBodies::map).optional();
    }

    /** The body if the caller's scope covers it, else 404. */
    public EnforcementBodyView get(long id, DataScope scope) {
        return find(id, scope).orElseThrow(() -> UserFacingException.notFound("enforcement.officers.error.bodyUnknown"));
    }

    /** Bodies in scope matching {@code keyword} (name, areas) and {@code unitId} (null: any), by unit and name. */
    public Paged<EnforcementBodyView> search(String keyword, Long unitId, int page, int size, DataScope scope) {
        Map<String, Object> p = new HashMap<>(scope.parameters());
        String where = where(keyword, unitId, scope, p);
        long total = jdbc.sql("SELECT COUNT(*) FROM enforcement_body b" + where).params(p).query(Long.class).single();
        int s = Math.max(1, Math.min(size, 500));
        int pg = Math.max(0, page);
        p.put("limit", s);
        p.put("offset", (long) pg * s);
        List<EnforcementBodyView> items = jdbc.sql(SELECT + where + " ORDER BY u.sort_order, b.unit_id, b.name, b.id "
                + "LIMIT :limit OFFSET :offset").params(p).query(EnforcementBodies::map).list();
        return new Paged<>(items, total, pg, s);
    }

    /** Every body in scope (for selects and exports). */
    public List<EnforcementBodyView> all(DataScope scope) {
        Map<String, Object> p = new HashMap<>(scope.parameters());
        return jdbc.sql(SELECT + where(null, null, scope, p) + " ORDER BY u.sort_order, b.unit_id, b.name, b.id")
                .params(p).query(EnforcementBodies::map).list();
    }

    private static String where(String keyword, Long unitId, DataScope scope, Map<String, Object> p) {
        StringBuilder w = new StringBuilder(" WHERE " + scope.sqlCondition("b.unit_id", "b.region_code"));
        if (keyword != null && !keyword.isBlank()) {
            w.append(" AND (b.name LIKE :kw OR b.areas LIKE :kw)");
            p.put("kw", "%" + keyword.strip() + "%");
        }
        if (unitId != null) {
            w.append(" AND b.unit_id = :unitFilter");
            p.put("unitFilter", unitId);
        }
        return w.toString();
    }

    // ---- matters ---------------------------------------------------------------------------------------------------

    @Transactional
    public EnforcementMatterView addMatter(long bodyId, EnforcementBodyCommands.Matter c, DataScope scope) {
        get(bodyId, scope);
        String code = c.code().strip();
        if (jdbc.sql("SELECT COUNT(*) FROM enforcement_matter WHERE body_id = :b AND code = :c").param("b", bodyId)
                .param("c", code).query(Long.class).single() > 0) {
            throw UserFacingException.conflict("enforcement.officers.error.matterCodeTaken", code);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enforcement_matter (body_id, code, name, category, legal_basis, procedure_text, remedy_text, "
                        + "active, created_at) VALUES (:b, :code, :name, :cat, :basis, :proc, :remedy, :active, :now)")
                .params(matterColumns(c)).param("b", bodyId).param("now", OffsetDateTime.now(clock)).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        audit.record(AuditEntry.of("enforcement.matter.created", "enforcement_matter", id, code + " " + c.name().strip()));
        return matter(id).orElseThrow();
    }

    @Transactional
    public EnforcementMatterView updateMatter(long matterId, Integer version, EnforcementBodyCommands.Matter c,
            DataScope scope) {
        EnforcementMatterView before = matter(matterId)
                .orElseThrow(() -> UserFacingException.notFound("enforcement.officers.error.matterUnknown"));
        get(before.bodyId(), scope);
        if (version == null) {
            throw UserFacingException.badRequest("enforcement.officers.error.versionMissing");
        }
        String code = c.code().strip();
        if (!code.equals(before.code()) && jdbc.sql("SELECT COUNT(*) FROM enforcement_matter WHERE body_id = :b AND "
                + "code = :c").param("b", before.bodyId()).param("c", code).query(Long.class).single() > 0) {
            throw UserFacingException.conflict("enforcement.officers.error.matterCodeTaken", code);
        }
        int n = jdbc.sql("UPDATE enforcement_matter SET code = :code, name = :name, category = :cat, legal_basis = :basis, "
                        + "procedure_text = :proc, remedy_text = :remedy, active = :active, version = version + 1 "
                        + "WHERE id = :id AND version = :version")
                .params(matterColumns(c)).param("id", matterId).param("version", version).update();
        if (n == 0) {
            throw UserFacingException.conflict("enforcement.officers.error.stale");
        }
        audit.record(AuditEntry.of("enforcement.matter.updated", "enforcement_matter", matterId, code + " "
                + c.name().strip()));
        return matter(matterId).orElseThrow();
    }

    public List<EnforcementMatterView> matters(long bodyId, DataScope scope) {
        get(bodyId, scope);
        return jdbc.sql("SELECT * FROM enforcement_matter WHERE body_id = :b ORDER BY code, id").param("b", bodyId)
                .query(EnforcementBodies::mapMatter).list();
    }

    Optional<EnforcementMatterView> matter(long id) {
        return jdbc.sql("SELECT * FROM enforcement_matter WHERE id = :id").param("id", id)
                .query(EnforcementBodies::mapMatter).optional();
    }

    // ---- rules -----------------------------------------------------------------------------------------------------

    /**
     * The unit must be in the caller's scope; an entrusted body names another, existing unit as its entrusting agency
     * (行政处罚法 Art. 20), the others name none.
     */
    private UnitView checked(EnforcementBodyCommands.Body c, DataScope scope) {
        if (c == null || c.unitId() == null || c.kind() == null || c.name() == null || c.name().isBlank()
                || c.legalBasis() == null || c.legalBasis().isBlank() || c.areas() == null || c.areas().isBlank()) {
            throw UserFacingException.badRequest("enforcement.officers.error.bodyIncomplete");
        }
        OfficerRules.requireLength(c.name(), 200, "enforcement.officers.field.bodyName");
        OfficerRules.requireLength(c.legalBasis(), 2000, "enforcement.officers.field.legalBasis");
        OfficerRules.requireLength(c.areas(), 500, "enforcement.officers.field.areas");
        UnitView unit = units.findVisible(c.unitId(), scope)
                .orElseThrow(() -> UserFacingException.badRequest("enforcement.officers.error.unitOutOfScope"));
        if (c.kind() == EnforcementBodyKind.ENTRUSTED) {
            if (c.entrustingUnitId() == null || units.find(c.entrustingUnitId()).isEmpty()) {
                throw UserFacingException.badRequest("enforcement.officers.error.entrustingRequired");
            }
            if (c.entrustingUnitId().equals(c.unitId())) {
                throw UserFacingException.badRequest("enforcement.officers.error.entrustingSelf");
            }
        } else if (c.entrustingUnitId() != null) {
            throw UserFacingException.badRequest("enforcement.officers.error.entrustingOnlyEntrusted");
        }
        return unit;
    }

    private static Map<String, Object> columns(EnforcementBodyCommands.Body c, UnitView unit) {
        Map<String, Object> p = new HashMap<>();
        p.put("unit", unit.id());
        p.put("region", unit.regionCode());
        p.put("name", c.name().strip());
        p.put("kind", c.kind().name());
        p.put("entrusting", c.kind() == EnforcementBodyKind.ENTRUSTED ? c.entrustingUnitId() : null);
        p.put("basis", c.legalBasis().strip());
        p.put("areas", c.areas().strip());
        p.put("active", !Boolean.FALSE.equals(c.active()));
        return p;
    }

    private static Map<String, Object> matterColumns(EnforcementBodyCommands.Matter c) {
        if (c == null || c.code() == null || c.code().isBlank() || c.name() == null || c.name().isBlank()
                || c.category() == null || c.legalBasis() == null || c.legalBasis().isBlank()) {
            throw UserFacingException.badRequest("enforcement.officers.error.matterIncomplete");
        }
        OfficerRules.requireLength(c.name(), 300, "enforcement.officers.field.matterName");
        OfficerRules.requireLength(c.legalBasis(), 4000, "enforcement.officers.field.legalBasis");
        OfficerRules.requireLength(c.procedureText(), 4000, "enforcement.officers.field.procedure");
        OfficerRules.requireLength(c.remedyText(), 2000, "enforcement.officers.field.remedy");
        if (!c.code().strip().matches("[0-9A-Za-z_.-]{1,64}")) {
            throw UserFacingException.badRequest("enforcement.officers.validation.matterCodePattern");
        }
        Map<String, Object> p = new HashMap<>();
        p.put("code", c.code().strip());
        p.put("name", c.name().strip());
        p.put("cat", c.category().name());
        p.put("basis", c.legalBasis().strip());
        p.put("proc", blankToNull(c.procedureText()));
        p.put("remedy", blankToNull(c.remedyText()));
        p.put("active", !Boolean.FALSE.equals(c.active()));
        return p;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static EnforcementBodyView map(ResultSet rs, int n) throws SQLException {
        return new EnforcementBodyView(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getString("region_code"), rs.getString("name"), EnforcementBodyKind.valueOf(rs.getString("kind")),
                rs.getObject("entrusting_unit_id", Long.class), rs.getString("entrusting_name"),
                rs.getString("legal_basis"), rs.getString("areas"), rs.getBoolean("active"), rs.getLong("matters"),
                rs.getLong("officers"), rs.getInt("version"));
    }

    static EnforcementMatterView mapMatter(ResultSet rs, int n) throws SQLException {
        return new EnforcementMatterView(rs.getLong("id"), rs.getLong("body_id"), rs.getString("code"),
                rs.getString("name"), EnforcementMatterCategory.valueOf(rs.getString("category")),
                rs.getString("legal_basis"), rs.getString("procedure_text"), rs.getString("remedy_text"),
                rs.getBoolean("active"), rs.getInt("version"));
    }
}
