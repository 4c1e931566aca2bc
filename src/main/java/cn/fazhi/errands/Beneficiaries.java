package cn.fazhi.errands;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.CaseParties;
import cn.fazhi.platform.crypto.PersonalDataCipher;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Beneficiaries (服务对象): who they are (sealed like agents), their township and village, why they qualify (a code of
 * the settings' list; OTHER with a note) and a family contact. Staff see those of their scope; an agent only those who
 * authorised them.
 */
@Service
public class Beneficiaries {

    static final String SELECT = "SELECT b.*, r.name AS township FROM errand_beneficiary b JOIN region r ON r.code = b.region_code";

    private final JdbcClient jdbc;
    private final CaseParties parties;
    private final PersonalDataCipher cipher;
    private final Townships townships;
    private final ErrandCallers callers;
    private final ErrandsProperties settings;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    Beneficiaries(JdbcClient jdbc, CaseParties parties, PersonalDataCipher cipher, Townships townships,
            ErrandCallers callers, ErrandsProperties settings, AuditTrail audit, Caller caller, Clock clock) {
        this.jdbc = jdbc;
        this.parties = parties;
        this.cipher = cipher;
        this.townships = townships;
        this.callers = callers;
        this.settings = settings;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    public List<String> reasons() {
        return settings.reasons();
    }

    @Transactional
    public Views.Beneficiary create(Commands.NewBeneficiary c) {
        if (!caller.can(ErrandPermissions.MANAGE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        if (c == null) {
            throw UserFacingException.badRequest("errands.error.nameRequired");
        }
        String name = Errand.text(c.name(), true, "errands.error.nameRequired");
        if (name.length() > 100) {
            throw UserFacingException.badRequest("errands.error.tooLong", 100);
        }
        if (c.idNumber() == null || c.idNumber().isBlank()) {
            throw UserFacingException.badRequest("errands.error.idRequired");
        }
        CaseParties.Sealed sealed = parties.seal(true, c.idNumber(), c.phone());
        CaseParties.Sealed contact = parties.seal(true, null, c.contactPhone());
        Views.Township t = townships.resolve(c.regionCode(), caller.scope());
        String village = Errand.text(c.village(), true, "errands.error.villageRequired");
        String reason = c.reason() == null ? null : c.reason().strip();
        if (reason == null || !settings.reasons().contains(reason)) {
            throw UserFacingException.badRequest("errands.error.reasonUnknown");
        }
        String note = Errand.text(c.reasonNote(), "OTHER".equals(reason), "errands.error.reasonNote");
        String contactName = Errand.text(c.contactName(), false, null);
        if (contactName == null && contact.phoneEnc() != null) {
            throw UserFacingException.badRequest("errands.error.contactName");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = c.registeredOn() == null ? today : c.registeredOn();
        if (on.isAfter(today)) {
            throw UserFacingException.badRequest("errands.error.future");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM errand_beneficiary WHERE id_index = :i").param("i", sealed.identifierIndex())
                .query(Long.class).single() > 0) {
            throw UserFacingException.badRequest("errands.error.beneficiaryExists");
        }
        for (String s : new String[] {village, note, contactName, c.contactRelation()}) {
            if (s != null && s.strip().length() > 100) {
                throw UserFacingException.badRequest("errands.error.tooLong", 100);
            }
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO errand_beneficiary (name, id_enc, id_index, id_masked, phone_enc, phone_index, phone_masked, "
                        + "unit_id, region_code, village, reason, reason_note, contact_name, contact_relation, "
                        + "contact_phone_enc, contact_phone_masked, registered_on, created_at, created_by) VALUES (:n, :ie, "
                        + ":ii, :im, :pe, :pi, :pm, :unit, :region, :village, :reason, :note, :cn, :cr, :cpe, :cpm, :on, "
                        + ":at, :by)")
                .param("n", name).param("ie", sealed.identifierEnc()).param("ii", sealed.identifierIndex())
                .param("im", sealed.identifierMasked()).param("pe", sealed.phoneEnc()).param("pi", sealed.phoneIndex())
                .param("pm", sealed.phoneMasked()).param("unit", t.unitId()).param("region", t.regionCode())
                .param("village", village).param("reason", reason).param("note", note).param("cn", contactName)
                .param("cr", Errand.text(c.contactRelation(), false, null)).param("cpe", contact.phoneEnc())
                .param("cpm", contact.phoneMasked()).param("on", on).param("at", OffsetDateTime.now(clock))
                .param("by", Actors.current()).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        audit.record(AuditEntry.of("errands.beneficiary.created", "errand_beneficiary", id, name + " " + t.name()));
        return find(id);
    }

    public Views.Beneficiary find(long id) {
        return jdbc.sql(SELECT + " WHERE b.id = :id").param("id", id).query(Beneficiaries::view).optional()
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    /** Whether the caller may see the beneficiary: staff by scope, an agent when the beneficiary authorised them. */
    boolean visible(Views.Beneficiary b) {
        if (!caller.can(ErrandPermissions.VIEW) || caller.scope() == null) {
            return false;
        }
        Long own = callers.ownAgentId();
        if (own != null) {
            return jdbc.sql("SELECT COUNT(*) FROM errand_authorisation WHERE beneficiary_id = :b AND agent_id = :a")
                    .param("b", b.id()).param("a", own).query(Long.class).single() > 0;
        }
        return caller.scope().covers(b.unitId(), b.regionCode());
    }

    @Transactional(readOnly = true)
    public Views.Beneficiary get(long id) {
        Views.Beneficiary b = jdbc.sql(SELECT + " WHERE b.id = :id").param("id", id).query(Beneficiaries::view)
                .optional().orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        if (!visible(b)) {
            throw UserFacingException.notFound("error.notFound");
        }
        return b;
    }

    /** The beneficiary's full ID number and phone (permission {@code errands:reveal}, audited). */
    @Transactional
    public Views.Revealed reveal(long id) {
        if (!caller.can(ErrandPermissions.REVEAL)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        get(id);
        Views.Revealed r = jdbc.sql("SELECT id_enc, phone_enc FROM errand_beneficiary WHERE id = :id").param("id", id)
                .query((rs, n) -> new Views.Revealed(cipher.decrypt(rs.getString(1)), cipher.decrypt(rs.getString(2))))
                .single();
        audit.record(AuditEntry.of("errands.beneficiary.revealed", "errand_beneficiary", id, "id number and phone"));
        return r;
    }

    /** The plain ID number, for filing a services application on the beneficiary's behalf (not shown). */
    String idNumber(long id) {
        return jdbc.sql("SELECT id_enc FROM errand_beneficiary WHERE id = :id").param("id", id)
                .query((rs, n) -> cipher.decrypt(rs.getString(1))).single();
    }

    String phone(long id) {
        return jdbc.sql("SELECT phone_enc FROM errand_beneficiary WHERE id = :id").param("id", id)
                .query((rs, n) -> cipher.decrypt(rs.getString(1))).single();
    }

    @Transactional(readOnly = true)
    public Paged<Views.Beneficiary> search(Commands.Query q, int page, int size) {
        if (!caller.can(ErrandPermissions.VIEW) || caller.scope() == null) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        Map<String, Object> params = new HashMap<>(caller.scope().parameters());
        StringBuilder where = new StringBuilder(" WHERE ").append(caller.scope().sqlCondition("b.unit_id", "b.region_code"));
        Long own = callers.ownAgentId();
        if (own != null) {
            where.append(" AND b.id IN (SELECT z.beneficiary_id FROM errand_authorisation z WHERE z.agent_id = :own)");
            params.put("own", own);
        }
        Commands.Query f = q == null ? Commands.Query.none() : q;
        if (f.regionCode() != null && !f.regionCode().isBlank()) {
            where.append(" AND b.region_code = :region");
            params.put("region", f.regionCode().strip());
        }
        if (f.status() != null && !f.status().isBlank()) {
            where.append(" AND b.reason = :reason");
            params.put("reason", f.status().strip());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" AND (b.name LIKE :kw OR b.village LIKE :kw)");
            params.put("kw", "%" + f.q().strip().replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        int s = Math.max(1, Math.min(size, 5000));
        int pg = Math.max(0, page);
        long total = jdbc.sql("SELECT COUNT(*) FROM errand_beneficiary b" + where).params(params).query(Long.class)
                .single();
        List<Views.Beneficiary> items = jdbc.sql(SELECT + where + " ORDER BY b.region_code, b.name, b.id LIMIT " + s
                + " OFFSET " + (long) pg * s).params(params).query(Beneficiaries::view).list();
        return new Paged<>(items, total, pg, s);
    }

    public void exported(int rows) {
        audit.record(AuditEntry.of("errands.beneficiary.exported", "errand_beneficiary", "list", rows + " rows"));
    }

    static Views.Beneficiary view(ResultSet rs, int n) throws SQLException {
        return new Views.Beneficiary(rs.getLong("id"), rs.getString("name"), rs.getString("id_masked"),
                rs.getString("phone_masked"), rs.getLong("unit_id"), rs.getString("region_code"),
                rs.getString("township"), rs.getString("village"), rs.getString("reason"), rs.getString("reason_note"),
                rs.getString("contact_name"), rs.getString("contact_relation"), rs.getString("contact_phone_masked"),
                rs.getObject("registered_on", LocalDate.class), rs.getInt("version"));
    }
}
