package cn.fazhi.enforcement;

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
import cn.fazhi.cases.CaseParties;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.platform.web.Paged;

/**
 * Enforcement officers (执法人员) and their certificates (行政执法证). An officer belongs to a unit (optionally one of
 * its bodies) and may be linked to the platform user who acts as them; the resident ID number is kept only sealed by
 * the kernel ({@link CaseParties#seal}: SM4, blind index, masked). Certificates follow {@link OfficerRules}; whether
 * one is valid on a day is {@link CertificateChecks}' rule, which {@link CertificateStanding} mirrors. Scope: a unit's
 * staff keep their unit, the office the district; outside it a 404. Every change is audited.
 */
@Service
public class Officers {

    private static final String BEST_CERTIFICATE = "(SELECT c2.id FROM enforcement_certificate c2 WHERE c2.officer_id = o.id "
            + "ORDER BY CASE WHEN c2.issued_on <= :today AND c2.expires_on >= :today AND NOT (c2.status IN (:suspended, "
            + ":revoked) AND c2.status_since <= :today) THEN 0 ELSE 1 END, c2.expires_on DESC, c2.id DESC LIMIT 1)";
    static final String VALID_TODAY = "EXISTS (SELECT 1 FROM enforcement_certificate v WHERE v.officer_id = o.id "
            + "AND v.issued_on <= :today AND v.expires_on >= :today AND NOT (v.status IN (:suspended, :revoked) "
            + "AND v.status_since <= :today))";
    private static final String SELECT = "SELECT o.*, un.name AS unit_name, b.name AS body_name, au.username, "
            + "c.number AS c_number, c.issued_on AS c_issued, c.expires_on AS c_expires, c.status AS c_status, "
            + "c.status_since AS c_since FROM enforcement_officer o JOIN unit un ON un.id = o.unit_id "
            + "LEFT JOIN enforcement_body b ON b.id = o.body_id LEFT JOIN app_user au ON au.id = o.user_id "
            + "LEFT JOIN enforcement_certificate c ON c.id = " + BEST_CERTIFICATE;
    static final String INSERT_OFFICER = "INSERT INTO enforcement_officer (unit_id, region_code, body_id, user_id, name, "
            + "id_number_cipher, id_number_blind, id_number_masked, post, appointed_on, legal_qualification, "
            + "legal_qualification_no, reviewer, active, created_at, created_by) VALUES (:unit, :region, :body, :user, "
            + ":name, :cipher, :blind, :masked, :post, :appointed, :lq, :lqNo, :reviewer, :active, :now, :by)";
    static final String INSERT_CERTIFICATE = "INSERT INTO enforcement_certificate (officer_id, number, issuing_authority, "
            + "areas, issued_on, expires_on, status, status_since, status_reason, created_at, created_by) VALUES (:officer, "
            + ":number, :authority, :areas, :issued, :expires, :status, :since, :reason, :now, :by)";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final CaseParties parties;
    private final Units units;
    private final AuditTrail audit;
    private final OfficerProperties settings;
    private final Clock clock;

    Officers(JdbcClient jdbc, NamedParameterJdbcTemplate named, CaseParties parties, Units units, AuditTrail audit,
            OfficerProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.named = named;
        this.parties = parties;
        this.units = units;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    // ---- officers --------------------------------------------------------------------------------------------------

    @Transactional
    public OfficerView register(OfficerCommands.Officer c, DataScope scope) {
        Map<String, Object> p = officerColumns(c, scope, null);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT_OFFICER).params(p).param("now", OffsetDateTime.now(clock)).param("by", Actors.current())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        audit.record(AuditEntry.of("enforcement.officer.registered", "enforcement_officer", id, c.name().strip()
                + (Boolean.TRUE.equals(c.reviewer()) ? " reviewer" : "")));
        return get(id, scope);
    }

    @Transactional
    public OfficerView update(long id, Integer version, OfficerCommands.Officer c, DataScope scope) {
        OfficerView before = get(id, scope);
        if (version == null) {
            throw UserFacingException.badRequest("enforcement.officers.error.versionMissing");
        }
        Map<String, Object> p = officerColumns(c, scope, id);
        String idColumns = c.idNumber() == null || c.idNumber().isBlank() ? ""
                : "id_number_cipher = :cipher, id_number_blind = :blind, id_number_masked = :masked, ";
        int n = jdbc.sql("UPDATE enforcement_officer SET unit_id = :unit, region_code = :region, body_id = :body, "
                        + "user_id = :user, name = :name, " + idColumns + "post = :post, appointed_on = :appointed, "
                        + "legal_qualification = :lq, legal_qualification_no = :lqNo, reviewer = :reviewer, "
                        + "active = :active, version = version + 1 WHERE id = :id AND version = :version")
                .params(p).param("id", id).param("version", version).update();
        if (n == 0) {
            throw UserFacingException.conflict("enforcement.officers.error.stale");
        }
        audit.record(AuditEntry.of("enforcement.officer.updated", "enforcement_officer", id, before.name() + " → "
                + c.name().strip() + (Boolean.TRUE.equals(c.reviewer()) ? " reviewer" : "")
                + (Boolean.FALSE.equals(c.active()) ? " inactive" : "")));
        return get(id, scope);
    }

    public Optional<OfficerView> find(long id, DataScope scope) {
        Map<String, Object> p = params(scope);
        p.put("id", id);
        return jdbc.sql(SELECT + " WHERE o.id = :id AND " + scope.sqlCondition("o.unit_id", "o.region_code")).params(p)
                .query(this::map).optional();
    }

    public OfficerView get(long id, DataScope scope) {
        return find(id, scope).orElseThrow(() -> UserFacingException.notFound("enforcement.officers.error.officerUnknown"));
    }

    /**
     * Officers in scope: {@code keyword} in the name or a certificate number, of {@code unitId} (null: any),
     * {@code certified} true/false for holding a valid certificate today (null: all); active first, then unit and name.
     */
    public Paged<OfficerView> search(String keyword, Long unitId, Boolean certified, int page, int size,
            DataScope scope) {
        Map<String, Object> p = params(scope);
        String where = where(keyword, unitId, certified, scope, p);
        long total = jdbc.sql("SELECT COUNT(*) FROM enforcement_officer o" + where).params(p).query(Long.class).single();
        int s = Math.max(1, Math.min(size, 1000));
        int pg = Math.max(0, page);
        p.put("limit", s);
        p.put("offset", (long) pg * s);
        List<OfficerView> items = jdbc.sql(SELECT + where + " ORDER BY o.active DESC, un.sort_order, o.unit_id, o.name, o.id "
                + "LIMIT :limit OFFSET :offset").params(p).query(this::map).list();
        return new Paged<>(items, total, pg, s);
    }

    private static String where(String keyword, Long unitId, Boolean certified, DataScope scope, Map<String, Object> p) {
        StringBuilder w = new StringBuilder(" WHERE " + scope.sqlCondition("o.unit_id", "o.region_code"));
        if (keyword != null && !keyword.isBlank()) {
            w.append(" AND (o.name LIKE :kw OR EXISTS (SELECT 1 FROM enforcement_certificate k WHERE k.officer_id = o.id "
                    + "AND k.number LIKE :kwUpper))");
            p.put("kw", "%" + keyword.strip() + "%");
            p.put("kwUpper", "%" + keyword.strip().toUpperCase(java.util.Locale.ROOT) + "%");
        }
        if (unitId != null) {
            w.append(" AND o.unit_id = :unitFilter");
            p.put("unitFilter", unitId);
        }
        if (certified != null) {
            w.append(certified ? " AND o.active AND " : " AND NOT (o.active AND ").append(VALID_TODAY)
                    .append(certified ? "" : ")");
        }
        return w.toString();
    }

    /** The active officers of {@code unitId} with a certificate valid on {@code day} (pickers of the case parts). */
    public List<OfficerView> certifiedOn(long unitId, LocalDate day, DataScope scope) {
        Map<String, Object> p = params(scope);
        p.put("unit", unitId);
        p.put("day", day);
        return jdbc.sql(SELECT + " WHERE o.unit_id = :unit AND o.active AND " + scope.sqlCondition("o.unit_id", "o.region_code")
                        + " AND EXISTS (SELECT 1 FROM enforcement_certificate d WHERE d.officer_id = o.id AND d.issued_on <= :day "
                        + "AND d.expires_on >= :day AND NOT (d.status IN (:suspended, :revoked) AND d.status_since <= :day)) "
                        + "ORDER BY o.name, o.id")
                .params(p).query(this::map).list();
    }

    /** The active officer the platform user acts as, if any. */
    public Optional<Long> officerOfUser(long userId) {
        return jdbc.sql("SELECT id FROM enforcement_officer WHERE user_id = :u AND active ORDER BY id").param("u", userId)
                .query(Long.class).list().stream().findFirst();
    }

    // ---- certificates ----------------------------------------------------------------------------------------------

    public List<CertificateView> certificates(long officerId, DataScope scope) {
        get(officerId, scope);
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("SELECT c.*, o.active AS holder_active FROM enforcement_certificate c JOIN enforcement_officer o "
                        + "ON o.id = c.officer_id WHERE c.officer_id = :o ORDER BY c.expires_on DESC, c.id DESC")
                .param("o", officerId).query((rs, n) -> certificate(rs, today)).list();
    }

    public CertificateView certificate(long certificateId, DataScope scope) {
        LocalDate today = LocalDate.now(clock);
        CertificateView c = jdbc.sql("SELECT c.*, o.active AS holder_active FROM enforcement_certificate c "
                        + "JOIN enforcement_officer o ON o.id = c.officer_id WHERE c.id = :id").param("id", certificateId)
                .query((rs, n) -> certificate(rs, today)).optional()
                .orElseThrow(() -> UserFacingException.notFound("enforcement.officers.error.certificateUnknown"));
        get(c.officerId(), scope);
        return c;
    }

    @Transactional
    public CertificateView issue(long officerId, OfficerCommands.Certificate c, DataScope scope) {
        OfficerView officer = get(officerId, scope);
        if (c == null) {
            throw UserFacingException.badRequest("enforcement.officers.error.certificateDates");
        }
        Map<String, Object> p = certificateColumns(officerId, c);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT_CERTIFICATE).params(p).param("now", OffsetDateTime.now(clock)).param("by", Actors.current())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        audit.record(AuditEntry.of("enforcement.certificate.issued", "enforcement_certificate", id, p.get("number") + " "
                + officer.name() + " " + c.issuedOn() + "~" + c.expiresOn()));
        return certificate(id, scope);
    }

    /** Suspends (暂扣), reinstates or revokes (注销) a certificate from a day, with the reason ({@link OfficerRules}). */
    @Transactional
    public CertificateView changeStatus(long certificateId, OfficerCommands.CertificateStatusChange c, DataScope scope) {
        CertificateView before = certificate(certificateId, scope);
        if (c == null || c.status() == null || c.since() == null || c.reason() == null || c.reason().isBlank()) {
            throw UserFacingException.badRequest("enforcement.officers.error.statusIncomplete");
        }
        OfficerRules.requireLength(c.reason(), 500, "enforcement.officers.field.reason");
        if (c.version() == null) {
            throw UserFacingException.badRequest("enforcement.officers.error.versionMissing");
        }
        OfficerRules.requireChange(before.status(), c.status(), c.since(), before.issuedOn(), LocalDate.now(clock));
        int n = jdbc.sql("UPDATE enforcement_certificate SET status = :status, status_since = :since, status_reason = :reason, "
                        + "version = version + 1 WHERE id = :id AND version = :version")
                .param("status", c.status().name()).param("since", c.since()).param("reason", c.reason().strip())
                .param("id", certificateId).param("version", c.version()).update();
        if (n == 0) {
            throw UserFacingException.conflict("enforcement.officers.error.stale");
        }
        audit.record(AuditEntry.of("enforcement.certificate.status", "enforcement_certificate", certificateId,
                before.number() + " " + before.status() + " → " + c.status() + " " + c.since() + " " + c.reason().strip()));
        return certificate(certificateId, scope);
    }

    /**
     * Marks every valid certificate whose expiry date has passed as EXPIRED from the day after it (the nightly job;
     * idempotent, safe on several nodes). Returns how many were marked.
     */
    @Transactional
    public int expireDue(LocalDate today) {
        record Due(long id, LocalDate expiresOn) {}
        List<Due> due = jdbc.sql("SELECT id, expires_on FROM enforcement_certificate WHERE status = :valid AND expires_on < :today")
                .param("valid", CertificateStatus.VALID.name()).param("today", today)
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getObject("expires_on", LocalDate.class))).list();
        if (due.isEmpty()) {
            return 0;
        }
        SqlParameterSource[] batch = due.stream().map(r -> new MapSqlParameterSource().addValue("id", r.id())
                .addValue("since", r.expiresOn().plusDays(1)).addValue("expired", CertificateStatus.EXPIRED.name())
                .addValue("valid", CertificateStatus.VALID.name()).addValue("reason", "有效期届满"))
                .toArray(SqlParameterSource[]::new);
        int[] counts = named.batchUpdate("UPDATE enforcement_certificate SET status = :expired, status_since = :since, "
                + "status_reason = :reason, version = version + 1 WHERE id = :id AND status = :valid", batch);
        int marked = 0;
        for (int c : counts) {
            marked += Math.max(0, c);
        }
        audit.record(AuditEntry.of("enforcement.certificate.expired", "enforcement_certificate", null,
                marked + " expired before " + today).by(Actors.SYSTEM));
        return marked;
    }

    // ---- the generated demo year -----------------------------------------------------------------------------------

    /** An officer of a generated year with their certificates (already checked by the generator against the rules). */
    record Generated(OfficerCommands.Officer officer, String regionCode, List<OfficerCommands.Certificate> certificates,
            CertificateStatus lastStatus, LocalDate lastStatusSince, String lastStatusReason) {}

    /**
     * Stores generated officers and their certificates in batches, each through the same rules and column maps as a
     * registration (inside the generating transaction, which audits the generation once). Returns the officer ids.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Long> storeGenerated(List<Generated> list) {
        List<Long> ids = new ArrayList<>(list.size());
        OffsetDateTime now = OffsetDateTime.now(clock);
        String by = Actors.current();
        for (Generated g : list) {
            Map<String, Object> p = sealedColumns(g.officer(), g.regionCode());
            p.put("now", now);
            p.put("by", by);
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            named.update(INSERT_OFFICER, new MapSqlParameterSource(p), keys, new String[] {"id"});
            ids.add(keys.getKeyAs(Long.class));
        }
        List<SqlParameterSource> certs = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Generated g = list.get(i);
            for (int k = 0; k < g.certificates().size(); k++) {
                OfficerCommands.Certificate c = g.certificates().get(k);
                Map<String, Object> p = certificateColumns(ids.get(i), c);
                if (k == g.certificates().size() - 1 && g.lastStatus() != null) {
                    p.put("status", g.lastStatus().name());
                    p.put("since", g.lastStatusSince());
                    p.put("reason", g.lastStatusReason());
                }
                p.put("now", now);
                p.put("by", by);
                certs.add(new MapSqlParameterSource(p));
            }
        }
        named.batchUpdate(INSERT_CERTIFICATE, certs.toArray(SqlParameterSource[]::new));
        return ids;
    }

    // ---- columns and rules -----------------------------------------------------------------------------------------

    private Map<String, Object> officerColumns(OfficerCommands.Officer c, DataScope scope, Long self) {
        if (c == null || c.unitId() == null || c.name() == null || c.name().isBlank()) {
            throw UserFacingException.badRequest("enforcement.officers.error.officerIncomplete");
        }
        UnitView unit = units.findVisible(c.unitId(), scope)
                .orElseThrow(() -> UserFacingException.badRequest("enforcement.officers.error.unitOutOfScope"));
        if (c.bodyId() != null && jdbc.sql("SELECT COUNT(*) FROM enforcement_body WHERE id = :b AND unit_id = :u")
                .param("b", c.bodyId()).param("u", unit.id()).query(Long.class).single() == 0) {
            throw UserFacingException.badRequest("enforcement.officers.error.bodyNotOfUnit");
        }
        if (c.userId() != null) {
            Long userUnit = jdbc.sql("SELECT unit_id FROM app_user WHERE id = :u").param("u", c.userId()).query(Long.class)
                    .optional().orElseThrow(() -> UserFacingException.badRequest("enforcement.officers.error.userUnknown"));
            if (userUnit != unit.id()) {
                throw UserFacingException.badRequest("enforcement.officers.error.userNotOfUnit");
            }
            if (jdbc.sql("SELECT COUNT(*) FROM enforcement_officer WHERE user_id = :u AND active AND id <> :self")
                    .param("u", c.userId()).param("self", self == null ? -1L : self).query(Long.class).single() > 0) {
                throw UserFacingException.conflict("enforcement.officers.error.userTaken");
            }
        }
        Map<String, Object> p = sealedColumns(c, unit.regionCode());
        if (p.get("blind") != null && jdbc.sql("SELECT COUNT(*) FROM enforcement_officer WHERE id_number_blind = :b "
                        + "AND active AND id <> :self").param("b", p.get("blind")).param("self", self == null ? -1L : self)
                .query(Long.class).single() > 0) {
            throw UserFacingException.conflict("enforcement.officers.error.idNumberTaken");
        }
        return p;
    }

    /** The officer's columns with the ID number sealed; the reviewer rule (处罚法 Art. 58(2)) checked. */
    private Map<String, Object> sealedColumns(OfficerCommands.Officer c, String regionCode) {
        OfficerRules.requireLength(c.name(), 50, "enforcement.officers.field.name");
        OfficerRules.requireLength(c.post(), 100, "enforcement.officers.field.post");
        OfficerRules.requireLength(c.legalQualificationNo(), 64, "enforcement.officers.field.legalQualificationNo");
        boolean lq = Boolean.TRUE.equals(c.legalQualification());
        boolean reviewer = Boolean.TRUE.equals(c.reviewer());
        OfficerRules.requireQualifiedReviewer(reviewer, lq);
        if (c.appointedOn() != null && (c.appointedOn().isBefore(LocalDate.of(1949, 10, 1))
                || c.appointedOn().isAfter(LocalDate.now(clock)))) {
            throw UserFacingException.badRequest("enforcement.officers.error.appointedOn");
        }
        CaseParties.Sealed sealed = parties.seal(true, c.idNumber(), null);
        Map<String, Object> p = new HashMap<>();
        p.put("unit", c.unitId());
        p.put("region", regionCode);
        p.put("body", c.bodyId());
        p.put("user", c.userId());
        p.put("name", c.name().strip());
        p.put("cipher", sealed.identifierEnc());
        p.put("blind", sealed.identifierIndex());
        p.put("masked", sealed.identifierMasked());
        p.put("post", EnforcementBodies.blankToNull(c.post()));
        p.put("appointed", c.appointedOn());
        p.put("lq", lq);
        p.put("lqNo", lq ? EnforcementBodies.blankToNull(c.legalQualificationNo()) : null);
        p.put("reviewer", reviewer);
        p.put("active", !Boolean.FALSE.equals(c.active()));
        return p;
    }

    private Map<String, Object> certificateColumns(long officerId, OfficerCommands.Certificate c) {
        String number = OfficerRules.certificateNumber(c.number(), settings);
        OfficerRules.requireLength(c.issuingAuthority(), 200, "enforcement.officers.field.issuingAuthority");
        OfficerRules.requireLength(c.areas(), 500, "enforcement.officers.field.areas");
        OfficerRules.requireValidityOrder(c.issuedOn(), c.expiresOn());
        if (c.issuingAuthority() == null || c.issuingAuthority().isBlank() || c.areas() == null || c.areas().isBlank()) {
            throw UserFacingException.badRequest("enforcement.officers.error.certificateIncomplete");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM enforcement_certificate WHERE number = :n").param("n", number)
                .query(Long.class).single() > 0) {
            throw UserFacingException.conflict("enforcement.officers.error.certificateNumberTaken", number);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("officer", officerId);
        p.put("number", number);
        p.put("authority", c.issuingAuthority().strip());
        p.put("areas", c.areas().strip());
        p.put("issued", c.issuedOn());
        p.put("expires", c.expiresOn());
        p.put("status", CertificateStatus.VALID.name());
        p.put("since", c.issuedOn());
        p.put("reason", null);
        return p;
    }

    private Map<String, Object> params(DataScope scope) {
        Map<String, Object> p = new HashMap<>(scope.parameters());
        p.put("today", LocalDate.now(clock));
        p.put("suspended", CertificateStatus.SUSPENDED.name());
        p.put("revoked", CertificateStatus.REVOKED.name());
        return p;
    }

    private OfficerView map(ResultSet rs, int n) throws SQLException {
        LocalDate today = LocalDate.now(clock);
        String number = rs.getString("c_number");
        CertificateStanding standing = number == null ? null : CertificateStanding.on(today,
                rs.getObject("c_issued", LocalDate.class), rs.getObject("c_expires", LocalDate.class),
                CertificateStatus.valueOf(rs.getString("c_status")), rs.getObject("c_since", LocalDate.class),
                rs.getBoolean("active"));
        return new OfficerView(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getString("region_code"), rs.getObject("body_id", Long.class), rs.getString("body_name"),
                rs.getObject("user_id", Long.class), rs.getString("username"), rs.getString("name"),
                rs.getString("id_number_masked"), rs.getString("post"), rs.getObject("appointed_on", LocalDate.class),
                rs.getBoolean("legal_qualification"), rs.getString("legal_qualification_no"), rs.getBoolean("reviewer"),
                rs.getBoolean("active"), number, standing, number == null ? null : rs.getObject("c_expires", LocalDate.class),
                rs.getInt("version"));
    }

    private static CertificateView certificate(ResultSet rs, LocalDate today) throws SQLException {
        CertificateStatus status = CertificateStatus.valueOf(rs.getString("status"));
        LocalDate issued = rs.getObject("issued_on", LocalDate.class);
        LocalDate expires = rs.getObject("expires_on", LocalDate.class);
        LocalDate since = rs.getObject("status_since", LocalDate.class);
        return new CertificateView(rs.getLong("id"), rs.getLong("officer_id"), rs.getString("number"),
                rs.getString("issuing_authority"), rs.getString("areas"), issued, expires, status, since,
                rs.getString("status_reason"),
                CertificateStanding.on(today, issued, expires, status, since, rs.getBoolean("holder_active")),
                rs.getInt("version"));
    }
}
