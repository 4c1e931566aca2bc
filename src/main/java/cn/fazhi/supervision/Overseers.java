package cn.fazhi.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.crypto.PersonalDataCipher;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.validation.BusinessDates;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.platform.web.Paged;

/**
 * The pool of 法治督察员 (督察工作规定 Art. 16): appointments with their document and term, dismissals, the account an
 * inspector signs in with, and participation (missions joined, derived). The phone is SM4-encrypted with a blind
 * index and shown masked. Every change is audited. The pool is district-wide: the office manages it
 * ({@code supervision:manage}); whoever may view supervision sees it, phones masked.
 */
@Service
public class Overseers {

    private static final String SELECT = "SELECT i.*, a.username, (SELECT COUNT(*) FROM oversight_mission_inspector x "
            + "JOIN oversight_mission m ON m.id = x.mission_id WHERE x.inspector_id = i.id AND m.status <> 'CANCELLED') AS missions "
            + "FROM oversight_inspector i LEFT JOIN app_user a ON a.id = i.user_id";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;

    Overseers(JdbcClient jdbc, PersonalDataCipher cipher, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public OverseerView appoint(OverseerCommands.Save c) {
        Map<String, Object> p = checked(c, null);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO oversight_inspector (name, kind, affiliation, phone_cipher, phone_blind, phone_masked, user_id, "
                        + "appointed_on, appointment_doc, term_ends_on, created_at, created_by) VALUES (:name, :kind, :aff, "
                        + ":cipher, :blind, :masked, :user, :appointed, :doc, :termEnd, :at, :by)")
                .params(p).param("at", OffsetDateTime.now(clock)).param("by", Actors.current()).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        audit.record(AuditEntry.of("supervision.oversight.inspector.appointed", "oversight_inspector", id,
                p.get("name") + " " + p.get("doc")));
        return find(id);
    }

    @Transactional
    public OverseerView update(long id, OverseerCommands.Save c) {
        OverseerView before = find(id);
        if (c == null || c.version() == null) {
            throw UserFacingException.badRequest("cases.step.versionRequired");
        }
        Map<String, Object> p = checked(c, before);
        p.put("id", id);
        p.put("v", c.version());
        int n = jdbc.sql("UPDATE oversight_inspector SET name = :name, kind = :kind, affiliation = :aff, phone_cipher = :cipher, "
                        + "phone_blind = :blind, phone_masked = :masked, user_id = :user, appointed_on = :appointed, "
                        + "appointment_doc = :doc, term_ends_on = :termEnd, version = version + 1 WHERE id = :id AND version = :v")
                .params(p).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        audit.record(AuditEntry.of("supervision.oversight.inspector.updated", "oversight_inspector", id, (String) p.get("name")));
        return find(id);
    }

    /** 解聘 on a day not before the appointment. */
    @Transactional
    public OverseerView dismiss(long id, OverseerCommands.Dismiss c) {
        OverseerView before = find(id);
        LocalDate today = LocalDate.now(clock);
        if (c == null || c.version() == null) {
            throw UserFacingException.badRequest("cases.step.versionRequired");
        }
        LocalDate on = c.dismissedOn() == null ? today : c.dismissedOn();
        BusinessDates.check(on, "supervision.oversight.inspector.field.dismissedOn", today);
        if (on.isBefore(before.appointedOn())) {
            throw UserFacingException.badRequest("supervision.oversight.inspector.error.dismissBeforeAppointed");
        }
        if (before.dismissedOn() != null) {
            throw UserFacingException.conflict("supervision.oversight.inspector.error.alreadyDismissed");
        }
        int n = jdbc.sql("UPDATE oversight_inspector SET dismissed_on = :on, version = version + 1 WHERE id = :id AND version = :v")
                .param("on", on).param("id", id).param("v", c.version()).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        audit.record(AuditEntry.of("supervision.oversight.inspector.dismissed", "oversight_inspector", id,
                before.name() + " " + on));
        return find(id);
    }

    @Transactional(readOnly = true)
    public OverseerView find(long id) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(SELECT + " WHERE i.id = :id").param("id", id).query((rs, n) -> map(rs, today)).optional()
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    @Transactional(readOnly = true)
    public Paged<OverseerView> search(OverseerCommands.Query q, int page, int size) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (q != null && q.kind() != null) {
            where.append(" AND i.kind = :kind");
            params.put("kind", q.kind().name());
        }
        if (q != null && q.status() != null) {
            where.append(switch (q.status()) {
                case DISMISSED -> " AND i.dismissed_on IS NOT NULL AND i.dismissed_on <= :today";
                case EXPIRED -> " AND (i.dismissed_on IS NULL OR i.dismissed_on > :today) AND i.term_ends_on < :today";
                case SERVING -> " AND (i.dismissed_on IS NULL OR i.dismissed_on > :today) AND i.term_ends_on >= :today";
            });
        }
        if (q != null && q.q() != null && !q.q().isBlank()) {
            where.append(" AND (i.name LIKE :kw OR i.affiliation LIKE :kw OR i.appointment_doc LIKE :kw)");
            params.put("kw", "%" + OversightMissions.like(q.q().strip()) + "%");
        }
        int s = Math.max(1, Math.min(size, 5000));
        int pg = Math.max(0, page);
        long total = jdbc.sql("SELECT COUNT(*) FROM oversight_inspector i" + where).params(params).query(Long.class).single();
        List<OverseerView> items = jdbc.sql(SELECT + where + " ORDER BY i.appointed_on DESC, i.id DESC LIMIT " + s
                + " OFFSET " + (long) pg * s).params(params).query((rs, n) -> map(rs, today)).list();
        return new Paged<>(items, total, pg, s);
    }

    /** Inspectors serving on {@code day}, id → "name（affiliation）", for the mission form. */
    @Transactional(readOnly = true)
    public Map<Long, String> serving(LocalDate day) {
        Map<Long, String> choices = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name, affiliation FROM oversight_inspector WHERE appointed_on <= :d AND term_ends_on >= :d "
                        + "AND (dismissed_on IS NULL OR dismissed_on > :d) ORDER BY name, id").param("d", day)
                .query((rs, n) -> choices.put(rs.getLong("id"), rs.getString("name") + "（" + rs.getString("affiliation") + "）"))
                .list();
        return choices;
    }

    private Map<String, Object> checked(OverseerCommands.Save c, OverseerView before) {
        if (c == null) {
            throw UserFacingException.badRequest("supervision.oversight.inspector.error.nameRequired");
        }
        LocalDate today = LocalDate.now(clock);
        String name = OversightMissions.text(c.name(), 64, "supervision.oversight.inspector.error.nameRequired");
        if (c.kind() == null) {
            throw UserFacingException.badRequest("supervision.oversight.inspector.error.kindRequired");
        }
        String affiliation = OversightMissions.text(c.affiliation(), 200,
                "supervision.oversight.inspector.error.affiliationRequired");
        String doc = OversightMissions.text(c.appointmentDoc(), 100, "supervision.oversight.inspector.error.docRequired");
        if (c.appointedOn() == null || c.termEndsOn() == null) {
            throw UserFacingException.badRequest("supervision.oversight.inspector.error.datesRequired");
        }
        BusinessDates.check(c.appointedOn(), "supervision.oversight.inspector.field.appointedOn", today);
        BusinessDates.check(c.termEndsOn(), "supervision.oversight.inspector.field.termEndsOn", today.plusYears(10));
        if (!c.termEndsOn().isAfter(c.appointedOn())) {
            throw UserFacingException.badRequest("supervision.oversight.inspector.error.termBeforeAppointed");
        }
        Map<String, Object> p = new HashMap<>();
        p.put("name", name);
        p.put("kind", c.kind().name());
        p.put("aff", affiliation);
        p.put("doc", doc);
        p.put("appointed", c.appointedOn());
        p.put("termEnd", c.termEndsOn());
        String phone = c.phone() == null ? "" : c.phone().strip().replace(" ", "");
        if (!phone.isEmpty()) {
            if (!phone.matches("1\\d{10}|0\\d{2,3}-?\\d{7,8}")) {
                throw UserFacingException.badRequest("supervision.oversight.inspector.error.phoneInvalid");
            }
            p.put("cipher", cipher.encrypt(phone));
            p.put("blind", cipher.blindIndex(phone));
            p.put("masked", mask(phone));
        } else if (before != null) {
            String[] old = jdbc.sql("SELECT phone_cipher, phone_blind, phone_masked FROM oversight_inspector WHERE id = :id")
                    .param("id", before.id()).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                    .single();
            p.put("cipher", old[0]);
            p.put("blind", old[1]);
            p.put("masked", old[2]);
        } else {
            p.put("cipher", null);
            p.put("blind", null);
            p.put("masked", null);
        }
        Long user = null;
        if (c.username() != null && !c.username().isBlank()) {
            user = jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", c.username().strip()).query(Long.class)
                    .optional().orElseThrow(() -> UserFacingException.badRequest("supervision.oversight.inspector.error.userUnknown"));
            long linked = jdbc.sql("SELECT COUNT(*) FROM oversight_inspector WHERE user_id = :u AND id <> :self")
                    .param("u", user).param("self", before == null ? -1L : before.id()).query(Long.class).single();
            if (linked > 0) {
                throw UserFacingException.badRequest("supervision.oversight.inspector.error.userLinked");
            }
        }
        p.put("user", user);
        return p;
    }

    static String mask(String phone) {
        String digits = phone.replace("-", "");
        return digits.length() <= 7 ? "****" : digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }

    private static OverseerView map(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate appointed = rs.getObject("appointed_on", LocalDate.class);
        LocalDate termEnd = rs.getObject("term_ends_on", LocalDate.class);
        LocalDate dismissed = rs.getObject("dismissed_on", LocalDate.class);
        long user = rs.getLong("user_id");
        Long userId = rs.wasNull() ? null : user;
        return new OverseerView(rs.getLong("id"), rs.getString("name"), OverseerKind.valueOf(rs.getString("kind")),
                rs.getString("affiliation"), rs.getString("phone_masked"), userId, rs.getString("username"), appointed,
                rs.getString("appointment_doc"), termEnd, dismissed, OverseerStatus.on(today, appointed, termEnd, dismissed),
                rs.getLong("missions"), rs.getInt("version"));
    }
}
