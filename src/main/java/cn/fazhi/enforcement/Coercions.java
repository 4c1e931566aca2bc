package cn.fazhi.enforcement;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseParties;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.CaseStore;
import cn.fazhi.cases.DeadlineSource;
import cn.fazhi.cases.DueItem;
import cn.fazhi.cases.StepOutcome;
import cn.fazhi.enforcement.events.EnforcementDecided;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.validation.BusinessDates;
import cn.fazhi.platform.validation.NumericColumn;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.platform.web.Paged;

/**
 * The 行政强制 facade (case type {@value #CASE_TYPE}): coercive measures and executions on the kernel. Each step is one
 * call of {@link CaseSteps#step} (scope, permission, version, transition table {@link CoercionCase#TABLE}, save,
 * timeline, audit, event). The gates: the Art. 18 checklist with two officers holding valid certificates on the day
 * ({@link CertificateChecks#requireCertifiedPair}); no step past a 查封/扣押 (or a 强制拆除) without its audio-video
 * record ({@link EvidenceRecords#hasAudioVideo}, 118号 三(八)); no execution at night or on a rest day without the
 * emergency flag (Art. 43). The decision of a measure (when it comes into force) or of an execution publishes
 * {@link EnforcementDecided} with category COERCION.
 */
@Service
public class Coercions implements DeadlineSource {

    public static final String CASE_TYPE = "coercion";
    static final String EXPIRY_CLOCK = "enforcement.coercion.clock.expiry";
    static final String CATEGORY = "COERCION";

    private final JdbcClient jdbc;
    private final CoercionRepository store;
    private final CaseSteps steps;
    private final CaseNumbers numbers;
    private final CaseParties parties;
    private final CertificateChecks certificates;
    private final EvidenceRecords evidence;
    private final CoercionRules rules;
    private final Caller caller;
    private final Clock clock;

    Coercions(JdbcClient jdbc, CoercionRepository store, CaseSteps steps, CaseNumbers numbers, CaseParties parties,
            CertificateChecks certificates, EvidenceRecords evidence, CoercionRules rules, Caller caller, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.steps = steps;
        this.numbers = numbers;
        this.parties = parties;
        this.certificates = certificates;
        this.evidence = evidence;
        this.rules = rules;
        this.caller = caller;
        this.clock = clock;
    }

    public static CaseRef ref(long id) {
        return new CaseRef(CASE_TYPE, id);
    }

    CaseStore<CoercionCase> store() {
        return store;
    }

    /**
     * Registers a measure or an execution in the caller's unit, numbered 咸安{unit}强〔year〕n号; the party's
     * identifier is checked and sealed; a linked penalty case must be one the caller may see.
     */
    @Transactional
    public CoercionView register(CoercionCommands.Register r) {
        if (r == null || r.kind() == null) {
            throw UserFacingException.badRequest("enforcement.coercion.validation.kind");
        }
        if (!caller.can(EnforcementPermissions.HANDLE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        if (r.principalAmount() != null) {
            NumericColumn.ACT_AMOUNT.check(r.principalAmount(), "enforcement.coercion.field.principalAmount");
        }
        DataScope scope = caller.scope();
        long unitId = scope.unitId();
        String region = jdbc.sql("SELECT region_code FROM unit WHERE id = :id").param("id", unitId).query(String.class)
                .single();
        if (r.penaltyCaseId() != null) {
            Map<String, Object> p = new HashMap<>(scope.parameters());
            p.put("id", r.penaltyCaseId());
            boolean visible = jdbc.sql("SELECT COUNT(*) FROM enforcement_case e WHERE e.id = :id AND "
                    + scope.sqlCondition("e.unit_id", "e.region_code")).params(p).query(Long.class).single() > 0;
            if (!visible) {
                throw UserFacingException.badRequest("enforcement.coercion.error.penaltyCase");
            }
        }
        LocalDate today = LocalDate.now(clock);
        String shortName = jdbc.sql("SELECT short_name FROM unit WHERE id = :id").param("id", unitId)
                .query(String.class).single();
        String number = numbers.next(CASE_TYPE, "unit-" + unitId, shortName, today.getYear());
        CoercionCase c = CoercionCase.registered(number, r, unitId, region, today, OffsetDateTime.now(clock),
                Actors.current());
        CaseParties.Sealed sealed = parties.seal(Boolean.TRUE.equals(r.partyPerson()), r.partyIdentifier(), null);
        c.partyIdentifierEnc = sealed.identifierEnc();
        c.partyIdentifierIndex = sealed.identifierIndex();
        c.partyIdentifierMasked = sealed.identifierMasked();
        store.insert(c);
        steps.created(store, c, "registered", StepOutcome.of(null, c.kind + " "
                + (c.measureType != null ? c.measureType : c.executionType)));
        return view(c.id);
    }

    @Transactional
    public CoercionView approve(long id, CoercionCommands.Approve v) {
        return step(id, v == null ? null : v.version(), "approve", c -> {
            LocalDate on = v.approvedOn() == null ? LocalDate.now(clock) : v.approvedOn();
            checkDate(on);
            c.approve(on, Actors.current());
            return StepOutcome.of(null);
        });
    }

    /** Takes the approved measure: Art. 18 checklist, two certified officers on the day, period from that day. */
    @Transactional
    public CoercionView take(long id, CoercionCommands.Take t) {
        return step(id, t == null ? null : t.version(), "take", c -> {
            checkDate(t.measureOn());
            c.take(t, expiryFor(c, t.measureOn()));
            officers(c, "MEASURE", t.officerIds(), t.measureOn());
            return StepOutcome.of(decided(c, c.measureOn), c.measureType.name());
        });
    }

    /** Records a measure taken on the spot in an emergency (Art. 19); the head ratifies or releases it. */
    @Transactional
    public CoercionView takeInEmergency(long id, CoercionCommands.Take t) {
        return step(id, t == null ? null : t.version(), "takeInEmergency", c -> {
            checkDate(t.measureOn());
            if (t.reportedAt() != null && t.reportedAt().isAfter(java.time.LocalDateTime.now(clock))) {
                throw UserFacingException.badRequest("enforcement.coercion.error.future");
            }
            c.takeInEmergency(t, expiryFor(c, t.measureOn()));
            officers(c, "MEASURE", t.officerIds(), t.measureOn());
            return StepOutcome.of(null, t.emergencyReason());
        });
    }

    @Transactional
    public CoercionView ratify(long id, CoercionCommands.Approve v) {
        return step(id, v == null ? null : v.version(), "ratify", c -> {
            LocalDate on = v.approvedOn() == null ? LocalDate.now(clock) : v.approvedOn();
            checkDate(on);
            c.ratify(on, Actors.current());
            return StepOutcome.of(decided(c, c.measureOn), null);
        });
    }

    @Transactional
    public CoercionView refuseRatification(long id, CoercionCommands.Reason r) {
        return step(id, r == null ? null : r.version(), "refuseRatification", c -> {
            c.refuseRatification(LocalDate.now(clock), r.reason().strip());
            return StepOutcome.of(null, r.reason());
        });
    }

    @Transactional
    public CoercionView extend(long id, CoercionCommands.Days d) {
        return step(id, d == null ? null : d.version(), "extend", c -> {
            c.extend(d.days(), d.reason().strip(), Actors.current(), LocalDate.now(clock),
                    extra -> rules.expiry(c.measureOn, 0, extra));
            return StepOutcome.of(null, d.days() + " " + d.reason());
        });
    }

    @Transactional
    public CoercionView exclude(long id, CoercionCommands.Days d) {
        return step(id, d == null ? null : d.version(), "exclude", c -> {
            c.exclude(d.days(), d.reason().strip(), extra -> rules.expiry(c.measureOn, 0, extra));
            return StepOutcome.of(null, d.days() + " " + d.reason());
        });
    }

    @Transactional
    public CoercionView serve(long id, CoercionCommands.Serve s) {
        return step(id, s == null ? null : s.version(), "serve", c -> {
            checkDate(s.servedOn());
            c.serve(s.servedOn());
            return StepOutcome.of(null, s.servedOn().toString());
        });
    }

    @Transactional
    public CoercionView dispose(long id, CoercionCommands.Dispose d) {
        return step(id, d == null ? null : d.version(), "dispose", c -> {
            checkDate(d.disposedOn());
            c.dispose(d.disposal(), d.disposedOn());
            return StepOutcome.of(null, d.disposal().name());
        });
    }

    @Transactional
    public CoercionView demand(long id, CoercionCommands.Demand d) {
        return step(id, d == null ? null : d.version(), "demand", c -> {
            checkDate(d.servedOn());
            if (d.amount() != null) {
                NumericColumn.ACT_AMOUNT.check(d.amount(), "enforcement.coercion.field.principalAmount");
            }
            c.demand(d);
            return StepOutcome.of(null, d.deadline().toString());
        });
    }

    @Transactional
    public CoercionView decide(long id, CoercionCommands.Decide d) {
        return step(id, d == null ? null : d.version(), "decide", c -> {
            checkDate(d.decidedOn());
            c.decide(d);
            return StepOutcome.of(decided(c, c.decidedOn), c.decisionNumber);
        });
    }

    /**
     * The execution: two certified officers on the day, not at night or on a rest day without the emergency flag and
     * its reason (Art. 43), 代履行 only 3 working days after the 催告 (Art. 51), 加处罚款 capped (Art. 45).
     */
    @Transactional
    public CoercionView execute(long id, CoercionCommands.Execute e) {
        return step(id, e == null ? null : e.version(), "execute", c -> {
            if (e.executedAt().isAfter(java.time.LocalDateTime.now(clock))) {
                throw UserFacingException.badRequest("enforcement.coercion.error.future");
            }
            checkDate(e.executedAt().toLocalDate());
            if (!e.certificateShown()) {
                throw UserFacingException.badRequest("enforcement.coercion.checklist.certificateShown");
            }
            if (e.surchargeAmount() != null) {
                NumericColumn.ACT_AMOUNT.check(e.surchargeAmount(), "enforcement.coercion.field.surchargeAmount");
            }
            rules.checkExecutionTime(e.executedAt(), e.emergency(), e.emergencyReason());
            if (c.executionType == CoercionExecutionType.SUBSTITUTE) {
                rules.checkSubstituteNotice(c.demandServedOn, e.executedAt().toLocalDate());
            }
            c.execute(e, rules.offHours(e.executedAt()));
            officers(c, "EXECUTION", e.officerIds(), c.executedOn);
            return StepOutcome.of(null, c.offHours ? "offHours emergency: " + c.executionEmergencyReason : null);
        });
    }

    @Transactional
    public CoercionView applyToCourt(long id, CoercionCommands.ApplyToCourt a) {
        return step(id, a == null ? null : a.version(), "applyToCourt", c -> {
            checkDate(a.appliedOn());
            rules.checkCourtApplication(c.demandServedOn, a.remedyEndsOn(), a.appliedOn());
            c.applyToCourt(a.appliedOn(), a.remedyEndsOn());
            return StepOutcome.of(null, a.appliedOn().toString());
        });
    }

    @Transactional
    public CoercionView close(long id, CoercionCommands.Close cl) {
        return step(id, cl == null ? null : cl.version(), "close", c -> {
            LocalDate on = cl.closedOn() == null ? LocalDate.now(clock) : cl.closedOn();
            checkDate(on);
            c.close(on);
            return StepOutcome.of(new cn.fazhi.enforcement.events.EnforcementCaseClosed(CASE_TYPE, id, on));
        });
    }

    @Transactional
    public CoercionView cancel(long id, CoercionCommands.Reason r) {
        return step(id, r == null ? null : r.version(), "cancel", c -> {
            c.cancel(r.reason().strip());
            return StepOutcome.of(null, r.reason());
        });
    }

    /** Records an evidence item (全过程记录) on a case the caller may read and handle; the case must be open. */
    @Transactional
    public EvidenceItem recordEvidence(long id, CoercionCommands.Evidence e, String fileName, InputStream content) {
        CoercionCase c = steps.load(store, id);
        if (!caller.can(EnforcementPermissions.HANDLE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        if (!c.status().isOpen()) {
            throw UserFacingException.conflict("enforcement.coercion.error.closed");
        }
        if (e == null || fileName == null || fileName.isBlank() || content == null) {
            throw UserFacingException.badRequest("enforcement.evidence.incomplete");
        }
        return evidence.record(ref(id), e.stage(), e.media(), e.act(), e.title(), e.recordedOn(), fileName, content);
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public CoercionView get(long id) {
        steps.load(store, id);
        return view(id);
    }

    @Transactional(readOnly = true)
    public List<EvidenceItem> evidence(long id) {
        steps.load(store, id);
        return evidence.of(ref(id));
    }

    /** The steps the caller may take now (from the transition table). */
    public List<String> actions(CoercionView v) {
        return CoercionCase.TABLE.available(v.status(), caller).stream()
                .filter(s -> fitsKind(v.kind(), s)).toList();
    }

    /** Steps of the table that belong to the other kind never show (they share the terminal states). */
    static boolean fitsKind(CoercionKind kind, String step) {
        return switch (step) {
            case "demand", "decide", "execute", "applyToCourt" -> kind == CoercionKind.EXECUTION;
            case "approve", "take", "takeInEmergency", "ratify", "refuseRatification", "extend", "exclude", "serve",
                    "dispose" -> kind == CoercionKind.MEASURE;
            default -> true;
        };
    }

    /** Cases in the caller's scope matching the filters, newest first, one page; {@code total} for the pager. */
    @Transactional(readOnly = true)
    public Paged<CoercionView> search(CoercionQuery q, int page, int size) {
        DataScope scope = caller.scope();
        Map<String, Object> p = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.sqlCondition("c.unit_id", "c.region_code"));
        if (q != null && q.kind() != null) {
            where.append(" AND c.kind = :kind");
            p.put("kind", q.kind().name());
        }
        if (q != null && q.status() != null) {
            where.append(" AND c.status = :status");
            p.put("status", q.status().name());
        }
        if (q != null && q.keyword() != null && !q.keyword().isBlank()) {
            where.append(" AND (c.case_number LIKE :kw OR c.party_name LIKE :kw OR c.subject LIKE :kw)");
            p.put("kw", "%" + q.keyword().strip().replace("%", "").replace("_", "") + "%");
        }
        if (q != null && Boolean.TRUE.equals(q.overdue())) {
            where.append(" AND c.expires_on < :today AND c.disposed_on IS NULL AND c.status IN (:inForce)");
            p.put("today", LocalDate.now(clock));
            p.put("inForce", List.of(CoercionStatus.IN_FORCE.name(), CoercionStatus.AWAITING_RATIFICATION.name()));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM coercion_case c" + where).params(p).query(Long.class).single();
        int s = Math.max(1, Math.min(size, 500));
        int pg = Math.max(0, page);
        p.put("lim", s);
        p.put("off", (long) pg * s);
        List<Long> ids = jdbc.sql("SELECT c.id FROM coercion_case c" + where
                + " ORDER BY c.registered_on DESC, c.id DESC LIMIT :lim OFFSET :off").params(p).query(Long.class).list();
        return new Paged<>(views(ids), total, pg, s);
    }


    /** List filters. */
    public record CoercionQuery(CoercionKind kind, CoercionStatus status, String keyword, Boolean overdue) {}

    /** An officer of a unit who may be named on an act (active; the certificate is checked on the act's day). */
    public record OfficerChoice(long id, String name) {}

    /** The active officers of the case's unit, for the act forms. */
    @Transactional(readOnly = true)
    public List<OfficerChoice> officersFor(CoercionView v) {
        return jdbc.sql("SELECT id, name FROM enforcement_officer WHERE unit_id = :u AND active ORDER BY name, id")
                .param("u", v.unitId()).query((rs, n) -> new OfficerChoice(rs.getLong("id"), rs.getString("name")))
                .list();
    }

    // ---- kernel contracts -----------------------------------------------------------------------------------------

    /** Measures in force whose period ends on or before {@code until} (warned {@code expiry-warning-days} ahead). */
    @Override
    public List<DueItem> openDeadlines(DataScope scope, LocalDate until) {
        Map<String, Object> p = new HashMap<>(scope.parameters());
        p.put("until", until);
        p.put("inForce", List.of(CoercionStatus.IN_FORCE.name(), CoercionStatus.AWAITING_RATIFICATION.name()));
        return jdbc.sql("SELECT c.id, c.case_number, c.party_name, c.subject, c.expires_on, c.unit_id, c.region_code "
                        + "FROM coercion_case c WHERE c.status IN (:inForce) AND c.expires_on IS NOT NULL "
                        + "AND c.expires_on <= :until AND " + scope.sqlCondition("c.unit_id", "c.region_code")
                        + " ORDER BY c.expires_on")
                .params(p)
                .query((rs, n) -> new DueItem(ref(rs.getLong("id")), rs.getString("case_number"),
                        rs.getString("subject"), EXPIRY_CLOCK, rs.getObject("expires_on", LocalDate.class),
                        rs.getLong("unit_id"), rs.getString("region_code"), "/enforcement/coercions/" + rs.getLong("id")))
                .list();
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private CoercionView step(long id, Integer version, String name, Function<CoercionCase, StepOutcome> body) {
        steps.step(store, CoercionCase.TABLE, id, version, name, c -> {
            if (!fitsKind(c.kind, name)) {
                throw UserFacingException.conflict("cases.step.notNow");
            }
            // 118号 三(八): no moving past a 查封/扣押 (or 强制拆除) without its audio-video record
            if (c.needsAudioVideoFor(name) && !evidence.hasAudioVideo(ref(id), c.avAct)) {
                throw UserFacingException.conflict("enforcement.coercion.error.audioVideoMissing");
            }
            return body.apply(c);
        });
        return view(id);
    }

    private LocalDate expiryFor(CoercionCase c, LocalDate measureOn) {
        return c.measureType.hasPeriod() ? rules.expiry(measureOn, 0, 0) : null;
    }

    private void checkDate(LocalDate d) {
        if (d == null) {
            throw UserFacingException.badRequest("enforcement.coercion.error.dateRequired");
        }
        BusinessDates.check(d, "enforcement.coercion.field.date", LocalDate.now(clock));
        if (d.isAfter(LocalDate.now(clock))) {
            throw UserFacingException.badRequest("enforcement.coercion.error.future");
        }
    }

    /** Art. 18(二), Art. 17: two distinct officers of the unit, each with a certificate valid on {@code day}. */
    private void officers(CoercionCase c, String act, List<Long> officerIds, LocalDate day) {
        certificates.requireCertifiedPair(officerIds, day);
        Map<Long, String> numbers = new LinkedHashMap<>();
        for (Long o : new java.util.LinkedHashSet<>(officerIds)) {
            numbers.put(o, certificates.validCertificate(o, day).orElseThrow());
        }
        store.recordOfficers(c.id, act, day, numbers);
    }

    private EnforcementDecided decided(CoercionCase c, LocalDate on) {
        String party = c.partyPerson ? maskName(c.partyName) : c.partyName;
        String what = c.kind == CoercionKind.MEASURE ? c.measureType.name() : c.executionType.name();
        return new EnforcementDecided(CASE_TYPE, c.id, c.caseNumber, c.decisionNumber != null ? c.decisionNumber
                : c.caseNumber, c.unitId, c.regionCode, CATEGORY, on, party, c.reason, what + "：" + c.subject);
    }

    private CoercionView view(long id) {
        return views(List.of(id)).get(0);
    }

    private List<CoercionView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CoercionView> byId = new LinkedHashMap<>();
        Map<Long, String> unitNames = new HashMap<>();
        Map<Long, Map<String, List<Long>>> officers = new HashMap<>();
        jdbc.sql("SELECT case_id, act, officer_id FROM coercion_officer WHERE case_id IN (:ids) ORDER BY officer_id")
                .param("ids", ids)
                .query((rs, n) -> officers.computeIfAbsent(rs.getLong("case_id"), k -> new LinkedHashMap<>())
                        .computeIfAbsent(rs.getString("act"), k -> new java.util.ArrayList<>()).add(rs.getLong("officer_id")))
                .list();
        java.util.Set<Long> withAv = new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT c.id FROM coercion_case c JOIN "
                        + "enforcement_evidence e ON e.case_type = :t AND e.case_id = c.id AND e.media = :av AND e.act = c.av_act "
                        + "WHERE c.id IN (:ids)")
                .param("t", CASE_TYPE).param("av", EvidenceMedia.AUDIO_VIDEO.name()).param("ids", ids)
                .query(Long.class).list());
        jdbc.sql("SELECT c.*, u.name AS unit_name FROM coercion_case c JOIN unit u ON u.id = c.unit_id WHERE c.id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> {
                    CoercionCase c = store.map(rs, n);
                    unitNames.put(c.id, rs.getString("unit_name"));
                    byId.put(c.id, toView(c, rs.getString("unit_name"), withAv.contains(c.id),
                            officers.getOrDefault(c.id, Map.of())));
                    return c;
                }).list();
        return ids.stream().map(byId::get).toList();
    }

    private CoercionView toView(CoercionCase c, String unitName, boolean av, Map<String, List<Long>> officers) {
        boolean overdue = c.expiresOn != null && c.disposedOn == null && c.status.isOpen()
                && c.expiresOn.isBefore(LocalDate.now(clock));
        return new CoercionView(c.id, c.caseNumber, c.kind, c.measureType, c.executionType, c.status, c.unitId, unitName,
                c.regionCode, c.penaltyCaseId, c.partyPerson, c.partyName, c.partyIdentifierMasked, c.subject, c.reason,
                c.legalBasis, c.registeredOn, c.approvedOn, c.approvedBy, c.emergency, c.emergencyReason,
                c.emergencyReportedAt, c.measureOn, c.certificateShown, c.partyPresent, c.partyNotified, c.rightsTold,
                c.statementsHeard, c.siteRecord, c.signed, c.refusalNoted, c.witnessName, c.avRequired, c.avAct, av,
                c.extensionDays, c.extensionReason, c.excludedDays, c.excludedReason, c.expiresOn, c.decisionServedOn,
                c.disposal, c.disposedOn, c.principalAmount, c.surchargeAmount, c.demandServedOn, c.demandDeadline,
                c.demandManner, c.statements, c.decidedOn, c.decisionNumber, c.executedAt, c.offHours,
                c.executionEmergencyReason, c.remedyEndsOn, c.courtAppliedOn, c.closedOn, overdue, officers, c.version);
    }

    /** A person's name fit to publish: the surname, the rest masked (张**). */
    static String maskName(String name) {
        String n = name.strip();
        return n.length() <= 1 ? n : n.charAt(0) + "*".repeat(n.length() - 1);
    }
}
