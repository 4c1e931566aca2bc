package cn.fazhi.reconsideration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.calendar.ClockState;
import cn.fazhi.calendar.ClockStatus;
import cn.fazhi.calendar.LegalClocks;
import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.cases.CaseAccess;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.cases.DeadlineSource;
import cn.fazhi.cases.DueItem;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.crypto.PersonalDataCipher;
import cn.fazhi.platform.identifiers.Masking;
import cn.fazhi.platform.identifiers.ResidentIdNumber;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.reconsideration.LitigationForms.RecordAppearance;
import cn.fazhi.reconsideration.LitigationForms.RecordOutcome;
import cn.fazhi.reconsideration.LitigationForms.RecordPerformance;
import cn.fazhi.reconsideration.LitigationForms.RegisterLitigation;
import cn.fazhi.reconsideration.LitigationForms.RequirePerformance;
import cn.fazhi.reconsideration.domain.HeadAppearanceRule;
import cn.fazhi.reconsideration.domain.LitigationCase;
import cn.fazhi.reconsideration.domain.LitigationOutcome;
import cn.fazhi.reconsideration.domain.LitigationRepository;
import cn.fazhi.reconsideration.domain.LitigationRepository.AppearanceRate;
import cn.fazhi.reconsideration.domain.LitigationRepository.HearingRow;
import cn.fazhi.reconsideration.domain.LitigationStatus;
import cn.fazhi.reconsideration.events.LitigationHearingRecorded;
import cn.fazhi.reconsideration.events.LitigationRegistered;

/**
 * Administrative litigation against district agencies (行政应诉): registration, who appeared at each hearing, the
 * outcome and the performance of an effective judgment. Scope: the defendant unit (UNIT scope) or its region.
 */
@Service
public class LitigationCases implements CaseAccess, DeadlineSource {

    public static final String TYPE = "litigation";
    public static final String VIEW = "litigation:view";
    public static final String EDIT = "litigation:edit";

    private final LitigationRepository repository;
    private final CaseNumbers numbers;
    private final CaseTimeline timeline;
    private final cn.fazhi.cases.CaseAttachments attachments;
    private final LegalClocks clocks;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final PersonalDataCipher cipher;
    private final Units units;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final CaseHandlers handlers;
    private final ScopedCases<LitigationCase> scoped;

    LitigationCases(LitigationRepository repository, CaseNumbers numbers, CaseTimeline timeline,
            cn.fazhi.cases.CaseAttachments attachments, LegalClocks clocks,
            AuditTrail audit, ApplicationEventPublisher events, PersonalDataCipher cipher, Units units,
            CurrentUsers currentUsers, Clock clock, CaseHandlers handlers) {
        this.handlers = handlers;
        this.scoped = new ScopedCases<>(TYPE, VIEW, repository::find, repository::lock, LitigationCase::version,
                LitigationCase::unitId, LitigationCase::regionCode, currentUsers, timeline, attachments);
        this.repository = repository;
        this.numbers = numbers;
        this.timeline = timeline;
        this.attachments = attachments;
        this.clocks = clocks;
        this.audit = audit;
        this.events = events;
        this.cipher = cipher;
        this.units = units;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public LitigationCaseView register(RegisterLitigation form) {
        String court = Inputs.text(form.court(), "court", 200);
        var instance = Inputs.required(form.instance(), "instance");
        String plaintiff = Inputs.text(form.plaintiffName(), "plaintiffName", 200);
        String idNumber = null;
        if (form.plaintiffIdNumber() != null && !form.plaintiffIdNumber().isBlank()) {
            idNumber = ResidentIdNumber.normalise(form.plaintiffIdNumber());
            if (!ResidentIdNumber.isValid(idNumber)) {
                throw UserFacingException.badRequest("reconsideration.error.idNumber");
            }
        }
        long unitId = Inputs.required(form.defendantUnitId(), "defendantUnitId");
        UnitView unit = units.find(unitId).filter(UnitView::active)
                .orElseThrow(() -> UserFacingException.badRequest("reconsideration.error.unit"));
        if (!currentUsers.scope().covers(unit.id(), unit.regionCode())) {
            throw UserFacingException.forbidden("litigation.error.outsideScope");
        }
        String subject = Inputs.text(form.subject(), "subject", 1000);
        LocalDate filedOn = Inputs.notFuture(form.filedOn(), "filedOn", today());
        LitigationCase c = LitigationCase.open(court, instance,
                Inputs.optional(form.courtCaseNumber(), "courtCaseNumber", 100), plaintiff, cipher.encrypt(idNumber),
                cipher.blindIndex(idNumber), idNumber == null ? null : Masking.idNumber(idNumber), unitId,
                unit.regionCode(), subject, filedOn);
        // numbered in the year the suit was filed, as a reconsideration case is in the year it was received
        c.numbered(numbers.next(TYPE, "district", filedOn.getYear()));
        long id = repository.insert(c, OffsetDateTime.now(clock), Actors.current());
        timeline.record(ref(id), "registered", c.internalNumber() + " " + court + " · " + filedOn);
        audit.record(AuditEntry.of("litigation.registered", TYPE, id, c.internalNumber()));
        events.publishEvent(new LitigationRegistered(id, c.internalNumber()));
        return view(repository.find(id).orElseThrow());
    }

    /** Records one hearing and who appeared for the agency (行政诉讼法 Art. 3(3); 2020 SPC rules). */
    @Transactional
    public LitigationCaseView recordHearing(long id, RecordAppearance form) {
        LocalDate on = Inputs.notFuture(form.hearingOn(), "hearingOnLitigation", today());
        String head = Inputs.optional(form.headName(), "headName", 100);
        String staff = Inputs.optional(form.staffSent(), "staffSent", 200);
        HeadAppearanceRule.check(form.appearance(), head, form.absenceReason(), staff);
        LitigationCase c = scoped.forStep(id, form.version());
        c.requireOpen(on);
        boolean present = form.appearance().headPresent();
        repository.insertHearing(new HearingRow(0, id, on, form.appearance(), present ? head : null,
                present ? null : form.absenceReason(),
                present ? null : Inputs.optional(form.absenceDetail(), "absenceDetail", 500), staff),
                OffsetDateTime.now(clock), Actors.current());
        String detail = on + (present ? " · " + head : "") + (staff == null ? "" : " · " + staff);
        save(c, "hearingRecorded", detail, new LitigationHearingRecorded(id, on, form.appearance().name()));
        return view(c);
    }

    @Transactional
    public LitigationCaseView recordOutcome(long id, RecordOutcome form) {
        LitigationOutcome outcome = Inputs.required(form.outcome(), "outcome");
        LocalDate on = Inputs.notFuture(form.on(), "outcomeOn", today());
        String summary = Inputs.optional(form.summary(), "summary", 2000);
        LitigationCase c = scoped.forStep(id, form.version());
        Object event = c.recordOutcome(outcome, on, summary);
        save(c, "judged", on.toString(), event);
        return view(c);
    }

    /** An effective judgment to perform within {@code days} days: a legal clock from the effective date. */
    @Transactional
    public LitigationCaseView requirePerformance(long id, RequirePerformance form) {
        LocalDate effective = Inputs.notFuture(form.effectiveOn(), "effectiveOn", today());
        int days = Inputs.required(form.days(), "days");
        if (days < 1 || days > 3650) {
            throw UserFacingException.badRequest("litigation.error.days");
        }
        LitigationCase c = scoped.forStep(id, form.version());
        c.performanceRequired(effective);
        c.performanceClock(clocks.start(TYPE, Long.toString(id), "litigation.clock.performance", effective, days,
                PeriodUnit.DAYS));
        save(c, "performanceRequired", effective + " +" + days, null);
        return view(c);
    }

    @Transactional
    public LitigationCaseView performed(long id, RecordPerformance form) {
        LocalDate on = Inputs.notFuture(form.completedOn(), "completedOn", today());
        LitigationCase c = scoped.forStep(id, form.version());
        Object event = c.performed(on);
        save(c, "performed", on.toString(), event);
        return view(c);
    }

    @Transactional
    public LitigationCaseView close(long id, ReconsiderationForms.CaseVersion form) {
        LitigationCase c = scoped.forStep(id, form == null ? null : form.version());
        c.close();
        save(c, "closed", null, null);
        return view(c);
    }

    /** Every step ends here: the row (locked by {@link ScopedCases#forStep}) gets a new version, then timeline and audit. */
    private void save(LitigationCase c, String action, String detail, Object event) {
        repository.update(c);
        timeline.record(ref(c.id()), action, detail);
        audit.record(AuditEntry.of("litigation." + action, TYPE, c.id(), detail));
        if (event != null) {
            events.publishEvent(event);
        }
    }

    /**
     * 负责人出庭率: hearings from {@code period.from} to {@code period.to} in suits against agencies of
     * {@code regionCode} (a code prefix, e.g. the district 421202) at which a 正职、副职 or 分管 head appeared, over all
     * those hearings (行政诉讼法 Art. 3(3)).
     */
    @Transactional(readOnly = true)
    public AppearanceRate headAppearanceRate(DateRange period, String regionCode) {
        return repository.appearanceRate(period.from(), period.to(), region(regionCode), null);
    }

    /** The same rate, limited to the caller's data scope (for the API and pages). */
    @Transactional(readOnly = true)
    public AppearanceRate headAppearanceRateInScope(DateRange period, String regionCode) {
        return repository.appearanceRate(period.from(), period.to(), region(regionCode), currentUsers.scope());
    }

    private static String region(String regionCode) {
        if (regionCode == null || !regionCode.matches("\\d{6,12}")) {
            throw UserFacingException.badRequest("litigation.error.region");
        }
        return regionCode;
    }

    private LitigationCase visible(long id) {
        return scoped.visible(id);
    }

    @Transactional(readOnly = true)
    public LitigationCaseView get(long id) {
        return view(visible(id));
    }

    @Transactional(readOnly = true)
    public List<LitigationCaseView> search(LitigationStatus status, String text) {
        return repository.search(currentUsers.scope(), status, text).stream().map(this::view).toList();
    }

    /** The suits assigned to the caller, in scope. */
    @Transactional(readOnly = true)
    public List<LitigationCaseView> searchMine(LitigationStatus status, String text) {
        return repository.search(currentUsers.scope(), status, text, currentUsers.require().id()).stream()
                .map(this::view).toList();
    }

    /** Assigns the suit to a user holding {@code litigation:edit} whose scope covers it (timeline, audit). */
    @Transactional
    public LitigationCaseView assign(long id, ReconsiderationForms.AssignHandler form) {
        LitigationCase c = scoped.forStep(id, form.version());
        handlers.assign("litigation_case", ref(id), c.version(), EDIT, c.unitId(), c.regionCode(), form.handlerId());
        return view(repository.find(id).orElseThrow());
    }

    /** Who may be assigned the suit. */
    @Transactional(readOnly = true)
    public List<cn.fazhi.identity.Assignees.Assignee> assignees(long id) {
        LitigationCase c = visible(id);
        return handlers.candidates(EDIT, c.unitId(), c.regionCode());
    }

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
        for (LitigationCase c : repository.performing(scope)) {
            if (c.performanceClockId() == null) {
                continue;
            }
            ClockStatus s = clocks.status(c.performanceClockId(), today());
            if (s.deadline() != null && !s.deadline().isAfter(until)) {
                items.add(new DueItem(ref(c.id()), c.internalNumber(), c.subject().length() > 40
                        ? c.subject().substring(0, 40) : c.subject(), "litigation.clock.performance", s.deadline(),
                        c.unitId(), c.regionCode(), "/litigation/" + c.id()));
            }
        }
        return items;
    }

    LitigationCaseView view(LitigationCase c) {
        LocalDate deadline = null;
        boolean overdue = false;
        if (c.performanceClockId() != null) {
            ClockStatus s = clocks.status(c.performanceClockId(), today());
            deadline = s.deadline();
            overdue = c.status() == LitigationStatus.PERFORMING && s.state() == ClockState.EXPIRED;
        }
        List<LitigationCaseView.Hearing> hearings = repository.hearings(c.id()).stream()
                .map(h -> new LitigationCaseView.Hearing(h.hearingOn(), h.appearance().name(), h.appearance().headPresent(),
                        h.headName(), h.absenceReason() == null ? null : h.absenceReason().name(), h.absenceDetail(),
                        h.staffSent()))
                .toList();
        Set<String> actions = new LinkedHashSet<>();
        switch (c.status()) {
            case OPEN -> {
                actions.add("hearing");
                actions.add("outcome");
            }
            case JUDGED -> {
                if (c.outcome() != null && c.outcome().requiresPerformance()) {
                    actions.add("performance");
                } else {
                    actions.add("close");
                }
            }
            case PERFORMING -> actions.add("performed");
            default -> { }
        }
        return new LitigationCaseView(c.id(), c.internalNumber(), c.status().name(), c.court(), c.instance().name(),
                c.courtCaseNumber(), c.plaintiffName(), c.plaintiffIdMasked(), c.unitId(),
                units.find(c.unitId()).map(UnitView::name).orElse(""), c.regionCode(), c.subject(), c.filedOn(),
                c.outcome() == null ? null : c.outcome().name(), c.outcomeOn(), c.outcomeSummary(), c.performanceFrom(),
                deadline, overdue, c.performanceCompletedOn(), hearings, actions, c.version(), c.handlerId(),
                handlers.name(c.handlerId()));
    }
}
