package cn.fazhi.learning;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;

/** What the learning facades share: the caller, their scope and permissions, units, the clock (UTC+8) and the audit. */
@Component
class LearningSupport {

    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    final JdbcClient jdbc;
    final Caller caller;
    final Clock clock;
    private final AuditTrail audit;

    LearningSupport(JdbcClient jdbc, Caller caller, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.caller = caller;
        this.clock = clock;
        this.audit = audit;
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(CHINA);
    }

    DataScope scope() {
        return caller.scope();
    }

    void requireView() {
        if (!caller.can(LearningPermissions.VIEW)) {
            throw UserFacingException.forbidden("learning.error.forbidden");
        }
    }

    void requireManage() {
        if (!caller.can(LearningPermissions.MANAGE)) {
            throw UserFacingException.forbidden("learning.error.forbidden");
        }
    }

    String who() {
        String u = caller.username();
        return u == null ? "system" : u;
    }

    record UnitRef(long id, String name, String regionCode) {}

    /** A unit by id, without a scope check (demo generation). */
    UnitRef unit(long unitId) {
        return jdbc.sql("SELECT id, short_name, region_code FROM unit WHERE id = :id").param("id", unitId)
                .query((rs, n) -> new UnitRef(rs.getLong(1), rs.getString(2), rs.getString(3))).single();
    }

    /** A unit inside the caller's scope, or a Chinese 400 naming the field. */
    UnitRef unitInScope(Long unitId) {
        if (unitId == null) {
            throw UserFacingException.badRequest("learning.error.unitRequired");
        }
        UnitRef u = jdbc.sql("SELECT id, short_name, region_code FROM unit WHERE id = :id").param("id", unitId)
                .query((rs, n) -> new UnitRef(rs.getLong(1), rs.getString(2), rs.getString(3))).optional()
                .orElseThrow(() -> UserFacingException.badRequest("learning.error.unitUnknown"));
        if (!scope().covers(u.id(), u.regionCode())) {
            throw UserFacingException.badRequest("learning.error.unitOutOfScope");
        }
        return u;
    }

    Map<String, Object> scopeParams() {
        return new HashMap<>(scope().parameters());
    }

    /** Inserts one row and returns its generated id. */
    long insert(String sql, Map<String, Object> params) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void audit(String action, String targetType, Object id, String detail) {
        audit.record(AuditEntry.of(action, targetType, id, detail));
    }

    static String required(String text, int max, String key) {
        if (text == null || text.isBlank()) {
            throw UserFacingException.badRequest("learning.error.required", new org.springframework.context.support
                    .DefaultMessageSourceResolvable(key));
        }
        String t = text.strip();
        if (t.length() > max) {
            throw UserFacingException.badRequest("learning.error.tooLong",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(key), max);
        }
        return t;
    }

    static String optional(String text, int max, String key) {
        return text == null || text.isBlank() ? null : required(text, max, key);
    }

    static <T> T present(T value, String key) {
        if (value == null) {
            throw UserFacingException.badRequest("learning.error.required",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(key));
        }
        return value;
    }
}
