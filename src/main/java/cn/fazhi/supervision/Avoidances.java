package cn.fazhi.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.enforcement.OfficerView;
import cn.fazhi.enforcement.Officers;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Declared relations between inspectors and entities (回避; 行政处罚法 Art. 43; 国办发〔2015〕58号 随机选派): a declared pair
 * is never drawn — every row of {@code random_avoidance} is an input of the draw (fazhi-draw-v1). Declared by the
 * officer's unit ({@code supervision:random}, its own officers only) or the office ({@code supervision:manage});
 * a withdrawal deletes the row and is audited with the pair, the reason and who declared it.
 */
@Service
public class Avoidances {

    private static final String SELECT = "SELECT a.*, o.name AS officer_name, o.unit_id, e.uscc, e.name AS entity_name "
            + "FROM random_avoidance a JOIN enforcement_officer o ON o.id = a.officer_id "
            + "JOIN random_entity e ON e.id = a.entity_id";

    private final JdbcClient jdbc;
    private final Officers officers;
    private final TargetRegister register;
    private final AuditTrail audit;
    private final Clock clock;

    Avoidances(JdbcClient jdbc, Officers officers, TargetRegister register, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.officers = officers;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    /** The relations of an officer in the caller's scope (404 outside it). */
    public List<AvoidanceView> ofOfficer(long officerId, Caller caller) {
        officer(officerId, caller);
        return jdbc.sql(SELECT + " WHERE a.officer_id = :o ORDER BY a.declared_on DESC, a.id DESC").param("o", officerId)
                .query(Avoidances::map).list();
    }

    /** The relations of the officers in the caller's scope, of one unit (null: all in scope). */
    public List<AvoidanceView> inScope(Long unitId, Caller caller) {
        Map<String, Object> p = new HashMap<>(caller.scope().parameters());
        String w = " WHERE " + caller.scope().sqlCondition("o.unit_id", "o.region_code");
        if (unitId != null) {
            w += " AND o.unit_id = :unitFilter";
            p.put("unitFilter", unitId);
        }
        return jdbc.sql(SELECT + w + " ORDER BY o.unit_id, o.name, a.id").params(p).query(Avoidances::map).list();
    }

    public AvoidanceView get(long id, Caller caller) {
        AvoidanceView a = jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query(Avoidances::map).optional()
                .orElseThrow(() -> UserFacingException.notFound("supervision.registers.avoidance.error.unknown"));
        officer(a.officerId(), caller);
        return a;
    }

    /** Whether the caller may declare or withdraw the relations of this officer. */
    public boolean canDeclare(long officerUnitId, Caller caller) {
        return caller.can(SupervisionPermissions.MANAGE)
                || caller.can(SupervisionPermissions.RANDOM) && officerUnitId == caller.scope().unitId();
    }

    @Transactional
    public AvoidanceView declare(AvoidanceCommand c, Caller caller) {
        if (c == null || c.officerId() == null) {
            throw UserFacingException.badRequest("supervision.registers.avoidance.error.incomplete");
        }
        OfficerView officer = officer(c.officerId(), caller);
        if (!canDeclare(officer.unitId(), caller)) {
            throw UserFacingException.forbidden("supervision.registers.avoidance.error.otherUnit");
        }
        String uscc = RandomItems.required(c.uscc(), 18, "supervision.registers.entity.field.uscc");
        TargetRegisterView entity = register.byUscc(uscc)
                .orElseThrow(() -> UserFacingException.badRequest("supervision.registers.avoidance.error.entity", uscc));
        if (c.reason() == null) {
            throw UserFacingException.badRequest("supervision.registers.error.required",
                    new org.springframework.context.support.DefaultMessageSourceResolvable("supervision.registers.avoidance.field.reason"));
        }
        String note = c.reason() == AvoidanceReason.OTHER
                ? RandomItems.required(c.note(), 500, "supervision.registers.avoidance.field.note")
                : RandomItems.optional(c.note(), 500, "supervision.registers.avoidance.field.note");
        LocalDate today = LocalDate.now(clock);
        LocalDate on = c.declaredOn() == null ? today : c.declaredOn();
        if (on.isAfter(today)) {
            throw UserFacingException.badRequest("supervision.registers.avoidance.error.future");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM random_avoidance WHERE officer_id = :o AND entity_id = :e")
                .param("o", officer.id()).param("e", entity.id()).query(Long.class).single() > 0) {
            throw UserFacingException.conflict("supervision.registers.avoidance.error.exists", officer.name(), entity.name());
        }
        jdbc.sql("INSERT INTO random_avoidance (officer_id, entity_id, reason, note, declared_on, created_at, created_by) "
                        + "VALUES (:o, :e, :reason, :note, :on, :now, :by)")
                .param("o", officer.id()).param("e", entity.id()).param("reason", c.reason().name()).param("note", note)
                .param("on", on).param("now", OffsetDateTime.now(clock)).param("by", Actors.current()).update();
        long id = jdbc.sql("SELECT id FROM random_avoidance WHERE officer_id = :o AND entity_id = :e")
                .param("o", officer.id()).param("e", entity.id()).query(Long.class).single();
        audit.record(AuditEntry.of("supervision.registers.avoidance.declared", "random_avoidance", id, officer.name() + " ↔ "
                + entity.uscc() + " " + entity.name() + " " + c.reason()));
        return get(id, caller);
    }

    @Transactional
    public void withdraw(long id, Caller caller) {
        AvoidanceView a = get(id, caller);
        if (!canDeclare(a.unitId(), caller)) {
            throw UserFacingException.forbidden("supervision.registers.avoidance.error.otherUnit");
        }
        jdbc.sql("DELETE FROM random_avoidance WHERE id = :id").param("id", id).update();
        audit.record(AuditEntry.of("supervision.registers.avoidance.withdrawn", "random_avoidance", id, a.officerName()
                + " ↔ " + a.uscc() + " " + a.entityName() + " " + a.reason() + " " + a.declaredOn() + " (" + a.createdBy() + ")"));
    }

    private OfficerView officer(long officerId, Caller caller) {
        return officers.find(officerId, caller.scope())
                .orElseThrow(() -> UserFacingException.notFound("supervision.registers.inspector.error.unknown"));
    }

    private static AvoidanceView map(ResultSet rs, int n) throws SQLException {
        return new AvoidanceView(rs.getLong("id"), rs.getLong("officer_id"), rs.getString("officer_name"),
                rs.getLong("unit_id"), rs.getLong("entity_id"), rs.getString("uscc"), rs.getString("entity_name"),
                AvoidanceReason.valueOf(rs.getString("reason")), rs.getString("note"),
                rs.getObject("declared_on", LocalDate.class), rs.getString("created_by"));
    }
}
