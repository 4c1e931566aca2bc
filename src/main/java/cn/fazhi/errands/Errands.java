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
import cn.fazhi.cases.CaseLinks;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.StepOutcome;
import cn.fazhi.cases.TrackingReceipts;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.services.ApplicationCommands;
import cn.fazhi.services.ApplicationView;
import cn.fazhi.services.Applications;
import cn.fazhi.services.ServiceItemView;
import cn.fazhi.services.ServiceItems;

/**
 * Errands (case type {@code errand}): recorded when the beneficiary asks (by phone) by the agent or by staff; assigned
 * only to an agent the beneficiary authorised for this kind on that day ({@link AuthorisationRules}); completed by
 * that agent with the amount (a 代办 files the services application on the beneficiary's behalf through
 * {@link Applications#receiveOnBehalf} with the agent as 代办人, linked both ways); confirmed or disputed by the
 * beneficiary with the receipt issued when the errand was recorded. Every step goes through the kernel's one step call.
 */
@Service
public class Errands {

    /** The kernel case type of an errand. */
    public static final String CASE_TYPE = "errand";

    static final String SELECT = "SELECT e.*, b.name AS beneficiary_name, b.village AS beneficiary_village, "
            + "a.name AS agent_name, r.name AS township FROM errand e JOIN errand_beneficiary b ON b.id = e.beneficiary_id "
            + "LEFT JOIN errand_agent a ON a.id = e.agent_id JOIN region r ON r.code = e.region_code";

    private final JdbcClient jdbc;
    private final CaseNumbers numbers;
    private final CaseSteps steps;
    private final CaseLinks links;
    private final TrackingReceipts receipts;
    private final ErrandRepository store;
    private final ErrandCallers callers;
    private final Beneficiaries beneficiaries;
    private final Agents agents;
    private final Authorisations authorisations;
    private final ServiceItems items;
    private final Applications applications;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    Errands(JdbcClient jdbc, CaseNumbers numbers, CaseSteps steps, CaseLinks links, TrackingReceipts receipts,
            ErrandRepository store, ErrandCallers callers, Beneficiaries beneficiaries, Agents agents,
            Authorisations authorisations, ServiceItems items, Applications applications, AuditTrail audit,
            Caller caller, Clock clock) {
        this.jdbc = jdbc;
        this.numbers = numbers;
        this.steps = steps;
        this.links = links;
        this.receipts = receipts;
        this.store = store;
        this.callers = callers;
        this.beneficiaries = beneficiaries;
        this.agents = agents;
        this.authorisations = authorisations;
        this.items = items;
        this.applications = applications;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    public static CaseRef ref(long id) {
        return new CaseRef(CASE_TYPE, id);
    }

    public static List<String> stepNames() {
        return Errand.TABLE.steps().stream().map(s -> s.name()).toList();
    }

    /**
     * Records an errand the beneficiary asked for. An agent records it for a beneficiary who authorised them and is
     * assigned to it at once; staff record it (REQUESTED) or assign it at once to an authorised agent. Issues the
     * receipt (code and secret, shown once) the beneficiary confirms with. Refused with a Chinese 400 (nothing saved)
     * on a missing or bad field, and when the authorisation does not cover the errand on the day requested.
     */
    @Transactional
    public Views.Recorded create(Commands.NewErrand c) {
        Long own = callers.ownAgentId();
        if (own == null && !caller.can(ErrandPermissions.MANAGE) || own != null && own < 0) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        if (c == null || c.beneficiaryId() == null) {
            throw UserFacingException.badRequest("errands.error.beneficiaryRequired");
        }
        Views.Beneficiary b = beneficiaries.get(c.beneficiaryId());
        if (c.kind() == null) {
            throw UserFacingException.badRequest("errands.error.kindRequired");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = c.requestedOn() == null ? today : c.requestedOn();
        if (on.isAfter(today)) {
            throw UserFacingException.badRequest("errands.error.future");
        }
        Utility utility = null;
        String account = null;
        String goods = null;
        String itemCode = null;
        String itemName = null;
        switch (c.kind()) {
            case PURCHASE -> goods = Errand.text(c.goods(), true, "errands.error.goodsRequired");
            case PAYMENT -> {
                if (c.utility() == null) {
                    throw UserFacingException.badRequest("errands.error.utilityRequired");
                }
                utility = c.utility();
                account = Errand.text(c.accountNo(), true, "errands.error.accountRequired");
                if (account.length() > 64) {
                    throw UserFacingException.badRequest("errands.error.tooLong", 64);
                }
            }
            case SERVICE -> {
                itemCode = Errand.text(c.itemCode(), true, "errands.error.itemRequired");
                ServiceItemView item = items.findByCode(itemCode, on)
                        .orElseThrow(() -> UserFacingException.badRequest("errands.error.itemUnknown"));
                itemName = item.name();
            }
        }
        Long agent = own != null ? own : c.agentId();
        if (agent != null) {
            checkAgent(b, agent, c.kind(), utility, itemCode, on);
        }
        String note = Errand.text(c.note(), false, null);
        String number = numbers.next(CASE_TYPE, "district", on.getYear());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO errand (case_number, status, kind, utility, account_no, goods, item_code, item_name, "
                        + "beneficiary_id, agent_id, unit_id, region_code, request_note, requested_on, assigned_on, created_at, "
                        + "created_by) VALUES (:n, :s, :k, :u, :acc, :goods, :ic, :iname, :b, :a, :unit, :region, :note, :on, "
                        + ":assigned, :at, :by)")
                .param("n", number).param("s", (agent == null ? ErrandStatus.REQUESTED : ErrandStatus.ASSIGNED).name())
                .param("k", c.kind().name()).param("u", utility == null ? null : utility.name()).param("acc", account)
                .param("goods", goods).param("ic", itemCode).param("iname", itemName).param("b", b.id())
                .param("a", agent).param("unit", b.unitId()).param("region", b.regionCode()).param("note", note)
                .param("on", on).param("assigned", agent == null ? null : on).param("at", OffsetDateTime.now(clock))
                .param("by", Actors.current()).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        steps.created(store, store.find(id).orElseThrow(), "recorded", StepOutcome.of(null, b.name()));
        TrackingReceipts.Receipt r = receipts.issue(ref(id));
        return new Views.Recorded(find(id), r.code(), r.secret());
    }

    private void checkAgent(Views.Beneficiary b, long agent, ErrandKind kind, Utility utility, String itemCode,
            LocalDate on) {
        String refusal = authorisations.refusal(b.id(), agent, kind, utility, itemCode, on);
        if (refusal != null) {
            throw UserFacingException.badRequest(refusal);
        }
    }

    /**
     * Takes {@code stepName} on errand {@code id} as the caller, through the kernel (scope, permission, version, table).
     * Assign needs an agent the beneficiary authorised for this errand on that day; only the assigned agent completes,
     * and only while the authorisation still covers it (a 代办 then files the services application); a dispute, a
     * resolution and a cancellation need a note. An unknown step is a 404.
     */
    @Transactional
    public Views.Errand step(long id, String stepName, Commands.Step c) {
        if (stepName == null || Errand.TABLE.step(stepName).isEmpty()) {
            throw UserFacingException.notFound("error.notFound");
        }
        LocalDate on = on(c);
        String text = c == null ? null : c.text();
        steps.step(store, Errand.TABLE, id, c == null ? null : c.version(), stepName, e -> apply(e, stepName, c, on, text));
        return find(id);
    }

    private LocalDate on(Commands.Step c) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = c == null || c.on() == null ? today : c.on();
        if (on.isAfter(today)) {
            throw UserFacingException.badRequest("errands.error.future");
        }
        return on;
    }

    private StepOutcome apply(Errand e, String stepName, Commands.Step c, LocalDate on, String text) {
        String detail;
        switch (stepName) {
            case "assign" -> {
                if (c == null || c.agentId() == null) {
                    throw UserFacingException.badRequest("errands.error.agentRequired");
                }
                checkAgent(beneficiaries.find(e.beneficiaryId), c.agentId(), e.kind, e.utility, e.itemCode, on);
                e.assign(c.agentId(), on);
                detail = agents.find(c.agentId()).name();
            }
            case "complete" -> {
                Long own = callers.ownAgentId();
                if (e.agentId == null || (own != null && !own.equals(e.agentId))) {
                    throw UserFacingException.forbidden("errands.error.notYourErrand");
                }
                checkAgent(beneficiaries.find(e.beneficiaryId), e.agentId, e.kind, e.utility, e.itemCode, on);
                e.complete(c.amount(), text, on);
                if (e.kind == ErrandKind.SERVICE) {
                    fileOnBehalf(e, on);
                }
                detail = e.amount == null ? e.resultNote : e.amount.toPlainString();
            }
            case "confirm" -> {
                e.confirm(c == null ? null : c.satisfaction(), text, on);
                detail = e.satisfaction == null ? null : e.satisfaction.toString();
            }
            case "dispute" -> {
                e.dispute(text, on);
                detail = e.disputeNote;
            }
            case "resolve" -> {
                e.resolve(text, on);
                detail = e.resolution;
            }
            case "cancel" -> {
                e.cancel(text, on);
                detail = e.resultNote;
            }
            default -> throw new IllegalArgumentException(stepName);
        }
        return StepOutcome.of(null, detail);
    }

    /** The 代办: the services application filed for the beneficiary, the agent as 代办人, linked both ways. */
    private void fileOnBehalf(Errand e, LocalDate on) {
        ServiceItemView item = items.findByCode(e.itemCode, on)
                .orElseThrow(() -> UserFacingException.badRequest("errands.error.itemUnknown"));
        Views.Beneficiary b = beneficiaries.find(e.beneficiaryId);
        Views.Agent a = agents.find(e.agentId);
        String agentId = jdbc.sql("SELECT id_enc FROM errand_agent WHERE id = :a").param("a", a.id())
                .query(String.class).single();
        ApplicationView app = applications.receiveOnBehalf(new ApplicationCommands.Receive(item.id(), "AGENT", "PERSON",
                b.name(), beneficiaries.idNumber(b.id()), beneficiaries.phone(b.id()), a.name(),
                agents.plainId(agentId), List.of(), on, false, null), a.unitId());
        e.applicationId = app.id();
        links.link(new CaseLinks.End(ref(e.id), e.caseNumber, "/errands/" + e.id),
                new CaseLinks.End(Applications.ref(app.id()), app.caseNumber(), "/services/applications/" + app.id()),
                "errand_filed");
    }

    /** The errand the receipt opens (404 for a wrong code or secret; throttled and audited by the kernel). */
    @Transactional
    public Views.Errand byReceipt(String code, String secret) {
        return find(receipts.open(CASE_TYPE, code, secret));
    }

    /**
     * The beneficiary (or family) confirms with the receipt — optionally rating 1–5 with a comment — or disputes with a
     * note (then a to-do for the township). Only a DONE errand; a system step of the kernel (no signed-in caller).
     */
    @Transactional
    public Views.Errand answerByReceipt(String code, String secret, boolean confirmed, Integer satisfaction, String note) {
        long id = receipts.open(CASE_TYPE, code, secret);
        Errand e = store.find(id).orElseThrow();
        if (e.status != ErrandStatus.DONE) {
            throw UserFacingException.conflict("errands.error.notDone");
        }
        LocalDate today = LocalDate.now(clock);
        String stepName = confirmed ? "confirm" : "dispute";
        steps.systemStep(store, Errand.TABLE, id, stepName,
                x -> apply(x, stepName, new Commands.Step(null, today, null, null, satisfaction, note), today, note));
        return find(id);
    }

    public Views.Errand find(long id) {
        return jdbc.sql(SELECT + " WHERE e.id = :id").param("id", id).query(Errands::view).optional()
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    /** An errand the caller may see (permission and scope; an agent only their own), else 404. */
    @Transactional(readOnly = true)
    public Views.Errand get(long id) {
        steps.load(store, id);
        return find(id);
    }

    /** The steps the caller may take now: the table's; complete only for the assigned agent. */
    public List<String> actions(Views.Errand v) {
        Long own = callers.ownAgentId();
        return Errand.TABLE.available(v.status(), caller).stream()
                .filter(s -> !"complete".equals(s) || own == null || own.equals(v.agentId())).toList();
    }

    /** Errands in scope matching the filters (an agent: their own), the newest requested first. */
    @Transactional(readOnly = true)
    public Paged<Views.Errand> search(Commands.Query q, int page, int size) {
        if (!caller.can(ErrandPermissions.VIEW) || caller.scope() == null) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        Map<String, Object> params = new HashMap<>(caller.scope().parameters());
        StringBuilder where = new StringBuilder(" WHERE ").append(caller.scope().sqlCondition("e.unit_id", "e.region_code"));
        Long own = callers.ownAgentId();
        if (own != null) {
            where.append(" AND e.agent_id = :own");
            params.put("own", own);
        }
        Commands.Query f = q == null ? Commands.Query.none() : q;
        if (f.regionCode() != null && !f.regionCode().isBlank()) {
            where.append(" AND e.region_code = :region");
            params.put("region", f.regionCode().strip());
        }
        if (f.status() != null && !f.status().isBlank()) {
            where.append(" AND e.status = :status");
            params.put("status", f.status().strip());
        }
        if (f.kind() != null && !f.kind().isBlank()) {
            where.append(" AND e.kind = :kind");
            params.put("kind", f.kind().strip());
        }
        if (f.year() != null) {
            where.append(" AND e.requested_on BETWEEN :from AND :to");
            params.put("from", LocalDate.of(f.year(), 1, 1));
            params.put("to", LocalDate.of(f.year(), 12, 31));
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" AND (e.case_number LIKE :kw OR b.name LIKE :kw OR e.goods LIKE :kw OR e.item_name LIKE :kw)");
            params.put("kw", "%" + f.q().strip().replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        int s = Math.max(1, Math.min(size, 5000));
        int pg = Math.max(0, page);
        long total = jdbc.sql("SELECT COUNT(*) FROM errand e JOIN errand_beneficiary b ON b.id = e.beneficiary_id" + where)
                .params(params).query(Long.class).single();
        List<Views.Errand> found = jdbc.sql(SELECT + where + " ORDER BY e.requested_on DESC, e.id DESC LIMIT " + s
                + " OFFSET " + (long) pg * s).params(params).query(Errands::view).list();
        return new Paged<>(found, total, pg, s);
    }

    public void exported(int rows) {
        audit.record(AuditEntry.of("errands.errand.exported", CASE_TYPE, "list", rows + " rows"));
    }

    static Views.Errand view(ResultSet rs, int n) throws SQLException {
        String u = rs.getString("utility");
        long app = rs.getLong("application_id");
        Long appId = rs.wasNull() ? null : app;
        long agent = rs.getLong("agent_id");
        Long agentId = rs.wasNull() ? null : agent;
        int s = rs.getInt("satisfaction");
        Integer satisfaction = rs.wasNull() ? null : s;
        return new Views.Errand(rs.getLong("id"), rs.getString("case_number"), ErrandStatus.valueOf(rs.getString("status")),
                ErrandKind.valueOf(rs.getString("kind")), u == null ? null : Utility.valueOf(u), rs.getString("account_no"),
                rs.getString("goods"), rs.getString("item_code"), rs.getString("item_name"), appId,
                rs.getLong("beneficiary_id"), rs.getString("beneficiary_name"), rs.getString("beneficiary_village"),
                agentId, rs.getString("agent_name"), rs.getLong("unit_id"), rs.getString("region_code"),
                rs.getString("township"), rs.getString("request_note"), rs.getObject("requested_on", LocalDate.class),
                rs.getObject("assigned_on", LocalDate.class), rs.getObject("done_on", LocalDate.class),
                rs.getBigDecimal("amount"), rs.getString("result_note"), rs.getObject("confirmed_on", LocalDate.class),
                rs.getObject("disputed_on", LocalDate.class), rs.getString("dispute_note"), satisfaction,
                rs.getString("feedback"), rs.getObject("resolved_on", LocalDate.class), rs.getString("resolution"),
                rs.getInt("version"));
    }
}
