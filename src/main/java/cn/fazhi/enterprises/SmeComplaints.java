package cn.fazhi.enterprises;

import java.math.BigDecimal;
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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.DeadlineSource;
import cn.fazhi.cases.DueItem;
import cn.fazhi.cases.StepOutcome;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;

/**
 * SME payment complaints (保障中小企业款项支付条例 Arts. 20, 24, 25): an SME (micro, small or medium) complains that a
 * district body has not paid it; the desk receives it, accepts it formally (or refuses it with a reason) and passes it
 * within 10 working days to the handling body, whose written result is due within 30 days, extendable with its head's
 * approval up to 90 days in all; a 督办 is recorded when the respondent does not cooperate. Filed by the desk or by the
 * enterprise on the portal. Every step through the kernel; the days are {@link SmeComplaintClocks}.
 */
@Service
public class SmeComplaints implements DeadlineSource {

    /** The kernel case type of a complaint. */
    public static final String CASE_TYPE = "sme_complaint";

    static final String SELECT = "SELECT c.*, u.name AS unit_name, ru.name AS respondent_name, e.name AS enterprise_name, "
            + "e.uscc FROM sme_complaint c JOIN unit u ON u.id = c.unit_id JOIN unit ru ON ru.id = c.respondent_unit_id "
            + "JOIN enterprise e ON e.id = c.enterprise_id";

    private final JdbcClient jdbc;
    private final Units units;
    private final CaseNumbers numbers;
    private final CaseSteps steps;
    private final SmeComplaintRepository store;
    private final SmeComplaintClocks clocks;
    private final RequestProperties settings;
    private final Enterprises enterprises;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    SmeComplaints(JdbcClient jdbc, Units units, CaseNumbers numbers, CaseSteps steps, SmeComplaintRepository store,
            SmeComplaintClocks clocks, RequestProperties settings, Enterprises enterprises, AuditTrail audit,
            Caller caller, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.numbers = numbers;
        this.steps = steps;
        this.store = store;
        this.clocks = clocks;
        this.settings = settings;
        this.enterprises = enterprises;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    public static CaseRef ref(long id) {
        return new CaseRef(CASE_TYPE, id);
    }

    public static List<String> stepNames() {
        return SmeComplaint.TABLE.steps().stream().map(s -> s.name()).toList();
    }

    /** The desk receives a complaint on an enterprise's behalf (permission {@code enterprises:dispatch}). */
    @Transactional
    public SmeComplaintView file(SmeComplaintCommands.File c) {
        if (!caller.can(Enterprises.DISPATCH)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        EnterpriseView e = enterprises.findByUscc(c == null ? null : c.uscc()).filter(x -> "ACTIVE".equals(x.status()))
                .orElseThrow(() -> UserFacingException.badRequest("enterprises.requests.error.enterpriseUnknown"));
        return insert(e, c, "DESK", c.receivedOn(), Actors.current());
    }

    /** The enterprise verified on the portal files a complaint (received today); the caller checked the session. */
    @Transactional
    public SmeComplaintView fileAsEnterprise(long enterpriseId, SmeComplaintCommands.File c) {
        EnterpriseView e = enterprises.find(enterpriseId).orElseThrow();
        return insert(e, c, "PORTAL", null, "enterprise:" + enterpriseId);
    }

    @Transactional
    SmeComplaintView insert(EnterpriseView e, SmeComplaintCommands.File c, String channel, LocalDate receivedOn,
            String by) {
        if (!e.size().sme()) {
            throw UserFacingException.badRequest("enterprises.complaints.error.notSme");
        }
        if (c == null || c.respondentUnitId() == null) {
            throw UserFacingException.badRequest("enterprises.complaints.error.respondentRequired");
        }
        UnitView respondent = units.find(c.respondentUnitId())
                .orElseThrow(() -> UserFacingException.badRequest("enterprises.requests.error.unitUnknown"));
        if (c.amount() == null || c.amount().signum() <= 0 || c.amount().compareTo(new BigDecimal("99999999999999")) > 0) {
            throw UserFacingException.badRequest("enterprises.complaints.error.amount");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate received = receivedOn == null ? today : receivedOn;
        if (received.isAfter(today)) {
            throw UserFacingException.badRequest("enterprises.requests.error.future");
        }
        if (c.paymentDue() == null || !c.paymentDue().isBefore(received)) {
            throw UserFacingException.badRequest("enterprises.complaints.error.paymentDue");
        }
        String content = EnterpriseRequest.required(c.content(), "enterprises.requests.error.contentRequired");
        String contract = c.contractRef() == null || c.contractRef().isBlank() ? null : c.contractRef().strip();
        UnitView desk = units.find(settings.deskUnitId()).orElseThrow();
        String number = numbers.next(CASE_TYPE, "district", received.getYear());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sme_complaint (case_number, status, enterprise_id, channel, respondent_unit_id, amount, "
                        + "payment_due, contract_ref, content, received_on, unit_id, region_code, created_at, created_by) "
                        + "VALUES (:n, :s, :e, :ch, :resp, :amount, :due, :contract, :content, :received, :unit, :region, "
                        + ":at, :by)")
                .param("n", number).param("s", SmeComplaintStatus.RECEIVED.name()).param("e", e.id())
                .param("ch", channel).param("resp", respondent.id()).param("amount", c.amount())
                .param("due", c.paymentDue()).param("contract", contract).param("content", content)
                .param("received", received).param("unit", desk.id()).param("region", desk.regionCode())
                .param("at", OffsetDateTime.now(clock)).param("by", by).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        steps.created(store, store.find(id).orElseThrow(), "received", StepOutcome.of(null, respondent.name()));
        return find(id).orElseThrow();
    }

    /**
     * Takes {@code stepName} on complaint {@code id} through the kernel. Accept and transfer record their days against
     * Art. 24; transfer needs the handling body; an extension needs the reason, the approving head and a day within the
     * 90 days of Art. 25; a 督办 its note; the result its text. An unknown step is a 404.
     */
    @Transactional
    public SmeComplaintView step(long id, String stepName, SmeComplaintCommands.Step c) {
        if (stepName == null || SmeComplaint.TABLE.step(stepName).isEmpty()) {
            throw UserFacingException.notFound("error.notFound");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = c == null || c.on() == null ? today : c.on();
        if (on.isAfter(today)) {
            throw UserFacingException.badRequest("enterprises.requests.error.future");
        }
        steps.step(store, SmeComplaint.TABLE, id, c == null ? null : c.version(), stepName, k -> {
            String detail = null;
            switch (stepName) {
                case "accept" -> k.accept(on, clocks.transferDue(on));
                case "refuse" -> {
                    k.refuse(c.reason(), on);
                    detail = k.refusalReason;
                }
                case "transfer" -> {
                    if (c.unitId() == null) {
                        throw UserFacingException.badRequest("enterprises.requests.error.unitRequired");
                    }
                    UnitView handler = units.find(c.unitId())
                            .orElseThrow(() -> UserFacingException.badRequest("enterprises.requests.error.unitUnknown"));
                    k.transfer(handler.id(), handler.regionCode(), on, clocks.resultDue(on));
                    detail = handler.name();
                }
                case "extend" -> {
                    k.extend(c.extendTo(), c.reason(), c.approver(),
                            clocks.extensionAllowed(k.transferredOn, c.extendTo()));
                    detail = c.extendTo() + " " + k.extensionApprover;
                }
                case "supervise" -> {
                    k.supervise(c.text());
                    detail = k.supervisionNote;
                    audit.record(AuditEntry.of("enterprises.complaint.escalated", CASE_TYPE, k.id, k.caseNumber));
                }
                case "conclude" -> {
                    k.conclude(c.text(), on);
                    detail = k.concludedOnTime ? "on time" : "late";
                }
                default -> throw new IllegalArgumentException(stepName);
            }
            return StepOutcome.of(null, detail);
        });
        return find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<SmeComplaintView> find(long id) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query((rs, n) -> view(rs, today)).optional();
    }

    /** A complaint in the caller's scope, else 404. */
    @Transactional(readOnly = true)
    public SmeComplaintView get(long id) {
        steps.load(store, id);
        return find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<SmeComplaintView> forEnterprise(long enterpriseId, long id) {
        return find(id).filter(v -> v.enterpriseId() == enterpriseId);
    }

    @Transactional(readOnly = true)
    public List<SmeComplaintView> ofEnterprise(long enterpriseId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(SELECT + " WHERE c.enterprise_id = :e ORDER BY c.received_on DESC, c.id DESC FETCH FIRST 200 ROWS ONLY")
                .param("e", enterpriseId).query((rs, n) -> view(rs, today)).list();
    }

    @Transactional(readOnly = true)
    public List<String> actions(SmeComplaintView v) {
        return SmeComplaint.TABLE.available(v.status(), caller);
    }

    /** Complaints in the scope matching the filters, newest received first; {@code size} at most 5,000. */
    @Transactional(readOnly = true)
    public Paged<SmeComplaintView> search(SmeComplaintCommands.Query q, DataScope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.sqlCondition("c.unit_id", "c.region_code"));
        SmeComplaintCommands.Query f = q == null ? SmeComplaintCommands.Query.none() : q;
        if (f.status() != null) {
            where.append(" AND c.status = :status");
            params.put("status", f.status().name());
        }
        if (f.year() != null) {
            where.append(" AND c.received_on BETWEEN :from AND :to");
            params.put("from", LocalDate.of(f.year(), 1, 1));
            params.put("to", LocalDate.of(f.year(), 12, 31));
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" AND (c.case_number LIKE :kw OR c.content LIKE :kw OR e.name LIKE :kw OR e.uscc LIKE :kw)");
            params.put("kw", "%" + f.q().strip().replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        int s = Math.max(1, Math.min(size, 5000));
        int pg = Math.max(0, page);
        LocalDate today = LocalDate.now(clock);
        long total = jdbc.sql("SELECT COUNT(*) FROM sme_complaint c JOIN enterprise e ON e.id = c.enterprise_id" + where)
                .params(params).query(Long.class).single();
        List<SmeComplaintView> items = jdbc.sql(SELECT + where + " ORDER BY c.received_on DESC, c.id DESC LIMIT " + s
                + " OFFSET " + (long) pg * s).params(params).query((rs, n) -> view(rs, today)).list();
        return new Paged<>(items, total, pg, s);
    }

    /** Open clocks: complaints accepted and not passed on (Art. 24), passed on and without a result (Art. 25). */
    @Override
    public List<DueItem> openDeadlines(DataScope scope, LocalDate until) {
        LocalDate warn = LocalDate.now(clock).plusDays(settings.warnDays());
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("until", until.isAfter(warn) ? until : warn);
        params.put("accepted", SmeComplaintStatus.ACCEPTED.name());
        params.put("transferred", SmeComplaintStatus.TRANSFERRED.name());
        String scoped = scope.sqlCondition("c.unit_id", "c.region_code");
        List<DueItem> items = new ArrayList<>();
        for (String[] due : new String[][] {{"c.transfer_due", ":accepted", "enterprises.complaints.clock.transfer"},
            {"COALESCE(c.extended_to, c.result_due)", ":transferred", "enterprises.complaints.clock.result"}}) {
            jdbc.sql("SELECT c.id, c.case_number, " + due[0] + " AS due, c.unit_id, c.region_code FROM sme_complaint c "
                            + "WHERE c.status = " + due[1] + " AND " + due[0] + " <= :until AND " + scoped
                            + " ORDER BY due, c.id")
                    .params(params)
                    .query((rs, n) -> new DueItem(ref(rs.getLong("id")), rs.getString("case_number"),
                            rs.getString("case_number"), due[2], rs.getObject("due", LocalDate.class),
                            rs.getLong("unit_id"), rs.getString("region_code"),
                            "/enterprises/complaints/" + rs.getLong("id")))
                    .list().forEach(items::add);
        }
        return items;
    }

    private SmeComplaintView view(ResultSet rs, LocalDate today) throws SQLException {
        SmeComplaintStatus status = SmeComplaintStatus.valueOf(rs.getString("status"));
        LocalDate transferDue = rs.getObject("transfer_due", LocalDate.class);
        LocalDate resultDue = rs.getObject("result_due", LocalDate.class);
        LocalDate extendedTo = rs.getObject("extended_to", LocalDate.class);
        Boolean transferredOnTime = rs.getObject("transferred_on_time", Boolean.class);
        Boolean concludedOnTime = rs.getObject("concluded_on_time", Boolean.class);
        boolean overdue = Boolean.FALSE.equals(transferredOnTime) || Boolean.FALSE.equals(concludedOnTime)
                || (status == SmeComplaintStatus.ACCEPTED && RequestClocks.overdue(transferDue, today))
                || (status == SmeComplaintStatus.TRANSFERRED
                        && RequestClocks.overdue(extendedTo != null ? extendedTo : resultDue, today));
        long h = rs.getLong("handler_unit_id");
        Long handler = rs.wasNull() ? null : h;
        return new SmeComplaintView(rs.getLong("id"), rs.getString("case_number"), status, rs.getLong("enterprise_id"),
                rs.getString("enterprise_name"), rs.getString("uscc"), rs.getString("channel"),
                rs.getLong("respondent_unit_id"), rs.getString("respondent_name"), rs.getBigDecimal("amount"),
                rs.getObject("payment_due", LocalDate.class), rs.getString("contract_ref"), rs.getString("content"),
                rs.getObject("received_on", LocalDate.class), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getString("region_code"), rs.getObject("accepted_on", LocalDate.class),
                rs.getString("refusal_reason"), transferDue, handler, rs.getObject("transferred_on", LocalDate.class),
                transferredOnTime, resultDue, extendedTo, rs.getString("extension_reason"),
                rs.getString("extension_approver"), rs.getObject("concluded_on", LocalDate.class), concludedOnTime,
                rs.getString("result"), rs.getInt("supervision_count"), rs.getString("supervision_note"),
                rs.getInt("version"), overdue);
    }

    /** Records an export of the list. */
    public void exported(int rows) {
        audit.record(AuditEntry.of("enterprises.complaint.exported", CASE_TYPE, "list", rows + " rows"));
    }
}
