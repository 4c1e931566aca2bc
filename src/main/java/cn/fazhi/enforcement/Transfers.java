package cn.fazhi.enforcement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.DeadlineSource;
import cn.fazhi.cases.DueItem;
import cn.fazhi.cases.StepOutcome;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.validation.BusinessDates;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.platform.web.Paged;

/**
 * 两法衔接 (case type {@code transfer}): an enforcement case's team (≥ 2 certified officers) reports a suspected crime to
 * the head, who approves or rejects it within 3 days; an approved case goes to the public security organ within 24
 * hours with the five materials; the police's receipt, their decision (立案 / 不予立案, within 3 days) and the
 * agency's reconsideration request (within 3 days of a refusal, a later one refused) are recorded — 国务院令第310号
 * Arts. 5–9 ({@link TransferRules}). {@link #pendingFor} tells the penalty case that a transfer still stands, so it
 * cannot be closed with only a fine (Art. 11: no 以罚代刑).
 */
@Service
public class Transfers implements DeadlineSource {

    public static final String CASE_TYPE = "transfer";
    static final String CLOCK_HEAD = "enforcement.transfer.clock.head";
    static final String CLOCK_TRANSFER = "enforcement.transfer.clock.transfer";
    static final String CLOCK_POLICE = "enforcement.transfer.clock.police";
    static final String CLOCK_RECONSIDER = "enforcement.transfer.clock.reconsider";
    private static final String SELECT = "SELECT t.*, u.name AS unit_name, c.case_number AS penalty_case_number "
            + "FROM enforcement_transfer t JOIN unit u ON u.id = t.unit_id JOIN enforcement_case c ON c.id = t.penalty_case_id";

    private final JdbcClient jdbc;
    private final TransferRepository store;
    private final CaseSteps steps;
    private final CaseNumbers numbers;
    private final CertificateChecks certificates;
    private final LegalCalendar calendar;
    private final PublicationProperties settings;
    private final Caller caller;
    private final Clock clock;

    Transfers(JdbcClient jdbc, TransferRepository store, CaseSteps steps, CaseNumbers numbers,
            CertificateChecks certificates, LegalCalendar calendar, PublicationProperties settings, Caller caller,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.steps = steps;
        this.numbers = numbers;
        this.certificates = certificates;
        this.calendar = calendar;
        this.settings = settings;
        this.caller = caller;
        this.clock = clock;
    }

    public static CaseRef ref(long id) {
        return new CaseRef(CASE_TYPE, id);
    }

    /** The team's written report on a penalty case of the caller's unit; refused when a transfer of it still stands. */
    @Transactional
    public TransferView report(TransferCommands.Report c, CurrentUser me) {
        if (c == null || c.penaltyCaseId() == null) {
            throw UserFacingException.badRequest("enforcement.transfer.penaltyCaseRequired");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = c.reportedOn() == null ? today : c.reportedOn();
        BusinessDates.check(on, "enforcement.transfer.field.reportedOn", today);
        if (on.isAfter(today)) {
            throw UserFacingException.badRequest("enforcement.transfer.future");
        }
        Long unit = jdbc.sql("SELECT unit_id FROM enforcement_case WHERE id = :id").param("id", c.penaltyCaseId())
                .query(Long.class).optional().orElse(null);
        if (unit == null || unit != me.unitId()) {
            throw UserFacingException.badRequest("enforcement.transfer.penaltyCaseUnknown");
        }
        if (pendingFor(c.penaltyCaseId()).isPresent()) {
            throw UserFacingException.conflict("enforcement.transfer.alreadyPending");
        }
        String crime = required(c.suspectedCrime(), 200, "enforcement.transfer.crimeRequired");
        String facts = required(c.facts(), 4000, "enforcement.transfer.factsRequired");
        // a case team of at least two officers (310号 Art. 5), each an enforcement officer certified on the day
        certificates.requireCertifiedPair(c.officerIds(), on);
        String shortName = jdbc.sql("SELECT short_name FROM unit WHERE id = :id").param("id", me.unitId())
                .query(String.class).single();
        Transfer t = new Transfer();
        t.caseNumber = numbers.next(CASE_TYPE, "unit-" + me.unitId(), shortName, on.getYear());
        t.penaltyCaseId = c.penaltyCaseId();
        t.unitId = me.unitId();
        t.regionCode = me.regionCode();
        t.suspectedCrime = crime;
        t.facts = facts;
        t.reportedOn = on;
        t.headDueOn = TransferRules.headDue(on, settings, calendar);
        t.status = TransferStatus.REPORTED;
        t.createdAt = OffsetDateTime.now(clock);
        t.createdBy = Actors.current();
        store.insert(t);
        for (Long officer : new LinkedHashSet<>(c.officerIds())) {
            jdbc.sql("INSERT INTO enforcement_transfer_officer (transfer_id, officer_id) VALUES (:t, :o)")
                    .param("t", t.id).param("o", officer).update();
        }
        steps.created(store, t, "reported", StepOutcome.of(null, crime));
        return view(t.id);
    }

    @Transactional
    public TransferView approve(long id, TransferCommands.Decide c) {
        return decide(id, c, true);
    }

    @Transactional
    public TransferView reject(long id, TransferCommands.Decide c) {
        return decide(id, c, false);
    }

    private TransferView decide(long id, TransferCommands.Decide c, boolean approve) {
        steps.step(store, Transfer.TABLE, id, c == null ? null : c.version(), approve ? "approve" : "reject", t -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            t.decide(approve, c.opinion(), now, Actors.current(), TransferRules.transferDue(now, settings));
            return StepOutcome.of(null, c.opinion());
        });
        return view(id);
    }

    /** Hands the case to the police with the five materials of Art. 6 (all required). */
    @Transactional
    public TransferView send(long id, TransferCommands.Send c) {
        steps.step(store, Transfer.TABLE, id, c == null ? null : c.version(), "transfer", t -> {
            TransferRules.requireAttachments(c.attachments());
            String list = Arrays.stream(TransferAttachment.values()).map(Enum::name).collect(Collectors.joining(","));
            t.transfer(c.policeOrgan(), list, OffsetDateTime.now(clock));
            return StepOutcome.of(null, c.policeOrgan());
        });
        return view(id);
    }

    @Transactional
    public TransferView receipt(long id, TransferCommands.Receipt c) {
        steps.step(store, Transfer.TABLE, id, c == null ? null : c.version(), "receipt", t -> {
            notFuture(c.receivedOn());
            t.receipt(c.receivedOn(), c.receiptNumber(),
                    c.receivedOn() == null ? null : TransferRules.policeDue(c.receivedOn(), settings, calendar));
            return StepOutcome.of(null, c.receiptNumber());
        });
        return view(id);
    }

    @Transactional
    public TransferView policeAccept(long id, TransferCommands.PoliceDecision c) {
        return police(id, c, true);
    }

    @Transactional
    public TransferView policeRefuse(long id, TransferCommands.PoliceDecision c) {
        return police(id, c, false);
    }

    private TransferView police(long id, TransferCommands.PoliceDecision c, boolean accept) {
        steps.step(store, Transfer.TABLE, id, c == null ? null : c.version(), accept ? "policeAccept" : "policeRefuse", t -> {
            notFuture(c.decidedOn());
            t.policeDecision(accept, c.decidedOn(), c.reason(),
                    c.decidedOn() == null ? null : TransferRules.reconsiderDue(c.decidedOn(), settings, calendar));
            return StepOutcome.of(null, c.reason());
        });
        return view(id);
    }

    /** Asks the police to reconsider a refusal; refused after the 3 days of Art. 9. */
    @Transactional
    public TransferView reconsider(long id, TransferCommands.Reconsider c) {
        steps.step(store, Transfer.TABLE, id, c == null ? null : c.version(), "reconsider", t -> {
            LocalDate on = c.requestedOn() == null ? LocalDate.now(clock) : c.requestedOn();
            notFuture(on);
            t.reconsider(on, c.reason());
            return StepOutcome.of(null, c.reason());
        });
        return view(id);
    }

    @Transactional
    public TransferView reconsiderAccept(long id, TransferCommands.PoliceDecision c) {
        return reconsidered(id, c, true);
    }

    @Transactional
    public TransferView reconsiderUphold(long id, TransferCommands.PoliceDecision c) {
        return reconsidered(id, c, false);
    }

    private TransferView reconsidered(long id, TransferCommands.PoliceDecision c, boolean accept) {
        steps.step(store, Transfer.TABLE, id, c == null ? null : c.version(), accept ? "reconsiderAccept" : "reconsiderUphold",
                t -> {
                    notFuture(c.decidedOn());
                    t.reconsiderDecision(accept, c.decidedOn());
                    return StepOutcome.of(null, c.reason());
                });
        return view(id);
    }

    // ---- for part B --------------------------------------------------------------------------------------------------

    /**
     * The transfer of a penalty case that still stands (reported, approved, transferred, received, accepted by the
     * police or under reconsideration), if any — whoever asks: the penalty case refuses to close with only a fine
     * while one does (国务院令第310号 Art. 11, no 以罚代刑).
     */
    @Transactional(readOnly = true)
    public Optional<TransferView> pendingFor(long penaltyCaseId) {
        List<Long> ids = jdbc.sql("SELECT id FROM enforcement_transfer WHERE penalty_case_id = :c AND status IN (:pending) "
                        + "ORDER BY id DESC")
                .param("c", penaltyCaseId).param("pending", TransferStatus.pendingStates()).query(Long.class).list();
        return ids.isEmpty() ? Optional.empty() : Optional.of(view(ids.get(0)));
    }

    /** Refuses (409, Chinese) when a transfer of the penalty case still stands — for closing it with only a fine. */
    @Transactional(readOnly = true)
    public void requireNoPendingTransfer(long penaltyCaseId) {
        pendingFor(penaltyCaseId).ifPresent(t -> {
            throw UserFacingException.conflict("enforcement.transfer.pendingNoFineOnly", t.caseNumber());
        });
    }

    // ---- reading -----------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public TransferView get(long id) {
        steps.load(store, id);
        return view(id);
    }

    @Transactional(readOnly = true)
    public List<String> actions(TransferView v) {
        return Transfer.TABLE.available(v.status(), caller);
    }

    @Transactional(readOnly = true)
    public Paged<TransferView> search(TransferCommands.Query q, DataScope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.sqlCondition("t.unit_id", "t.region_code"));
        if (q != null && q.status() != null) {
            where.append(" AND t.status = :status");
            params.put("status", q.status().name());
        }
        if (q != null && q.year() != null) {
            where.append(" AND t.reported_on BETWEEN :from AND :to");
            params.put("from", LocalDate.of(q.year(), 1, 1));
            params.put("to", LocalDate.of(q.year(), 12, 31));
        }
        if (q != null && q.q() != null && !q.q().isBlank()) {
            where.append(" AND (t.case_number LIKE :kw OR t.suspected_crime LIKE :kw)");
            params.put("kw", "%" + Publications.like(q.q().strip()) + "%");
        }
        int s = Math.max(1, Math.min(size, 500));
        int pg = Math.max(0, page);
        long total = jdbc.sql("SELECT COUNT(*) FROM enforcement_transfer t" + where).params(params).query(Long.class).single();
        List<Long> ids = jdbc.sql("SELECT t.id FROM enforcement_transfer t" + where
                        + " ORDER BY t.reported_on DESC, t.id DESC LIMIT " + s + " OFFSET " + (long) pg * s)
                .params(params).query(Long.class).list();
        return new Paged<>(views(ids), total, pg, s);
    }

    /** Head decisions, transfers, police decisions and reconsideration requests due on or before {@code until}. */
    @Override
    public List<DueItem> openDeadlines(DataScope scope, LocalDate until) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("until", until);
        String inScope = " AND " + scope.sqlCondition("t.unit_id", "t.region_code");
        List<DueItem> items = new ArrayList<>();
        due(items, "t.status = :s1 AND t.head_due_on <= :until" + inScope, params, TransferStatus.REPORTED, CLOCK_HEAD,
                "head_due_on");
        due(items, "t.status = :s1 AND t.police_due_on <= :until" + inScope, params, TransferStatus.RECEIVED, CLOCK_POLICE,
                "police_due_on");
        due(items, "t.status = :s1 AND t.reconsider_due_on <= :until" + inScope, params, TransferStatus.REFUSED,
                CLOCK_RECONSIDER, "reconsider_due_on");
        Map<String, Object> p = new HashMap<>(params);
        p.put("s1", TransferStatus.APPROVED.name());
        items.addAll(jdbc.sql("SELECT t.* FROM enforcement_transfer t WHERE t.status = :s1" + inScope).params(p)
                .query((rs, n) -> item(rs, CLOCK_TRANSFER, rs.getObject("transfer_due_at", OffsetDateTime.class)
                        .atZoneSameInstant(clock.getZone()).toLocalDate()))
                .list().stream().filter(d -> !d.deadline().isAfter(until)).toList());
        return items;
    }

    private void due(List<DueItem> items, String where, Map<String, Object> params, TransferStatus status, String clockName,
            String column) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("s1", status.name());
        items.addAll(jdbc.sql("SELECT t.* FROM enforcement_transfer t WHERE " + where + " ORDER BY t." + column).params(p)
                .query((rs, n) -> item(rs, clockName, rs.getObject(column, LocalDate.class))).list());
    }

    private static DueItem item(ResultSet rs, String clockName, LocalDate on) throws SQLException {
        return new DueItem(ref(rs.getLong("id")), rs.getString("case_number"), rs.getString("suspected_crime"), clockName,
                on, rs.getLong("unit_id"), rs.getString("region_code"), "/enforcement/transfers/" + rs.getLong("id"));
    }

    private TransferView view(long id) {
        return views(List.of(id)).get(0);
    }

    private List<TransferView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> officers = new HashMap<>();
        jdbc.sql("SELECT x.transfer_id, o.name FROM enforcement_transfer_officer x JOIN enforcement_officer o "
                        + "ON o.id = x.officer_id WHERE x.transfer_id IN (:ids) ORDER BY o.id")
                .param("ids", ids)
                .query((rs, n) -> officers.computeIfAbsent(rs.getLong("transfer_id"), k -> new ArrayList<>())
                        .add(rs.getString("name")))
                .list();
        Map<Long, TransferView> byId = new HashMap<>();
        jdbc.sql(SELECT + " WHERE t.id IN (:ids)").param("ids", ids)
                .query((rs, n) -> byId.put(rs.getLong("id"), map(rs, officers.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
        return ids.stream().map(byId::get).toList();
    }

    private TransferView map(ResultSet rs, List<String> officers) throws SQLException {
        TransferStatus status = TransferStatus.valueOf(rs.getString("status"));
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate headDue = rs.getObject("head_due_on", LocalDate.class);
        LocalDate headDecided = rs.getObject("head_decided_on", LocalDate.class);
        OffsetDateTime transferDue = rs.getObject("transfer_due_at", OffsetDateTime.class);
        OffsetDateTime transferredAt = rs.getObject("transferred_at", OffsetDateTime.class);
        LocalDate policeDue = rs.getObject("police_due_on", LocalDate.class);
        LocalDate policeDecided = rs.getObject("police_decided_on", LocalDate.class);
        String attachments = rs.getString("attachments");
        List<TransferAttachment> attached = attachments == null || attachments.isBlank() ? List.of()
                : Arrays.stream(attachments.split(",")).map(TransferAttachment::valueOf).toList();
        boolean headLate = headDecided != null ? headDecided.isAfter(headDue)
                : status == TransferStatus.REPORTED && today.isAfter(headDue);
        boolean transferLate = transferDue != null && (transferredAt != null ? transferredAt.isAfter(transferDue)
                : status == TransferStatus.APPROVED && now.isAfter(transferDue));
        boolean policeLate = policeDue != null && (policeDecided != null ? policeDecided.isAfter(policeDue)
                : status == TransferStatus.RECEIVED && today.isAfter(policeDue));
        return new TransferView(rs.getLong("id"), rs.getString("case_number"), rs.getLong("penalty_case_id"),
                rs.getString("penalty_case_number"), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getString("region_code"), rs.getString("suspected_crime"), rs.getString("facts"), officers,
                rs.getObject("reported_on", LocalDate.class), headDue, status,
                rs.getObject("approved_at", OffsetDateTime.class), headDecided, rs.getString("head_opinion"), transferDue,
                transferredAt, rs.getString("police_organ"), attached, rs.getObject("received_on", LocalDate.class),
                rs.getString("receipt_number"), policeDue, policeDecided, rs.getString("police_reason"),
                rs.getObject("reconsider_due_on", LocalDate.class), rs.getObject("reconsider_requested_on", LocalDate.class),
                rs.getString("reconsider_reason"), rs.getObject("reconsider_decided_on", LocalDate.class), headLate,
                transferLate, policeLate, rs.getInt("version"));
    }

    private void notFuture(LocalDate day) {
        if (day != null && day.isAfter(LocalDate.now(clock))) {
            throw UserFacingException.badRequest("enforcement.transfer.future");
        }
    }

    private static String required(String value, int max, String key) {
        if (value == null || value.isBlank()) {
            throw UserFacingException.badRequest(key);
        }
        String v = value.strip();
        if (v.length() > max) {
            throw UserFacingException.badRequest("enforcement.inspection.tooLong", max);
        }
        return v;
    }
}
