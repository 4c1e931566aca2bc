package cn.fazhi.mediation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.calendar.ClockStatus;
import cn.fazhi.calendar.LegalClocks;
import cn.fazhi.cases.CaseAccess;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.cases.DeadlineSource;
import cn.fazhi.cases.DueItem;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.mediation.domain.Dispute;
import cn.fazhi.mediation.domain.DisputeNumbering;
import cn.fazhi.mediation.domain.DisputeRepository;
import cn.fazhi.mediation.domain.JudicialConfirmationWindow;
import cn.fazhi.organisation.RegionLevel;
import cn.fazhi.organisation.RegionView;
import cn.fazhi.organisation.Regions;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.crypto.PersonalDataCipher;
import cn.fazhi.platform.crypto.Sm3;
import cn.fazhi.platform.identifiers.Masking;
import cn.fazhi.platform.identifiers.PhoneNumber;
import cn.fazhi.platform.identifiers.ResidentIdNumber;
import cn.fazhi.platform.identifiers.Uscc;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The mediation module's facade: registers disputes (staff and the public portal), takes them through their steps,
 * reads and searches them within the caller's data scope. Every method is one transaction: the change, its timeline
 * entry, its audit record and its event commit together or not at all. A dispute outside the caller's scope is
 * answered "not found".
 */
@Service
public class Disputes implements CaseAccess, DeadlineSource {

    /** Case type in the kernel (numbers, timeline, attachments, warnings). */
    public static final String CASE_TYPE = "mediation";
    static final String VIEW = "mediation:view";

    private static final String TRACKING_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final DisputeRepository repository;
    private final JdbcClient jdbc;
    private final MediationCommittees committees;
    private final Regions regions;
    private final Units units;
    private final CaseNumbers caseNumbers;
    private final CaseTimeline timeline;
    private final LegalClocks clocks;
    private final AuditTrail audit;
    private final PersonalDataCipher cipher;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Disputes(DisputeRepository repository, JdbcClient jdbc, MediationCommittees committees, Regions regions, Units units,
            CaseNumbers caseNumbers, CaseTimeline timeline, LegalClocks clocks, AuditTrail audit,
            PersonalDataCipher cipher, CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.committees = committees;
        this.regions = regions;
        this.units = units;
        this.caseNumbers = caseNumbers;
        this.timeline = timeline;
        this.clocks = clocks;
        this.audit = audit;
        this.cipher = cipher;
        this.currentUsers = currentUsers;
        this.events = events;
        this.clock = clock;
    }

    // ---- registration ---------------------------------------------------------------------------------------------

    /** Registers a dispute brought to staff; the township must lie in the caller's scope. */
    @Transactional
    public DisputeView register(DisputeCommands.Register form, CurrentUser me) {
        if (form == null) {
            throw UserFacingException.badRequest("mediation.error.formRequired");
        }
        RegionView township = township(form.townshipCode());
        String village = village(township, form.villageCode());
        CommitteeView committee = committee(form.committeeId(), township);
        if (!me.scope().covers(committee.unitId(), township.code())) {
            throw UserFacingException.badRequest("mediation.error.townshipOutsideScope");
        }
        if (form.channel() == IntakeChannel.ONLINE_PORTAL) {
            throw UserFacingException.badRequest("mediation.error.onlineChannelReserved");
        }
        Long handler = form.handlerId() == null ? null : handler(form.handlerId(), township.code());
        List<DisputeCommands.Party> parties = parties(form.parties());
        Dispute dispute = Dispute.register(committee.id(), form.channel(), form.category(), township.code(), village,
                committee.unitId(), handler, form.receivedOn(), form.summary(), form.amount(), form.courtName(),
                form.courtReference(), today());
        long id = store(dispute, committee, township, parties);
        return view(id);
    }

    /**
     * A citizen applies on the public portal: channel ONLINE_PORTAL, received today, assigned to the township's
     * committee and governance centre. Returns the tracking code and secret, shown once.
     */
    @Transactional
    public TrackingReceipt apply(PublicApplication form) {
        if (form == null) {
            throw UserFacingException.badRequest("mediation.error.formRequired");
        }
        RegionView township = township(form.townshipCode());
        String village = village(township, form.villageCode());
        CommitteeView committee = committee(null, township);
        if (form.applicantIdNumber() == null || form.applicantIdNumber().isBlank()) {
            throw UserFacingException.badRequest("mediation.error.idNumberRequired");
        }
        if (form.applicantPhone() == null || form.applicantPhone().isBlank()) {
            throw UserFacingException.badRequest("mediation.error.phoneRequired");
        }
        List<DisputeCommands.Party> parties = parties(List.of(
                new DisputeCommands.Party(PartyRole.APPLICANT, PartyKind.PERSON, form.applicantName(),
                        form.applicantIdNumber(), form.applicantPhone()),
                new DisputeCommands.Party(PartyRole.RESPONDENT, PartyKind.PERSON, form.respondentName(), null,
                        form.respondentPhone())));
        Dispute dispute = Dispute.register(committee.id(), IntakeChannel.ONLINE_PORTAL, form.category(), township.code(),
                village, committee.unitId(), null, today(), form.summary(),
                form.amount() == null ? BigDecimal.ZERO : form.amount(), null, null, today());
        String code = randomText(10);
        String secret = randomText(8);
        dispute.tracking(code, Sm3.hex(secret));
        long id = store(dispute, committee, township, parties);
        return new TrackingReceipt(code, secret, view(id).caseNumber());
    }

    /** Status and dates for the holder of the tracking code and secret; anything else is "not found". */
    @Transactional(readOnly = true)
    public TrackingView track(String code, String secret) {
        UserFacingException unknown = UserFacingException.notFound("mediation.error.trackingUnknown");
        if (code == null || secret == null || code.isBlank() || secret.isBlank()) {
            throw unknown;
        }
        Dispute d = repository.findByTrackingCode(code.strip().toUpperCase()).orElseThrow(() -> unknown);
        byte[] expected = d.trackingSecretSm3().getBytes(StandardCharsets.US_ASCII);
        byte[] given = Sm3.hex(secret.strip().toUpperCase()).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            throw unknown;
        }
        LocalDate decided = d.agreementEffectiveOn() != null ? d.agreementEffectiveOn()
                : d.failedOn() != null ? d.failedOn() : d.withdrawnOn() != null ? d.withdrawnOn() : d.declinedOn();
        LocalDate confirmationDue = null;
        boolean provisional = false;
        if (d.confirmationClockId() != null && d.confirmationAppliedOn() == null) {
            ClockStatus window = clocks.status(d.confirmationClockId(), today());
            confirmationDue = window.deadline();
            provisional = window.provisional();
        }
        return new TrackingView(d.caseNumber(), d.status(), d.receivedOn(), d.acceptedOn(), decided, d.closedOn(),
                confirmationDue, provisional);
    }

    private long store(Dispute dispute, CommitteeView committee, RegionView township, List<DisputeCommands.Party> parties) {
        boolean district = committee.level() == CommitteeLevel.DISTRICT;
        String scopeKey = DisputeNumbering.scopeKey(district, township.code());
        dispute.assignCaseNumber(scopeKey, caseNumbers.next(CASE_TYPE, scopeKey,
                DisputeNumbering.scopeName(district, township.name()), dispute.receivedOn().getYear()));
        long id = repository.insert(dispute, OffsetDateTime.now(clock), Actors.current());
        for (DisputeCommands.Party p : parties) {
            String identifier = p.identifier() == null || p.identifier().isBlank() ? null : p.identifier().strip().toUpperCase();
            String phone = p.phone() == null || p.phone().isBlank() ? null : p.phone().strip();
            jdbc.sql("INSERT INTO dispute_party (dispute_id, party_role, kind, name, identifier_enc, identifier_index, "
                            + "phone_enc, phone_index) VALUES (:d, :r, :k, :n, :ie, :ii, :pe, :pi)")
                    .param("d", id).param("r", p.role().name()).param("k", p.kind().name()).param("n", p.name().strip())
                    .param("ie", cipher.encrypt(identifier)).param("ii", cipher.blindIndex(identifier))
                    .param("pe", cipher.encrypt(phone)).param("pi", cipher.blindIndex(phone)).update();
        }
        CaseRef ref = ref(id);
        timeline.record(ref, "registered", dispute.channel().name());
        audit.record(AuditEntry.of("mediation.dispute.registered", CASE_TYPE, id,
                dispute.caseNumber() + " " + dispute.channel() + " " + dispute.category()));
        events.publishEvent(new cn.fazhi.mediation.events.DisputeRegistered(id, dispute.caseNumber(),
                dispute.receivedOn(), dispute.channel().name()));
        return id;
    }

    // ---- steps ----------------------------------------------------------------------------------------------------

    @Transactional
    public DisputeView accept(long id, DisputeCommands.Accept c, DataScope scope) {
        Dispute d = load(id, scope, c.version());
        Long handler = c.handlerId() == null ? null : handler(c.handlerId(), d.townshipCode());
        return save(d, d.accept(c.on(), handler, today()), "accepted", handler == null ? null : "handler " + handler);
    }

    @Transactional
    public DisputeView decline(long id, DisputeCommands.Decline c, DataScope scope) {
        Dispute d = load(id, scope, c.version());
        return save(d, d.decline(c.on(), c.reason(), today()), "declined", c.reason());
    }

    @Transactional
    public DisputeView recordSession(long id, DisputeCommands.Session c, DataScope scope) {
        Dispute d = load(id, scope, c.version());
        Object event = d.recordSession(c.heldOn(), today());
        String mediators = required(c.mediators(), 500, "mediation.error.mediatorsRequired");
        String notes = required(c.notes(), 4000, "mediation.error.notesRequired");
        jdbc.sql("INSERT INTO dispute_session (dispute_id, held_on, mediators, notes, recorded_at, recorded_by) "
                        + "VALUES (:d, :h, :m, :n, :at, :by)")
                .param("d", id).param("h", c.heldOn()).param("m", mediators).param("n", notes)
                .param("at", OffsetDateTime.now(clock)).param("by", Actors.current()).update();
        return save(d, event, "session", c.heldOn().toString());
    }

    /** Records the agreement; for a written one the 30-day clock of 人民调解法 Art. 33 starts on its effective day. */
    @Transactional
    public DisputeView reachAgreement(long id, DisputeCommands.Agreement c, DataScope scope) {
        Dispute d = load(id, scope, c.version());
        Object event = d.reachAgreement(c.form(), c.terms(), c.amount(), c.performanceDeadline(), c.effectiveOn(), today());
        if (d.needsConfirmationClock()) {
            long clockId = clocks.start(CASE_TYPE, Long.toString(id), JudicialConfirmationWindow.CLOCK_NAME,
                    d.agreementEffectiveOn(), JudicialConfirmationWindow.AMOUNT, JudicialConfirmationWindow.UNIT);
            d.confirmationClockStarted(clockId, clocks.status(clockId, today()).deadline());
        }
        return save(d, event, "agreed", c.form() + " " + c.effectiveOn());
    }

    @Transactional
    public DisputeView fail(long id, DisputeCommands.Failure c, DataScope scope) {
        Dispute d = load(id, scope, c.version());
        return save(d, d.fail(c.on(), Boolean.TRUE.equals(c.routesExplained()), c.note(), today()), "failed", c.note());
    }

    @Transactional
    public DisputeView withdraw(long id, DisputeCommands.Withdrawal c, DataScope scope) {
        Dispute d = load(id, scope, c.version());
        return save(d, d.withdraw(c.on(), c.reason(), today()), "withdrawn", c.reason());
    }

    @Transactional
    public DisputeView checkPerformance(long id, DisputeCommands.PerformanceCheck c, DataScope scope) {
        Dispute d = load(id, scope, c.version());
        if (c.performed() == null) {
            throw UserFacingException.badRequest("mediation.error.performedRequired");
        }
        return save(d, d.checkPerformance(c.on(), c.performed(), c.note(), today()), "performanceChecked",
                c.performed() + (c.note() == null ? "" : " " + c.note()));
    }

    @Transactional
    public DisputeView close(long id, DisputeCommands.Closing c, DataScope scope) {
        Dispute d = load(id, scope, c.version());
        return save(d, d.close(c.on(), today()), "closed", null);
    }

    @Transactional
    public DisputeView recordReturnVisit(long id, DisputeCommands.ReturnVisit c, DataScope scope) {
        Dispute d = load(id, scope, c.version());
        return save(d, d.recordReturnVisit(c.on(), c.note(), today()), "returnVisit", c.note());
    }

    /** The joint application for judicial confirmation, inside the window the legal clock computes (Art. 33). */
    @Transactional
    public DisputeView applyForConfirmation(long id, DisputeCommands.ConfirmationApplication c, DataScope scope) {
        Dispute d = load(id, scope, c.version());
        if (!d.canApplyForConfirmation() || d.confirmationClockId() == null) {
            throw UserFacingException.conflict("mediation.error.confirmationNotNow");
        }
        ClockStatus status = clocks.status(d.confirmationClockId(), today());
        return save(d, d.applyForConfirmation(c.court(), c.appliedOn(), status.deadline(), today()), "confirmationApplied",
                c.court());
    }

    @Transactional
    public DisputeView recordConfirmationResult(long id, DisputeCommands.ConfirmationDecision c, DataScope scope) {
        Dispute d = load(id, scope, c.version());
        return save(d, d.recordConfirmationResult(c.result(), c.decidedOn(), today()), "confirmationDecided",
                String.valueOf(c.result()));
    }

    /** 合议共管: the village's joint deliberation on a village-contract dispute. */
    @Transactional
    public DisputeView recordDeliberation(long id, DisputeCommands.Deliberation c, DataScope scope) {
        Dispute d = load(id, scope, c.version());
        Object event = d.recordDeliberation(c.heldOn(), today());
        String participants = required(c.participants(), 1000, "mediation.error.participantsRequired");
        String resolution = required(c.resolution(), 4000, "mediation.error.resolutionRequired");
        jdbc.sql("INSERT INTO dispute_deliberation (dispute_id, held_on, participants, resolution, recorded_at, recorded_by) "
                        + "VALUES (:d, :h, :p, :r, :at, :by)")
                .param("d", id).param("h", c.heldOn()).param("p", participants).param("r", resolution)
                .param("at", OffsetDateTime.now(clock)).param("by", Actors.current()).update();
        return save(d, event, "deliberation", c.heldOn().toString());
    }

    private Dispute load(long id, DataScope scope, Integer version) {
        Dispute d = repository.findVisible(id, scope).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        if (version == null) {
            throw UserFacingException.badRequest("mediation.error.versionRequired");
        }
        if (version != d.version()) {
            throw UserFacingException.conflict("error.conflict");
        }
        return d;
    }

    private DisputeView save(Dispute d, Object event, String action, String detail) {
        repository.update(d);
        timeline.record(ref(d.id()), action, detail);
        audit.record(AuditEntry.of("mediation.dispute." + action, CASE_TYPE, d.id(),
                d.caseNumber() + " → " + d.status() + (detail == null ? "" : ": " + detail)));
        events.publishEvent(event);
        return view(d.id());
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    public Optional<DisputeView> find(long id, DataScope scope) {
        return repository.findVisible(id, scope).map(this::view);
    }

    private DisputeView view(long id) {
        return view(repository.find(id).orElseThrow());
    }

    private DisputeView view(Dispute d) {
        Map<String, String> regionNames = new HashMap<>();
        Function<String, String> regionName = code -> code == null ? null
                : regionNames.computeIfAbsent(code, c -> regions.find(c).map(RegionView::name).orElse(c));
        String committeeName = committees.find(d.committeeId()).map(CommitteeView::name).orElse("");
        String unitName = units.find(d.unitId()).map(UnitView::name).orElse("");
        String handlerName = d.handlerId() == null ? null
                : committees.mediator(d.handlerId()).map(MediatorView::name).orElse(null);
        List<PartyView> parties = jdbc.sql("SELECT id, party_role, kind, name, identifier_enc, phone_enc FROM dispute_party "
                        + "WHERE dispute_id = :d ORDER BY id")
                .param("d", d.id())
                .query((rs, n) -> new PartyView(rs.getLong("id"), PartyRole.valueOf(rs.getString("party_role")),
                        PartyKind.valueOf(rs.getString("kind")), rs.getString("name"),
                        Masking.idNumber(cipher.decrypt(rs.getString("identifier_enc"))),
                        Masking.phone(cipher.decrypt(rs.getString("phone_enc")))))
                .list();
        List<SessionView> sessions = jdbc.sql("SELECT id, held_on, mediators, notes, recorded_by FROM dispute_session "
                        + "WHERE dispute_id = :d ORDER BY held_on, id")
                .param("d", d.id())
                .query((rs, n) -> new SessionView(rs.getLong("id"), rs.getObject("held_on", LocalDate.class),
                        rs.getString("mediators"), rs.getString("notes"), rs.getString("recorded_by")))
                .list();
        List<DeliberationView> deliberations = jdbc.sql("SELECT id, held_on, participants, resolution, recorded_by "
                        + "FROM dispute_deliberation WHERE dispute_id = :d ORDER BY held_on, id")
                .param("d", d.id())
                .query((rs, n) -> new DeliberationView(rs.getLong("id"), rs.getObject("held_on", LocalDate.class),
                        rs.getString("participants"), rs.getString("resolution"), rs.getString("recorded_by")))
                .list();
        return new DisputeView(d.id(), d.caseNumber(), d.status(), d.channel(), d.category(), d.committeeId(),
                committeeName, d.townshipCode(), regionName.apply(d.townshipCode()), d.villageCode(),
                regionName.apply(d.villageCode()), d.unitId(), unitName, d.handlerId(), handlerName, d.receivedOn(),
                d.summary(), d.amount(), d.courtName(), d.courtReference(), d.acceptedOn(), d.declinedOn(),
                d.declineReason(), d.agreementForm(), d.agreementTerms(), d.agreementAmount(), d.performanceDeadline(),
                d.agreementEffectiveOn(), d.failedOn(), d.routesExplained(), d.failureNote(), d.withdrawnOn(),
                d.withdrawReason(), d.performanceCheckedOn(), d.performed(), d.performanceNote(), d.returnVisitOn(),
                d.returnVisitNote(), d.closedOn(), d.confirmationClockId(), d.confirmationDueOn(), d.confirmationCourt(),
                d.confirmationAppliedOn(), d.confirmationResult(), d.confirmationDecidedOn(), d.trackingCode() != null,
                d.version(), parties, sessions, deliberations, actions(d));
    }

    private static Set<String> actions(Dispute d) {
        Set<String> actions = new LinkedHashSet<>();
        DisputeStatus s = d.status();
        if (s.canMoveTo(DisputeStatus.ACCEPTED)) {
            actions.add("accept");
        }
        if (s.canMoveTo(DisputeStatus.DECLINED)) {
            actions.add("decline");
        }
        if (s.allowsSessions()) {
            actions.add("session");
        }
        if (s.canMoveTo(DisputeStatus.AGREED)) {
            actions.add("agreement");
        }
        if (s.canMoveTo(DisputeStatus.FAILED)) {
            actions.add("fail");
        }
        if (s.canMoveTo(DisputeStatus.WITHDRAWN)) {
            actions.add("withdraw");
        }
        if (s.canMoveTo(DisputeStatus.PERFORMANCE_CHECKED)) {
            actions.add("performance");
        }
        if (s.canMoveTo(DisputeStatus.CLOSED)) {
            actions.add("close");
        }
        if (d.canRecordReturnVisit()) {
            actions.add("returnVisit");
        }
        if (d.canApplyForConfirmation() && d.confirmationClockId() != null) {
            actions.add("confirmationApply");
        }
        if (d.canRecordConfirmationResult()) {
            actions.add("confirmationResult");
        }
        if (d.canRecordDeliberation()) {
            actions.add("deliberation");
        }
        return actions;
    }

    /**
     * The parties in full (identifier and phone decrypted) for printing {@code document}; the reading is audited with
     * the document's name.
     */
    @Transactional
    public List<PartyDetails> partiesForPrint(long id, String document, DataScope scope) {
        Dispute d = repository.findVisible(id, scope).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        audit.record(AuditEntry.of("mediation.dispute.printed", CASE_TYPE, id, d.caseNumber() + " " + document));
        return jdbc.sql("SELECT party_role, kind, name, identifier_enc, phone_enc FROM dispute_party WHERE dispute_id = :d "
                        + "ORDER BY id")
                .param("d", id)
                .query((rs, n) -> new PartyDetails(PartyRole.valueOf(rs.getString("party_role")),
                        PartyKind.valueOf(rs.getString("kind")), rs.getString("name"),
                        cipher.decrypt(rs.getString("identifier_enc")), cipher.decrypt(rs.getString("phone_enc"))))
                .list();
    }

    /** The judicial-confirmation clock of a dispute as of today, or empty when none runs. */
    public Optional<ClockStatus> confirmationClock(DisputeView dispute) {
        return dispute.confirmationClockId() == null ? Optional.empty()
                : Optional.of(clocks.status(dispute.confirmationClockId(), today()));
    }

    public DisputePage search(DisputeQuery q, DataScope scope) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        String where = filter(q, scope, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM dispute d" + where).params(params).query(Long.class).single();
        int size = q.sizeOrDefault();
        int page = q.pageOrFirst();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        LocalDate today = today();
        Map<String, String> names = new HashMap<>();
        regions.townships().forEach(r -> names.put(r.code(), r.name()));
        List<DisputeSummary> items = jdbc.sql("SELECT d.id, d.case_number, d.status, d.category, d.channel, d.township_code, "
                        + "d.received_on, d.amount, d.confirmation_due_on, d.confirmation_applied_on FROM dispute d" + where
                        + " ORDER BY d.received_on DESC, d.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> {
                    DisputeStatus status = DisputeStatus.valueOf(rs.getString("status"));
                    LocalDate due = rs.getObject("confirmation_due_on", LocalDate.class);
                    boolean overdue = due != null && due.isBefore(today) && rs.getObject("confirmation_applied_on") == null
                            && (status == DisputeStatus.AGREED || status == DisputeStatus.PERFORMANCE_CHECKED);
                    return new DisputeSummary(rs.getLong("id"), rs.getString("case_number"), status,
                            DisputeCategory.valueOf(rs.getString("category")), IntakeChannel.valueOf(rs.getString("channel")),
                            rs.getString("township_code"), names.getOrDefault(rs.getString("township_code"), ""),
                            rs.getObject("received_on", LocalDate.class), rs.getBigDecimal("amount"), due, overdue);
                })
                .list();
        return new DisputePage(items, total, page, size);
    }

    /**
     * The list's WHERE clause (scope and filters, over the alias {@code d}) with its values put into {@code params};
     * shared by the list page and the export so both show exactly the same disputes.
     */
    String filter(DisputeQuery q, DataScope scope, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.sqlCondition(DisputeRepository.SCOPE_UNIT,
                DisputeRepository.SCOPE_REGION));
        if (scope.level() == cn.fazhi.platform.scope.ScopeLevel.TOWNSHIP && scope.regionCode().length() == 9) {
            // A dispute's township code is a 9-digit township: the prefix condition is this equality, which (unlike
            // LIKE) both databases can use with the township indexes.
            where.append(" AND d.township_code = :scopeTownship");
            params.put("scopeTownship", scope.regionCode());
        }
        if (q.status() != null) {
            where.append(" AND d.status = :status");
            params.put("status", q.status().name());
        }
        if (q.townshipCode() != null && !q.townshipCode().isBlank()) {
            where.append(" AND d.township_code = :township");
            params.put("township", q.townshipCode().strip());
        }
        if (q.category() != null) {
            where.append(" AND d.category = :category");
            params.put("category", q.category().name());
        }
        if (q.party() != null && !q.party().isBlank()) {
            // A party by exact full name (stored in clear: the agreement prints it), or by ID number or phone, which are
            // stored encrypted and found through their blind indexes (the typed value's keyed digest, as stored: ID
            // numbers upper-cased). No partial match: a blind index matches whole values only (issue 10, point 23).
            String party = q.party().strip();
            where.append(" AND EXISTS (SELECT 1 FROM dispute_party p WHERE p.dispute_id = d.id AND (p.name = :partyName "
                    + "OR p.identifier_index = :partyIdentifier OR p.phone_index = :partyPhone))");
            params.put("partyName", party.length() > 100 ? party.substring(0, 100) : party);
            params.put("partyIdentifier", cipher.blindIndex(party.toUpperCase(java.util.Locale.ROOT)));
            params.put("partyPhone", cipher.blindIndex(party));
        }
        if (Boolean.TRUE.equals(q.overdue())) {
            where.append(" AND d.status IN ('AGREED', 'PERFORMANCE_CHECKED') AND d.confirmation_applied_on IS NULL "
                    + "AND d.confirmation_due_on < :today");
            params.put("today", today());
        }
        return where.toString();
    }

    /**
     * Figures per township for {@code from}–{@code to} (inclusive) within the scope; townships without any dispute in
     * the period are left out. Each figure is counted by the date of its own step (see {@link MediationFigures}).
     */
    public List<MediationFigures> figures(LocalDate from, LocalDate to, DataScope scope) {
        if (from == null || to == null || to.isBefore(from)) {
            throw UserFacingException.badRequest("mediation.error.period");
        }
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("from", from);
        params.put("to", to);
        return jdbc.sql("SELECT d.township_code, "
                        + "SUM(CASE WHEN d.accepted_on BETWEEN :from AND :to THEN 1 ELSE 0 END) AS accepted, "
                        + "SUM(CASE WHEN d.agreement_effective_on BETWEEN :from AND :to THEN 1 ELSE 0 END) AS resolved, "
                        + "SUM(CASE WHEN d.agreement_effective_on BETWEEN :from AND :to THEN d.amount ELSE 0 END) AS resolved_amount, "
                        + "SUM(CASE WHEN d.channel = 'COURT_ENTRUSTED' AND d.received_on BETWEEN :from AND :to THEN 1 ELSE 0 END) AS court, "
                        + "SUM(CASE WHEN d.confirmation_applied_on BETWEEN :from AND :to THEN 1 ELSE 0 END) AS applied, "
                        + "SUM(CASE WHEN d.confirmation_result = 'CONFIRMED' AND d.confirmation_decided_on BETWEEN :from AND :to "
                        + "THEN 1 ELSE 0 END) AS confirmed "
                        + "FROM dispute d WHERE " + scope.sqlCondition(DisputeRepository.SCOPE_UNIT, DisputeRepository.SCOPE_REGION)
                        + " AND (d.received_on BETWEEN :from AND :to OR d.accepted_on BETWEEN :from AND :to "
                        + "OR d.agreement_effective_on BETWEEN :from AND :to OR d.confirmation_applied_on BETWEEN :from AND :to "
                        + "OR d.confirmation_decided_on BETWEEN :from AND :to) "
                        + "GROUP BY d.township_code ORDER BY d.township_code")
                .params(params)
                .query((rs, n) -> new MediationFigures(rs.getString("township_code"), rs.getLong("accepted"),
                        rs.getLong("resolved"), rs.getBigDecimal("resolved_amount").setScale(2),
                        rs.getLong("court"), rs.getLong("applied"), rs.getLong("confirmed")))
                .list();
    }

    // ---- kernel contracts -----------------------------------------------------------------------------------------

    @Override
    public String caseType() {
        return CASE_TYPE;
    }

    @Override
    public boolean canRead(long caseId) {
        return currentUsers.current().filter(u -> u.can(VIEW))
                .map(u -> repository.findVisible(caseId, u.scope()).isPresent()).orElse(false);
    }

    /** Open judicial-confirmation windows (人民调解法 Art. 33) ending on or before {@code until}. */
    @Override
    public List<DueItem> openDeadlines(DataScope scope, LocalDate until) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("until", until);
        return jdbc.sql("SELECT d.id, d.case_number, d.category, d.confirmation_due_on, d.unit_id, d.township_code "
                        + "FROM dispute d WHERE d.status IN ('AGREED', 'PERFORMANCE_CHECKED') "
                        + "AND d.confirmation_applied_on IS NULL AND d.confirmation_due_on <= :until AND "
                        + scope.sqlCondition(DisputeRepository.SCOPE_UNIT, DisputeRepository.SCOPE_REGION)
                        + " ORDER BY d.confirmation_due_on")
                .params(params)
                .query((rs, n) -> new DueItem(ref(rs.getLong("id")), rs.getString("case_number"), rs.getString("case_number"),
                        JudicialConfirmationWindow.CLOCK_NAME, rs.getObject("confirmation_due_on", LocalDate.class),
                        rs.getLong("unit_id"), rs.getString("township_code"), "/mediation/" + rs.getLong("id")))
                .list();
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    public static CaseRef ref(long id) {
        return new CaseRef(CASE_TYPE, id);
    }

    private RegionView township(String code) {
        if (code == null || code.isBlank()) {
            throw UserFacingException.badRequest("mediation.error.townshipRequired");
        }
        return regions.find(code.strip())
                .filter(r -> r.level() == RegionLevel.TOWNSHIP && r.code().startsWith(Regions.DISTRICT_CODE))
                .orElseThrow(() -> UserFacingException.badRequest("mediation.error.townshipUnknown", code.strip()));
    }

    private String village(RegionView township, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return regions.find(code.strip())
                .filter(r -> r.level() == RegionLevel.VILLAGE && township.code().equals(r.parentCode()))
                .map(RegionView::code)
                .orElseThrow(() -> UserFacingException.badRequest("mediation.error.villageUnknown", code.strip()));
    }

    private CommitteeView committee(Long committeeId, RegionView township) {
        if (committeeId == null) {
            return committees.ofTownship(township.code())
                    .orElseThrow(() -> UserFacingException.badRequest("mediation.error.committeeUnknown"));
        }
        return committees.find(committeeId).filter(c -> c.active() && c.serves(township.code()))
                .orElseThrow(() -> UserFacingException.badRequest("mediation.error.committeeUnknown"));
    }

    private Long handler(long mediatorId, String townshipCode) {
        return committees.mediatorsFor(townshipCode).stream().filter(m -> m.id() == mediatorId).findFirst()
                .map(MediatorView::id)
                .orElseThrow(() -> UserFacingException.badRequest("mediation.error.handlerUnknown"));
    }

    private static List<DisputeCommands.Party> parties(List<DisputeCommands.Party> parties) {
        if (parties == null || parties.stream().noneMatch(p -> p != null && p.role() == PartyRole.APPLICANT)
                || parties.stream().noneMatch(p -> p != null && p.role() == PartyRole.RESPONDENT)) {
            throw UserFacingException.badRequest("mediation.error.partiesRequired");
        }
        List<DisputeCommands.Party> checked = new ArrayList<>();
        for (DisputeCommands.Party p : parties) {
            if (p == null || p.role() == null || p.kind() == null) {
                throw UserFacingException.badRequest("mediation.error.partyIncomplete");
            }
            if (p.name() == null || p.name().isBlank() || p.name().strip().length() > 100) {
                throw UserFacingException.badRequest("mediation.error.partyNameRequired");
            }
            String identifier = p.identifier() == null ? "" : p.identifier().strip();
            if (!identifier.isEmpty()) {
                if (p.kind() == PartyKind.PERSON && !ResidentIdNumber.isValid(identifier)) {
                    throw UserFacingException.badRequest("mediation.error.idNumberInvalid", p.name().strip());
                }
                if (p.kind() == PartyKind.ORGANISATION && !Uscc.isValid(identifier)) {
                    throw UserFacingException.badRequest("mediation.error.usccInvalid", p.name().strip());
                }
            }
            if (p.phone() != null && !p.phone().isBlank() && !PhoneNumber.isValid(p.phone())) {
                throw UserFacingException.badRequest("mediation.error.partyPhoneInvalid", p.name().strip());
            }
            checked.add(p);
        }
        return checked;
    }

    private static String required(String value, int max, String key) {
        if (value == null || value.isBlank()) {
            throw UserFacingException.badRequest(key);
        }
        if (value.strip().length() > max) {
            throw UserFacingException.badRequest("mediation.error.tooLong", max);
        }
        return value.strip();
    }

    private String randomText(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(TRACKING_ALPHABET.charAt(random.nextInt(TRACKING_ALPHABET.length())));
        }
        return sb.toString();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
