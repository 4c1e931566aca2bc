package cn.fazhi.enforcement;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseParties;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.CaseStore;
import cn.fazhi.cases.DeadlineSource;
import cn.fazhi.cases.DueItem;
import cn.fazhi.cases.StepOutcome;
import cn.fazhi.enforcement.events.EnforcementDecided;
import cn.fazhi.enforcement.events.EnforcementDecisionAnnulled;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The 行政处罚 case facade (case type {@value #CASE_TYPE}): 立案 with the limitation check, investigative acts by two
 * certified officers, 告知, 陈述申辩, 听证, 法制审核 of 重大 cases, 集体讨论, the decision stating its benchmark level,
 * 送达, payment with the late fee, 结案 and a later annulment; and the on-the-spot procedure. Each step is one call of
 * the kernel ({@link CaseSteps#step}: scope, permission, version, {@link EnforcementCase#TABLE}, save, timeline, audit,
 * event) in one transaction. Unit staff see their unit's cases, the office the district's; outside scope is 404.
 */
@Service
public class EnforcementCases implements DeadlineSource {

    /** The kernel's case type code. */
    public static final String CASE_TYPE = "enforcement";
    static final String DECISION_NUMBERS = "enforcement_decision";
    static final String CLOCK_DECISION = "enforcement.cases.clock.decision";
    static final String CLOCK_PAYMENT = "enforcement.cases.clock.payment";
    static final String PATH = "/enforcement/cases/";
    private static final String SELECT_ROW = "SELECT c.id, c.case_number, c.procedure_kind, c.status, u.name AS unit_name, "
            + "c.party_name, c.violation_name, c.filed_on, c.decision_due_on, c.decided_on, c.fine_amount "
            + "FROM enforcement_case c JOIN unit u ON u.id = c.unit_id";

    private final Transfers transfers;
    private final JdbcClient jdbc;
    private final EnforcementCaseRepository store;
    private final CaseSteps steps;
    private final CaseNumbers numbers;
    private final CaseParties parties;
    private final CertificateChecks certificates;
    private final BenchmarkLevels benchmarks;
    private final EvidenceRecords evidence;
    private final MajorCatalogues catalogues;
    private final LegalCalendar calendar;
    private final PenaltyProperties settings;
    private final Caller caller;
    private final Clock clock;

    EnforcementCases(JdbcClient jdbc, EnforcementCaseRepository store, CaseSteps steps, CaseNumbers numbers,
            CaseParties parties, CertificateChecks certificates, BenchmarkLevels benchmarks, EvidenceRecords evidence,
            MajorCatalogues catalogues, LegalCalendar calendar, PenaltyProperties settings, Caller caller, Clock clock,
            Transfers transfers) {
        this.transfers = transfers;
        this.jdbc = jdbc;
        this.store = store;
        this.steps = steps;
        this.numbers = numbers;
        this.parties = parties;
        this.certificates = certificates;
        this.benchmarks = benchmarks;
        this.evidence = evidence;
        this.catalogues = catalogues;
        this.calendar = calendar;
        this.settings = settings;
        this.caller = caller;
        this.clock = clock;
    }

    CaseStore<EnforcementCase> store() {
        return store;
    }

    public static CaseRef ref(long id) {
        return new CaseRef(CASE_TYPE, id);
    }

    // ---- 立案 -----------------------------------------------------------------------------------------------------

    /**
     * 立案 in the caller's unit, numbered 咸安{unit}罚立〔year〕n号. Refused when the act was time-barred when discovered
     * (处罚法 Art. 36, {@link Limitation}); the decision is due 90 days after filing (Art. 60).
     */
    @Transactional
    public EnforcementCaseView register(PenaltyCommands.Register f, CurrentUser me) {
        if (f == null || f.partyKind() == null || blank(f.partyName()) || blank(f.violationCode())
                || blank(f.violationName()) || blank(f.summary()) || f.actOn() == null || f.discoveredOn() == null) {
            throw UserFacingException.badRequest("enforcement.cases.error.incomplete");
        }
        LocalDate today = today();
        LocalDate filedOn = f.filedOn() == null ? today : f.filedOn();
        notFuture(filedOn);
        notFuture(f.discoveredOn());
        Long body = f.bodyId();
        if (body != null && jdbc.sql("SELECT COUNT(*) FROM enforcement_body WHERE id = :id AND unit_id = :unit")
                .param("id", body).param("unit", me.unitId()).query(Long.class).single() == 0) {
            throw UserFacingException.badRequest("enforcement.cases.error.bodyUnknown");
        }
        CaseParties.Sealed sealed = parties.seal(f.partyKind() == PenaltyPartyKind.PERSON, f.partyIdentifier(),
                f.partyPhone());
        EnforcementCase probe = EnforcementCase.registered("-", me.unitId(), me.regionCode(), body, f.partyKind(),
                f.partyName().strip(), f.violationCode().strip(), f.violationName().strip(), f.summary().strip(),
                f.actOn(), f.actEndedOn(), f.discoveredOn(), f.harm(), filedOn, f.isMajor(), f.isComplex(),
                OffsetDateTime.now(clock), Actors.current());
        probe.caseNumber = numbers.next(CASE_TYPE, scopeKey(me.unitId()), unitShortName(me.unitId()), filedOn.getYear());
        probe.sealParty(sealed);
        store.insert(probe);
        steps.created(store, probe, "registered", StepOutcome.of(null, probe.violationName));
        return view(probe.id);
    }

    // ---- steps ----------------------------------------------------------------------------------------------------

    /**
     * An investigative act: at least two officers, each with a certificate valid on the act's day (处罚法 Art. 42,
     * {@link CertificateChecks#requireCertifiedPair}), certificates shown to the party (Art. 55), not before the
     * filing nor in the future.
     */
    @Transactional
    public EnforcementCaseView recordAct(long id, PenaltyCommands.Act a) {
        steps.step(store, EnforcementCase.TABLE, id, a == null ? null : a.version(), "recordAct", c -> {
            if (a.actKind() == null || a.actOn() == null || blank(a.notes())) {
                throw UserFacingException.badRequest("enforcement.cases.error.incomplete");
            }
            notFuture(a.actOn());
            if (a.actOn().isBefore(c.filedOn)) {
                throw UserFacingException.badRequest("enforcement.cases.error.beforeFiling", c.filedOn.toString());
            }
            if (!Boolean.TRUE.equals(a.certificatesShown())) {
                throw UserFacingException.badRequest("enforcement.cases.error.certificatesNotShown");
            }
            List<Long> officers = new ArrayList<>(new LinkedHashSet<>(a.officerIds() == null ? List.of() : a.officerIds()));
            certificates.requireCertifiedPair(officers, a.actOn());
            requireOwnOfficers(officers, c.unitId);
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO enforcement_case_act (case_id, act_kind, act_on, certificates_shown, notes, created_at, "
                            + "created_by) VALUES (:c, :k, :on, TRUE, :notes, :at, :by)")
                    .param("c", id).param("k", a.actKind().name()).param("on", a.actOn()).param("notes", a.notes().strip())
                    .param("at", OffsetDateTime.now(clock)).param("by", Actors.current()).update(keys, "id");
            long actId = keys.getKeyAs(Long.class);
            for (Long officer : officers) {
                jdbc.sql("INSERT INTO enforcement_case_act_officer (act_id, officer_id, certificate_number) VALUES (:a, :o, :n)")
                        .param("a", actId).param("o", officer)
                        .param("n", certificates.validCertificate(officer, a.actOn()).orElseThrow()).update();
            }
            return StepOutcome.of(null, a.actKind().name() + " " + a.actOn());
        });
        return view(id);
    }

    /** An extension of the decision period approved by the unit head (Art. 60; the limits are local settings). */
    @Transactional
    public EnforcementCaseView extend(long id, PenaltyCommands.Extend e) {
        steps.step(store, EnforcementCase.TABLE, id, e == null ? null : e.version(), "extend", c -> {
            if (e.newDueOn() == null || blank(e.reason())) {
                throw UserFacingException.badRequest("enforcement.cases.error.incomplete");
            }
            LocalDate previous = c.extend(e.newDueOn(), settings.extensionDays(), settings.maxExtensions());
            jdbc.sql("INSERT INTO enforcement_case_extension (case_id, approved_on, approved_by, reason, previous_due, "
                            + "new_due) VALUES (:c, :on, :by, :reason, :prev, :next)")
                    .param("c", id).param("on", today()).param("by", Actors.current()).param("reason", e.reason().strip())
                    .param("prev", previous).param("next", e.newDueOn()).update();
            return StepOutcome.of(null, previous + " → " + e.newDueOn() + ": " + e.reason().strip());
        });
        return view(id);
    }

    /** 告知 (Arts. 44, 45, 62); whether the intended penalty gives the right to a hearing (Art. 63, {@link HearingRules}). */
    @Transactional
    public EnforcementCaseView notifyParty(long id, PenaltyCommands.Notify n) {
        steps.step(store, EnforcementCase.TABLE, id, n == null ? null : n.version(), "notify", c -> {
            if (n.kinds() == null || blank(n.facts()) || blank(n.reasons()) || blank(n.basis()) || blank(n.rights())) {
                throw UserFacingException.badRequest("enforcement.cases.error.incomplete");
            }
            LocalDate on = dateOrToday(n.notifiedOn());
            Set<PenaltyKind> kinds = Set.copyOf(n.kinds());
            boolean hearing = HearingRules.triggered(kinds, n.fine(), null, c.partyKind, settings);
            c.notifyParty(on, kinds, n.fine(), n.facts().strip(), n.reasons().strip(), n.basis().strip(),
                    n.rights().strip(), hearing);
            return StepOutcome.of(null, PenaltyKind.join(kinds) + (n.fine() == null ? "" : " " + n.fine().toPlainString()));
        });
        return view(id);
    }

    @Transactional
    public EnforcementCaseView recordStatement(long id, PenaltyCommands.Statement s) {
        steps.step(store, EnforcementCase.TABLE, id, s == null ? null : s.version(), "recordStatement", c -> {
            if (blank(s.text())) {
                throw UserFacingException.badRequest("enforcement.cases.error.incomplete");
            }
            c.recordStatement(dateOrToday(s.statementOn()), s.text().strip(), Boolean.TRUE.equals(s.waivesHearing()));
            return StepOutcome.of(null, null);
        });
        return view(id);
    }

    /** A hearing request: refused when not triggered or later than 5 working days after the notice (Art. 64(一)). */
    @Transactional
    public EnforcementCaseView requestHearing(long id, PenaltyCommands.HearingRequest r) {
        steps.step(store, EnforcementCase.TABLE, id, r == null ? null : r.version(), "requestHearing", c -> {
            LocalDate on = dateOrToday(r.requestedOn());
            c.requestHearing(on, HearingRules.requestDeadline(calendar, c.notifiedOn));
            return StepOutcome.of(null, on.toString());
        });
        return view(id);
    }

    /** The hearing notice: 7 working days before the hearing; the presider is not an investigator (Art. 64). */
    @Transactional
    public EnforcementCaseView noticeHearing(long id, PenaltyCommands.HearingNotice h) {
        steps.step(store, EnforcementCase.TABLE, id, h == null ? null : h.version(), "noticeHearing", c -> {
            if (h.hearingOn() == null || h.presiderOfficerId() == null) {
                throw UserFacingException.badRequest("enforcement.cases.error.incomplete");
            }
            LocalDate noticed = dateOrToday(h.noticedOn());
            c.noticeHearing(noticed, h.hearingOn(), HearingRules.earliestHearing(calendar, noticed),
                    h.presiderOfficerId(), investigators(id));
            requireOwnOfficers(List.of(h.presiderOfficerId()), c.unitId);
            return StepOutcome.of(null, h.hearingOn().toString());
        });
        return view(id);
    }

    @Transactional
    public EnforcementCaseView holdHearing(long id, PenaltyCommands.HearingHeld h) {
        steps.step(store, EnforcementCase.TABLE, id, h == null ? null : h.version(), "holdHearing", c -> {
            if (blank(h.record())) {
                throw UserFacingException.badRequest("enforcement.cases.error.incomplete");
            }
            c.holdHearing(today(), h.record().strip());
            return StepOutcome.of(null, null);
        });
        return view(id);
    }

    @Transactional
    public EnforcementCaseView submitReview(long id, PenaltyCommands.Step s) {
        steps.step(store, EnforcementCase.TABLE, id, s == null ? null : s.version(), "submitReview", c -> {
            c.submitReview(today());
            return StepOutcome.of(null, null);
        });
        return view(id);
    }

    /**
     * 法制审核 by a reviewer: the caller must be an officer of the case's unit who holds 法律职业资格 (处罚法 Art. 58(2):
     * "初次从事行政处罚决定法制审核的人员，应当通过国家统一法律职业资格考试取得法律职业资格").
     */
    @Transactional
    public EnforcementCaseView review(long id, PenaltyCommands.Review r, CurrentUser me) {
        String step = r != null && r.outcome() == PenaltyReviewOutcome.ISSUES ? "returnReview" : "passReview";
        steps.step(store, EnforcementCase.TABLE, id, r == null ? null : r.version(), step, c -> {
            if (r.outcome() == null || blank(r.opinion())) {
                throw UserFacingException.badRequest("enforcement.cases.error.incomplete");
            }
            Long officer = jdbc.sql("SELECT id FROM enforcement_officer WHERE user_id = :u AND active ORDER BY id")
                    .param("u", me.id()).query(Long.class).list().stream().findFirst()
                    .orElseThrow(() -> UserFacingException.forbidden("enforcement.cases.error.reviewerNotOfficer"));
            if (!certificates.legallyQualified(officer)) {
                throw UserFacingException.forbidden("enforcement.cases.error.reviewerNotQualified");
            }
            c.review(officer, r.outcome(), r.opinion().strip(), today());
            return StepOutcome.of(null, r.outcome().name());
        });
        return view(id);
    }

    @Transactional
    public EnforcementCaseView recordDiscussion(long id, PenaltyCommands.Discussion d) {
        steps.step(store, EnforcementCase.TABLE, id, d == null ? null : d.version(), "recordDiscussion", c -> {
            if (d.discussedOn() == null || blank(d.attendees()) || blank(d.conclusion())) {
                throw UserFacingException.badRequest("enforcement.cases.error.incomplete");
            }
            notFuture(d.discussedOn());
            c.recordDiscussion(d.discussedOn(), d.attendees().strip(), d.conclusion().strip());
            return StepOutcome.of(null, d.discussedOn().toString());
        });
        return view(id);
    }

    @Transactional
    public EnforcementCaseView approveDeviation(long id, PenaltyCommands.Deviation d) {
        steps.step(store, EnforcementCase.TABLE, id, d == null ? null : d.version(), "approveDeviation", c -> {
            if (d.fine() == null || blank(d.reason())) {
                throw UserFacingException.badRequest("enforcement.cases.error.incomplete");
            }
            c.approveDeviation(today(), Actors.current(), d.fine(), d.reason().strip());
            return StepOutcome.of(null, d.fine().toPlainString() + ": " + d.reason().strip());
        });
        return view(id);
    }

    /**
     * The decision: its benchmark level must be of the case's violation, and is required when a benchmark of that
     * violation is in force (国办发〔2022〕27号 五(十二)); a fine outside the level's range needs the head's approval or a
     * 集体讨论; a 重大 case (catalogue or marked) needs a passed review (Art. 58). Publishes {@link EnforcementDecided}.
     */
    @Transactional
    public EnforcementCaseView decide(long id, PenaltyCommands.Decide d) {
        steps.step(store, EnforcementCase.TABLE, id, d == null ? null : d.version(), "decide", c -> {
            if (d.kinds() == null || d.kinds().isEmpty() || blank(d.text())) {
                throw UserFacingException.badRequest("enforcement.cases.error.incomplete");
            }
            LocalDate on = dateOrToday(d.decidedOn());
            Set<PenaltyKind> kinds = Set.copyOf(d.kinds());
            Level level = level(c.violationCode, d.benchmarkLevelId(), d.fine(), on);
            boolean major = c.markedMajor || !catalogues.matches(c.unitId, c.violationCode, d.fine(), kinds,
                    c.hearingRecord != null).isEmpty();
            String number = numbers.next(DECISION_NUMBERS, scopeKey(c.unitId), unitShortName(c.unitId), on.getYear());
            c.decide(kinds, d.fine(), d.confiscation(), d.text().strip(), level.benchmarkId, level.levelId,
                    level.withinRange, major, number, on,
                    c.notifiedOn == null ? null : HearingRules.requestDeadline(calendar, c.notifiedOn));
            return StepOutcome.of(decided(c), number);
        });
        return view(id);
    }

    /** 送达 (Art. 61); payment due 15 days after service (Art. 67; natural days, a last rest day moves on). */
    @Transactional
    public EnforcementCaseView serve(long id, PenaltyCommands.Serve s) {
        steps.step(store, EnforcementCase.TABLE, id, s == null ? null : s.version(), "serve", c -> {
            if (s.method() == null) {
                throw UserFacingException.badRequest("enforcement.cases.error.incomplete");
            }
            LocalDate on = dateOrToday(s.servedOn());
            c.serve(on, s.method(), Boolean.TRUE.equals(s.partyAbsent()), paymentDue(on));
            return StepOutcome.of(null, s.method().name() + " " + on);
        });
        return view(id);
    }

    /** Payment; the late fee of Art. 72 is computed and recorded ({@link LateFee}). */
    @Transactional
    public EnforcementCaseView pay(long id, PenaltyCommands.Pay p) {
        steps.step(store, EnforcementCase.TABLE, id, p == null ? null : p.version(), "pay", c -> {
            c.pay(dateOrToday(p.paidOn()));
            return StepOutcome.of(null, c.paidOn + (c.lateFee.signum() > 0 ? " +" + c.lateFee.toPlainString() : ""));
        });
        return view(id);
    }

    @Transactional
    public EnforcementCaseView close(long id, PenaltyCommands.Step s) {
        steps.step(store, EnforcementCase.TABLE, id, s == null ? null : s.version(), "close", c -> {
            // no 以罚代刑: a case transferred as a suspected crime stays open until the transfer ends (国务院令第310号 Art. 11)
            transfers.requireNoPendingTransfer(id);
            c.close(today());
            return StepOutcome.of(new cn.fazhi.enforcement.events.EnforcementCaseClosed(CASE_TYPE, id, today()), null);
        });
        return view(id);
    }

    /** 撤销/变更 of a decision later (e.g. by reconsideration): publishes {@link EnforcementDecisionAnnulled}. */
    @Transactional
    public EnforcementCaseView annul(long id, PenaltyCommands.Annul a) {
        steps.step(store, EnforcementCase.TABLE, id, a == null ? null : a.version(), "annul", c -> {
            if (a.ground() == null || blank(a.reason())) {
                throw UserFacingException.badRequest("enforcement.cases.error.incomplete");
            }
            LocalDate on = today();
            c.annul(a.ground(), a.reason().strip(), on);
            return StepOutcome.of(new EnforcementDecisionAnnulled(CASE_TYPE, id, a.ground().name(), on),
                    a.ground().name() + ": " + a.reason().strip());
        });
        return view(id);
    }

    /**
     * 当场处罚 (Arts. 51, 52): only a warning or a fine up to the setting's limit (200 元 person, 3,000 元 organisation),
     * the officers' certificates valid today and shown; the numbered decision is handed over on the spot, so the case
     * is decided and served at once. Publishes {@link EnforcementDecided}.
     */
    @Transactional
    public EnforcementCaseView onTheSpot(PenaltyCommands.OnTheSpot f, CurrentUser me) {
        if (f == null || f.partyKind() == null || blank(f.partyName()) || blank(f.violationCode())
                || blank(f.violationName()) || blank(f.summary()) || f.kinds() == null || f.kinds().isEmpty()) {
            throw UserFacingException.badRequest("enforcement.cases.error.incomplete");
        }
        Set<PenaltyKind> kinds = Set.copyOf(f.kinds());
        if (!Set.of(PenaltyKind.WARNING, PenaltyKind.FINE).containsAll(kinds)) {
            throw UserFacingException.badRequest("enforcement.cases.error.onTheSpotKinds");
        }
        BigDecimal limit = settings.onTheSpotFine(f.partyKind());
        if (f.fine() != null && f.fine().compareTo(limit) > 0) {
            throw UserFacingException.badRequest("enforcement.cases.error.onTheSpotFine", limit.toPlainString());
        }
        if (!Boolean.TRUE.equals(f.certificatesShown())) {
            throw UserFacingException.badRequest("enforcement.cases.error.certificatesNotShown");
        }
        LocalDate today = today();
        List<Long> officers = new ArrayList<>(new LinkedHashSet<>(f.officerIds() == null ? List.of() : f.officerIds()));
        if (officers.isEmpty()) {
            throw UserFacingException.badRequest("enforcement.officers.tooFew", 1);
        }
        certificates.requireCertified(officers, today);
        requireOwnOfficers(officers, me.unitId());
        CaseParties.Sealed sealed = parties.seal(f.partyKind() == PenaltyPartyKind.PERSON, f.partyIdentifier(), null);
        EnforcementCase c = EnforcementCase.registered("-", me.unitId(), me.regionCode(), null, f.partyKind(),
                f.partyName().strip(), f.violationCode().strip(), f.violationName().strip(), f.summary().strip(), today,
                null, today, false, today, false, false, OffsetDateTime.now(clock), Actors.current());
        c.procedureKind = "ON_THE_SPOT";
        c.caseNumber = numbers.next(CASE_TYPE, scopeKey(me.unitId()), unitShortName(me.unitId()), today.getYear());
        c.sealParty(sealed);
        Level level = level(c.violationCode, f.benchmarkLevelId(), f.fine(), today);
        if (!level.withinRange) {
            throw UserFacingException.badRequest("enforcement.cases.error.outsideRange");
        }
        // the on-the-spot decision states the facts, basis and rights on its form (Art. 52): the notice is the form
        c.status = PenaltyStatus.INVESTIGATING;
        c.notifyParty(today, kinds, f.fine(), c.summary, c.violationName, c.violationName, "-", false);
        String number = numbers.next(DECISION_NUMBERS, scopeKey(me.unitId()), unitShortName(me.unitId()), today.getYear());
        c.decide(kinds, f.fine(), null, c.summary, level.benchmarkId, level.levelId, true, false, number, today, null);
        c.serve(today, PenaltyServiceMethod.ON_THE_SPOT, false, paymentDue(today));
        store.insert(c);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enforcement_case_act (case_id, act_kind, act_on, certificates_shown, notes, created_at, "
                        + "created_by) VALUES (:c, :k, :on, TRUE, :notes, :at, :by)")
                .param("c", c.id).param("k", PenaltyActKind.INSPECTION.name()).param("on", today)
                .param("notes", c.summary).param("at", OffsetDateTime.now(clock)).param("by", Actors.current())
                .update(keys, "id");
        long actId = keys.getKeyAs(Long.class);
        for (Long officer : officers) {
            jdbc.sql("INSERT INTO enforcement_case_act_officer (act_id, officer_id, certificate_number) VALUES (:a, :o, :n)")
                    .param("a", actId).param("o", officer)
                    .param("n", certificates.validCertificate(officer, today).orElseThrow()).update();
        }
        steps.created(store, c, "decidedOnTheSpot", StepOutcome.of(decided(c), number));
        return view(c.id);
    }

    // ---- evidence ----------------------------------------------------------------------------------------------------

    /** Records an evidence item of a case the caller may read and handle (全过程记录, 处罚法 Art. 47). */
    @Transactional
    public EvidenceItem addEvidence(long id, EvidenceStage stage, EvidenceMedia media, String act, String title,
            LocalDate recordedOn, String fileName, InputStream content) {
        EnforcementCase c = steps.load(store, id);
        if (!caller.can(EnforcementPermissions.HANDLE) && !caller.can(EnforcementPermissions.REVIEW)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        if (!c.status().isOpen()) {
            throw UserFacingException.conflict("enforcement.cases.error.closed");
        }
        if (act != null && !act.isBlank() && !act.matches("[A-Za-z0-9:_-]{1,32}")) {
            throw UserFacingException.badRequest("enforcement.cases.error.actName");
        }
        return evidence.record(ref(id), stage, media, act == null || act.isBlank() ? null : act, title,
                recordedOn == null ? today() : recordedOn, fileName, content);
    }

    @Transactional(readOnly = true)
    public List<EvidenceItem> evidence(long id) {
        steps.load(store, id);
        return evidence.of(ref(id));
    }

    // ---- reading ----------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public EnforcementCaseView get(long id) {
        steps.load(store, id);
        return view(id);
    }

    /** The steps the caller may take now (from the transition table). */
    public List<String> actions(EnforcementCaseView v, Caller who) {
        return EnforcementCase.TABLE.available(v.status(), who);
    }

    /** Cases in scope matching the query, newest first; {@code limit} rows from {@code offset}. */
    @Transactional(readOnly = true)
    public List<EnforcementCaseView.Row> search(PenaltyCommands.Query q, DataScope scope, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(q, scope, params);
        params.put("lim", Math.max(1, Math.min(limit, 5000)));
        params.put("off", Math.max(0, offset));
        LocalDate today = today();
        return jdbc.sql(SELECT_ROW + where + " ORDER BY c.filed_on DESC, c.id DESC LIMIT :lim OFFSET :off").params(params)
                .query((rs, n) -> {
                    PenaltyStatus status = PenaltyStatus.valueOf(rs.getString("status"));
                    LocalDate due = rs.getObject("decision_due_on", LocalDate.class);
                    LocalDate decided = rs.getObject("decided_on", LocalDate.class);
                    return new EnforcementCaseView.Row(rs.getLong("id"), rs.getString("case_number"),
                            rs.getString("procedure_kind"), status, rs.getString("unit_name"), rs.getString("party_name"),
                            rs.getString("violation_name"), rs.getObject("filed_on", LocalDate.class), due, decided,
                            rs.getBigDecimal("fine_amount"), overdue(due, decided, today));
                }).list();
    }

    @Transactional(readOnly = true)
    public long count(PenaltyCommands.Query q, DataScope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = where(q, scope, params);
        return jdbc.sql("SELECT COUNT(*) FROM enforcement_case c JOIN unit u ON u.id = c.unit_id" + where).params(params)
                .query(Long.class).single();
    }

    private static String where(PenaltyCommands.Query q, DataScope scope, Map<String, Object> params) {
        params.putAll(scope.parameters());
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.sqlCondition("c.unit_id", "c.region_code"));
        if (q != null && q.status() != null) {
            where.append(" AND c.status = :status");
            params.put("status", q.status().name());
        }
        if (q != null && q.keyword() != null && !q.keyword().isBlank()) {
            where.append(" AND (c.case_number LIKE :kw OR c.party_name LIKE :kw OR c.violation_name LIKE :kw "
                    + "OR c.decision_number LIKE :kw)");
            params.put("kw", "%" + q.keyword().strip().replace("%", "").replace("_", "") + "%");
        }
        if (q != null && q.year() != null) {
            where.append(" AND c.filed_on BETWEEN :from AND :to");
            params.put("from", LocalDate.of(q.year(), 1, 1));
            params.put("to", LocalDate.of(q.year(), 12, 31));
        }
        if (q != null && q.unitId() != null) {
            where.append(" AND c.unit_id = :unitFilter");
            params.put("unitFilter", q.unitId());
        }
        return where.toString();
    }

    EnforcementCaseView view(long id) {
        EnforcementCase c = store.find(id).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        String unitName = jdbc.sql("SELECT name FROM unit WHERE id = :id").param("id", c.unitId).query(String.class).single();
        LocalDate today = today();
        List<EnforcementCaseView.ActView> acts = acts(id);
        List<EnforcementCaseView.ExtensionView> extensions = jdbc.sql("SELECT * FROM enforcement_case_extension "
                        + "WHERE case_id = :c ORDER BY id").param("c", id)
                .query((rs, n) -> new EnforcementCaseView.ExtensionView(rs.getObject("approved_on", LocalDate.class),
                        rs.getString("approved_by"), rs.getString("reason"), rs.getObject("previous_due", LocalDate.class),
                        rs.getObject("new_due", LocalDate.class)))
                .list();
        BigDecimal fine = c.fineAmount != null ? c.fineAmount : c.intendedFine;
        Set<PenaltyKind> kinds = c.penaltyKinds != null ? c.penaltyKindSet() : c.intendedKindSet();
        List<String> major = new ArrayList<>(catalogues.matches(c.unitId, c.violationCode, fine, kinds,
                c.hearingRecord != null));
        BigDecimal lateFeeToday = c.status == PenaltyStatus.SERVED && c.hasFine()
                ? LateFee.of(c.fineAmount, c.paymentDueOn, today) : c.lateFee;
        return new EnforcementCaseView(c.id, c.caseNumber, c.procedureKind, c.status, c.unitId, unitName, c.regionCode,
                c.partyKind, c.partyName, c.partyIdMasked, c.partyPhoneMasked, c.violationCode, c.violationName,
                c.summary, c.actOn, c.actEndedOn, c.discoveredOn, c.graveHarm, c.limitationEndsOn, c.filedOn,
                c.decisionDueOn, c.extensions, c.markedMajor, c.complexCase, c.notifiedOn, c.intendedKindSet(),
                c.intendedFine, c.noticeFacts, c.noticeReasons, c.noticeBasis, c.noticeRights, c.hearingTriggered,
                c.notifiedOn == null ? null : HearingRules.requestDeadline(calendar, c.notifiedOn), c.statementOn,
                c.statementText, c.hearingRequestedOn, c.hearingNoticedOn, c.hearingOn, c.hearingPresiderId,
                c.hearingRecord, c.reviewSubmittedOn, c.reviewerOfficerId, c.reviewOutcome, c.reviewOpinion,
                c.reviewPassedOn, c.discussionOn, c.discussionAttendees, c.discussionConclusion, c.deviationApprovedOn,
                c.deviationApprovedBy, c.deviationFine, c.deviationReason, c.penaltyKindSet(), c.benchmarkId,
                c.benchmarkLevelId, c.fineAmount, c.confiscationAmount, c.decisionText, c.decisionNumber, c.decidedOn,
                c.majorRequired, c.outsideRange, c.servedOn, c.serviceMethod, c.partyAbsent, c.paymentDueOn, c.paidOn,
                c.lateFee, lateFeeToday, c.closedOn, c.annulledOn, c.annulGround, c.annulReason,
                overdue(c.decisionDueOn, c.decidedOn, today), acts, extensions, major, c.version);
    }

    List<EnforcementCaseView.ActView> acts(long caseId) {
        Map<Long, List<EnforcementCaseView.ActOfficer>> officers = new HashMap<>();
        jdbc.sql("SELECT ao.act_id, ao.officer_id, ao.certificate_number, o.name FROM enforcement_case_act_officer ao "
                        + "JOIN enforcement_case_act a ON a.id = ao.act_id JOIN enforcement_officer o ON o.id = ao.officer_id "
                        + "WHERE a.case_id = :c ORDER BY ao.officer_id")
                .param("c", caseId)
                .query((rs, n) -> officers.computeIfAbsent(rs.getLong("act_id"), k -> new ArrayList<>())
                        .add(new EnforcementCaseView.ActOfficer(rs.getLong("officer_id"), rs.getString("name"),
                                rs.getString("certificate_number"))))
                .list();
        return jdbc.sql("SELECT * FROM enforcement_case_act WHERE case_id = :c ORDER BY act_on, id").param("c", caseId)
                .query((rs, n) -> new EnforcementCaseView.ActView(rs.getLong("id"),
                        PenaltyActKind.valueOf(rs.getString("act_kind")), rs.getObject("act_on", LocalDate.class),
                        rs.getBoolean("certificates_shown"), rs.getString("notes"),
                        officers.getOrDefault(rs.getLong("id"), List.of()), rs.getString("created_by")))
                .list();
    }

    /** An officer or benchmark level to pick on a step form. */
    public record Choice(long id, String label) {}

    /** The active officers of the case's unit with a certificate valid today (for the act and hearing forms). */
    @Transactional(readOnly = true)
    public List<Choice> officerChoices(long caseId) {
        EnforcementCase c = steps.load(store, caseId);
        return jdbc.sql("SELECT o.id, o.name FROM enforcement_officer o WHERE o.unit_id = :unit AND o.active ORDER BY o.name, o.id")
                .param("unit", c.unitId).query((rs, n) -> new Choice(rs.getLong("id"), rs.getString("name"))).list()
                .stream().filter(o -> certificates.validOn(o.id(), today())).toList();
    }

    /** The levels of the published benchmarks of the case's violation, with their ranges (for the decision form). */
    @Transactional(readOnly = true)
    public List<Choice> levelChoices(long caseId) {
        EnforcementCase c = steps.load(store, caseId);
        return jdbc.sql("SELECT l.id, b.violation_name, l.level, l.circumstances, l.min_fine, l.max_fine "
                        + "FROM enforcement_benchmark_level l JOIN enforcement_benchmark b ON b.id = l.benchmark_id "
                        + "WHERE b.violation_code = :v AND b.published ORDER BY b.id, l.ordinal")
                .param("v", c.violationCode)
                .query((rs, n) -> new Choice(rs.getLong("id"), rs.getString("circumstances") + "（"
                        + (rs.getBigDecimal("min_fine") == null ? "" : rs.getBigDecimal("min_fine").toPlainString()) + "–"
                        + (rs.getBigDecimal("max_fine") == null ? "" : rs.getBigDecimal("max_fine").toPlainString()) + "）"))
                .list();
    }

    // ---- kernel contracts --------------------------------------------------------------------------------------------

    /** Undecided cases whose 90-day decision period ends by {@code until}; served fines due for payment by then. */
    @Override
    public List<DueItem> openDeadlines(DataScope scope, LocalDate until) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("until", until);
        params.put("undecided", List.of(PenaltyStatus.INVESTIGATING.name(), PenaltyStatus.NOTIFIED.name(),
                PenaltyStatus.HEARING.name(), PenaltyStatus.HEARD.name(), PenaltyStatus.REVIEWING.name(),
                PenaltyStatus.REVIEWED.name(), PenaltyStatus.RETURNED.name()));
        params.put("served", PenaltyStatus.SERVED.name());
        String inScope = scope.sqlCondition("c.unit_id", "c.region_code");
        List<DueItem> items = new ArrayList<>(jdbc.sql("SELECT c.id, c.case_number, c.violation_name, c.decision_due_on AS due, "
                        + "c.unit_id, c.region_code FROM enforcement_case c WHERE c.status IN (:undecided) "
                        + "AND c.decision_due_on <= :until AND " + inScope + " ORDER BY c.decision_due_on")
                .params(params).query((rs, n) -> due(rs, CLOCK_DECISION)).list());
        items.addAll(jdbc.sql("SELECT c.id, c.case_number, c.violation_name, c.payment_due_on AS due, c.unit_id, "
                        + "c.region_code FROM enforcement_case c WHERE c.status = :served AND c.payment_due_on IS NOT NULL "
                        + "AND c.payment_due_on <= :until AND " + inScope + " ORDER BY c.payment_due_on")
                .params(params).query((rs, n) -> due(rs, CLOCK_PAYMENT)).list());
        return items;
    }

    private static DueItem due(java.sql.ResultSet rs, String clock) throws java.sql.SQLException {
        return new DueItem(ref(rs.getLong("id")), rs.getString("case_number"), rs.getString("violation_name"), clock,
                rs.getObject("due", LocalDate.class), rs.getLong("unit_id"), rs.getString("region_code"),
                PATH + rs.getLong("id"));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private record Level(Long benchmarkId, Long levelId, boolean withinRange) {}

    /** The stated level, checked against the case's violation; required when a benchmark of it is in force. */
    private Level level(String violationCode, Long levelId, BigDecimal fine, LocalDate on) {
        if (levelId == null) {
            long inForce = jdbc.sql("SELECT COUNT(*) FROM enforcement_benchmark WHERE violation_code = :v AND published "
                            + "AND effective_from <= :on AND (effective_to IS NULL OR effective_to >= :on)")
                    .param("v", violationCode).param("on", on).query(Long.class).single();
            if (inForce > 0) {
                throw UserFacingException.badRequest("enforcement.cases.error.levelRequired");
            }
            return new Level(null, null, true);
        }
        BenchmarkLevels.BenchmarkLevel level = benchmarks.level(levelId)
                .orElseThrow(() -> UserFacingException.badRequest("enforcement.cases.error.levelUnknown"));
        if (!level.violationCode().equals(violationCode)) {
            throw UserFacingException.badRequest("enforcement.cases.error.levelViolation", level.violationCode());
        }
        return new Level(level.benchmarkId(), level.id(), level.contains(fine));
    }

    private EnforcementDecided decided(EnforcementCase c) {
        String party = c.partyKind == PenaltyPartyKind.PERSON ? maskName(c.partyName) : c.partyName;
        return new EnforcementDecided(CASE_TYPE, c.id, c.caseNumber, c.decisionNumber, c.unitId, c.regionCode, "PENALTY",
                c.decidedOn, party, c.violationName, c.decisionText);
    }

    /** A person's name fit to publish: the surname and one mark per further character (e.g. 张**). */
    static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String n = name.strip();
        int first = n.offsetByCodePoints(0, 1);
        return n.substring(0, first) + "*".repeat(Math.max(1, n.codePointCount(first, n.length())));
    }

    /** The officers on the case's acts (an investigator may not preside over its hearing, Art. 64(四)). */
    private Set<Long> investigators(long caseId) {
        return new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT ao.officer_id FROM enforcement_case_act_officer ao "
                + "JOIN enforcement_case_act a ON a.id = ao.act_id WHERE a.case_id = :c").param("c", caseId)
                .query(Long.class).list());
    }

    private void requireOwnOfficers(List<Long> officers, long unitId) {
        long own = jdbc.sql("SELECT COUNT(*) FROM enforcement_officer WHERE id IN (:ids) AND unit_id = :unit")
                .param("ids", officers).param("unit", unitId).query(Long.class).single();
        if (own != officers.size()) {
            throw UserFacingException.badRequest("enforcement.cases.error.officerOtherUnit");
        }
    }

    private LocalDate paymentDue(LocalDate servedOn) {
        return calendar.deadline(servedOn, EnforcementCase.PAYMENT_DAYS, PeriodUnit.DAYS).deadline();
    }

    private static boolean overdue(LocalDate due, LocalDate decided, LocalDate today) {
        return due != null && (decided == null ? today.isAfter(due) : decided.isAfter(due));
    }

    private String unitShortName(long unitId) {
        return jdbc.sql("SELECT short_name FROM unit WHERE id = :id").param("id", unitId).query(String.class).single();
    }

    private static String scopeKey(long unitId) {
        return "unit-" + unitId;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDate dateOrToday(LocalDate d) {
        LocalDate on = d == null ? today() : d;
        notFuture(on);
        return on;
    }

    private void notFuture(LocalDate d) {
        if (d != null && d.isAfter(today())) {
            throw UserFacingException.badRequest("enforcement.cases.error.future", d.toString());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
