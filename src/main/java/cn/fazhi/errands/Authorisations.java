package cn.fazhi.errands;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.Attachment;
import cn.fazhi.cases.CaseAttachments;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;

/**
 * A beneficiary's authorisation of an agent, kept as data: the scopes, the listed item codes, the period, the signed
 * consent (an uploaded file stored encrypted through {@link CaseAttachments}) and the revocation, effective at once.
 * Whether the agent may act is decided by {@link AuthorisationRules} alone ({@link #refusal}).
 */
@Service
public class Authorisations {

    /** The case type the consent files are filed under. */
    static final String CONSENT_TYPE = "errand_authorisation";

    static final String SELECT = "SELECT z.*, b.name AS beneficiary_name, a.name AS agent_name, c.file_name "
            + "FROM errand_authorisation z JOIN errand_beneficiary b ON b.id = z.beneficiary_id "
            + "JOIN errand_agent a ON a.id = z.agent_id LEFT JOIN case_attachment c ON c.id = z.consent_id";

    private final JdbcClient jdbc;
    private final Beneficiaries beneficiaries;
    private final Agents agents;
    private final CaseAttachments attachments;
    private final AuditTrail audit;
    private final Caller caller;
    private final ErrandCallers callers;
    private final Clock clock;

    Authorisations(JdbcClient jdbc, Beneficiaries beneficiaries, Agents agents, CaseAttachments attachments,
            AuditTrail audit, Caller caller, ErrandCallers callers, Clock clock) {
        this.jdbc = jdbc;
        this.beneficiaries = beneficiaries;
        this.agents = agents;
        this.attachments = attachments;
        this.audit = audit;
        this.caller = caller;
        this.callers = callers;
        this.clock = clock;
    }

    /**
     * Records the beneficiary's authorisation of an agent of the same township with the signed consent file. Refused
     * (nothing saved) without an agent, a scope, a period, or the consent; item codes only with {@code SERVICE}.
     */
    @Transactional
    public Views.Authorisation grant(long beneficiaryId, Commands.NewAuthorisation c, String consentName,
            InputStream consent) {
        if (!caller.can(ErrandPermissions.MANAGE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        Views.Beneficiary b = beneficiaries.get(beneficiaryId);
        if (c == null || c.agentId() == null) {
            throw UserFacingException.badRequest("errands.error.agentRequired");
        }
        Views.Agent a = agents.find(c.agentId());
        if (!a.regionCode().equals(b.regionCode())) {
            throw UserFacingException.badRequest("errands.error.agentOtherTownship");
        }
        if (a.status() != AgentStatus.ACTIVE) {
            throw UserFacingException.badRequest("errands.rule.agentInactive");
        }
        Set<Scope> scopes = c.scopes() == null ? Set.of() : new LinkedHashSet<>(c.scopes());
        scopes.remove(null);
        if (scopes.isEmpty()) {
            throw UserFacingException.badRequest("errands.error.scopeRequired");
        }
        Set<String> codes = codes(c.itemCodes());
        if (!codes.isEmpty() && !scopes.contains(Scope.SERVICE)) {
            throw UserFacingException.badRequest("errands.error.itemsWithoutService");
        }
        String joinedCodes = String.join(",", codes);
        if (joinedCodes.length() > 1000) {
            throw UserFacingException.badRequest("errands.error.tooLong", 1000);
        }
        if (c.validFrom() == null || c.validTo() == null) {
            throw UserFacingException.badRequest("errands.error.periodRequired");
        }
        if (c.validTo().isBefore(c.validFrom())) {
            throw UserFacingException.badRequest("errands.error.periodOrder");
        }
        if (consent == null || consentName == null || consentName.isBlank()) {
            throw UserFacingException.badRequest("errands.error.consentRequired");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO errand_authorisation (beneficiary_id, agent_id, scopes, item_codes, valid_from, valid_to, "
                        + "unit_id, region_code, created_at, created_by) VALUES (:b, :a, :s, :codes, :from, :to, :unit, "
                        + ":region, :at, :by)")
                .param("b", b.id()).param("a", a.id())
                .param("s", String.join(",", scopes.stream().map(Scope::name).toList()))
                .param("codes", codes.isEmpty() ? null : joinedCodes).param("from", c.validFrom())
                .param("to", c.validTo()).param("unit", b.unitId()).param("region", b.regionCode())
                .param("at", OffsetDateTime.now(clock)).param("by", Actors.current()).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        Attachment file = attachments.store(new CaseRef(CONSENT_TYPE, id), consentName, consent, "consent");
        jdbc.sql("UPDATE errand_authorisation SET consent_id = :f WHERE id = :id").param("f", file.id()).param("id", id)
                .update();
        audit.record(AuditEntry.of("errands.authorisation.granted", CONSENT_TYPE, id, b.name() + " → " + a.name()
                + " " + scopes + " " + c.validFrom() + "~" + c.validTo()));
        return find(id);
    }

    static Set<String> codes(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(text.split("[,，;；\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }

    /** Revokes the authorisation today with a reason: from today on the agent may no longer act under it. */
    @Transactional
    public Views.Authorisation revoke(long id, Commands.Revoke c) {
        if (!caller.can(ErrandPermissions.MANAGE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        Views.Authorisation z = get(id);
        if (z.revokedOn() != null) {
            throw UserFacingException.conflict("errands.error.alreadyRevoked");
        }
        String reason = Errand.text(c == null ? null : c.reason(), true, "errands.error.reasonRequired");
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("UPDATE errand_authorisation SET revoked_on = :on, revoke_reason = :r, revoked_by = :by WHERE id = :id "
                        + "AND revoked_on IS NULL")
                .param("on", today).param("r", reason).param("by", Actors.current()).param("id", id).update();
        audit.record(AuditEntry.of("errands.authorisation.revoked", CONSENT_TYPE, id, today + " " + reason));
        return find(id);
    }

    Views.Authorisation find(long id) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(SELECT + " WHERE z.id = :id").param("id", id).query((rs, n) -> view(rs, today)).optional()
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    /** An authorisation the caller may see (through its beneficiary), else 404. */
    @Transactional(readOnly = true)
    public Views.Authorisation get(long id) {
        Views.Authorisation z = find(id);
        beneficiaries.get(z.beneficiaryId());
        Long own = callers.ownAgentId();
        if (own != null && own != z.agentId()) {
            throw UserFacingException.notFound("error.notFound");
        }
        return z;
    }

    /** The beneficiary's authorisations (an agent: only their own), newest first. */
    @Transactional(readOnly = true)
    public List<Views.Authorisation> ofBeneficiary(long beneficiaryId) {
        beneficiaries.get(beneficiaryId);
        Long own = callers.ownAgentId();
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(SELECT + " WHERE z.beneficiary_id = :b ORDER BY z.valid_from DESC, z.id DESC")
                .param("b", beneficiaryId).query((rs, n) -> view(rs, today)).list().stream()
                .filter(z -> own == null || own == z.agentId()).toList();
    }

    /** The authorisations given to an agent that are in force today (the agent's beneficiaries). */
    @Transactional(readOnly = true)
    public List<Views.Authorisation> inForceFor(long agentId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(SELECT + " WHERE z.agent_id = :a AND z.revoked_on IS NULL AND z.valid_from <= :today "
                        + "AND z.valid_to >= :today ORDER BY b.name, z.id")
                .param("a", agentId).param("today", today).query((rs, n) -> view(rs, today)).list();
    }

    /** Writes the consent file (verified) after the access check; audited. */
    @Transactional
    public Attachment consent(long id, OutputStream out) throws IOException {
        Views.Authorisation z = get(id);
        if (z.consentId() == null) {
            throw UserFacingException.notFound("error.notFound");
        }
        Attachment file = attachments.find(z.consentId()).orElseThrow();
        audit.record(AuditEntry.of("errands.authorisation.consentRead", CONSENT_TYPE, id, file.fileName()));
        if (out != null) {
            attachments.copyVerified(file, out);
        }
        return file;
    }

    /**
     * Why the agent may not act for the beneficiary in an errand of this kind on {@code on}, or null when some
     * authorisation of theirs allows it ({@link AuthorisationRules}).
     */
    String refusal(long beneficiaryId, long agentId, ErrandKind kind, Utility utility, String itemCode, LocalDate on) {
        AgentStatus status = AgentStatus.valueOf(jdbc.sql("SELECT status FROM errand_agent WHERE id = :a")
                .param("a", agentId).query(String.class).optional()
                .orElseThrow(() -> UserFacingException.badRequest("errands.error.agentUnknown")));
        List<AuthorisationRules.Grant> grants = jdbc.sql("SELECT scopes, item_codes, valid_from, valid_to, revoked_on "
                        + "FROM errand_authorisation WHERE beneficiary_id = :b AND agent_id = :a ORDER BY valid_from DESC, id DESC")
                .param("b", beneficiaryId).param("a", agentId)
                .query((rs, n) -> grant(rs)).list();
        if (grants.isEmpty()) {
            return AuthorisationRules.refusal(null, status, kind, utility, itemCode, on);
        }
        String first = null;
        for (AuthorisationRules.Grant g : grants) {
            String refusal = AuthorisationRules.refusal(g, status, kind, utility, itemCode, on);
            if (refusal == null) {
                return null;
            }
            first = first == null ? refusal : first;
        }
        return first;
    }

    static AuthorisationRules.Grant grant(ResultSet rs) throws SQLException {
        Set<Scope> scopes = new LinkedHashSet<>();
        for (String s : rs.getString("scopes").split(",")) {
            scopes.add(Scope.valueOf(s));
        }
        return new AuthorisationRules.Grant(scopes, codes(rs.getString("item_codes")),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getObject("revoked_on", LocalDate.class));
    }

    private static Views.Authorisation view(ResultSet rs, LocalDate today) throws SQLException {
        AuthorisationRules.Grant g = grant(rs);
        long consent = rs.getLong("consent_id");
        Long consentId = rs.wasNull() ? null : consent;
        boolean inForce = (g.revokedOn() == null || today.isBefore(g.revokedOn())) && !today.isBefore(g.validFrom())
                && !today.isAfter(g.validTo());
        return new Views.Authorisation(rs.getLong("id"), rs.getLong("beneficiary_id"), rs.getString("beneficiary_name"),
                rs.getLong("agent_id"), rs.getString("agent_name"), List.copyOf(g.scopes()), List.copyOf(g.itemCodes()),
                g.validFrom(), g.validTo(), consentId, rs.getString("file_name"), g.revokedOn(),
                rs.getString("revoke_reason"), rs.getString("revoked_by"), rs.getString("region_code"), inForce);
    }
}
