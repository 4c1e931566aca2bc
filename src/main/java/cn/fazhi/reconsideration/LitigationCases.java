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

import cn.fazhi.calendar.ClockState;
import cn.fazhi.calendar.ClockStatus;
import cn.fazhi.calendar.LegalClocks;
import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseParties;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.DeadlineSource;
import cn.fazhi.cases.DueItem;
import cn.fazhi.cases.StepOutcome;
import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.indicators.RateIndicator;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.scope.Caller;
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
import cn.fazhi.reconsideration.domain.LitigationRepository;
import cn.fazhi.reconsideration.domain.LitigationRepository.HearingRow;
import cn.fazhi.reconsideration.domain.LitigationStatus;
import cn.fazhi.reconsideration.events.LitigationHearingRecorded;
import cn.fazhi.reconsideration.events.LitigationRegistered;

/**
 * Administrative litigation against district agencies (行政应诉): registration, who appeared at each hearing, the
 * outcome and the performance of an effective judgment. Every step goes through the case kernel with the table
 * {@link LitigationCase#TABLE}. Scope: the defendant unit (UNIT scope) or its region. The head-appearance rate is the
 * indicator {@code litigation.head_appearance_rate}, not computed here.
 */
@Service
public class LitigationCases implements DeadlineSource {

    public static final String TYPE = LitigationRepository.TYPE;
    public static final String VIEW = LitigationCase.VIEW;
    public static final String EDIT = LitigationCase.EDIT;

    private final LitigationRepository repository;
    private final CaseNumbers numbers;
    private final CaseSteps steps;
    private final CaseDesk desk;
    private final CaseParties parties;
    private final LegalClocks clocks;
    private final Units units;
    private final Caller caller;
    private final Clock clock;
    private final Indicators indicators;

    /** 负责人出庭率 as the indicators registry defines it: {@code withHead} hearings over {@code hearings}. */
    public record AppearanceRate(long hearings, long withHead, java.math.BigDecimal percent) {}

    /** The indicator the head-appearance rate is read from (declared in {@link ReconsiderationIndicators}). */
    static final String HEAD_APPEARANCE_RATE = "litigation.head_appearance_rate";

    LitigationCases(LitigationRepository repository, CaseNumbers numbers, CaseSteps steps, CaseDesk desk,
            CaseParties parties, LegalClocks clocks, Units units, Caller caller, Clock clock, Indicators indicators) {
        this.indicators = indicators;
        this.repository = repository;
        this.numbers = numbers;
        this.steps = steps;
        this.desk = desk;
        this.parties = parties;
        this.clocks = clocks;
        this.units = units;
        this.caller = caller;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public LitigationCaseView register(RegisterLitigation form) {
        desk.check(form);
        String court = form.court().strip();
        String plaintiff = form.plaintiffName().strip();
        CaseParties.Sealed sealed = parties.seal(true, form.plaintiffIdNumber(), null);
        UnitView unit = units.find(form.defendantUnitId()).filter(UnitView::active)
                .orElseThrow(() -> UserFacingException.badRequest("reconsideration.error.unit"));
        if (!caller.scope().covers(unit.id(), unit.regionCode())) {
            throw UserFacingException.forbidden("litigation.error.outsideScope");
        }
        String subject = form.subject().strip();
        LocalDate filedOn = CaseDesk.notFuture(form.filedOn(), "filedOn", today());
        LitigationCase c = LitigationCase.open(court, form.instance(), CaseDesk.text(form.courtCaseNumber()), plaintiff,
                sealed.identifierEnc(), sealed.identifierIndex(), sealed.identifierMasked(), unit.id(),
                unit.regionCode(), subject, filedOn);
        // numbered in the year the suit was filed, as a reconsideration case is in the year it was received
        c.numbered(numbers.next(TYPE, "district", filedOn.getYear()));
        long id = repository.insert(c, OffsetDateTime.now(clock), Actors.current());
        LitigationCase created = repository.find(id).orElseThrow();
        steps.created(repository, created, "registered", StepOutcome.of(new LitigationRegistered(id, c.internalNumber()),
                c.internalNumber() + " " + court + " · " + filedOn));
        return view(created);
    }

    private LitigationCaseView step(long id, Integer version, String step, Function<LitigationCase, StepOutcome> body) {
        return view(desk.step(repository, repository::lock, LitigationCase.TABLE, id, version, step, body));
    }

    /** Records one hearing and who appeared for the agency (行政诉讼法 Art. 3(3); 2020 SPC rules). */
    @Transactional
    public LitigationCaseView recordHearing(long id, RecordAppearance form) {
        desk.check(form);
        LocalDate on = CaseDesk.notFuture(form.hearingOn(), "hearingOnLitigation", today());
        String head = CaseDesk.text(form.headName());
        String staff = CaseDesk.text(form.staffSent());
        HeadAppearanceRule.check(form.appearance(), head, form.absenceReason(), staff);
        boolean present = form.appearance().headPresent();
        return step(id, form.version(), "hearing", c -> {
            c.hearingRecorded(on);
            repository.insertHearing(new HearingRow(0, id, on, form.appearance(), present ? head : null,
                    present ? null : form.absenceReason(), present ? null : CaseDesk.text(form.absenceDetail()), staff),
                    OffsetDateTime.now(clock), Actors.current());
            return StepOutcome.of(new LitigationHearingRecorded(id, on, form.appearance().name()),
                    on + (present ? " · " + head : "") + (staff == null ? "" : " · " + staff));
        });
    }

    @Transactional
    public LitigationCaseView recordOutcome(long id, RecordOutcome form) {
        desk.check(form);
        LocalDate on = CaseDesk.notFuture(form.on(), "outcomeOn", today());
        String summary = CaseDesk.text(form.summary());
        return step(id, form.version(), "outcome",
                c -> StepOutcome.of(c.recordOutcome(form.outcome(), on, summary), on.toString()));
    }

    /** An effective judgment to perform within {@code days} days: a legal clock from the effective date. */
    @Transactional
    public LitigationCaseView requirePerformance(long id, RequirePerformance form) {
        desk.check(form);
        LocalDate effective = CaseDesk.notFuture(form.effectiveOn(), "effectiveOn", today());
        int days = form.days();
        return step(id, form.version(), "performance", c -> {
            c.performanceRequired(effective);
            c.performanceClock(clocks.start(TYPE, Long.toString(id), "litigation.clock.performance", effective, days,
                    PeriodUnit.DAYS));
            return StepOutcome.of(null, effective + " +" + days);
        });
    }

    @Transactional
    public LitigationCaseView performed(long id, RecordPerformance form) {
        desk.check(form);
        LocalDate on = CaseDesk.notFuture(form.completedOn(), "completedOn", today());
        return step(id, form.version(), "performed", c -> StepOutcome.of(c.performed(on), on.toString()));
    }

    @Transactional
    public LitigationCaseView close(long id, ReconsiderationForms.CaseVersion form) {
        return step(id, form == null ? null : form.version(), "close", c -> {
            c.close();
            return StepOutcome.of(null);
        });
    }

    /** Assigns the suit to a user holding {@code litigation:edit} whose scope covers it: a kernel step. */
    @Transactional
    public LitigationCaseView assign(long id, ReconsiderationForms.AssignHandler form) {
        desk.check(form);
        return step(id, form.version(), "assign", c -> {
            var handler = desk.candidate(EDIT, c.unitId(), c.regionCode(), form.handlerId());
            c.assign(handler.id());
            return StepOutcome.of(null, handler.displayName() + " (" + handler.unitName() + ")");
        });
    }

    /**
     * 负责人出庭率 for hearings from {@code period.from} to {@code period.to} in suits against agencies of
     * {@code regionCode} (district 6, township 9, village 12 digits), within the caller's scope: read from the
     * indicators registry (the rate and its two parts), so that the page, the API and every report show one figure.
     */
    @Transactional(readOnly = true)
    public AppearanceRate headAppearanceRate(DateRange period, String regionCode) {
        if (regionCode == null || !regionCode.matches("\\d{6}|\\d{9}|\\d{12}")) {
            throw UserFacingException.badRequest("litigation.error.region");
        }
        Indicator rate = indicators.find(HEAD_APPEARANCE_RATE).orElseThrow();
        IndicatorQuery query = new IndicatorQuery(period.from(), period.to(), regionCode, caller.scope());
        java.math.BigDecimal withHead = rate.parts().get(0).value(query);
        java.math.BigDecimal hearings = rate.parts().get(1).value(query);
        return new AppearanceRate(hearings.longValue(), withHead.longValue(), RateIndicator.percent(withHead, hearings));
    }

    @Transactional(readOnly = true)
    public LitigationCaseView get(long id) {
        return view(desk.load(repository, id));
    }

    /** Everything the suit's page shows, the suit loaded (and its scope checked) once. */
    public record CasePage(LitigationCaseView c, List<cn.fazhi.cases.TimelineEntry> timeline,
            List<cn.fazhi.cases.Attachment> attachments, List<CaseParties.Shown> parties,
            List<cn.fazhi.identity.Assignees.Assignee> assignees) {}

    @Transactional(readOnly = true)
    public CasePage page(long id) {
        LitigationCase c = desk.load(repository, id);
        LitigationCaseView v = view(c);
        return new CasePage(v, desk.timelineOf(ref(id)), desk.attachmentsOf(ref(id)),
                List.of(new CaseParties.Shown(c.id(), "PLAINTIFF", null, c.plaintiffName(), c.plaintiffIdMasked(), null)),
                v.allowedActions().contains("assign") ? desk.candidates(EDIT, c.unitId(), c.regionCode()) : List.of());
    }

    /** The plaintiff as the kernel's parties fragment shows it (name, masked ID number). */
    @Transactional(readOnly = true)
    public List<CaseParties.Shown> parties(long id) {
        LitigationCase c = desk.load(repository, id);
        return List.of(new CaseParties.Shown(c.id(), "PLAINTIFF", null, c.plaintiffName(), c.plaintiffIdMasked(), null));
    }

    @Transactional(readOnly = true)
    public List<LitigationCaseView> search(LitigationStatus status, String text) {
        return views(repository.search(caller.scope(), status, text));
    }

    /** The suits assigned to the caller, in scope. */
    @Transactional(readOnly = true)
    public List<LitigationCaseView> searchMine(LitigationStatus status, String text) {
        Long me = caller.userId();
        return me == null ? List.of() : views(repository.search(caller.scope(), status, text, me));
    }

    /** Who may be assigned the suit. */
    @Transactional(readOnly = true)
    public List<cn.fazhi.identity.Assignees.Assignee> assignees(long id) {
        LitigationCase c = desk.load(repository, id);
        return desk.candidates(EDIT, c.unitId(), c.regionCode());
    }

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
        List<LitigationCase> performing = repository.performing(scope);
        Map<Long, ClockStatus> statuses = clockStatuses(performing);
        for (LitigationCase c : performing) {
            ClockStatus s = c.performanceClockId() == null ? null : statuses.get(c.performanceClockId());
            if (s != null && s.deadline() != null && !s.deadline().isAfter(until)) {
                items.add(new DueItem(ref(c.id()), c.internalNumber(), c.subject().length() > 40
                        ? c.subject().substring(0, 40) : c.subject(), "litigation.clock.performance", s.deadline(),
                        c.unitId(), c.regionCode(), "/litigation/" + c.id()));
            }
        }
        return items;
    }

    private Map<Long, ClockStatus> clockStatuses(List<LitigationCase> cases) {
        List<Long> ids = cases.stream().map(LitigationCase::performanceClockId).filter(java.util.Objects::nonNull).toList();
        return ids.isEmpty() ? Map.of() : clocks.statuses(ids, today());
    }

    LitigationCaseView view(LitigationCase c) {
        return views(List.of(c)).get(0);
    }

    /** Views of many suits with a fixed number of queries: clocks, hearings, units, handler names each batched. */
    List<LitigationCaseView> views(List<LitigationCase> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        Map<Long, ClockStatus> statuses = clockStatuses(cases);
        Map<Long, List<HearingRow>> hearings = repository.hearings(cases.stream().map(LitigationCase::id).toList());
        Map<Long, String> unitNames = new HashMap<>();
        units.all().forEach(u -> unitNames.put(u.id(), u.name()));
        Map<Long, String> handlerNames = desk.handlerNames(cases.stream().map(LitigationCase::handlerId).toList());
        List<LitigationCaseView> views = new ArrayList<>(cases.size());
        for (LitigationCase c : cases) {
            LocalDate deadline = null;
            boolean overdue = false;
            ClockStatus s = c.performanceClockId() == null ? null : statuses.get(c.performanceClockId());
            if (s != null) {
                deadline = s.deadline();
                overdue = c.status() == LitigationStatus.PERFORMING && s.state() == ClockState.EXPIRED;
            }
            List<LitigationCaseView.Hearing> hearingViews = hearings.getOrDefault(c.id(), List.of()).stream()
                    .map(h -> new LitigationCaseView.Hearing(h.hearingOn(), h.appearance().name(),
                            h.appearance().headPresent(), h.headName(),
                            h.absenceReason() == null ? null : h.absenceReason().name(), h.absenceDetail(),
                            h.staffSent()))
                    .toList();
            views.add(new LitigationCaseView(c.id(), c.internalNumber(), c.status().name(), c.court(),
                    c.instance().name(), c.courtCaseNumber(), c.plaintiffName(), c.plaintiffIdMasked(), c.unitId(),
                    unitNames.getOrDefault(c.unitId(), ""), c.regionCode(), c.subject(), c.filedOn(),
                    c.outcome() == null ? null : c.outcome().name(), c.outcomeOn(), c.outcomeSummary(),
                    c.performanceFrom(), deadline, overdue, c.performanceCompletedOn(), hearingViews, actions(c),
                    c.version(), c.handlerId(), handlerNames.get(c.handlerId())));
        }
        return views;
    }

    /**
     * The steps offered now: the table's for the status and the caller, less what the outcome rules out — a judgment
     * the agency lost is performed, not closed; one it won is closed, with nothing to perform.
     */
    private Set<String> actions(LitigationCase c) {
        Set<String> actions = new LinkedHashSet<>(LitigationCase.TABLE.available(c.status(), caller));
        boolean perform = c.outcome() != null && c.outcome().requiresPerformance();
        actions.remove(perform ? "close" : "performance");
        return actions;
    }
}
