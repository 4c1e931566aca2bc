package cn.fazhi.reconsideration;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.calendar.ClockState;
import cn.fazhi.calendar.ClockStatus;
import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.LegalClocks;
import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.cases.CaseAccess;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.cases.DeadlineSource;
import cn.fazhi.cases.DueItem;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.organisation.RegionLevel;
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
 * Reconsideration cases: registration (by staff or online), acceptance review, procedure, decisions. Every change is
 * one transaction with its timeline entry, audit record, legal clocks and published event. Callers see only the
 * cases their data scope covers (respondent unit for UNIT scope, the applicant's township otherwise); other ids are 404.
 */
@Service
public class ReconsiderationCases implements CaseAccess, DeadlineSource {

    public static final String TYPE = "reconsideration";
    public static final String VIEW = "reconsideration:view";
    public static final String REGISTER = "reconsideration:register";
    public static final String REVIEW = "reconsideration:review";
    public static final String HANDLE = "reconsideration:handle";

    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final ReconsiderationRepository repository;
    private final CaseNumbers numbers;
    private final CaseTimeline timeline;
    private final cn.fazhi.cases.CaseAttachments attachments;
    private final LegalCalendar calendar;
    private final LegalClocks clocks;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final PersonalDataCipher cipher;
    private final Units units;
    private final Regions regions;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final CaseHandlers handlers;
    private final ScopedCases<ReconsiderationCase> scoped;
    private final SecureRandom random = new SecureRandom();
    private org.springframework.transaction.support.TransactionTemplate transactions;

    @org.springframework.beans.factory.annotation.Autowired
    void transactions(org.springframework.transaction.PlatformTransactionManager manager) {
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(manager);
    }

    ReconsiderationCases(ReconsiderationRepository repository, CaseNumbers numbers, CaseTimeline timeline,
            cn.fazhi.cases.CaseAttachments attachments, LegalCalendar calendar, LegalClocks clocks, AuditTrail audit, ApplicationEventPublisher events,
            PersonalDataCipher cipher, Units units, Regions regions, CurrentUsers currentUsers, Clock clock,
            CaseHandlers handlers) {
        this.handlers = handlers;
        this.scoped = new ScopedCases<>(TYPE, VIEW, repository::find, repository::lock, ReconsiderationCase::version,
                ReconsiderationCase::unitId, ReconsiderationCase::regionCode, currentUsers, timeline, attachments);
        this.repository = repository;
        this.numbers = numbers;
        this.timeline = timeline;
        this.attachments = attachments;
        this.calendar = calendar;
        this.clocks = clocks;
        this.audit = audit;
        this.events = events;
        this.cipher = cipher;
        this.units = units;
        this.regions = regions;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- registration ----

    /** Registers an application received by the office (in person, by post, or typed in from the portal). */
    @Transactional
    public ReconsiderationCaseView register(RegisterApplication form) {
        // Staff register only what their data scope covers: the respondent unit, or the applicant's township. An
        // unknown township is no scope question but a wrong input: create() refuses it with a 400.
        String region = form.applicantTownship() == null || form.applicantTownship().isBlank() ? Regions.DISTRICT_CODE
                : form.applicantTownship().strip();
        boolean knownRegion = region.length() <= 12 && regions.find(region).isPresent();
        if (form.respondentUnitId() != null && knownRegion
                && !currentUsers.scope().covers(form.respondentUnitId(), region)) {
            throw UserFacingException.forbidden("reconsideration.error.outsideScope");
        }
        ReconsiderationCase c = create(form, Inputs.required(form.channel(), "channel"));
        return view(c);
    }

    /** An online application from the public portal; returns the tracking code and secret, shown once. */
    @Transactional
    public TrackingReceipt applyOnline(RegisterApplication form) {
        RegisterApplication online = new RegisterApplication(Channel.ONLINE_PORTAL, today(), null, form.learnedOn(),
                form.applicantKind(), form.applicantName(), form.applicantIdNumber(), form.applicantUscc(),
                form.applicantPhone(), form.applicantTownship(), form.applicantAddress(), form.respondentUnitId(),
                form.actDescription(), form.actDate(), form.actDocumentNo(), form.actCategory(), form.actAmount(),
                form.requests(), form.thirdParties(), form.rightsNotified(), form.rightsLearnedOn(),
                form.immovableProperty(), form.thirdPartyDetails());
        ReconsiderationCase c = create(online, Channel.ONLINE_PORTAL);
        String code = randomText(CODE_ALPHABET, 12);
        String secret = randomText("0123456789", 8);
        c.tracking(code, Sm3.hex(code + ":" + secret));
        repository.update(c);
        return new TrackingReceipt(c.caseNumber(), code, secret, c.late(), c.learnedOn(), c.windowEndsOn(),
                c.receivedOn());
    }

    /** Status and dates for whoever holds the tracking code and its secret; anything else is the same refusal. */
    @Transactional
    public TrackingView track(String code, String secret) {
        if (code == null || secret == null || code.isBlank() || secret.isBlank()) {
            throw UserFacingException.badRequest("reconsideration.track.invalid");
        }
        String normalised = code.strip().toUpperCase();
        Optional<ReconsiderationCase> found = repository.findByTrackingCode(normalised);
        String expected = found.map(ReconsiderationCase::secretSm3).orElse("0".repeat(64));
        boolean match = java.security.MessageDigest.isEqual(expected.getBytes(),
                Sm3.hex(normalised + ":" + secret.strip()).getBytes());
        if (found.isEmpty() || !match) {
            audit.recordIndependently(AuditEntry.of("reconsideration.track.refused", TYPE, normalised, "wrong code or secret").failed());
            throw UserFacingException.badRequest("reconsideration.track.invalid");
        }
        ReconsiderationCase c = found.get();
        LocalDate due = null;
        boolean provisional = false;
        if (c.decisionClockId() != null && !c.status().isFinal()) {
            ClockStatus s = clocks.status(c.decisionClockId(), today());
            due = s.deadline();
            provisional = s.provisional();
        }
        ReconsiderationCaseView.SuitView suit = suit(c, clockViews(c));
        return new TrackingView(c.caseNumber(), c.status().name(), c.receivedOn(), c.acceptedOn(), due, c.decidedOn(),
                c.decisionType() == null ? null : c.decisionType().name(), provisional || suit != null && suit.provisional(),
                suit);
    }

    private ReconsiderationCase create(RegisterApplication form, Channel channel) {
        LocalDate today = today();
        LocalDate submitted = channel == Channel.POST ? form.submittedOn()
                : Inputs.notFuture(form.submittedOn(), "submittedOn", today);
        LocalDate signedFor = channel == Channel.POST ? Inputs.notFuture(form.signedForOn(), "signedForOn", today) : null;
        LocalDate receivedOn = channel.receiptDate(submitted, signedFor);
        LocalDate learnedOn = Inputs.notFuture(form.learnedOn(), "learnedOn", today);
        if (learnedOn.isAfter(receivedOn)) {
            throw UserFacingException.badRequest("reconsideration.error.learnedAfterReceipt");
        }
        PartyKind kind = Inputs.required(form.applicantKind(), "applicantKind");
        String name = Inputs.text(form.applicantName(), "applicantName", 200);
        String idNumber = kind == PartyKind.PERSON
                ? idNumber(Inputs.required(form.applicantIdNumber(), "applicantIdNumber")) : null;
        String uscc = kind == PartyKind.PERSON ? null : uscc(Inputs.required(form.applicantUscc(), "applicantUscc"));
        String phone = Inputs.optional(form.applicantPhone(), "applicantPhone", 20);
        if (phone != null && !PhoneNumber.isValid(phone)) {
            throw UserFacingException.badRequest("reconsideration.error.phone");
        }
        String township = Inputs.optional(form.applicantTownship(), "applicantTownship", 12);
        if (township != null && regions.find(township).filter(r -> r.level() == RegionLevel.TOWNSHIP).isEmpty()) {
            throw UserFacingException.badRequest("reconsideration.error.township");
        }
        long unitId = Inputs.required(form.respondentUnitId(), "respondentUnitId");
        units.find(unitId).filter(UnitView::active)
                .orElseThrow(() -> UserFacingException.badRequest("reconsideration.error.unit"));
        String act = Inputs.text(form.actDescription(), "actDescription", 2000);
        if (form.actDate() != null && form.actDate().isAfter(today)) {
            throw UserFacingException.badRequest("reconsideration.error.future", Inputs.field("actDate"));
        }
        cn.fazhi.platform.validation.BusinessDates.check(form.actDate(), Inputs.field("actDate"), today);
        if (!ReconsiderationPeriods.learnedDatePossible(form.actDate(), learnedOn)) {
            throw UserFacingException.badRequest("reconsideration.error.learnedBeforeAct", learnedOn, form.actDate());
        }
        var category = Inputs.required(form.actCategory(), "actCategory");
        if (form.actAmount() != null && form.actAmount().signum() < 0) {
            throw UserFacingException.badRequest("reconsideration.error.amount");
        }
        cn.fazhi.platform.validation.NumericColumn.ACT_AMOUNT.check(form.actAmount(), "reconsideration.field.actAmount");
        String requests = Inputs.text(form.requests(), "requests", 2000);
        List<String> thirdParties = new ArrayList<>();
        if (form.thirdParties() != null) {
            for (String t : form.thirdParties()) {
                String v = Inputs.optional(t, "thirdParties", 200);
                if (v != null) {
                    thirdParties.add(v);
                }
            }
        }
        List<PartyRow> identifiedThirdParties = new ArrayList<>();
        if (form.thirdPartyDetails() != null) {
            for (ReconsiderationForms.ThirdParty t : form.thirdPartyDetails()) {
                if (t != null && t.name() != null && !t.name().isBlank()) {
                    identifiedThirdParties.add(thirdParty(0, t));
                }
            }
        }
        boolean rightsNotified = !Boolean.FALSE.equals(form.rightsNotified());
        LocalDate rightsLearnedOn = null;
        if (!rightsNotified) {
            rightsLearnedOn = Inputs.notFuture(form.rightsLearnedOn(), "rightsLearnedOn", today);
            if (rightsLearnedOn.isAfter(receivedOn)) {
                throw UserFacingException.badRequest("reconsideration.error.learnedAfterReceipt");
            }
        }
        LocalDate windowEnds = ReconsiderationPeriods.applicationWindowEnd(this::count, learnedOn, rightsNotified,
                rightsLearnedOn);
        ReconsiderationCase c = ReconsiderationCase.received(channel, receivedOn, learnedOn, windowEnds, act,
                form.actDate(), Inputs.optional(form.actDocumentNo(), "actDocumentNo", 100), category,
                form.actAmount(), requests, unitId, township == null ? Regions.DISTRICT_CODE : township, name);
        c.timeLimits(rightsNotified, rightsLearnedOn, Boolean.TRUE.equals(form.immovableProperty()), windowEnds);
        String number = numbers.next(TYPE, "district", receivedOn.getYear());
        c.numbered(0, number);
        long id = repository.insert(c, OffsetDateTime.now(clock), Actors.current());
        c = repository.find(id).orElseThrow();
        repository.insertParty(new PartyRow(0, id, PartyRole.APPLICANT, kind, name, cipher.encrypt(idNumber),
                cipher.blindIndex(idNumber), idNumber == null ? null : Masking.idNumber(idNumber), uscc,
                cipher.encrypt(phone), phone == null ? null : Masking.phone(phone), township,
                Inputs.optional(form.applicantAddress(), "applicantAddress", 300)));
        for (String t : thirdParties) {
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
        timeline.record(ref(id), "registered", detail);
        audit.record(AuditEntry.of("reconsideration.registered", TYPE, id, detail));
        events.publishEvent(new cn.fazhi.reconsideration.events.ApplicationReceived(id, number, receivedOn, c.late()));
        return c;
    }

    private static String idNumber(String given) {
        String idNumber = ResidentIdNumber.normalise(given);
        if (!ResidentIdNumber.isValid(idNumber)) {
            throw UserFacingException.badRequest("reconsideration.error.idNumber");
        }
        return idNumber;
    }

    private static String uscc(String given) {
        String uscc = given.strip().toUpperCase();
        if (!Uscc.isValid(uscc)) {
            throw UserFacingException.badRequest("reconsideration.error.uscc");
        }
        return uscc;
    }

    /** A third party checked like an applicant: the identifier matching its kind, validated, encrypted, masked. */
    private PartyRow thirdParty(long caseId, ReconsiderationForms.ThirdParty t) {
        PartyKind kind = Inputs.required(t.kind(), "thirdPartyKind");
        String name = Inputs.text(t.name(), "thirdParties", 200);
        String idNumber = null;
        String uscc = null;
        if (kind == PartyKind.PERSON && t.idNumber() != null && !t.idNumber().isBlank()) {
            idNumber = idNumber(t.idNumber());
        } else if (kind == PartyKind.ORGANISATION && t.uscc() != null && !t.uscc().isBlank()) {
            uscc = uscc(t.uscc());
        }
        return new PartyRow(0, caseId, PartyRole.THIRD_PARTY, kind, name, cipher.encrypt(idNumber),
                cipher.blindIndex(idNumber), idNumber == null ? null : Masking.idNumber(idNumber), uscc, null, null,
                null, null);
    }

    /** A third party joins the case (行政复议法 Art. 16), identified as a person or an organisation. */
    @Transactional
    public ReconsiderationCaseView addThirdParty(long id, ReconsiderationForms.ThirdParty form) {
        ReconsiderationCase c = scoped.forStep(id, form.version());
        if (c.status().isFinal()) {
            throw UserFacingException.conflict("reconsideration.error.notNow", new org.springframework.context.support
                    .DefaultMessageSourceResolvable(new String[] {"reconsideration.status." + c.status().name()},
                    c.status().name()));
        }
        PartyRow row = thirdParty(id, form);
        repository.insertParty(row);
        repository.update(c);
        String detail = row.name() + (row.idNumberMasked() != null ? " " + row.idNumberMasked()
                : row.uscc() != null ? " " + row.uscc() : "");
        timeline.record(ref(id), "thirdPartyAdded", detail);
        audit.record(AuditEntry.of("reconsideration.thirdPartyAdded", TYPE, id, detail));
        return view(c);
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

    // ---- acceptance review (Arts. 30, 31) ----

    @Transactional
    public ReconsiderationCaseView accept(long id, AcceptApplication form) {
        LocalDate on = Inputs.notFuture(form.acceptedOn(), "acceptedOn", today());
        Procedure procedure = Inputs.required(form.procedure(), "procedure");
        return step(id, form.version(), "accepted", on.toString(), c -> {
            LocalDate lastDay = lastAcceptableDay(c);
            if (lastDay != null && c.receivedOn().isAfter(lastDay)) {
                throw UserFacingException.conflict(c.immovableProperty() ? "reconsideration.error.cutoffImmovable"
                        : "reconsideration.error.cutoffOther", lastDay);
            }
            Object event = c.accept(on, procedure, Boolean.TRUE.equals(form.allPartiesConsent()),
                    deadlineOf(c.acceptanceClockId()));
            startProcedureClocks(c);
            return event;
        });
    }

    private void startProcedureClocks(ReconsiderationCase c) {
        c.decisionClock(start(c.id(), ReconsiderationPeriods.decision(c.procedure()), c.acceptedOn()));
        c.serviceClock(start(c.id(), ReconsiderationPeriods.service(c.procedure()), c.acceptedOn()));
    }

    @Transactional
    public ReconsiderationCaseView decline(long id, DeclineApplication form) {
        String reasons = Inputs.text(form.reasons(), "reasons", 2000);
        String organ = Inputs.optional(form.competentOrgan(), "competentOrgan", 200);
        LocalDate on = form.decidedOn() == null ? today() : Inputs.notFuture(form.decidedOn(), "decidedOn", today());
        return step(id, form.version(), "notAccepted", on + ": " + reasons,
                c -> c.decline(reasons, organ, on, deadlineOf(c.acceptanceClockId())));
    }

    @Transactional
    public ReconsiderationCaseView requestCorrection(long id, RequestCorrection form) {
        String items = Inputs.text(form.items(), "items", 2000);
        LocalDate on = Inputs.notFuture(form.noticeOn(), "noticeOn", today());
        return step(id, form.version(), "correctionRequested", on + ": " + items, c -> {
            Object event = c.requestCorrection(items, on, deadlineOf(c.acceptanceClockId()));
            c.correctionClock(start(c.id(), ReconsiderationPeriods.CORRECTION_REPLY, on));
            return event;
        });
    }

    /** The 补正 arrived: a fresh five-working-day review starts from that day (Art. 31(2)). */
    @Transactional
    public ReconsiderationCaseView correctionReceived(long id, RecordDate form) {
        LocalDate on = Inputs.notFuture(form.on(), "on", today());
        return step(id, form.version(), "correctionReceived", on.toString(), c -> {
            Object event = c.correctionReceived(on);
            c.acceptanceClock(start(c.id(), ReconsiderationPeriods.ACCEPTANCE_REVIEW, on));
            return event;
        });
    }

    @Transactional
    public ReconsiderationCaseView abandon(long id, Integer version) {
        return step(id, version, "abandoned", null, c -> c.abandon(deadlineOf(c.correctionClockId()), today()));
    }

    /** 视为受理 once the review period has run out with no decision (Art. 30(2)). */
    @Transactional
    public ReconsiderationCaseView deemAccepted(long id, Integer version) {
        return step(id, version, "deemedAccepted", null, c -> deem(c));
    }

    private Object deem(ReconsiderationCase c) {
        Object event = c.deemAccepted(deadlineOf(c.acceptanceClockId()), today());
        startProcedureClocks(c);
        return event;
    }

    /**
     * The daily check: every application whose review period has run out without a decision becomes 视为受理.
     * Returns how many changed. Runs without a user (no data scope).
     */
    public int deemAcceptedWhereDue() {
        int n = 0;
        for (long id : repository.underReview()) {
            Boolean changed;
            try {
                changed = transactions.execute(tx -> {
                    // the same lock order as a step: the case row first, the audit head last
                    ReconsiderationCase c = scoped.lockedForJob(id).orElseThrow();
                    ClockStatus s = c.acceptanceClockId() == null ? null : clocks.status(c.acceptanceClockId(), today());
                    if (c.status() != Status.RECEIVED || s == null || s.state() != ClockState.EXPIRED) {
                        return false;
                    }
                    apply(c, "deemedAccepted", "daily check", this::deem);
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
        LocalDate on = Inputs.notFuture(form.on(), "on", today());
        return step(id, form.version(), "copyServed", on.toString(), c -> {
            Object event = c.serveCopy(on);
            c.answerClock(start(c.id(), ReconsiderationPeriods.answer(c.procedure()), on));
            return event;
        });
    }

    @Transactional
    public ReconsiderationCaseView answerReceived(long id, RecordDate form) {
        LocalDate on = Inputs.notFuture(form.on(), "on", today());
        return step(id, form.version(), "answerReceived", on.toString(), c -> c.answerReceived(on));
    }

    @Transactional
    public ReconsiderationCaseView scheduleHearing(long id, ScheduleHearing form) {
        LocalDate hearingOn = Inputs.required(form.hearingOn(), "hearingOn");
        LocalDate noticeOn = Inputs.notFuture(form.noticeOn(), "noticeOn", today());
        StatutoryPeriod p = ReconsiderationPeriods.HEARING_NOTICE;
        LocalDate earliest = calendar.deadline(noticeOn, p.amount(), p.unit()).deadline();
        return step(id, form.version(), "hearingScheduled", hearingOn + " · " + noticeOn,
                c -> c.scheduleHearing(hearingOn, noticeOn, earliest));
    }

    @Transactional
    public ReconsiderationCaseView recordHearing(long id, RecordHearing form) {
        boolean attended = Inputs.required(form.headAttended(), "headAttended");
        String head = attended ? Inputs.text(form.headName(), "headName", 100) : null;
        return step(id, form.version(), "hearingHeld", attended ? head : "—",
                c -> c.hearingHeld(attended, head));
    }

    /** 简易 → 普通 (Art. 55): the decision clock grows from 30 to 60 days, keeping any suspension. */
    @Transactional
    public ReconsiderationCaseView switchToOrdinary(long id, SwitchToOrdinary form) {
        String approvedBy = Inputs.text(form.approvedBy(), "approvedBy", 100);
        return step(id, form.version(), "procedureSwitched", approvedBy, c -> {
            Object event = c.switchToOrdinary(approvedBy);
            int extra = ReconsiderationPeriods.ORDINARY_DECISION.amount() - ReconsiderationPeriods.SIMPLIFIED_DECISION.amount();
            clocks.extend(c.decisionClockId(), extra, PeriodUnit.DAYS, "Reconsideration Law Art. 55: " + approvedBy);
            return event;
        });
    }

    @Transactional
    public ReconsiderationCaseView extendDecisionPeriod(long id, ExtendDecisionPeriod form) {
        int days = Inputs.required(form.days(), "days");
        String approvedBy = Inputs.text(form.approvedBy(), "approvedBy", 100);
        String reason = Inputs.text(form.reason(), "reason", 400);
        LocalDate approvedOn = Inputs.notFuture(form.approvedOn(), "approvedOn", today());
        return step(id, form.version(), "decisionPeriodExtended",
                "+" + days + " · " + approvedBy + " · " + approvedOn + " · " + reason, c -> {
            Object event = c.extendDecisionPeriod(days, approvedBy, approvedOn, deadlineOf(c.decisionClockId()));
            clocks.extend(c.decisionClockId(), days, PeriodUnit.DAYS, approvedOn,
                    "Reconsideration Law Art. 62: " + approvedBy + ", " + reason);
            return event;
        });
    }

    @Transactional
    public ReconsiderationCaseView suspend(long id, SuspendCase form) {
        LocalDate on = Inputs.notFuture(form.on(), "on", today());
        String reason = Inputs.text(form.reason(), "reason", 400);
        return step(id, form.version(), "suspended", on + ": " + reason, c -> {
            Object event = c.suspend(on, reason);
            clocks.suspend(c.decisionClockId(), on, reason);
            return event;
        });
    }

    @Transactional
    public ReconsiderationCaseView resume(long id, ResumeCase form) {
        LocalDate on = Inputs.notFuture(form.on(), "on", today());
        String reason = Inputs.text(form.reason(), "reason", 400);
        return step(id, form.version(), "resumed", on + ": " + reason, c -> {
            Object event = c.resume(on);
            clocks.resume(c.decisionClockId(), on, reason);
            return event;
        });
    }

    @Transactional
    public ReconsiderationCaseView decide(long id, IssueDecision form) {
        var type = Inputs.required(form.decisionType(), "decisionType");
        LocalDate on = Inputs.notFuture(form.decidedOn(), "decidedOn", today());
        String summary = Inputs.text(form.summary(), "summary", 4000);
        return step(id, form.version(), "decided", on.toString(), c -> c.decide(type, on, summary));
    }

    @Transactional
    public ReconsiderationCaseView terminate(long id, TerminateCase form) {
        var ground = Inputs.required(form.ground(), "ground");
        LocalDate on = Inputs.notFuture(form.on(), "on", today());
        String summary = Inputs.text(form.summary(), "summary", 4000);
        return step(id, form.version(), "terminated", on.toString(), c -> c.terminate(ground, on, summary));
    }

    @Transactional
    public ReconsiderationCaseView dismiss(long id, DismissApplication form) {
        LocalDate on = Inputs.notFuture(form.on(), "on", today());
        String reasons = Inputs.text(form.reasons(), "reasons", 4000);
        return step(id, form.version(), "dismissed", on.toString(), c -> c.dismiss(on, reasons));
    }

    /** The applicant received the decision (送达, Art. 75): the 15-day suit period starts (Art. 34, 行政诉讼法 Art. 45). */
    @Transactional
    public ReconsiderationCaseView decisionServed(long id, RecordDate form) {
        LocalDate on = Inputs.notFuture(form.on(), "on", today());
        return step(id, form.version(), "decisionServed", on.toString(), c -> {
            c.decisionServed(on);
            return null;
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
        LocalDate on = Inputs.notFuture(form.on(), "on", today());
        String content = Inputs.text(form.content(), "content", 4000);
        return step(id, form.version(), "opinionIssued", on.toString(), c -> {
            Object event = c.issueOpinionLetter(on, content);
            c.opinionClock(start(c.id(), ReconsiderationPeriods.OPINION_FOLLOW_UP, on));
            return event;
        });
    }

    @Transactional
    public ReconsiderationCaseView opinionReplied(long id, RecordDate form) {
        LocalDate on = Inputs.notFuture(form.on(), "on", today());
        return step(id, form.version(), "opinionReplied", on.toString(), c -> {
            c.opinionReplied(on);
            return null;
        });
    }

    /**
     * One step on a case the caller saw at {@code version}: the case row is locked first and the version checked
     * ({@link ScopedCases#forStep}); the change may start or move legal clocks; then the row is written, the
     * timeline entry and, last, the audit record (which takes the audit chain head) — one lock order for every step.
     */
    private ReconsiderationCaseView step(long id, Integer version, String action, String detail,
            Function<ReconsiderationCase, Object> change) {
        ReconsiderationCase c = scoped.forStep(id, version);
        apply(c, action, detail, change);
        return view(c);
    }

    private void apply(ReconsiderationCase c, String action, String detail, Function<ReconsiderationCase, Object> change) {
        Object event = change.apply(c);
        repository.update(c);
        timeline.record(ref(c.id()), action, detail);
        audit.record(AuditEntry.of("reconsideration." + action, TYPE, c.id(), detail));
        if (event != null) {
            events.publishEvent(event);
        }
    }

    // ---- reading ----

    private ReconsiderationCase visible(long id) {
        return scoped.visible(id);
    }

    @Transactional(readOnly = true)
    public ReconsiderationCaseView get(long id) {
        return view(visible(id));
    }

    /** Assigns the case to a user holding {@code reconsideration:handle} whose scope covers it (timeline, audit). */
    @Transactional
    public ReconsiderationCaseView assign(long id, ReconsiderationForms.AssignHandler form) {
        ReconsiderationCase c = scoped.forStep(id, form.version());
        handlers.assign("reconsideration_case", ref(id), c.version(), HANDLE, c.unitId(), c.regionCode(),
                form.handlerId());
        return view(repository.find(id).orElseThrow());
    }

    /** Who may be assigned the case. */
    @Transactional(readOnly = true)
    public List<cn.fazhi.identity.Assignees.Assignee> assignees(long id) {
        ReconsiderationCase c = visible(id);
        return handlers.candidates(HANDLE, c.unitId(), c.regionCode());
    }

    /** The cases assigned to the caller, in scope, with the same filters. */
    @Transactional(readOnly = true)
    public List<ReconsiderationCaseView> searchMine(Status status, String townshipCode, boolean overdueOnly, String text) {
        return repository.search(currentUsers.scope(), new Criteria(status, townshipCode, overdueOnly, text,
                        currentUsers.require().id()), 300).stream()
                .map(this::view).filter(v -> !overdueOnly || v.overdue()).toList();
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
        return repository.search(currentUsers.scope(), new Criteria(status, townshipCode, overdueOnly, text), limit).stream()
                .map(this::view).filter(v -> !overdueOnly || v.overdue()).toList();
    }

    /** Attaches a file to a visible case (application materials, evidence, notices), in the timeline. */
    @Transactional
    public cn.fazhi.cases.Attachment attach(long id, String fileName, java.io.InputStream content, String kind) {
        return scoped.attach(id, fileName, content, kind);
    }

    @Transactional(readOnly = true)
    public List<cn.fazhi.cases.Attachment> attachments(long id) {
        return scoped.attachments(id);
    }

    @Transactional(readOnly = true)
    public List<cn.fazhi.cases.TimelineEntry> timeline(long id) {
        return scoped.timeline(id);
    }

    public CaseRef ref(long id) {
        return scoped.ref(id);
    }

    @Override
    public String caseType() {
        return TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canRead(long caseId) {
        return scoped.canRead(caseId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueItem> openDeadlines(DataScope scope, LocalDate until) {
        List<DueItem> items = new ArrayList<>();
        for (ReconsiderationCase c : repository.open(scope)) {
            for (ClockView clockView : clockViews(c)) {
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
        return repository.consultationCounts(Inputs.required(from, "from"), Inputs.required(to, "to"));
    }

    @Transactional
    public void registerConsultation(RegisterConsultation form) {
        long point = Inputs.required(form.pointId(), "pointId");
        LocalDate on = Inputs.notFuture(form.consultedOn(), "consultedOn", today());
        String topic = Inputs.text(form.topic(), "topic", 500);
        repository.insertConsultation(point, on, topic, OffsetDateTime.now(clock), Actors.current());
        audit.record(AuditEntry.of("reconsideration.consultation", "reconsideration_consultation_point", point, on + ": " + topic));
    }

    ReconsiderationCaseView view(ReconsiderationCase c) {
        List<ClockView> clockViews = clockViews(c);
        boolean overdue = clockViews.stream().anyMatch(v -> "EXPIRED".equals(v.state()));
        boolean reviewOver = c.status() == Status.RECEIVED && clockViews.stream()
                .anyMatch(v -> v.name().equals(ReconsiderationPeriods.ACCEPTANCE_REVIEW.name()) && "EXPIRED".equals(v.state()));
        boolean correctionOver = c.status() == Status.CORRECTION_REQUESTED && clockViews.stream()
                .anyMatch(v -> v.name().equals(ReconsiderationPeriods.CORRECTION_REPLY.name()) && "EXPIRED".equals(v.state()));
        List<ReconsiderationCaseView.Party> parties = repository.parties(c.id()).stream()
                .map(p -> new ReconsiderationCaseView.Party(p.role().name(), p.kind() == null ? null : p.kind().name(),
                        p.name(), p.idNumberMasked(),
                        p.uscc(), p.phoneMasked(), p.townshipCode(), p.address()))
                .toList();
        String unitName = units.find(c.unitId()).map(UnitView::name).orElse("");
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
                c.decisionExtended(), c.opinionIssuedOn(), c.opinionContent(), c.opinionRepliedOn(), parties,
                clockViews, overdue, reviewOver, actions(c, reviewOver, correctionOver), c.version(),
                c.rightsNotified(), c.rightsLearnedOn(), c.immovableProperty(), lastDay,
                lastDay != null && c.receivedOn().isAfter(lastDay), c.decisionServedOn(), suit(c, clockViews),
                c.handlerId(), handlers.name(c.handlerId()));
    }

    private List<ClockView> clockViews(ReconsiderationCase c) {
        LocalDate today = today();
        List<ClockView> list = new ArrayList<>();
        add(list, c.acceptanceClockId(), c.status() != Status.RECEIVED, today);
        add(list, c.correctionClockId(), c.status() != Status.CORRECTION_REQUESTED, today);
        add(list, c.serviceClockId(), c.copyServedOn() != null || c.status().isFinal(), today);
        add(list, c.answerClockId(), c.answerReceivedOn() != null || c.status().isFinal(), today);
        add(list, c.decisionClockId(), c.status().isFinal(), today);
        add(list, c.opinionClockId(), c.opinionRepliedOn() != null, today);
        return list;
    }

    private void add(List<ClockView> list, Long clockId, boolean done, LocalDate today) {
        if (clockId == null) {
            return;
        }
        ClockStatus s = clocks.status(clockId, today);
        list.add(new ClockView(s.name(), s.startDate(), s.deadline(), done ? "DONE" : s.state().name(), s.provisional(),
                s.daysSuspended()));
    }

    private static Set<String> actions(ReconsiderationCase c, boolean reviewOver, boolean correctionOver) {
        Set<String> a = new LinkedHashSet<>();
        switch (c.status()) {
            case RECEIVED -> {
                a.add("accept");
                a.add("decline");
                a.add("correction");
                if (reviewOver) {
                    a.add("deemAccept");
                }
            }
            case CORRECTION_REQUESTED -> {
                a.add("correctionReply");
                if (correctionOver) {
                    a.add("abandon");
                }
            }
            case ACCEPTED -> {
                if (c.copyServedOn() == null) {
                    a.add("serve");
                } else if (c.answerReceivedOn() == null) {
                    a.add("answer");
                }
                a.add("hearing");
                if (c.hearingOn() != null && !c.hearingHeld()) {
                    a.add("hearingRecord");
                }
                if (c.procedure() == Procedure.SIMPLIFIED) {
                    a.add("switch");
                } else if (!c.decisionExtended()) {
                    a.add("extend");
                }
                a.add("suspend");
                a.add("decide");
                a.add("terminate");
                a.add("dismiss");
            }
            case SUSPENDED -> {
                a.add("resume");
                a.add("terminate");
            }
            default -> { }
        }
        if (c.opinionIssuedOn() == null && (c.status() == Status.ACCEPTED || c.status() == Status.SUSPENDED
                || c.status() == Status.DECIDED)) {
            a.add("opinion");
        }
        if (c.opinionIssuedOn() != null && c.opinionRepliedOn() == null) {
            a.add("opinionReply");
        }
        if (c.decisionServedOn() == null && c.status().isFinal() && c.status() != Status.DEEMED_ABANDONED) {
            a.add("serveDecision");
        }
        return a;
    }

    private String randomText(String alphabet, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
