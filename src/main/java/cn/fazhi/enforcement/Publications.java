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
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.calendar.Deadline;
import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.DeadlineSource;
import cn.fazhi.cases.DueItem;
import cn.fazhi.enforcement.events.EnforcementDecided;
import cn.fazhi.enforcement.events.EnforcementDecisionAnnulled;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.platform.web.Paged;

/**
 * 事后公开: every enforcement decision (whatever its case type) gets a publication record when it is decided
 * ({@link #recordDecision}, called by the listener on {@link EnforcementDecided}) with its due date
 * ({@link PublicationPeriods}); staff publish it on the portal or withdraw it with a reason; a decision later annulled
 * ({@link EnforcementDecisionAnnulled}) gets a withdrawal due date (处罚法 Art. 48). Both listeners are idempotent: a
 * second delivery of the same event changes nothing. Staff see their unit's records (the caller's data scope; outside
 * → 404); the public sees published ones only.
 */
@Service
public class Publications implements DeadlineSource {

    static final String CLOCK_PUBLISH = "enforcement.publication.clock.publish";
    static final String CLOCK_WITHDRAW = "enforcement.publication.clock.withdraw";
    private static final Logger log = LoggerFactory.getLogger(Publications.class);
    private static final Set<String> CATEGORIES = Set.of("PENALTY", "LICENCE", "COERCION", "INSPECTION", "LEVY", "OTHER");
    private static final Set<String> GROUNDS = Set.of("CHANGED", "REVOKED", "UNLAWFUL", "VOID");
    private static final String SELECT = "SELECT p.*, u.name AS unit_name FROM enforcement_publication p "
            + "JOIN unit u ON u.id = p.unit_id";
    private static final String PUBLIC_FROM = " FROM enforcement_publication p JOIN unit u ON u.id = p.unit_id "
            + "WHERE p.status = :published";

    private final JdbcClient jdbc;
    private final LegalCalendar calendar;
    private final PublicationProperties settings;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    Publications(JdbcClient jdbc, LegalCalendar calendar, PublicationProperties settings, AuditTrail audit,
            Caller caller, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.settings = settings;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    // ---- from the events -------------------------------------------------------------------------------------------

    /**
     * Creates the publication record of a decision, due 7 or 20 working days after it (118号 二(六)); published at once
     * when the unit publishes automatically. A second delivery of the same decision changes nothing.
     *
     * @return whether a record was created
     */
    @Transactional
    public boolean recordDecision(EnforcementDecided e) {
        if (!CATEGORIES.contains(e.category())) {
            throw new IllegalArgumentException("unknown enforcement category " + e.category());
        }
        if (find(e.caseType(), e.caseId()).isPresent()) {
            return false;
        }
        Deadline due = PublicationPeriods.publishBy(e.category(), e.decidedOn(), settings, calendar);
        boolean auto = settings.autoPublishUnitIds().contains(e.unitId());
        LocalDate today = LocalDate.now(clock);
        int n = jdbc.sql("INSERT INTO enforcement_publication (case_type, case_id, case_number, decision_number, unit_id, "
                        + "region_code, category, decided_on, party, violation, conclusion, status, due_on, due_provisional, "
                        + "published_on, published_by, created_at) VALUES (:type, :caseId, :number, :decision, :unit, :region, "
                        + ":category, :decidedOn, :party, :violation, :conclusion, :status, :due, :provisional, :publishedOn, "
                        + ":publishedBy, :now) ON CONFLICT DO NOTHING")
                .param("type", e.caseType()).param("caseId", e.caseId()).param("number", e.caseNumber())
                .param("decision", e.decisionNumber()).param("unit", e.unitId()).param("region", e.regionCode())
                .param("category", e.category()).param("decidedOn", e.decidedOn()).param("party", cut(e.party(), 200))
                .param("violation", cut(e.violation(), 500)).param("conclusion", cut(e.conclusion(), 2000))
                .param("status", (auto ? PublicationStatus.PUBLISHED : PublicationStatus.PENDING).name())
                .param("due", due.deadline()).param("provisional", due.provisional())
                .param("publishedOn", auto ? today : null).param("publishedBy", auto ? Actors.SYSTEM : null)
                .param("now", OffsetDateTime.now(clock)).update();
        if (n == 0) {
            return false;
        }
        long id = find(e.caseType(), e.caseId()).orElseThrow().id();
        audit.record(AuditEntry.of(auto ? "enforcement.publication.autoPublished" : "enforcement.publication.recorded",
                "enforcement_publication", id, e.caseNumber() + " " + e.category() + " → " + due.deadline()));
        return true;
    }

    /**
     * A decision was changed, revoked, declared unlawful or void: a published record must be withdrawn within 3
     * working days of {@code annulledOn} (处罚法 Art. 48); a record not yet published is withdrawn at once (it must
     * never appear). Idempotent. Throws when the decision has no record yet so that the registry retries the event
     * (its EnforcementDecided may still be on its way).
     */
    @Transactional
    public void recordAnnulment(EnforcementDecisionAnnulled e) {
        PublicationView p = find(e.caseType(), e.caseId())
                .orElseThrow(() -> new IllegalStateException("no publication yet for " + e.caseType() + " " + e.caseId()));
        if (p.annulledOn() != null) {
            return;
        }
        String ground = GROUNDS.contains(e.ground()) ? e.ground() : "CHANGED";
        if (p.status() == PublicationStatus.PUBLISHED) {
            Deadline due = PublicationPeriods.withdrawBy(e.annulledOn(), settings, calendar);
            jdbc.sql("UPDATE enforcement_publication SET annulled_on = :on, annul_ground = :ground, withdrawal_due_on = :due, "
                            + "version = version + 1 WHERE id = :id AND annulled_on IS NULL")
                    .param("on", e.annulledOn()).param("ground", ground).param("due", due.deadline()).param("id", p.id())
                    .update();
            audit.record(AuditEntry.of("enforcement.publication.annulled", "enforcement_publication", p.id(),
                    p.caseNumber() + " " + ground + " → " + due.deadline()));
        } else {
            jdbc.sql("UPDATE enforcement_publication SET annulled_on = :on, annul_ground = :ground, status = :withdrawn, "
                            + "withdrawn_on = :today, withdraw_reason = :reason, version = version + 1 "
                            + "WHERE id = :id AND annulled_on IS NULL")
                    .param("on", e.annulledOn()).param("ground", ground)
                    .param("withdrawn", PublicationStatus.WITHDRAWN.name()).param("today", LocalDate.now(clock))
                    .param("reason", "ANNULLED:" + ground).param("id", p.id()).update();
            audit.record(AuditEntry.of("enforcement.publication.annulled", "enforcement_publication", p.id(),
                    p.caseNumber() + " " + ground + " (" + p.status() + ")"));
        }
    }

    // ---- staff steps -----------------------------------------------------------------------------------------------

    /** Publishes a pending record on the portal (the version as read; stale → 409). */
    @Transactional
    public PublicationView publish(long id, PublicationCommands.Publish c) {
        PublicationView p = get(id);
        requireVersion(p, c == null ? null : c.version());
        if (p.status() != PublicationStatus.PENDING) {
            throw UserFacingException.conflict("enforcement.publication.notPending");
        }
        if (p.annulledOn() != null) {
            throw UserFacingException.conflict("enforcement.publication.annulled");
        }
        LocalDate today = LocalDate.now(clock);
        update(id, p.version(), "status = :status, published_on = :today, published_by = :by",
                Map.of("status", PublicationStatus.PUBLISHED.name(), "today", today, "by", Actors.current()));
        audit.record(AuditEntry.of("enforcement.publication.published", "enforcement_publication", id,
                p.caseNumber() + (today.isAfter(p.dueOn()) ? " late " + p.dueOn() : "")));
        return view(id);
    }

    /** Takes a published (or pending) record down with a reason. */
    @Transactional
    public PublicationView withdraw(long id, PublicationCommands.Withdraw c) {
        PublicationView p = get(id);
        requireVersion(p, c == null ? null : c.version());
        if (p.status() == PublicationStatus.WITHDRAWN) {
            throw UserFacingException.conflict("enforcement.publication.alreadyWithdrawn");
        }
        String reason = c.reason() == null ? "" : c.reason().strip();
        if (reason.isEmpty()) {
            throw UserFacingException.badRequest("enforcement.publication.reasonRequired");
        }
        if (reason.length() > 1000) {
            throw UserFacingException.badRequest("enforcement.publication.reasonTooLong");
        }
        update(id, p.version(), "status = :status, withdrawn_on = :today, withdraw_reason = :reason",
                Map.of("status", PublicationStatus.WITHDRAWN.name(), "today", LocalDate.now(clock), "reason", reason));
        audit.record(AuditEntry.of("enforcement.publication.withdrawn", "enforcement_publication", id,
                p.caseNumber() + ": " + reason));
        return view(id);
    }

    private static void requireVersion(PublicationView p, Integer version) {
        if (version == null) {
            throw UserFacingException.badRequest("enforcement.publication.versionRequired");
        }
        if (version != p.version()) {
            throw UserFacingException.conflict("error.conflict");
        }
    }

    private void update(long id, int version, String set, Map<String, Object> values) {
        Map<String, Object> params = new HashMap<>(values);
        params.put("id", id);
        params.put("v", version);
        int n = jdbc.sql("UPDATE enforcement_publication SET " + set + ", version = version + 1 WHERE id = :id AND version = :v")
                .params(params).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
    }

    // ---- staff reads -----------------------------------------------------------------------------------------------

    /** The record if the caller may see it (enforcement:view and the data scope), else 404. */
    @Transactional(readOnly = true)
    public PublicationView get(long id) {
        DataScope scope = caller.scope();
        if (scope == null || !caller.can(EnforcementPermissions.VIEW)) {
            throw UserFacingException.notFound("error.notFound");
        }
        return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(this::map).optional()
                .filter(p -> scope.covers(p.unitId(), p.regionCode()))
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    /** The record of one decided case, whoever asks (for the listeners and other parts' pages). */
    @Transactional(readOnly = true)
    public Optional<PublicationView> find(String caseType, long caseId) {
        return jdbc.sql(SELECT + " WHERE p.case_type = :t AND p.case_id = :c").param("t", caseType).param("c", caseId)
                .query(this::map).optional();
    }

    /** The records in scope matching the filters, overdue ones first, then by due date. */
    @Transactional(readOnly = true)
    public Paged<PublicationView> search(PublicationCommands.Query q, DataScope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.sqlCondition("p.unit_id", "p.region_code"));
        LocalDate today = LocalDate.now(clock);
        params.put("today", today);
        params.put("pending", PublicationStatus.PENDING.name());
        params.put("published", PublicationStatus.PUBLISHED.name());
        if (q != null && q.status() != null) {
            where.append(" AND p.status = :status");
            params.put("status", q.status().name());
        }
        if (q != null && Boolean.TRUE.equals(q.overdue())) {
            where.append(" AND ").append(OVERDUE);
        }
        if (q != null && q.year() != null) {
            where.append(" AND p.decided_on BETWEEN :from AND :to");
            params.put("from", LocalDate.of(q.year(), 1, 1));
            params.put("to", LocalDate.of(q.year(), 12, 31));
        }
        if (q != null && q.q() != null && !q.q().isBlank()) {
            where.append(" AND (p.case_number LIKE :kw OR p.decision_number LIKE :kw OR p.party LIKE :kw "
                    + "OR p.violation LIKE :kw)");
            params.put("kw", "%" + like(q.q().strip()) + "%");
        }
        int s = Math.max(1, Math.min(size, 500));
        int pg = Math.max(0, page);
        long total = jdbc.sql("SELECT COUNT(*) FROM enforcement_publication p" + where).params(params)
                .query(Long.class).single();
        List<PublicationView> items = jdbc.sql(SELECT + where + " ORDER BY CASE WHEN " + OVERDUE
                        + " THEN 0 ELSE 1 END, p.due_on DESC, p.id DESC LIMIT " + s + " OFFSET " + (long) pg * s)
                .params(params).query(this::map).list();
        return new Paged<>(items, total, pg, s);
    }

    private static final String OVERDUE = "((p.status = :pending AND p.due_on < :today) "
            + "OR (p.status = :published AND p.withdrawal_due_on IS NOT NULL AND p.withdrawal_due_on < :today))";

    // ---- public reads ----------------------------------------------------------------------------------------------

    /**
     * Published decisions, newest publication first, filtered by keyword (decision number, party, violation,
     * conclusion, unit), unit and category.
     */
    @Transactional(readOnly = true)
    public Paged<PublicationNotice> published(String keyword, Long unitId, String category, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("published", PublicationStatus.PUBLISHED.name());
        StringBuilder where = new StringBuilder(PUBLIC_FROM);
        if (keyword != null && !keyword.isBlank()) {
            where.append(" AND (p.decision_number LIKE :kw OR p.party LIKE :kw OR p.violation LIKE :kw "
                    + "OR p.conclusion LIKE :kw OR u.name LIKE :kw)");
            params.put("kw", "%" + like(keyword.strip()) + "%");
        }
        if (unitId != null) {
            where.append(" AND p.unit_id = :unit");
            params.put("unit", unitId);
        }
        if (category != null && !category.isBlank()) {
            if (!CATEGORIES.contains(category)) {
                throw UserFacingException.badRequest("enforcement.publication.categoryUnknown");
            }
            where.append(" AND p.category = :category");
            params.put("category", category);
        }
        int s = Math.max(1, Math.min(size, 100));
        int pg = Math.max(0, Math.min(page, 10_000));
        long total = jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
        List<PublicationNotice> items = jdbc.sql("SELECT p.id, p.case_number, p.decision_number, u.name AS unit_name, "
                        + "p.category, p.decided_on, p.party, p.violation, p.conclusion, p.published_on" + where
                        + " ORDER BY p.published_on DESC, p.id DESC LIMIT " + s + " OFFSET " + (long) pg * s)
                .params(params).query(Publications::notice).list();
        return new Paged<>(items, total, pg, s);
    }

    /** One published decision; 404 when unknown, pending or withdrawn. */
    @Transactional(readOnly = true)
    public PublicationNotice publishedOne(long id) {
        return jdbc.sql("SELECT p.id, p.case_number, p.decision_number, u.name AS unit_name, p.category, p.decided_on, "
                        + "p.party, p.violation, p.conclusion, p.published_on" + PUBLIC_FROM + " AND p.id = :id")
                .param("published", PublicationStatus.PUBLISHED.name()).param("id", id)
                .query(Publications::notice).optional()
                .orElseThrow(() -> UserFacingException.notFound("enforcement.publication.notFound"));
    }

    /** The units that have published decisions (for the public filter). */
    @Transactional(readOnly = true)
    public List<Map.Entry<Long, String>> publishingUnits() {
        // the public page's unit filter: read per request it cost an EXISTS per unit (docs/enforcement, bench); kept
        // for a minute — a unit's first publication shows in the filter within that time
        return publishingUnits.get(Boolean.TRUE, k -> loadPublishingUnits());
    }

    private final com.github.benmanes.caffeine.cache.Cache<Boolean, List<Map.Entry<Long, String>>> publishingUnits =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().expireAfterWrite(java.time.Duration.ofMinutes(1))
                    .maximumSize(1).build();

    private List<Map.Entry<Long, String>> loadPublishingUnits() {
        return jdbc.sql("SELECT u.id, u.name, u.sort_order FROM unit u WHERE EXISTS (SELECT 1 FROM enforcement_publication p "
                        + "WHERE p.unit_id = u.id AND p.status = :published) ORDER BY u.sort_order, u.id")
                .param("published", PublicationStatus.PUBLISHED.name())
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("name"))).list();
    }

    // ---- kernel contract -------------------------------------------------------------------------------------------

    /** Pending publications and annulled decisions awaiting withdrawal due on or before {@code until}. */
    @Override
    public List<DueItem> openDeadlines(DataScope scope, LocalDate until) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("until", until);
        params.put("pending", PublicationStatus.PENDING.name());
        params.put("published", PublicationStatus.PUBLISHED.name());
        String inScope = " AND " + scope.sqlCondition("p.unit_id", "p.region_code");
        List<DueItem> items = new ArrayList<>();
        items.addAll(jdbc.sql("SELECT p.* FROM enforcement_publication p WHERE p.status = :pending AND p.due_on <= :until"
                        + inScope + " ORDER BY p.due_on").params(params)
                .query((rs, n) -> due(rs, CLOCK_PUBLISH, rs.getObject("due_on", LocalDate.class))).list());
        items.addAll(jdbc.sql("SELECT p.* FROM enforcement_publication p WHERE p.status = :published "
                        + "AND p.withdrawal_due_on IS NOT NULL AND p.withdrawal_due_on <= :until" + inScope
                        + " ORDER BY p.withdrawal_due_on").params(params)
                .query((rs, n) -> due(rs, CLOCK_WITHDRAW, rs.getObject("withdrawal_due_on", LocalDate.class))).list());
        return items;
    }

    private static DueItem due(ResultSet rs, String clockName, LocalDate on) throws SQLException {
        return new DueItem(new CaseRef(rs.getString("case_type"), rs.getLong("case_id")), rs.getString("case_number"),
                rs.getString("violation"), clockName, on, rs.getLong("unit_id"), rs.getString("region_code"),
                "/enforcement/publications/" + rs.getLong("id"));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private PublicationView view(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(this::map).single();
    }

    static String like(String text) {
        String t = text.length() > 100 ? text.substring(0, 100) : text;
        return t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static PublicationNotice notice(ResultSet rs, int n) throws SQLException {
        return new PublicationNotice(rs.getLong("id"), rs.getString("case_number"), rs.getString("decision_number"),
                rs.getString("unit_name"), rs.getString("category"), rs.getObject("decided_on", LocalDate.class),
                rs.getString("party"), rs.getString("violation"), rs.getString("conclusion"),
                rs.getObject("published_on", LocalDate.class));
    }

    private PublicationView map(ResultSet rs, int n) throws SQLException {
        PublicationStatus status = PublicationStatus.valueOf(rs.getString("status"));
        LocalDate today = LocalDate.now(clock);
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        LocalDate withdrawalDue = rs.getObject("withdrawal_due_on", LocalDate.class);
        boolean withdrawalPending = status == PublicationStatus.PUBLISHED && withdrawalDue != null;
        boolean overdue = (status == PublicationStatus.PENDING && due.isBefore(today))
                || (withdrawalPending && withdrawalDue.isBefore(today));
        return new PublicationView(rs.getLong("id"), rs.getString("case_type"), rs.getLong("case_id"),
                rs.getString("case_number"), rs.getString("decision_number"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getString("region_code"), rs.getString("category"),
                rs.getObject("decided_on", LocalDate.class), rs.getString("party"), rs.getString("violation"),
                rs.getString("conclusion"), status, due, rs.getBoolean("due_provisional"),
                rs.getObject("published_on", LocalDate.class), rs.getString("published_by"),
                rs.getObject("annulled_on", LocalDate.class), rs.getString("annul_ground"), withdrawalDue,
                rs.getObject("withdrawn_on", LocalDate.class), rs.getString("withdraw_reason"), overdue,
                withdrawalPending, rs.getInt("version"));
    }
}
