package cn.fazhi.reconsideration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.calendar.ClockState;
import cn.fazhi.calendar.ClockStatus;
import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.LegalClocks;
import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseParties;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.DeadlineSource;
import cn.fazhi.cases.DueItem;
import cn.fazhi.cases.StepOutcome;
import cn.fazhi.cases.TrackingReceipts;
import cn.fazhi.organisation.RegionLevel;
import cn.fazhi.organisation.Regions;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.reconsideration.ReconsiderationCaseView.ClockView;
import cn.fazhi.reconsideration.ReconsiderationForms.AcceptApplication;
import cn.fazhi.reconsideration.ReconsiderationForms.DeclineApplication;
import cn.fazhi.reconsideration.ReconsiderationForms.DismissApplication;
import cn.fazhi.reconsideration.ReconsiderationForms.ExtendDecisionPeriod;
import cn.fazhi.reconsideration.ReconsiderationForms.IssueDecision;
import cn.fazhi.reconsideration.ReconsiderationForms.IssueOpinionLetter;
import cn.fazhi.reconsideration.ReconsiderationForms.RecordDate;
import cn.fazhi.reconsideration.ReconsiderationForms.RecordHearing;
import cn.fazhi.reconsideration.ReconsiderationForms.RegisterApplication;
import cn.fazhi.reconsideration.ReconsiderationForms.RegisterConsultation;
import cn.fazhi.reconsideration.ReconsiderationForms.RequestCorrection;
import cn.fazhi.reconsideration.ReconsiderationForms.ResumeCase;
import cn.fazhi.reconsideration.ReconsiderationForms.ScheduleHearing;
import cn.fazhi.reconsideration.ReconsiderationForms.SuspendCase;
import cn.fazhi.reconsideration.ReconsiderationForms.SwitchToOrdinary;
import cn.fazhi.reconsideration.ReconsiderationForms.TerminateCase;
import cn.fazhi.reconsideration.domain.Channel;
import cn.fazhi.reconsideration.domain.PartyKind;
import cn.fazhi.reconsideration.domain.PartyRole;
import cn.fazhi.reconsideration.domain.Procedure;
import cn.fazhi.reconsideration.domain.ReconsiderationCase;
import cn.fazhi.reconsideration.domain.ReconsiderationPeriods;
import cn.fazhi.reconsideration.domain.ReconsiderationRepository;
import cn.fazhi.reconsideration.domain.ReconsiderationRepository.Criteria;
import cn.fazhi.reconsideration.domain.ReconsiderationRepository.PartyRow;
import cn.fazhi.reconsideration.domain.ReconsiderationRepository.PointCount;
import cn.fazhi.reconsideration.domain.Status;
import cn.fazhi.reconsideration.domain.StatutoryPeriod;

/**
 * Reconsideration cases: registration (by staff or online), acceptance review, procedure, decisions. Every step goes
 * through the case kernel ({@link CaseSteps}: scoped load, permission, version, the transition table
 * {@link ReconsiderationCase#TABLE}, save, timeline, audit, event) in one transaction with the legal clocks it starts
 * or moves. Callers see only the cases their data scope covers (respondent unit for UNIT scope, the applicant's
 * township otherwise); other ids are 404.
 */
@Service
public class ReconsiderationCases implements DeadlineSource {

    public static final String TYPE = ReconsiderationRepository.TYPE;
    public static final String VIEW = ReconsiderationCase.VIEW;
    public static final String REGISTER = ReconsiderationCase.REGISTER;
    public static final String REVIEW = ReconsiderationCase.REVIEW;
    public static final String HANDLE = ReconsiderationCase.HANDLE;

    private final ReconsiderationRepository repository;
    private final CaseNumbers numbers;
    private final CaseSteps steps;
    private final CaseDesk desk;
    private final CaseParties parties;
    private final TrackingReceipts receipts;
    private final LegalCalendar calendar;
    private final LegalClocks clocks;
    private final AuditTrail audit;
    private final Units units;
    private final Regions regions;
    private final Caller caller;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ReconsiderationCases(ReconsiderationRepository repository, CaseNumbers numbers, CaseSteps steps, CaseDesk desk,
            CaseParties parties, TrackingReceipts receipts, LegalCalendar calendar, LegalClocks clocks,
            AuditTrail audit, Units units, Regions regions, Caller caller, Clock clock,
            org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.numbers = numbers;
        this.steps = steps;
        this.desk = desk;
        this.parties = parties;
        this.receipts = receipts;
        this.calendar = calendar;
        this.clocks = clocks;
        this.audit = audit;
        this.units = units;
        this.regions = regions;
        this.caller = caller;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- registration ----

    /** The input checks of an application, every error at once (400): for pages before the look-alike question. */
    public void check(RegisterApplication form) {
        desk.check(form);
        if (form.thirdPartyDetails() != null) {
            form.thirdPartyDetails().stream().filter(t -> t != null && CaseDesk.text(t.name()) != null).forEach(desk::check);
        }
    }

    /** Registers an application received by the office (in person, by post, or typed in from the portal). */
    @Transactional
    public ReconsiderationCaseView register(RegisterApplication form) {
        check(form);
        // Staff register only what their data scope covers: the respondent unit, or the applicant's township. An
        // unknown township is no scope question but a wrong input: create() refuses it with a 400.
        String region = CaseDesk.text(form.applicantTownship()) == null ? Regions.DISTRICT_CODE
                : form.applicantTownship().strip();
        boolean knownRegion = region.length() <= 12 && regions.find(region).isPresent();
        if (knownRegion && !caller.scope().covers(form.respondentUnitId(), region)) {
            throw UserFacingException.forbidden("reconsideration.error.outsideScope");
        }
        return view(create(form, form.channel()));
    }

    /** An online application from the public portal; returns the tracking code and secret, shown once. */
    @Transactional
    public TrackingReceipt applyOnline(RegisterApplication form) {
        RegisterApplication online = online(form);
        check(online);
        ReconsiderationCase c = create(online, Channel.ONLINE_PORTAL);
        TrackingReceipts.Receipt receipt = receipts.issue(new CaseRef(TYPE, c.id()));
        return new TrackingReceipt(c.caseNumber(), receipt.code(), receipt.secret(), c.late(), c.learnedOn(),
                c.windowEndsOn(), c.receivedOn());
    }

    /** The application as filed online: through the portal, submitted today. */
    public RegisterApplication online(RegisterApplication form) {
        return new RegisterApplication(Channel.ONLINE_PORTAL, today(), null, form.learnedOn(),
                form.applicantKind(), form.applicantName(), form.applicantIdNumber(), form.applicantUscc(),
                form.applicantPhone(), form.applicantTownship(), form.applicantAddress(), form.respondentUnitId(),
                form.actDescription(), form.actDate(), form.actDocumentNo(), form.actCategory(), form.actAmount(),
                form.requests(), form.thirdParties(), form.rightsNotified(), form.rightsLearnedOn(),
                form.immovableProperty(), form.thirdPartyDetails(), form.actKind());
    }

    /**
     * Status and dates for whoever holds the tracking code and its secret; any wrong answer is the kernel's one
     * refusal (404, audited, rate-limited per client address).
     */
    @Transactional
    public TrackingView track(String code, String secret) {
        long id = receipts.open(TYPE, code, secret);
        ReconsiderationCase c = repository.find(id).orElseThrow(() -> UserFacingException.notFound("cases.tracking.unknown"));
        Map<Long, ClockStatus> statuses = clockStatuses(List.of(c));
        LocalDate due = null;
        boolean provisional = false;
        if (c.decisionClockId() != null && !c.status().isFinal()) {
            ClockStatus s = statuses.get(c.decisionClockId());
            due = s.deadline();
            provisional = s.provisional();
        }
        ReconsiderationCaseView.SuitView suit = suit(c, clockViews(c, statuses));
        return new TrackingView(c.caseNumber(), c.status().name(), c.receivedOn(), c.acceptedOn(), due, c.decidedOn(),
                c.decisionType() == null ? null : c.decisionType().name(), provisional || suit != null && suit.provisional(),
                suit);
    }

    private ReconsiderationCase create(RegisterApplication form, Channel channel) {
        LocalDate today = today();
        LocalDate submitted = channel == Channel.POST ? form.submittedOn()
                : CaseDesk.notFuture(form.submittedOn(), "submittedOn", today);
        LocalDate signedFor = channel == Channel.POST ? CaseDesk.notFuture(form.signedForOn(), "signedForOn", today) : null;
        LocalDate receivedOn = channel.receiptDate(submitted, signedFor);
        LocalDate learnedOn = CaseDesk.notFuture(form.learnedOn(), "learnedOn", today);
        if (learnedOn.isAfter(receivedOn)) {
            throw UserFacingException.badRequest("reconsideration.error.learnedAfterReceipt");
        }
        PartyKind kind = form.applicantKind();
        String name = form.applicantName().strip();
        String identifier = CaseDesk.text(kind == PartyKind.PERSON ? form.applicantIdNumber() : form.applicantUscc());
        if (identifier == null) {
            throw UserFacingException.badRequest("reconsideration.error.required",
                    CaseDesk.label(kind == PartyKind.PERSON ? "applicantIdNumber" : "applicantUscc"));
        }
        CaseParties.Sealed applicant = parties.seal(kind == PartyKind.PERSON, identifier, form.applicantPhone());
        String township = CaseDesk.text(form.applicantTownship());
        if (township != null && regions.find(township).filter(r -> r.level() == RegionLevel.TOWNSHIP).isEmpty()) {
            throw UserFacingException.badRequest("reconsideration.error.township");
        }
        long unitId = form.respondentUnitId();
        units.find(unitId).filter(UnitView::active)
                .orElseThrow(() -> UserFacingException.badRequest("reconsideration.error.unit"));
        String act = form.actDescription().strip();
        if (form.actDate() != null && form.actDate().isAfter(today)) {
            throw UserFacingException.badRequest("reconsideration.error.future", CaseDesk.label("actDate"));
        }
        cn.fazhi.platform.validation.BusinessDates.check(form.actDate(), CaseDesk.label("actDate"), today);
        if (!ReconsiderationPeriods.learnedDatePossible(form.actDate(), learnedOn)) {
            throw UserFacingException.badRequest("reconsideration.error.learnedBeforeAct", learnedOn, form.actDate());
        }
        if (form.actAmount() != null && form.actAmount().signum() < 0) {
            throw UserFacingException.badRequest("reconsideration.error.amount");
        }
        cn.fazhi.platform.validation.NumericColumn.ACT_AMOUNT.check(form.actAmount(), "reconsideration.field.actAmount");
        List<String> namedThirdParties = form.thirdParties() == null ? List.of()
                : form.thirdParties().stream().map(CaseDesk::text).filter(java.util.Objects::nonNull).toList();
        List<PartyRow> identifiedThirdParties = new ArrayList<>();
        if (form.thirdPartyDetails() != null) {
            for (ReconsiderationForms.ThirdParty t : form.thirdPartyDetails()) {
                if (t != null && CaseDesk.text(t.name()) != null) {
                    identifiedThirdParties.add(thirdParty(0, t));
                }
            }
        }
        boolean rightsNotified = !Boolean.FALSE.equals(form.rightsNotified());
        LocalDate rightsLearnedOn = null;
        if (!rightsNotified) {
            rightsLearnedOn = CaseDesk.notFuture(form.rightsLearnedOn(), "rightsLearnedOn", today);
            if (rightsLearnedOn.isAfter(receivedOn)) {
                throw UserFacingException.badRequest("reconsideration.error.learnedAfterReceipt");
            }
        }
        LocalDate windowEnds = ReconsiderationPeriods.applicationWindowEnd(this::count, learnedOn, rightsNotified,
                rightsLearnedOn);
        ReconsiderationCase c = ReconsiderationCase.received(channel, receivedOn, learnedOn, windowEnds, act,
                form.actDate(), CaseDesk.text(form.actDocumentNo()), form.actCategory(), form.actAmount(),
                form.requests().strip(), unitId, township == null ? Regions.DISTRICT_CODE : township, name);
        c.timeLimits(rightsNotified, rightsLearnedOn, Boolean.TRUE.equals(form.immovableProperty()), windowEnds);
        c.actKind(form.actKind());
        String number = numbers.next(TYPE, "district", receivedOn.getYear());
        c.numbered(0, number);
        long id = repository.insert(c, OffsetDateTime.now(clock), Actors.current());
        c = repository.find(id).orElseThrow();
        boolean person = kind == PartyKind.PERSON;
        repository.insertParty(new PartyRow(0, id, PartyRole.APPLICANT, kind, name, applicant.identifierEnc(),
                applicant.identifierIndex(), person ? applicant.identifierMasked() : null,
                person ? null : identifier.toUpperCase(), applicant.phoneEnc(), applicant.phoneMasked(), township,
                CaseDesk.text(form.applicantAddress())));
        for (String t : namedThirdParties) {
            repository.insertParty(new PartyRow(0, id, PartyRole.THIRD_PARTY, null, t, null, null,
                    null, null, null, null, null, null));
        }
        for (PartyRow t : identifiedThirdParties) {
            repository.insertParty(new PartyRow(0, id, t.role(), t.kind(), t.name(), t.idNumberEnc(), t.idNumberIndex(),
                    t.idNumberMasked(), t.uscc(), null, null, null, null));
        }
        c.acceptanceClock(start(id, ReconsiderationPeriods.ACCEPTANCE_REVIEW, receivedOn));
        repository.update(c);
        String detail = number + " · " + receivedOn + (c.late() ? " · " + windowEnds : "");
        steps.created(repository, c, "registered", StepOutcome.of(
                new cn.fazhi.reconsideration.events.ApplicationReceived(id, number, receivedOn, c.late()), detail));
        return c;
    }

    /**
     * A third party checked like an applicant: the identifier matching its kind, validated and sealed by the kernel
     * ({@link CaseParties}); an organisation's USCC is public and kept as given (normalised).
     */
    private PartyRow thirdParty(long caseId, ReconsiderationForms.ThirdParty t) {
        PartyKind kind = t.kind();
        boolean person = kind == PartyKind.PERSON;
        String identifier = CaseDesk.text(person ? t.idNumber() : t.uscc());
        CaseParties.Sealed sealed = parties.seal(person, identifier, null);
        return new PartyRow(0, caseId, PartyRole.THIRD_PARTY, kind, t.name().strip(), sealed.identifierEnc(),
                sealed.identifierIndex(), person ? sealed.identifierMasked() : null,
                person || identifier == null ? null : identifier.toUpperCase(), null, null, null, null);
    }

    /** A third party joins the case (行政复议法 Art. 16), identified as a person or an organisation. */
    @Transactional
    public ReconsiderationCaseView addThirdParty(long id, ReconsiderationForms.ThirdParty form) {
        desk.check(form);
        PartyRow row = thirdParty(id, form);
        String detail = row.name() + (row.idNumberMasked() != null ? " " + row.idNumberMasked()
                : row.uscc() != null ? " " + row.uscc() : "");
        return step(id, form.version(), "thirdParty", c -> {
            c.thirdPartyJoins();
            repository.insertParty(row);
            return StepOutcome.of(null, detail);
        });
    }

    /** The last day of the 60-day application window (行政复议法 Art. 20(1)), counted by the legal calendar. */
    public LocalDate window(LocalDate learnedOn) {
        StatutoryPeriod p = ReconsiderationPeriods.APPLICATION_WINDOW;
        return calendar.deadline(learnedOn, p.amount(), p.unit()).deadline();
    }

    private LocalDate count(LocalDate from, StatutoryPeriod period) {
        return calendar.deadline(from, period.amount(), period.unit()).deadline();
    }

    /** Art. 21: the last day the case may be accepted, or null when the act's date is not known. */
    private LocalDate lastAcceptableDay(ReconsiderationCase c) {
        return c.actDate() == null ? null
                : ReconsiderationPeriods.lastAcceptableDay(this::count, c.actDate(), c.immovableProperty());
    }

    private long start(long id, StatutoryPeriod period, LocalDate from) {
        return clocks.start(TYPE, Long.toString(id), period.name(), from, period.amount(), period.unit());
    }

    /** One step through the kernel (the case row locked first, see {@link CaseDesk#step}), then the case as seen. */
    private ReconsiderationCaseView step(long id, Integer version, String step,
            Function<ReconsiderationCase, StepOutcome> body) {
        return view(desk.step(repository, repository::lock, ReconsiderationCase.TABLE, id, version, step, body));
    }

    private static StepOutcome outcome(Object event, Object detail) {
        return StepOutcome.of(event, detail == null ? null : detail.toString());
    }

    // ---- acceptance review (Arts. 30, 31) ----

    @Transactional
    public ReconsiderationCaseView accept(long id, AcceptApplication form) {
        desk.check(form);
        LocalDate on = CaseDesk.notFuture(form.acceptedOn(), "acceptedOn", today());
        return step(id, form.version(), "accept", c -> {
            LocalDate lastDay = lastAcceptableDay(c);
            if (lastDay != null && c.receivedOn().isAfter(lastDay)) {
                throw UserFacingException.conflict(c.immovableProperty() ? "reconsideration.error.cutoffImmovable"
                        : "reconsideration.error.cutoffOther", lastDay);
            }
            Object event = c.accept(on, form.procedure(), Boolean.TRUE.equals(form.allPartiesConsent()),
                    deadlineOf(c.acceptanceClockId()));
            startProcedureClocks(c);
            return outcome(event, on);
        });
    }

    private void startProcedureClocks(ReconsiderationCase c) {
        c.decisionClock(start(c.id(), ReconsiderationPeriods.decision(c.procedure()), c.acceptedOn()));
        c.serviceClock(start(c.id(), ReconsiderationPeriods.service(c.procedure()), c.acceptedOn()));
    }

    @Transactional
    public ReconsiderationCaseView decline(long id, DeclineApplication form) {
        desk.check(form);
        String reasons = form.reasons().strip();
        String organ = CaseDesk.text(form.competentOrgan());
        LocalDate on = form.decidedOn() == null ? today() : CaseDesk.notFuture(form.decidedOn(), "decidedOn", today());
        return step(id, form.version(), "decline",
                c -> outcome(c.decline(reasons, organ, on, deadlineOf(c.acceptanceClockId())), on + ": " + reasons));
    }

    @Transactional
    public ReconsiderationCaseView requestCorrection(long id, RequestCorrection form) {
        desk.check(form);
        String items = form.items().strip();
        LocalDate on = CaseDesk.notFuture(form.noticeOn(), "noticeOn", today());
        return step(id, form.version(), "correction", c -> {
            Object event = c.requestCorrection(items, on, deadlineOf(c.acceptanceClockId()));
            c.correctionClock(start(c.id(), ReconsiderationPeriods.CORRECTION_REPLY, on));
            return outcome(event, on + ": " + items);
        });
    }

    /** The 补正 arrived: a fresh five-working-day review starts from that day (Art. 31(2)). */
    @Transactional
    public ReconsiderationCaseView correctionReceived(long id, RecordDate form) {
        desk.check(form);
        LocalDate on = CaseDesk.notFuture(form.on(), "on", today());
        return step(id, form.version(), "correctionReply", c -> {
            Object event = c.correctionReceived(on);
            c.acceptanceClock(start(c.id(), ReconsiderationPeriods.ACCEPTANCE_REVIEW, on));
            return outcome(event, on);
        });
    }

    @Transactional
    public ReconsiderationCaseView abandon(long id, Integer version) {
        return step(id, version, "abandon", c -> outcome(c.abandon(deadlineOf(c.correctionClockId()), today()), null));
    }

    /** 视为受理 once the review period has run out with no decision (Art. 30(2)). */
    @Transactional
    public ReconsiderationCaseView deemAccepted(long id, Integer version) {
        return step(id, version, "deemAccept", c -> outcome(deem(c), null));
    }

    private Object deem(ReconsiderationCase c) {
        Object event = c.deemAccepted(deadlineOf(c.acceptanceClockId()), today());
        startProcedureClocks(c);
        return event;
    }

    /**
     * The daily check: every application whose review period has run out without a decision becomes 视为受理 — a
     * system step of the kernel ({@link CaseSteps#systemStep}), the case row locked first as in every step. Returns
     * how many changed. Runs without a user (no data scope).
     */
    public int deemAcceptedWhereDue() {
        int n = 0;
        for (long id : repository.underReview()) {
            Boolean changed;
            try {
                changed = transactions.execute(tx -> {
                    ReconsiderationCase c = repository.lock(id).orElse(null);
                    ClockStatus s = c == null || c.acceptanceClockId() == null ? null
                            : clocks.status(c.acceptanceClockId(), today());
                    if (c == null || c.status() != Status.RECEIVED || s == null || s.state() != ClockState.EXPIRED) {
                        return false;
                    }
                    steps.systemStep(repository, ReconsiderationCase.TABLE, id, "deemAccept",
                            locked -> outcome(deem(locked), "daily check"));
                    return true;
                });
            } catch (UserFacingException | org.springframework.dao.OptimisticLockingFailureException e) {
                // another node (or a person) changed this case at the same moment; it is no longer ours to deem
                changed = false;
            }
            n += Boolean.TRUE.equals(changed) ? 1 : 0;
        }
        return n;
    }

    private LocalDate deadlineOf(Long clockId) {
        return clockId == null ? null : clocks.status(clockId, today()).deadline();
    }

    // ---- procedure after acceptance ----

    @Transactional
    public ReconsiderationCaseView serveCopy(long id, RecordDate form) {
        desk.check(form);
        LocalDate on = CaseDesk.notFuture(form.on(), "on", today());
        return step(id, form.version(), "serve", c -> {
            Object event = c.serveCopy(on);
            c.answerClock(start(c.id(), ReconsiderationPeriods.answer(c.procedure()), on));
            return outcome(event, on);
        });
    }

    @Transactional
    public ReconsiderationCaseView answerReceived(long id, RecordDate form) {
        desk.check(form);
        LocalDate on = CaseDesk.notFuture(form.on(), "on", today());
        return step(id, form.version(), "answer", c -> outcome(c.answerReceived(on), on));
    }

    @Transactional
    public ReconsiderationCaseView scheduleHearing(long id, ScheduleHearing form) {
        desk.check(form);
        LocalDate hearingOn = form.hearingOn();
        LocalDate noticeOn = CaseDesk.notFuture(form.noticeOn(), "noticeOn", today());
        StatutoryPeriod p = ReconsiderationPeriods.HEARING_NOTICE;
        LocalDate earliest = calendar.deadline(noticeOn, p.amount(), p.unit()).deadline();
        return step(id, form.version(), "hearing",
                c -> outcome(c.scheduleHearing(hearingOn, noticeOn, earliest), hearingOn + " · " + noticeOn));
    }

    @Transactional
    public ReconsiderationCaseView recordHearing(long id, RecordHearing form) {
        desk.check(form);
        boolean attended = form.headAttended();
        String head = attended ? CaseDesk.text(form.headName()) : null;
        if (attended && head == null) {
            throw UserFacingException.badRequest("reconsideration.error.required", CaseDesk.label("headName"));
        }
        return step(id, form.version(), "hearingRecord", c -> outcome(c.hearingHeld(attended, head), attended ? head : "—"));
    }

    /** 简易 → 普通 (Art. 55): the decision clock grows from 30 to 60 days, keeping any suspension. */
    @Transactional
    public ReconsiderationCaseView switchToOrdinary(long id, SwitchToOrdinary form) {
        desk.check(form);
        String approvedBy = form.approvedBy().strip();
        return step(id, form.version(), "switch", c -> {
            Object event = c.switchToOrdinary(approvedBy);
            int extra = ReconsiderationPeriods.ORDINARY_DECISION.amount() - ReconsiderationPeriods.SIMPLIFIED_DECISION.amount();
            clocks.extend(c.decisionClockId(), extra, PeriodUnit.DAYS, "Reconsideration Law Art. 55: " + approvedBy);
            return outcome(event, approvedBy);
        });
    }

    @Transactional
    public ReconsiderationCaseView extendDecisionPeriod(long id, ExtendDecisionPeriod form) {
        desk.check(form);
        int days = form.days();
        String approvedBy = form.approvedBy().strip();
        String reason = form.reason().strip();
        LocalDate approvedOn = CaseDesk.notFuture(form.approvedOn(), "approvedOn", today());
        return step(id, form.version(), "extend", c -> {
            Object event = c.extendDecisionPeriod(days, approvedBy, approvedOn, deadlineOf(c.decisionClockId()));
            clocks.extend(c.decisionClockId(), days, PeriodUnit.DAYS, approvedOn,
                    "Reconsideration Law Art. 62: " + approvedBy + ", " + reason);
            return outcome(event, "+" + days + " · " + approvedBy + " · " + approvedOn + " · " + reason);
        });
    }

    @Transactional
    public ReconsiderationCaseView suspend(long id, SuspendCase form) {
        desk.check(form);
        LocalDate on = CaseDesk.notFuture(form.on(), "on", today());
        String reason = form.reason().strip();
        return step(id, form.version(), "suspend", c -> {
            Object event = c.suspend(on, reason);
            clocks.suspend(c.decisionClockId(), on, reason);
            return outcome(event, on + ": " + reason);
        });
    }

    @Transactional
    public ReconsiderationCaseView resume(long id, ResumeCase form) {
        desk.check(form);
        LocalDate on = CaseDesk.notFuture(form.on(), "on", today());
        String reason = form.reason().strip();
        return step(id, form.version(), "resume", c -> {
            Object event = c.resume(on);
            clocks.resume(c.decisionClockId(), on, reason);
            return outcome(event, on + ": " + reason);
        });
    }

    @Transactional
    public ReconsiderationCaseView decide(long id, IssueDecision form) {
        desk.check(form);
        LocalDate on = CaseDesk.notFuture(form.decidedOn(), "decidedOn", today());
        String summary = form.summary().strip();
        return step(id, form.version(), "decide", c -> outcome(c.decide(form.decisionType(), on, summary), on));
    }

    @Transactional
    public ReconsiderationCaseView terminate(long id, TerminateCase form) {
        desk.check(form);
        LocalDate on = CaseDesk.notFuture(form.on(), "on", today());
        String summary = form.summary().strip();
        return step(id, form.version(), "terminate", c -> outcome(c.terminate(form.ground(), on, summary), on));
    }

    @Transactional
    public ReconsiderationCaseView dismiss(long id, DismissApplication form) {
        desk.check(form);
        LocalDate on = CaseDesk.notFuture(form.on(), "on", today());
        String reasons = form.reasons().strip();
        return step(id, form.version(), "dismiss", c -> outcome(c.dismiss(on, reasons), on));
    }

    /** The applicant received the decision (送达, Art. 75): the 15-day suit period starts (Art. 34, 行政诉讼法 Art. 45). */
    @Transactional
    public ReconsiderationCaseView decisionServed(long id, RecordDate form) {
        desk.check(form);
        LocalDate on = CaseDesk.notFuture(form.on(), "on", today());
        return step(id, form.version(), "serveDecision", c -> {
            c.decisionServed(on);
            return outcome(null, on);
        });
    }

    /**
     * The suit period that applies now, or null: Art. 34 after 不予受理/驳回申请 (from service) or once the
     * reconsideration period ran out undecided (from its last day); 行政诉讼法 Art. 45 after a merits decision.
     * {@code deadline} is null while the decision has not been served.
     */
    private ReconsiderationCaseView.SuitView suit(ReconsiderationCase c, List<ClockView> clockViews) {
        ClockView decision = clockViews.stream()
                .filter(v -> v.name().equals(ReconsiderationPeriods.ORDINARY_DECISION.name())).findFirst().orElse(null);
        boolean expired = decision != null && "EXPIRED".equals(decision.state());
        StatutoryPeriod period = ReconsiderationPeriods.suitPeriod(c.status(), expired);
        if (period == null) {
            return null;
        }
        LocalDate from = c.status().isFinal() ? c.decisionServedOn() : decision.deadline();
        if (from == null) {
            return new ReconsiderationCaseView.SuitView(period.name(), null, null, false);
        }
        var d = calendar.deadline(from, period.amount(), period.unit());
        return new ReconsiderationCaseView.SuitView(period.name(), from, d.deadline(), d.provisional());
    }

    @Transactional
    public ReconsiderationCaseView issueOpinionLetter(long id, IssueOpinionLetter form) {
        desk.check(form);
        LocalDate on = CaseDesk.notFuture(form.on(), "on", today());
        String content = form.content().strip();
        return step(id, form.version(), "opinion", c -> {
            Object event = c.issueOpinionLetter(on, content);
            c.opinionClock(start(c.id(), ReconsiderationPeriods.OPINION_FOLLOW_UP, on));
            return outcome(event, on);
        });
    }

    @Transactional
    public ReconsiderationCaseView opinionReplied(long id, RecordDate form) {
        desk.check(form);
        LocalDate on = CaseDesk.notFuture(form.on(), "on", today());
        return step(id, form.version(), "opinionReply", c -> {
            c.opinionReplied(on);
            return outcome(null, on);
        });
    }

    /** Assigns the case to a user holding {@code reconsideration:handle} whose scope covers it: a kernel step. */
    @Transactional
    public ReconsiderationCaseView assign(long id, ReconsiderationForms.AssignHandler form) {
        desk.check(form);
        return step(id, form.version(), "assign", c -> {
            var handler = desk.candidate(HANDLE, c.unitId(), c.regionCode(), form.handlerId());
            c.assign(handler.id());
            return outcome(null, handler.displayName() + " (" + handler.unitName() + ")");
        });
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public ReconsiderationCaseView get(long id) {
        return view(desk.load(repository, id));
    }

    /** Who may be assigned the case. */
    @Transactional(readOnly = true)
    public List<cn.fazhi.identity.Assignees.Assignee> assignees(long id) {
        ReconsiderationCase c = desk.load(repository, id);
        return desk.candidates(HANDLE, c.unitId(), c.regionCode());
    }

    /** Everything the case page shows, the case loaded (and its scope checked) once. */
    public record CasePage(ReconsiderationCaseView c, List<cn.fazhi.cases.TimelineEntry> timeline,
            List<cn.fazhi.cases.Attachment> attachments, List<CaseParties.Shown> parties,
            List<cn.fazhi.identity.Assignees.Assignee> assignees) {}

    @Transactional(readOnly = true)
    public CasePage page(long id) {
        ReconsiderationCase c = desk.load(repository, id);
        ReconsiderationCaseView v = view(c);
        List<CaseParties.Shown> shown = new ArrayList<>();
        for (int i = 0; i < v.parties().size(); i++) {
            ReconsiderationCaseView.Party p = v.parties().get(i);
            shown.add(new CaseParties.Shown(i, p.role(), p.kind(), p.name(),
                    p.idNumberMasked() != null ? p.idNumberMasked() : p.uscc(), p.phoneMasked()));
        }
        return new CasePage(v, desk.timelineOf(ref(id)), desk.attachmentsOf(ref(id)), shown,
                v.allowedActions().contains("assign") ? desk.candidates(HANDLE, c.unitId(), c.regionCode()) : List.of());
    }

    /** The case's parties as the kernel's page fragment shows them: names and masked numbers only. */
    @Transactional(readOnly = true)
    public List<CaseParties.Shown> parties(long id) {
        desk.load(repository, id);
        return repository.parties(id).stream().map(p -> new CaseParties.Shown(p.id(), p.role().name(),
                p.kind() == null ? null : p.kind().name(), p.name(),
                p.idNumberMasked() != null ? p.idNumberMasked() : p.uscc(), p.phoneMasked())).toList();
    }

    /** The cases assigned to the caller, in scope, with the same filters. */
    @Transactional(readOnly = true)
    public List<ReconsiderationCaseView> searchMine(Status status, String townshipCode, boolean overdueOnly, String text) {
        Long me = caller.userId();
        if (me == null) {
            return List.of();
        }
        return views(repository.search(caller.scope(), new Criteria(status, townshipCode, overdueOnly, text, me), 300))
                .stream().filter(v -> !overdueOnly || v.overdue()).toList();
    }

    /** Cases in the caller's scope, newest first; {@code overdueOnly} keeps those with a statutory deadline passed. */
    @Transactional(readOnly = true)
    public List<ReconsiderationCaseView> search(Status status, String townshipCode, boolean overdueOnly, String text) {
        return search(status, townshipCode, overdueOnly, text, 300);
    }

    /** The same search without the page-size cap of the list, for exports (a district has ~100 cases a year). */
    @Transactional(readOnly = true)
    public List<ReconsiderationCaseView> searchForExport(Status status, String townshipCode, boolean overdueOnly, String text) {
        return search(status, townshipCode, overdueOnly, text, 100_000);
    }

    private List<ReconsiderationCaseView> search(Status status, String townshipCode, boolean overdueOnly, String text,
            int limit) {
        return views(repository.search(caller.scope(), new Criteria(status, townshipCode, overdueOnly, text), limit))
                .stream().filter(v -> !overdueOnly || v.overdue()).toList();
    }

    /** Attaches a file to a visible case (application materials, evidence, notices), in the timeline. */
    @Transactional
    public cn.fazhi.cases.Attachment attach(long id, String fileName, java.io.InputStream content, String kind) {
        return desk.attach(repository, id, fileName, content, kind);
    }

    @Transactional(readOnly = true)
    public List<cn.fazhi.cases.Attachment> attachments(long id) {
        return desk.attachments(repository, id);
    }

    @Transactional(readOnly = true)
    public List<cn.fazhi.cases.TimelineEntry> timeline(long id) {
        return desk.timeline(repository, id);
    }

    public CaseRef ref(long id) {
        return new CaseRef(TYPE, id);
    }



    @Override
    @Transactional(readOnly = true)
    public List<DueItem> openDeadlines(DataScope scope, LocalDate until) {
        List<DueItem> items = new ArrayList<>();
        List<ReconsiderationCase> open = repository.open(scope);
        Map<Long, ClockStatus> statuses = clockStatuses(open);
        for (ReconsiderationCase c : open) {
            for (ClockView clockView : clockViews(c, statuses)) {
                if (!"DONE".equals(clockView.state()) && clockView.deadline() != null && !clockView.deadline().isAfter(until)) {
                    String title = c.actDescription().length() > 40 ? c.actDescription().substring(0, 40) : c.actDescription();
                    items.add(new DueItem(ref(c.id()), c.caseNumber(), title, clockView.name(), clockView.deadline(),
                            c.unitId(), c.regionCode(), "/reconsideration/" + c.id()));
                }
            }
        }
        return items;
    }

    /** Consultations per point in a period (复议咨询服务点). */
    @Transactional(readOnly = true)
    public List<PointCount> consultationCounts(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw UserFacingException.badRequest("reconsideration.error.required", CaseDesk.label(from == null ? "from" : "to"));
        }
        return repository.consultationCounts(from, to);
    }

    @Transactional
    public void registerConsultation(RegisterConsultation form) {
        desk.check(form);
        long point = form.pointId();
        LocalDate on = CaseDesk.notFuture(form.consultedOn(), "consultedOn", today());
        String topic = form.topic().strip();
        repository.insertConsultation(point, on, topic, OffsetDateTime.now(clock), Actors.current());
        audit.record(AuditEntry.of("reconsideration.consultation", "reconsideration_consultation_point", point, on + ": " + topic));
    }

    ReconsiderationCaseView view(ReconsiderationCase c) {
        return views(List.of(c)).get(0);
    }

    /**
     * The views of many cases with a fixed number of queries whatever their number: the clocks of all in two, the
     * parties of all in one, the units once, each distinct handler's name once.
     */
    List<ReconsiderationCaseView> views(List<ReconsiderationCase> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        Map<Long, ClockStatus> statuses = clockStatuses(cases);
        Map<Long, List<PartyRow>> partyRows = repository.parties(cases.stream().map(ReconsiderationCase::id).toList());
        Map<Long, String> unitNames = new HashMap<>();
        units.all().forEach(u -> unitNames.put(u.id(), u.name()));
        Map<Long, String> handlerNames = desk.handlerNames(cases.stream().map(ReconsiderationCase::handlerId).toList());
        List<ReconsiderationCaseView> views = new ArrayList<>(cases.size());
        for (ReconsiderationCase c : cases) {
            views.add(view(c, clockViews(c, statuses), partyRows.getOrDefault(c.id(), List.of()),
                    unitNames.getOrDefault(c.unitId(), ""), handlerNames.get(c.handlerId())));
        }
        return views;
    }

    private ReconsiderationCaseView view(ReconsiderationCase c, List<ClockView> clockViews, List<PartyRow> partyRows,
            String unitName, String handlerName) {
        boolean overdue = clockViews.stream().anyMatch(v -> "EXPIRED".equals(v.state()));
        boolean reviewOver = c.status() == Status.RECEIVED && clockViews.stream()
                .anyMatch(v -> v.name().equals(ReconsiderationPeriods.ACCEPTANCE_REVIEW.name()) && "EXPIRED".equals(v.state()));
        boolean correctionOver = c.status() == Status.CORRECTION_REQUESTED && clockViews.stream()
                .anyMatch(v -> v.name().equals(ReconsiderationPeriods.CORRECTION_REPLY.name()) && "EXPIRED".equals(v.state()));
        List<ReconsiderationCaseView.Party> partyViews = partyRows.stream()
                .map(p -> new ReconsiderationCaseView.Party(p.role().name(), p.kind() == null ? null : p.kind().name(),
                        p.name(), p.idNumberMasked(), p.uscc(), p.phoneMasked(), p.townshipCode(), p.address()))
                .toList();
        LocalDate lastDay = lastAcceptableDay(c);
        return new ReconsiderationCaseView(c.id(), c.caseNumber(), c.status().name(), c.channel().name(), c.receivedOn(),
                c.learnedOn(), c.windowEndsOn(), c.late(), c.actDescription(), c.actDate(), c.actDocumentNo(),
                c.actCategory().name(), c.actAmount(), c.requests(), c.unitId(), unitName, c.regionCode(),
                c.applicantName(), c.procedure() == null ? null : c.procedure().name(), c.acceptedOn(),
                c.deemedAccepted(), c.notAcceptedReasons(), c.competentOrgan(), c.correctionItems(),
                c.correctionNoticeOn(), c.correctionReplyOn(), c.copyServedOn(), c.answerReceivedOn(), c.hearingOn(),
                c.hearingNoticeOn(), c.hearingHeld(), c.hearingHeadAttended(), c.hearingHeadName(),
                c.decisionType() == null ? null : c.decisionType().name(),
                c.decisionType() == null ? null : c.decisionType().article(), c.decidedOn(), c.decisionSummary(),
                c.terminationGround() == null ? null : c.terminationGround().name(), c.suspensionReason(),
                c.decisionExtended(), c.opinionIssuedOn(), c.opinionContent(), c.opinionRepliedOn(), partyViews,
                clockViews, overdue, reviewOver, actions(c, reviewOver, correctionOver), c.version(),
                c.rightsNotified(), c.rightsLearnedOn(), c.immovableProperty(), lastDay,
                lastDay != null && c.receivedOn().isAfter(lastDay), c.decisionServedOn(), suit(c, clockViews),
                c.handlerId(), handlerName, c.actKind() == null ? null : c.actKind().name());
    }

    private Map<Long, ClockStatus> clockStatuses(List<ReconsiderationCase> cases) {
        List<Long> ids = new ArrayList<>();
        for (ReconsiderationCase c : cases) {
            java.util.stream.Stream.of(c.acceptanceClockId(), c.correctionClockId(), c.serviceClockId(),
                    c.answerClockId(), c.decisionClockId(), c.opinionClockId()).filter(java.util.Objects::nonNull)
                    .forEach(ids::add);
        }
        return ids.isEmpty() ? Map.of() : clocks.statuses(ids, today());
    }

    private static List<ClockView> clockViews(ReconsiderationCase c, Map<Long, ClockStatus> statuses) {
        List<ClockView> list = new ArrayList<>();
        add(list, statuses, c.acceptanceClockId(), c.status() != Status.RECEIVED);
        add(list, statuses, c.correctionClockId(), c.status() != Status.CORRECTION_REQUESTED);
        add(list, statuses, c.serviceClockId(), c.copyServedOn() != null || c.status().isFinal());
        add(list, statuses, c.answerClockId(), c.answerReceivedOn() != null || c.status().isFinal());
        add(list, statuses, c.decisionClockId(), c.status().isFinal());
        add(list, statuses, c.opinionClockId(), c.opinionRepliedOn() != null);
        return list;
    }

    private static void add(List<ClockView> list, Map<Long, ClockStatus> statuses, Long clockId, boolean done) {
        ClockStatus s = clockId == null ? null : statuses.get(clockId);
        if (s == null) {
            return;
        }
        list.add(new ClockView(s.name(), s.startDate(), s.deadline(), done ? "DONE" : s.state().name(), s.provisional(),
                s.daysSuspended()));
    }

    /**
     * The steps offered now: those the transition table allows in the case's status and the caller may take, less
     * those a fact of the case rules out (a copy served once, a hearing to record only once fixed, …).
     */
    private Set<String> actions(ReconsiderationCase c, boolean reviewOver, boolean correctionOver) {
        Set<String> a = new LinkedHashSet<>(ReconsiderationCase.TABLE.available(c.status(), caller));
        if (!reviewOver) {
            a.remove("deemAccept");
        }
        if (!correctionOver) {
            a.remove("abandon");
        }
        if (c.copyServedOn() != null) {
            a.remove("serve");
        }
        if (c.copyServedOn() == null || c.answerReceivedOn() != null) {
            a.remove("answer");
        }
        if (c.hearingOn() == null || c.hearingHeld()) {
            a.remove("hearingRecord");
        }
        if (c.procedure() != Procedure.SIMPLIFIED) {
            a.remove("switch");
        }
        if (c.procedure() != Procedure.ORDINARY || c.decisionExtended()) {
            a.remove("extend");
        }
        if (c.opinionIssuedOn() != null) {
            a.remove("opinion");
        }
        if (c.opinionIssuedOn() == null || c.opinionRepliedOn() != null) {
            a.remove("opinionReply");
        }
        if (c.decisionServedOn() != null) {
            a.remove("serveDecision");
        }
        return a;
    }
}
