package cn.fazhi.supervision;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.cases.CaseLinks;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.DeadlineSource;
import cn.fazhi.cases.DueItem;
import cn.fazhi.cases.StepOutcome;
import cn.fazhi.enforcement.CertificateChecks;
import cn.fazhi.enforcement.EnforcementCaseView;
import cn.fazhi.enforcement.EnforcementCases;
import cn.fazhi.enforcement.PenaltyCommands;
import cn.fazhi.enforcement.PenaltyPartyKind;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.validation.BusinessDates;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.platform.web.Paged;

/**
 * 双随机、一公开 tasks (case type {@code random_inspection}; 国办发〔2015〕58号; 国发〔2019〕5号; 优化营商环境条例
 * Art. 54): a department plans a task from published items of the random-inspection list — single, or joint when
 * the items belong to several departments (进一次门、查多项事) — freezes the candidate lists and commits to a seed
 * ({@link RandomCandidates}, {@link Draws#commit}), draws ({@link Draws#draw}), records each drawn entity's result
 * (the inspectors who went must be the drawn ones, each certified on the day: {@link CertificateChecks}), and
 * publishes the results within {@link RandomTaskProperties#publishWorkingDays} working days of recording them
 * ({@link LegalCalendar}). Every step goes through {@link CaseSteps#step}.
 */
@Service
public class RandomTasks implements DeadlineSource {

    public static final String CASE_TYPE = "random_inspection";
    static final String CLOCK_PUBLISH = "supervision.random.clock.publish";
    static final String CLOCK_RECTIFY = "supervision.random.clock.rectify";

    private final JdbcClient jdbc;
    private final RandomTaskRepository store;
    private final CaseSteps steps;
    private final CaseNumbers numbers;
    private final Draws draws;
    private final RandomCandidates candidates;
    private final CertificateChecks certificates;
    private final EnforcementCases penalties;
    private final CaseLinks links;
    private final Clues clues;
    private final LegalCalendar calendar;
    private final RandomTaskProperties settings;
    private final Caller caller;
    private final Clock clock;

    RandomTasks(JdbcClient jdbc, RandomTaskRepository store, CaseSteps steps, CaseNumbers numbers, Draws draws,
            RandomCandidates candidates, CertificateChecks certificates, EnforcementCases penalties, CaseLinks links,
            Clues clues, LegalCalendar calendar, RandomTaskProperties settings, Caller caller, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.steps = steps;
        this.numbers = numbers;
        this.draws = draws;
        this.candidates = candidates;
        this.certificates = certificates;
        this.penalties = penalties;
        this.links = links;
        this.clues = clues;
        this.calendar = calendar;
        this.settings = settings;
        this.caller = caller;
        this.clock = clock;
    }

    public static CaseRef ref(long id) {
        return new CaseRef(CASE_TYPE, id);
    }

    public static String path(long id) {
        return "/supervision/random-inspections/tasks/" + id;
    }

    // ---- planning ----------------------------------------------------------------------------------------------------

    /** A task of the caller's unit: joint when its items belong to several departments (one must be the caller's). */
    @Transactional
    public RandomTaskView create(RandomTaskCommands.Create c, CurrentUser me) {
        RandomTask t = plan(c, me.unitId(), me.regionCode(), LocalDate.now(clock));
        steps.created(store, t, "planned", StepOutcome.of(null, t.title));
        return view(t.id);
    }

    /** The checks and the insert of a new task (also the demo year's path, which writes its own epilogue). */
    RandomTask plan(RandomTaskCommands.Create c, long unitId, String regionCode, LocalDate today) {
        if (c == null) {
            throw UserFacingException.badRequest("supervision.random.error.incomplete");
        }
        String title = required(c.title(), 200, "supervision.random.validation.title");
        if (c.itemIds() == null || c.itemIds().isEmpty() || c.itemIds().stream().anyMatch(java.util.Objects::isNull)) {
            throw UserFacingException.badRequest("supervision.random.validation.items");
        }
        if (c.periodFrom() == null || c.periodTo() == null) {
            throw UserFacingException.badRequest("supervision.random.validation.periodFrom");
        }
        BusinessDates.check(c.periodFrom(), "supervision.random.field.periodFrom", today);
        BusinessDates.check(c.periodTo(), "supervision.random.field.periodTo", today);
        if (c.periodTo().isBefore(c.periodFrom())) {
            throw UserFacingException.badRequest("supervision.random.error.periodInvalid");
        }
        if (c.ratioPercent() != null && (c.ratioPercent().signum() <= 0 || c.ratioPercent().compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw UserFacingException.badRequest("supervision.random.error.ratioInvalid");
        }
        Set<Long> itemIds = new LinkedHashSet<>(c.itemIds());
        Set<Long> units = new LinkedHashSet<>();
        for (Long item : itemIds) {
            Long unit = jdbc.sql("SELECT unit_id FROM random_item WHERE id = :id AND status = 'PUBLISHED'").param("id", item)
                    .query(Long.class).optional()
                    .orElseThrow(() -> UserFacingException.badRequest("supervision.random.error.itemUnknown", item));
            units.add(unit);
        }
        if (!units.contains(unitId)) {
            throw UserFacingException.badRequest("supervision.random.error.noOwnItem");
        }
        RandomTask t = new RandomTask();
        t.caseNumber = numbers.next(CASE_TYPE, "district", c.periodFrom().getYear());
        t.status = RandomTaskStatus.PLANNED;
        t.title = title;
        t.joint = units.size() > 1;
        t.leadUnitId = unitId;
        t.regionCode = regionCode;
        t.periodFrom = c.periodFrom();
        t.periodTo = c.periodTo();
        t.ratioPercent = c.ratioPercent();
        t.createdAt = OffsetDateTime.now(clock);
        t.createdBy = Actors.current();
        store.insert(t);
        for (Long item : itemIds) {
            jdbc.sql("INSERT INTO random_task_item (task_id, item_id) VALUES (:t, :i)").param("t", t.id).param("i", item).update();
        }
        return t;
    }

    // ---- the draw ----------------------------------------------------------------------------------------------------

    /** Freezes the candidate lists and commits to a seed (the lists and the commitment are public from now on). */
    @Transactional
    public RandomTaskView commit(long id, RandomTaskCommands.Step c) {
        steps.step(store, RandomTask.TABLE, id, c == null ? null : c.version(), "commit", t -> {
            LocalDate today = LocalDate.now(clock);
            Draws.DrawView d = draws.commit(candidates.request(t.id, today));
            t.commit(today);
            return StepOutcome.of(null, "#" + d.id() + " " + d.entityCount() + " / " + d.sampleSize());
        });
        return view(id);
    }

    /** Abandons the committed draw with a reason (it stays public); the task can be committed again. */
    @Transactional
    public RandomTaskView abandon(long id, RandomTaskCommands.Reason c) {
        steps.step(store, RandomTask.TABLE, id, c == null ? null : c.version(), "abandon", t -> {
            String reason = RandomTask.requireReason(c.reason());
            draws.abandon(committedDraw(t.id).id(), reason);
            t.abandon(reason);
            return StepOutcome.of(null, reason);
        });
        return view(id);
    }

    /** Reveals the seed and draws. */
    @Transactional
    public RandomTaskView draw(long id, RandomTaskCommands.Step c) {
        steps.step(store, RandomTask.TABLE, id, c == null ? null : c.version(), "draw", t -> {
            Draws.DrawView d = draws.draw(committedDraw(t.id).id());
            t.draw(LocalDate.now(clock));
            return StepOutcome.of(null, "#" + d.id() + " " + d.sampleSize());
        });
        return view(id);
    }

    private Draws.DrawView committedDraw(long taskId) {
        return draws.ofTask(taskId).stream().filter(d -> d.status() == Draws.Status.COMMITTED).reduce((a, b) -> b)
                .orElseThrow(() -> UserFacingException.conflict("supervision.draw.error.notCommitted"));
    }

    /** The task's draw that was made (the last drawn one), if any. */
    @Transactional(readOnly = true)
    public Optional<Draws.DrawView> drawnDraw(long taskId) {
        return draws.ofTask(taskId).stream().filter(d -> d.status() == Draws.Status.DRAWN).reduce((a, b) -> b);
    }

    // ---- results -----------------------------------------------------------------------------------------------------

    /** The result of one drawn entity (once per entity). */
    @Transactional
    public RandomTaskView recordResult(long id, RandomTaskCommands.Result c, CurrentUser me) {
        steps.step(store, RandomTask.TABLE, id, c == null ? null : c.version(), "recordResult", t -> {
            LocalDate today = LocalDate.now(clock);
            long resultId = insertResult(t, c, today, me);
            return StepOutcome.of(null, c.uscc() + " " + c.outcome() + " #" + resultId);
        });
        return view(id);
    }

    long insertResult(RandomTask t, RandomTaskCommands.Result c, LocalDate today, CurrentUser me) {
        Draws.DrawView d = drawnDraw(t.id).orElseThrow(() -> UserFacingException.conflict("supervision.draw.error.notDrawn"));
        if (c.outcome() == null) {
            throw UserFacingException.badRequest("supervision.random.validation.outcome");
        }
        DrawFunction.Pick pick = draws.selection(d.id()).stream().filter(p -> p.uscc().equals(c.uscc())).findFirst()
                .orElseThrow(() -> UserFacingException.badRequest("supervision.random.error.notDrawnEntity"));
        if (jdbc.sql("SELECT COUNT(*) FROM random_result WHERE task_id = :t AND uscc = :u").param("t", t.id)
                .param("u", c.uscc()).query(Long.class).single() > 0) {
            throw UserFacingException.conflict("supervision.random.error.resultExists");
        }
        LocalDate on = c.inspectedOn();
        if (on == null) {
            throw UserFacingException.badRequest("supervision.random.validation.inspectedOn");
        }
        BusinessDates.check(on, "supervision.random.field.inspectedOn", today);
        if (on.isAfter(today) || (t.drawnOn != null && on.isBefore(t.drawnOn))) {
            throw UserFacingException.badRequest("supervision.random.error.inspectedOnInvalid", t.drawnOn);
        }
        String findings = required(c.findings(), 4000, "supervision.random.validation.findings");
        List<String> went = c.inspectors() == null ? List.of()
                : c.inspectors().stream().filter(k -> k != null && !k.isBlank()).map(String::strip).distinct().toList();
        int needed = Math.min(CertificateChecks.MINIMUM_OFFICERS, pick.inspectors().size());
        if (went.size() < needed) {
            throw UserFacingException.badRequest("supervision.random.error.inspectorsTooFew", needed);
        }
        for (String key : went) {
            if (!pick.inspectors().contains(key)) {
                throw UserFacingException.badRequest("supervision.random.error.notDrawnInspector", key);
            }
        }
        List<Long> officerIds = went.stream().map(k -> certificates.officerOfCertificate(k).orElseThrow(
                () -> UserFacingException.badRequest("supervision.random.error.notDrawnInspector", k))).toList();
        certificates.requireCertified(officerIds, on);
        LocalDate rectifyDue = null;
        if (c.outcome() == RandomResultOutcome.ORDERED_TO_RECTIFY) {
            rectifyDue = c.rectifyDueOn();
            if (rectifyDue == null || !rectifyDue.isAfter(on)) {
                throw UserFacingException.badRequest("supervision.random.error.rectifyDueInvalid");
            }
            BusinessDates.check(rectifyDue, "supervision.random.field.rectifyDueOn", today);
        }
        record Entity(Long id, String name) {}
        Entity entity = jdbc.sql("SELECT id, name FROM random_entity WHERE uscc = :u").param("u", c.uscc())
                .query((rs, n) -> new Entity(rs.getLong(1), rs.getString(2))).optional().orElse(new Entity(null, c.uscc()));
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO random_result (task_id, draw_id, rank_no, uscc, entity_id, unit_id, region_code, outcome, "
                        + "inspected_on, findings, inspector_keys, rectify_due_on, recorded_at, recorded_by) VALUES (:t, :d, :r, "
                        + ":u, :e, :unit, :region, :o, :on, :f, :k, :due, :at, :by)")
                .param("t", t.id).param("d", d.id()).param("r", pick.rank()).param("u", c.uscc()).param("e", entity.id())
                .param("unit", t.leadUnitId).param("region", t.regionCode).param("o", c.outcome().name()).param("on", on)
                .param("f", findings).param("k", String.join(",", went)).param("due", rectifyDue)
                .param("at", OffsetDateTime.now(clock)).param("by", Actors.current()).update(keys, "id");
        long resultId = keys.getKeyAs(Long.class);
        CaseLinks.End self = new CaseLinks.End(ref(t.id), t.caseNumber, path(t.id));
        if (c.outcome() == RandomResultOutcome.TRANSFERRED) {
            if (me == null) {
                throw new IllegalStateException("a transfer needs the registering user");
            }
            String violation = c.violationName() == null || c.violationName().isBlank() ? firstItemName(t.id)
                    : required(c.violationName(), 300, "supervision.random.validation.findings");
            EnforcementCaseView penalty = penalties.register(new PenaltyCommands.Register(PenaltyPartyKind.ORGANISATION,
                    entity.name(), c.uscc(), null, firstItemCode(t.id), violation, findings, on, null, on, false, on, null,
                    false, false), me);
            jdbc.sql("UPDATE random_result SET penalty_case_id = :p WHERE id = :id").param("p", penalty.id())
                    .param("id", resultId).update();
            links.link(self, new CaseLinks.End(EnforcementCases.ref(penalty.id()), penalty.caseNumber(),
                    "/enforcement/cases/" + penalty.id()), "transferred");
        }
        if (c.clueSummary() != null && !c.clueSummary().isBlank()) {
            ClueView clue = clues.open(new OpenClue(ClueSource.RANDOM_INSPECTION, CASE_TYPE, t.id, t.caseNumber, path(t.id),
                    t.leadUnitId, required(c.clueSummary(), 2000, "supervision.random.validation.findings"), on));
            jdbc.sql("UPDATE random_result SET clue_id = :c WHERE id = :id").param("c", clue.id()).param("id", resultId)
                    .update();
        }
        return resultId;
    }

    /** The follow-up re-inspection of an entity ordered to rectify. */
    @Transactional
    public RandomTaskView reinspect(long id, RandomTaskCommands.Reinspect c) {
        steps.step(store, RandomTask.TABLE, id, c == null ? null : c.version(), "reinspect", t -> {
            record Row(long id, String outcome, LocalDate inspectedOn, LocalDate reinspectedOn) {}
            Row r = jdbc.sql("SELECT id, outcome, inspected_on, reinspected_on FROM random_result WHERE task_id = :t AND uscc = :u")
                    .param("t", t.id).param("u", c.uscc())
                    .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                            rs.getObject(4, LocalDate.class)))
                    .optional().orElseThrow(() -> UserFacingException.badRequest("supervision.random.error.notDrawnEntity"));
            if (!RandomResultOutcome.ORDERED_TO_RECTIFY.name().equals(r.outcome()) || r.reinspectedOn() != null) {
                throw UserFacingException.conflict("supervision.random.error.noReinspection");
            }
            LocalDate today = LocalDate.now(clock);
            if (c.reinspectedOn() == null || c.reinspectedOn().isAfter(today) || c.reinspectedOn().isBefore(r.inspectedOn())) {
                throw UserFacingException.badRequest("supervision.random.error.reinspectedOnInvalid", r.inspectedOn());
            }
            if (c.rectified() == null) {
                throw UserFacingException.badRequest("supervision.random.validation.rectified");
            }
            String findings = required(c.findings(), 2000, "supervision.random.validation.findings");
            jdbc.sql("UPDATE random_result SET reinspected_on = :on, rectified = :r, reinspection_findings = :f WHERE id = :id")
                    .param("on", c.reinspectedOn()).param("r", c.rectified()).param("f", findings).param("id", r.id()).update();
            return StepOutcome.of(null, c.uscc() + (c.rectified() ? " 已整改" : " 未整改"));
        });
        return view(id);
    }

    /** Every drawn entity has its result: the publication period starts (working days, LegalCalendar). */
    @Transactional
    public RandomTaskView complete(long id, RandomTaskCommands.Dated c) {
        steps.step(store, RandomTask.TABLE, id, c == null ? null : c.version(), "complete", t -> {
            LocalDate on = completeChecks(t, c.on());
            t.complete(on, publishDue(on));
            return StepOutcome.of(null, on + " → " + t.publishDueOn);
        });
        return view(id);
    }

    LocalDate completeChecks(RandomTask t, LocalDate requested) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = requested == null ? today : requested;
        BusinessDates.check(on, "supervision.random.field.resultsRecordedOn", today);
        if (on.isAfter(today)) {
            throw UserFacingException.badRequest("supervision.random.error.future");
        }
        Draws.DrawView d = drawnDraw(t.id).orElseThrow(() -> UserFacingException.conflict("supervision.draw.error.notDrawn"));
        long missing = jdbc.sql("SELECT COUNT(*) FROM random_draw_selection s WHERE s.draw_id = :d AND NOT EXISTS "
                        + "(SELECT 1 FROM random_result r WHERE r.task_id = :t AND r.uscc = s.uscc)")
                .param("d", d.id()).param("t", t.id).query(Long.class).single();
        if (missing > 0) {
            throw UserFacingException.conflict("supervision.random.error.resultsMissing", missing);
        }
        LocalDate last = jdbc.sql("SELECT MAX(inspected_on) FROM random_result WHERE task_id = :t").param("t", t.id)
                .query(LocalDate.class).optional().orElse(null);
        if (last != null && on.isBefore(last)) {
            throw UserFacingException.badRequest("supervision.random.error.completedOnInvalid", last);
        }
        return on;
    }

    /** The last day to publish results recorded on {@code recordedOn}. */
    public LocalDate publishDue(LocalDate recordedOn) {
        return calendar.deadline(recordedOn, settings.publishWorkingDays(), PeriodUnit.WORKING_DAYS).deadline();
    }

    /** Publishes the results (一公开) on the public results page. */
    @Transactional
    public RandomTaskView publish(long id, RandomTaskCommands.Dated c) {
        steps.step(store, RandomTask.TABLE, id, c == null ? null : c.version(), "publish", t -> {
            LocalDate today = LocalDate.now(clock);
            LocalDate on = c.on() == null ? today : c.on();
            BusinessDates.check(on, "supervision.random.field.publishedOn", today);
            if (on.isAfter(today)) {
                throw UserFacingException.badRequest("supervision.random.error.future");
            }
            t.publish(on);
            return StepOutcome.of(null, on + (on.isAfter(t.publishDueOn) ? " (逾期)" : ""));
        });
        return view(id);
    }

    /** Cancels a task not yet drawn (a committed draw is abandoned with the same reason and stays public). */
    @Transactional
    public RandomTaskView cancel(long id, RandomTaskCommands.Reason c) {
        steps.step(store, RandomTask.TABLE, id, c == null ? null : c.version(), "cancel", t -> {
            String reason = RandomTask.requireReason(c.reason());
            if (t.status == RandomTaskStatus.COMMITTED) {
                draws.abandon(committedDraw(t.id).id(), reason);
            }
            t.cancel(reason);
            return StepOutcome.of(null, reason);
        });
        return view(id);
    }

    // ---- reading -----------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public RandomTaskView get(long id) {
        steps.load(store, id);
        return view(id);
    }

    @Transactional(readOnly = true)
    public List<String> actions(RandomTaskView v) {
        List<String> list = new ArrayList<>(RandomTask.TABLE.available(v.status(), caller));
        list.removeAll(List.of("absorb", "merge"));
        if (!"DRAWN".equals(v.status().name())) {
            list.remove("recordResult");
        }
        boolean pendingReinspection = jdbc.sql("SELECT COUNT(*) FROM random_result WHERE task_id = :t AND outcome = :o "
                        + "AND reinspected_on IS NULL").param("t", v.id()).param("o", RandomResultOutcome.ORDERED_TO_RECTIFY.name())
                .query(Long.class).single() > 0;
        if (!pendingReinspection) {
            list.remove("reinspect");
        }
        return list;
    }

    /** The drawn entities with names, inspectors (names and units) and results, by rank. */
    @Transactional(readOnly = true)
    public List<RandomTaskView.Selected> selection(long taskId) {
        Optional<Draws.DrawView> drawn = drawnDraw(taskId);
        if (drawn.isEmpty()) {
            return List.of();
        }
        List<DrawFunction.Pick> picks = draws.selection(drawn.get().id());
        Map<String, String> names = new HashMap<>();
        Map<String, RandomTaskView.Inspector> inspectors = new HashMap<>();
        jdbc.sql("SELECT e.uscc, e.name FROM random_draw_selection s JOIN random_entity e ON e.uscc = s.uscc WHERE s.draw_id = :d")
                .param("d", drawn.get().id()).query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
        Set<String> keys = new LinkedHashSet<>();
        picks.forEach(p -> keys.addAll(p.inspectors()));
        if (!keys.isEmpty()) {
            jdbc.sql("SELECT c.number, o.name, u.short_name FROM enforcement_certificate c JOIN enforcement_officer o "
                            + "ON o.id = c.officer_id JOIN unit u ON u.id = o.unit_id WHERE c.number IN (:k)")
                    .param("k", keys).query((rs, n) -> inspectors.put(rs.getString(1),
                            new RandomTaskView.Inspector(rs.getString(1), rs.getString(2), rs.getString(3))))
                    .list();
        }
        Map<String, RandomTaskView.Result> results = new HashMap<>();
        results(taskId).forEach(r -> results.put(r.uscc(), r));
        return picks.stream().map(p -> new RandomTaskView.Selected(p.rank(), p.uscc(), names.getOrDefault(p.uscc(), ""),
                p.inspectors().stream().map(k -> inspectors.getOrDefault(k, new RandomTaskView.Inspector(k, k, ""))).toList(),
                results.get(p.uscc()))).toList();
    }

    @Transactional(readOnly = true)
    public List<RandomTaskView.Result> results(long taskId) {
        return jdbc.sql("SELECT r.*, e.name AS entity_name FROM random_result r LEFT JOIN random_entity e ON e.id = r.entity_id "
                        + "WHERE r.task_id = :t ORDER BY r.rank_no").param("t", taskId).query(RandomTasks::result).list();
    }

    static RandomTaskView.Result result(ResultSet rs, int n) throws SQLException {
        long penalty = rs.getLong("penalty_case_id");
        Long penaltyId = rs.wasNull() ? null : penalty;
        long clue = rs.getLong("clue_id");
        Long clueId = rs.wasNull() ? null : clue;
        boolean rectified = rs.getBoolean("rectified");
        Boolean r = rs.wasNull() ? null : rectified;
        return new RandomTaskView.Result(rs.getLong("id"), rs.getString("uscc"), rs.getString("entity_name"),
                RandomResultOutcome.valueOf(rs.getString("outcome")), rs.getObject("inspected_on", LocalDate.class),
                rs.getString("findings"), List.of(rs.getString("inspector_keys").split(",")),
                rs.getObject("rectify_due_on", LocalDate.class), rs.getObject("reinspected_on", LocalDate.class), r,
                rs.getString("reinspection_findings"), penaltyId, clueId);
    }

    @Transactional(readOnly = true)
    public Paged<RandomTaskView> search(RandomTaskCommands.Query q, DataScope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.sqlCondition("t.lead_unit_id", "t.region_code"));
        if (q != null && q.status() != null) {
            where.append(" AND t.status = :status");
            params.put("status", q.status().name());
        }
        if (q != null && q.year() != null) {
            where.append(" AND t.period_from BETWEEN :from AND :to");
            params.put("from", LocalDate.of(q.year(), 1, 1));
            params.put("to", LocalDate.of(q.year(), 12, 31));
        }
        if (q != null && q.joint() != null) {
            where.append(" AND t.joint = :joint");
            params.put("joint", q.joint());
        }
        if (q != null && q.q() != null && !q.q().isBlank()) {
            where.append(" AND (t.case_number LIKE :kw OR t.title LIKE :kw)");
            params.put("kw", "%" + like(q.q().strip()) + "%");
        }
        int s = Math.max(1, Math.min(size, 500));
        int pg = Math.max(0, page);
        long total = jdbc.sql("SELECT COUNT(*) FROM random_task t" + where).params(params).query(Long.class).single();
        List<Long> ids = jdbc.sql("SELECT t.id FROM random_task t" + where + " ORDER BY t.period_from DESC, t.id DESC LIMIT "
                        + s + " OFFSET " + (long) pg * s).params(params).query(Long.class).list();
        return new Paged<>(ids.stream().map(this::view).toList(), total, pg, s);
    }

    static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Publications falling due and rectification deadlines without a re-inspection, on or before {@code until}. */
    @Override
    public List<DueItem> openDeadlines(DataScope scope, LocalDate until) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("until", until);
        params.put("s", RandomTaskStatus.RESULTS_RECORDED.name());
        String inScope = " AND " + scope.sqlCondition("t.lead_unit_id", "t.region_code");
        List<DueItem> items = new ArrayList<>(jdbc.sql("SELECT t.* FROM random_task t WHERE t.status = :s AND "
                        + "t.publish_due_on <= :until" + inScope + " ORDER BY t.publish_due_on").params(params)
                .query((rs, n) -> new DueItem(ref(rs.getLong("id")), rs.getString("case_number"), rs.getString("title"),
                        CLOCK_PUBLISH, rs.getObject("publish_due_on", LocalDate.class), rs.getLong("lead_unit_id"),
                        rs.getString("region_code"), path(rs.getLong("id"))))
                .list());
        params.put("o", RandomResultOutcome.ORDERED_TO_RECTIFY.name());
        items.addAll(jdbc.sql("SELECT t.id, t.case_number, t.lead_unit_id, t.region_code, r.uscc, r.rectify_due_on "
                        + "FROM random_result r JOIN random_task t ON t.id = r.task_id WHERE r.outcome = :o AND "
                        + "r.reinspected_on IS NULL AND r.rectify_due_on <= :until" + inScope + " ORDER BY r.rectify_due_on")
                .params(params)
                .query((rs, n) -> new DueItem(ref(rs.getLong("id")), rs.getString("case_number"), rs.getString("uscc"),
                        CLOCK_RECTIFY, rs.getObject("rectify_due_on", LocalDate.class), rs.getLong("lead_unit_id"),
                        rs.getString("region_code"), path(rs.getLong("id"))))
                .list());
        return items;
    }

    /** Tasks whose publication falls due within the warning days (or is overdue), for the task list's flag. */
    public boolean dueSoon(RandomTaskView v) {
        return v.status() == RandomTaskStatus.RESULTS_RECORDED && v.publishDueOn() != null
                && !LocalDate.now(clock).plusDays(settings.warnDays()).isBefore(v.publishDueOn());
    }

    RandomTaskView view(long id) {
        RandomTask t = store.find(id).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        String unitName = jdbc.sql("SELECT name FROM unit WHERE id = :id").param("id", t.leadUnitId).query(String.class).single();
        List<RandomTaskView.Item> items = jdbc.sql("SELECT i.*, u.short_name AS unit_name FROM random_task_item ti "
                        + "JOIN random_item i ON i.id = ti.item_id JOIN unit u ON u.id = i.unit_id WHERE ti.task_id = :t ORDER BY i.code")
                .param("t", id)
                .query((rs, n) -> new RandomTaskView.Item(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("legal_basis"), rs.getString("unit_name"), rs.getBigDecimal("ratio_percent"),
                        rs.getString("industry_codes")))
                .list();
        List<String> departments = jdbc.sql("SELECT short_name FROM unit WHERE id IN (:ids) ORDER BY sort_order, id")
                .param("ids", candidatesDepartments(t)).query(String.class).list();
        LocalDate today = LocalDate.now(clock);
        boolean late = t.publishDueOn != null && (t.publishedOn != null ? t.publishedOn.isAfter(t.publishDueOn)
                : t.status == RandomTaskStatus.RESULTS_RECORDED && today.isAfter(t.publishDueOn));
        return new RandomTaskView(t.id, t.caseNumber, t.status, t.title, t.joint, t.leadUnitId, unitName, t.regionCode,
                t.periodFrom, t.periodTo, t.ratioPercent, t.committedOn, t.drawnOn, t.resultsRecordedOn, t.publishDueOn,
                t.publishedOn, late, t.closedReason, t.mergedInto, items, departments, t.version);
    }

    private List<Long> candidatesDepartments(RandomTask t) {
        return candidates.departments(t.id);
    }

    private String firstItemCode(long taskId) {
        return jdbc.sql("SELECT i.code FROM random_task_item ti JOIN random_item i ON i.id = ti.item_id WHERE ti.task_id = :t "
                + "ORDER BY i.code").param("t", taskId).query(String.class).list().get(0);
    }

    private String firstItemName(long taskId) {
        return jdbc.sql("SELECT i.name FROM random_task_item ti JOIN random_item i ON i.id = ti.item_id WHERE ti.task_id = :t "
                + "ORDER BY i.code").param("t", taskId).query(String.class).list().get(0);
    }

    static String required(String value, int max, String key) {
        if (value == null || value.isBlank()) {
            throw UserFacingException.badRequest(key);
        }
        String v = value.strip();
        if (v.length() > max) {
            throw UserFacingException.badRequest("supervision.random.error.tooLong", max);
        }
        return v;
    }

    /** The published items of the random-inspection list a task can be planned from (all departments: joint tasks). */
    @Transactional(readOnly = true)
    public List<RandomTaskView.Item> publishedItems() {
        return jdbc.sql("SELECT i.*, u.short_name AS unit_name FROM random_item i JOIN unit u ON u.id = i.unit_id "
                        + "WHERE i.status = 'PUBLISHED' ORDER BY u.sort_order, i.code")
                .query((rs, n) -> new RandomTaskView.Item(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("legal_basis"), rs.getString("unit_name"), rs.getBigDecimal("ratio_percent"),
                        rs.getString("industry_codes")))
                .list();
    }

    // ---- for the demo year and merge proposals ---------------------------------------------------------------------

    RandomTaskRepository store() {
        return store;
    }

    CaseSteps steps() {
        return steps;
    }
}
