package cn.fazhi.mediation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.calendar.ClockStatus;
import cn.fazhi.calendar.LegalClocks;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseParties;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.DeadlineSource;
import cn.fazhi.cases.DueItem;
import cn.fazhi.cases.StepOutcome;
import cn.fazhi.cases.TodoQuery;
import cn.fazhi.cases.TrackingReceipts;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.mediation.domain.Dispute;
import cn.fazhi.mediation.domain.DisputeNumbering;
import cn.fazhi.mediation.domain.DisputeRepository;
import cn.fazhi.mediation.domain.DisputeSteps;
import cn.fazhi.mediation.domain.JudicialConfirmationWindow;
import cn.fazhi.organisation.RegionLevel;
import cn.fazhi.organisation.RegionView;
import cn.fazhi.organisation.Regions;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.crypto.PersonalDataCipher;
import cn.fazhi.platform.identifiers.ResidentIdNumber;
import cn.fazhi.platform.identifiers.Uscc;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.FormErrors;
import cn.fazhi.platform.web.FormRejected;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The mediation module's facade: registers disputes (staff and the public portal), takes them through their steps,
 * reads and searches them within the caller's data scope. Reading one dispute and taking a step go through the case
 * kernel ({@link CaseSteps}): scoped load (a dispute outside the caller's scope is "not found"), permission, version,
 * the transition table {@link DisputeSteps#TABLE}, then the save, timeline entry, audit record and event in one
 * transaction. Callers check the commands' Bean Validation constraints first (the controllers do, {@code @Valid}).
 */
@Service
public class Disputes implements DeadlineSource {

    /** Case type in the kernel (numbers, timeline, attachments, tracking, warnings). */
    public static final String CASE_TYPE = DisputeRepository.CASE_TYPE;
    static final String VIEW = DisputeRepository.VIEW;

    /** The states in which the judicial-confirmation window of a written agreement can run out. */
    private static final List<String> WINDOW_STATES = TodoQuery.states(DisputeStatus.AGREED,
            DisputeStatus.PERFORMANCE_CHECKED);

    private final DisputeRepository repository;
    private final JdbcClient jdbc;
    private final MediationCommittees committees;
    private final Regions regions;
    private final Units units;
    private final CaseNumbers caseNumbers;
    private final CaseSteps steps;
    private final CaseParties caseParties;
    private final TrackingReceipts receipts;
    private final LegalClocks clocks;
    private final AuditTrail audit;
    private final PersonalDataCipher cipher;
    private final Caller caller;
    private final Clock clock;

    Disputes(DisputeRepository repository, JdbcClient jdbc, MediationCommittees committees, Regions regions, Units units,
            CaseNumbers caseNumbers, CaseSteps steps, CaseParties caseParties, TrackingReceipts receipts,
            LegalClocks clocks, AuditTrail audit, PersonalDataCipher cipher, Caller caller, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.committees = committees;
        this.regions = regions;
        this.units = units;
        this.caseNumbers = caseNumbers;
        this.steps = steps;
        this.caseParties = caseParties;
        this.receipts = receipts;
        this.clocks = clocks;
        this.audit = audit;
        this.cipher = cipher;
        this.caller = caller;
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
        List<SealedParty> parties = seal(form.parties());
        Dispute dispute = Dispute.register(committee.id(), form.channel(), form.category(), township.code(), village,
                committee.unitId(), handler, form.receivedOn(), form.summary(), form.amount(), form.courtName(),
                form.courtReference(), today());
        store(dispute, committee, township, parties);
        return view(dispute);
    }

    /**
     * A citizen applies on the public portal: channel ONLINE_PORTAL, received today, assigned to the township's
     * committee and governance centre. Returns the kernel's tracking code and secret, shown once.
     */
    @Transactional
    public TrackingReceipt apply(PublicApplication form) {
        if (form == null) {
            throw UserFacingException.badRequest("mediation.error.formRequired");
        }
        RegionView township = township(form.townshipCode());
        String village = village(township, form.villageCode());
        CommitteeView committee = committee(null, township);
        List<SealedParty> parties = seal(List.of(
                new DisputeCommands.Party(PartyRole.APPLICANT, PartyKind.PERSON, form.applicantName(),
                        form.applicantIdNumber(), form.applicantPhone()),
                new DisputeCommands.Party(PartyRole.RESPONDENT, PartyKind.PERSON, form.respondentName(), null,
                        form.respondentPhone())));
        Dispute dispute = Dispute.register(committee.id(), IntakeChannel.ONLINE_PORTAL, form.category(), township.code(),
                village, committee.unitId(), null, today(), form.summary(),
                form.amount() == null ? BigDecimal.ZERO : form.amount(), null, null, today());
        store(dispute, committee, township, parties);
        TrackingReceipts.Receipt receipt = receipts.issue(ref(dispute.id()));
        return new TrackingReceipt(receipt.code(), receipt.secret(), dispute.caseNumber());
    }

    /**
     * Status and dates for the holder of the tracking code and secret: the kernel's receipts answer one way for any
     * wrong code or secret (404), audit every attempt and refuse a client address that failed too often (429).
     */
    @Transactional
    public TrackingView track(String code, String secret) {
        long id = receipts.open(CASE_TYPE, code, secret);
        Dispute d = repository.find(id).orElseThrow(() -> UserFacingException.notFound("cases.tracking.unknown"));
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

    /** A party with its identifier and phone sealed by the kernel. */
    private record SealedParty(DisputeCommands.Party party, CaseParties.Sealed sealed) {}

    /**
     * At least one applicant and one respondent, each identifier valid for its kind (a resident ID number or a USCC),
     * all refusals at once; then each party sealed by the kernel (encrypted, blind-indexed).
     */
    private List<SealedParty> seal(List<DisputeCommands.Party> parties) {
        if (parties == null || parties.stream().noneMatch(p -> p != null && p.role() == PartyRole.APPLICANT)
                || parties.stream().noneMatch(p -> p != null && p.role() == PartyRole.RESPONDENT)) {
            throw UserFacingException.badRequest("mediation.error.partiesRequired");
        }
        FormErrors errors = new FormErrors();
        for (int i = 0; i < parties.size(); i++) {
            DisputeCommands.Party p = parties.get(i);
            String field = "parties[" + i + "]";
            if (p == null || p.role() == null || p.kind() == null) {
                errors.add(field, "mediation.error.partyIncomplete");
                continue;
            }
            String name = p.name() == null ? "" : p.name().strip();
            if (name.isEmpty() || name.length() > 100) {
                errors.add(field + ".name", "mediation.error.partyNameRequired");
            }
            String identifier = p.identifier() == null ? "" : p.identifier().strip();
            if (!identifier.isEmpty() && (p.kind() == PartyKind.PERSON ? !ResidentIdNumber.isValid(identifier)
                    : !Uscc.isValid(identifier))) {
                errors.add(field + ".identifier", p.kind() == PartyKind.PERSON ? "mediation.error.idNumberInvalid"
                        : "mediation.error.usccInvalid", name);
            }
            if (p.phone() != null && !p.phone().isBlank()
                    && !cn.fazhi.platform.identifiers.PhoneNumber.isValid(p.phone().strip())) {
                errors.add(field + ".phone", "mediation.error.partyPhoneInvalid", name);
            }
        }
        if (errors.all().size() == 1) {
            FormErrors.Item only = errors.all().get(0);
            throw UserFacingException.badRequest(only.message().getCodes()[0], only.message().getArguments());
        }
        FormRejected.throwIfAny(errors);
        return parties.stream().map(p -> new SealedParty(p,
                caseParties.seal(p.kind() == PartyKind.PERSON, p.identifier(), p.phone()))).toList();
    }

    private void store(Dispute dispute, CommitteeView committee, RegionView township, List<SealedParty> parties) {
        boolean district = committee.level() == CommitteeLevel.DISTRICT;
        String scopeKey = DisputeNumbering.scopeKey(district, township.code());
        dispute.assignCaseNumber(scopeKey, caseNumbers.next(CASE_TYPE, scopeKey,
                DisputeNumbering.scopeName(district, township.name()), dispute.receivedOn().getYear()));
        long id = repository.insert(dispute, OffsetDateTime.now(clock), Actors.current());
        for (SealedParty p : parties) {
            jdbc.sql("INSERT INTO dispute_party (dispute_id, party_role, kind, name, identifier_enc, identifier_index, "
                            + "phone_enc, phone_index) VALUES (:d, :r, :k, :n, :ie, :ii, :pe, :pi)")
                    .param("d", id).param("r", p.party().role().name()).param("k", p.party().kind().name())
                    .param("n", p.party().name().strip())
                    .param("ie", p.sealed().identifierEnc()).param("ii", p.sealed().identifierIndex())
                    .param("pe", p.sealed().phoneEnc()).param("pi", p.sealed().phoneIndex()).update();
        }
        steps.created(repository, dispute, DisputeSteps.REGISTERED_ACTION, StepOutcome.of(
                new cn.fazhi.mediation.events.DisputeRegistered(id, dispute.caseNumber(), dispute.receivedOn(),
                        dispute.channel().name()),
                dispute.channel() + " " + dispute.category()));
    }

    // ---- steps (each one call of the kernel: CaseSteps.step) ------------------------------------------------------

    private DisputeView step(long id, Integer version, String step, Function<Dispute, StepOutcome> body) {
        return view(steps.step(repository, DisputeSteps.TABLE, id, version, step, body));
    }

    @Transactional
    public DisputeView accept(long id, DisputeCommands.Accept c) {
        return step(id, c.version(), DisputeSteps.ACCEPT, d -> {
            Long handler = c.handlerId() == null ? null : handler(c.handlerId(), d.townshipCode());
            return StepOutcome.of(d.accept(c.on(), handler, today()), handler == null ? null : "handler " + handler);
        });
    }

    @Transactional
    public DisputeView decline(long id, DisputeCommands.Decline c) {
        return step(id, c.version(), DisputeSteps.DECLINE,
                d -> StepOutcome.of(d.decline(c.on(), c.reason(), today()), c.reason()));
    }

    @Transactional
    public DisputeView recordSession(long id, DisputeCommands.Session c) {
        return step(id, c.version(), DisputeSteps.SESSION, d -> {
            Object event = d.recordSession(c.heldOn(), today());
            jdbc.sql("INSERT INTO dispute_session (dispute_id, held_on, mediators, notes, recorded_at, recorded_by) "
                            + "VALUES (:d, :h, :m, :n, :at, :by)")
                    .param("d", id).param("h", c.heldOn()).param("m", strip(c.mediators())).param("n", strip(c.notes()))
                    .param("at", OffsetDateTime.now(clock)).param("by", Actors.current()).update();
            return StepOutcome.of(event, c.heldOn().toString());
        });
    }

    /** Records the agreement; for a written one the 30-day clock of 人民调解法 Art. 33 starts on its effective day. */
    @Transactional
    public DisputeView reachAgreement(long id, DisputeCommands.Agreement c) {
        return step(id, c.version(), DisputeSteps.AGREEMENT, d -> {
            Object event = d.reachAgreement(c.form(), c.terms(), c.amount(), c.performanceDeadline(), c.effectiveOn(),
                    today());
            if (d.needsConfirmationClock()) {
                long clockId = clocks.start(CASE_TYPE, Long.toString(id), JudicialConfirmationWindow.CLOCK_NAME,
                        d.agreementEffectiveOn(), JudicialConfirmationWindow.AMOUNT, JudicialConfirmationWindow.UNIT);
                d.confirmationClockStarted(clockId, clocks.status(clockId, today()).deadline());
            }
            return StepOutcome.of(event, c.form() + " " + c.effectiveOn());
        });
    }

    @Transactional
    public DisputeView fail(long id, DisputeCommands.Failure c) {
        return step(id, c.version(), DisputeSteps.FAIL, d -> StepOutcome.of(
                d.fail(c.on(), Boolean.TRUE.equals(c.routesExplained()), c.note(), today()), c.note()));
    }

    @Transactional
    public DisputeView withdraw(long id, DisputeCommands.Withdrawal c) {
        return step(id, c.version(), DisputeSteps.WITHDRAW,
                d -> StepOutcome.of(d.withdraw(c.on(), c.reason(), today()), c.reason()));
    }

    @Transactional
    public DisputeView checkPerformance(long id, DisputeCommands.PerformanceCheck c) {
        return step(id, c.version(), DisputeSteps.PERFORMANCE, d -> {
            if (c.performed() == null) {
                throw UserFacingException.badRequest("mediation.error.performedRequired");
            }
            return StepOutcome.of(d.checkPerformance(c.on(), c.performed(), c.note(), today()),
                    c.performed() + (c.note() == null ? "" : " " + c.note()));
        });
    }

    @Transactional
    public DisputeView close(long id, DisputeCommands.Closing c) {
        return step(id, c.version(), DisputeSteps.CLOSE, d -> StepOutcome.of(d.close(c.on(), today())));
    }

    @Transactional
    public DisputeView recordReturnVisit(long id, DisputeCommands.ReturnVisit c) {
        return step(id, c.version(), DisputeSteps.RETURN_VISIT,
                d -> StepOutcome.of(d.recordReturnVisit(c.on(), c.note(), today()), c.note()));
    }

    /** The joint application for judicial confirmation, inside the window the legal clock computes (Art. 33). */
    @Transactional
    public DisputeView applyForConfirmation(long id, DisputeCommands.ConfirmationApplication c) {
        return step(id, c.version(), DisputeSteps.CONFIRMATION_APPLY, d -> {
            if (!d.canApplyForConfirmation()) {
                throw UserFacingException.conflict("mediation.error.confirmationNotNow");
            }
            LocalDate deadline = d.confirmationClockId() == null ? d.confirmationDueOn()
                    : clocks.status(d.confirmationClockId(), today()).deadline();
            return StepOutcome.of(d.applyForConfirmation(c.court(), c.appliedOn(), deadline, today()),
                    c.court());
        });
    }

    @Transactional
    public DisputeView recordConfirmationResult(long id, DisputeCommands.ConfirmationDecision c) {
        return step(id, c.version(), DisputeSteps.CONFIRMATION_RESULT, d -> StepOutcome.of(
                d.recordConfirmationResult(c.result(), c.decidedOn(), today()), String.valueOf(c.result())));
    }

    /** 合议共管: the village's joint deliberation on a village-contract dispute. */
    @Transactional
    public DisputeView recordDeliberation(long id, DisputeCommands.Deliberation c) {
        return step(id, c.version(), DisputeSteps.DELIBERATION, d -> {
            Object event = d.recordDeliberation(c.heldOn(), today());
            jdbc.sql("INSERT INTO dispute_deliberation (dispute_id, held_on, participants, resolution, recorded_at, "
                            + "recorded_by) VALUES (:d, :h, :p, :r, :at, :by)")
                    .param("d", id).param("h", c.heldOn()).param("p", strip(c.participants()))
                    .param("r", strip(c.resolution())).param("at", OffsetDateTime.now(clock))
                    .param("by", Actors.current()).update();
            return StepOutcome.of(event, c.heldOn().toString());
        });
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    /** One dispute as staff see it, if the caller may read it (permission and data scope), else 404. */
    @Transactional(readOnly = true)
    public DisputeView find(long id) {
        return view(steps.load(repository, id));
    }

    /**
     * The dispute page's whole record: a fixed number of queries (the record, its parties, sessions and
     * deliberations, and the names it shows), never used per row of a list.
     */
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
                        Objects.requireNonNullElse(caseParties.maskedIdentifier(rs.getString("identifier_enc")), ""),
                        Objects.requireNonNullElse(caseParties.maskedPhone(rs.getString("phone_enc")), "")))
                .list();
        List<SessionView> sessions = jdbc.sql("SELECT id, held_on, mediators, notes, recorded_by FROM dispute_session "
                        + "WHERE dispute_id = :d ORDER BY held_on, id")
                .param("d", d.id())
                .query(SessionView.class).list();
        List<DeliberationView> deliberations = jdbc.sql("SELECT id, held_on, participants, resolution, recorded_by "
                        + "FROM dispute_deliberation WHERE dispute_id = :d ORDER BY held_on, id")
                .param("d", d.id())
                .query(DeliberationView.class).list();
        return new DisputeView(d.id(), d.caseNumber(), d.status(), d.channel(), d.category(), d.committeeId(),
                committeeName, d.townshipCode(), regionName.apply(d.townshipCode()), d.villageCode(),
                regionName.apply(d.villageCode()), d.unitId(), unitName, d.handlerId(), handlerName, d.receivedOn(),
                d.summary(), d.amount(), d.courtName(), d.courtReference(), d.acceptedOn(), d.declinedOn(),
                d.declineReason(), d.agreementForm(), d.agreementTerms(), d.agreementAmount(), d.performanceDeadline(),
                d.agreementEffectiveOn(), d.failedOn(), d.routesExplained(), d.failureNote(), d.withdrawnOn(),
                d.withdrawReason(), d.performanceCheckedOn(), d.performed(), d.performanceNote(), d.returnVisitOn(),
                d.returnVisitNote(), d.closedOn(), d.confirmationClockId(), d.confirmationDueOn(), d.confirmationCourt(),
                d.confirmationAppliedOn(), d.confirmationResult(), d.confirmationDecidedOn(),
                d.channel() == IntakeChannel.ONLINE_PORTAL, d.version(), parties, sessions, deliberations, actions(d));
    }

    /** The steps the table allows now and the caller may take, where the aggregate's other conditions hold too. */
    private Set<String> actions(Dispute d) {
        Set<String> actions = new LinkedHashSet<>();
        DisputeSteps.TABLE.available(d.status(), caller).stream().filter(d::allowsNow).forEach(actions::add);
        return actions;
    }

    /**
     * The parties in full (identifier and phone decrypted) for printing {@code document}; the reading is audited with
     * the document's name.
     */
    @Transactional
    public List<PartyDetails> partiesForPrint(long id, String document) {
        Dispute d = steps.load(repository, id);
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
            where.append(" AND d.status IN (:windowStates) AND d.confirmation_applied_on IS NULL "
                    + "AND d.confirmation_due_on < :today");
            params.put("windowStates", WINDOW_STATES);
            params.put("today", today());
        }
        return where.toString();
    }

    // ---- kernel contracts -----------------------------------------------------------------------------------------



    /** Open judicial-confirmation windows (人民调解法 Art. 33) ending on or before {@code until}. */
    @Override
    public List<DueItem> openDeadlines(DataScope scope, LocalDate until) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("until", until);
        params.put("windowStates", WINDOW_STATES);
        return jdbc.sql("SELECT d.id, d.case_number, d.category, d.confirmation_due_on, d.unit_id, d.township_code "
                        + "FROM dispute d WHERE d.status IN (:windowStates) "
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

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
