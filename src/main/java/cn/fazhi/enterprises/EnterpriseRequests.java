package cn.fazhi.enterprises;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.DeadlineSource;
import cn.fazhi.cases.DueItem;
import cn.fazhi.cases.StepOutcome;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.responsibilities.DispatchQuery;
import cn.fazhi.responsibilities.DispatchSuggestion;
import cn.fazhi.responsibilities.Responsibilities;
import cn.fazhi.supervision.ClueSource;
import cn.fazhi.supervision.Clues;
import cn.fazhi.supervision.OpenClue;

/**
 * Enterprise requests (涉企诉求): filed by the enterprise verified on the portal or by the desk on its behalf,
 * classified (the settings' categories), routed by the desk to the competent unit that the 权责清单 suggests
 * ({@link Responsibilities#suggest}, with the reason and the words matched; another unit only with a reason), signed for,
 * answered or returned by the unit, urged by the desk when late (督办), closed and rated; every step through the
 * kernel's one step call. Routing a request of an enforcement category opens a supervision clue ({@link Clues#open},
 * linked both ways).
 */
@Service
public class EnterpriseRequests implements DeadlineSource {

    /** The kernel case type of a request. */
    public static final String CASE_TYPE = "enterprise_request";

    static final String SELECT = "SELECT r.*, u.name AS unit_name, e.name AS enterprise_name, e.uscc FROM enterprise_request r "
            + "JOIN unit u ON u.id = r.unit_id JOIN enterprise e ON e.id = r.enterprise_id";

    private final JdbcClient jdbc;
    private final Units units;
    private final CaseNumbers numbers;
    private final CaseSteps steps;
    private final RequestRepository store;
    private final RequestClocks clocks;
    private final RequestProperties settings;
    private final Enterprises enterprises;
    private final Responsibilities responsibilities;
    private final Clues clues;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    EnterpriseRequests(JdbcClient jdbc, Units units, CaseNumbers numbers, CaseSteps steps, RequestRepository store,
            RequestClocks clocks, RequestProperties settings, Enterprises enterprises, Responsibilities responsibilities,
            Clues clues, AuditTrail audit, Caller caller, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.numbers = numbers;
        this.steps = steps;
        this.store = store;
        this.clocks = clocks;
        this.settings = settings;
        this.enterprises = enterprises;
        this.responsibilities = responsibilities;
        this.clues = clues;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    public static CaseRef ref(long id) {
        return new CaseRef(CASE_TYPE, id);
    }

    /** The step names of the transition table, in its order. */
    public static List<String> stepNames() {
        return EnterpriseRequest.TABLE.steps().stream().map(s -> s.name()).toList();
    }

    public List<String> categories() {
        return settings.categories();
    }

    public List<String> ratingScale() {
        return settings.satisfaction();
    }

    public boolean enforcementCategory(String code) {
        return settings.enforcementCategories().contains(code);
    }

    // ---- filing ------------------------------------------------------------------------------------------------------

    /**
     * The desk files a request on an enterprise's behalf (permission {@code enterprises:dispatch}): the enterprise by
     * its USCC. Bad input → 400, nothing saved.
     */
    @Transactional
    public RequestView file(RequestCommands.File c) {
        if (!caller.can(Enterprises.DISPATCH)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        EnterpriseView e = enterprises.findByUscc(c == null ? null : c.uscc()).filter(x -> "ACTIVE".equals(x.status()))
                .orElseThrow(() -> UserFacingException.badRequest("enterprises.requests.error.enterpriseUnknown"));
        return insert(e.id(), c, "DESK", c.filedOn(), Actors.current());
    }

    /** The enterprise verified on the portal files a request (filed today); the caller checked the session. */
    @Transactional
    public RequestView fileAsEnterprise(long enterpriseId, RequestCommands.File c) {
        return insert(enterpriseId, c, "PORTAL", null, "enterprise:" + enterpriseId);
    }

    /** {@link #file} for demo generation: no permission check, the given day and author. */
    @Transactional
    RequestView insert(long enterpriseId, RequestCommands.File c, String channel, LocalDate filedOn, String by) {
        if (c == null || c.category() == null || !settings.categories().contains(c.category())) {
            throw UserFacingException.badRequest("enterprises.requests.error.category");
        }
        String title = EnterpriseRequest.required(c.title(), "enterprises.requests.error.titleRequired");
        if (title.length() > 200) {
            throw UserFacingException.badRequest("enterprises.requests.error.tooLong", 200);
        }
        String content = EnterpriseRequest.required(c.content(), "enterprises.requests.error.contentRequired");
        LocalDate today = LocalDate.now(clock);
        LocalDate filed = filedOn == null ? today : filedOn;
        if (filed.isAfter(today)) {
            throw UserFacingException.badRequest("enterprises.requests.error.future");
        }
        UnitView desk = units.find(settings.deskUnitId()).orElseThrow();
        String number = numbers.next(CASE_TYPE, "district", filed.getYear());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enterprise_request (case_number, status, enterprise_id, category, channel, title, content, "
                        + "filed_on, unit_id, region_code, route_due, close_due, created_at, created_by) VALUES (:n, :s, :e, "
                        + ":cat, :ch, :title, :content, :filed, :unit, :region, :routeDue, :closeDue, :at, :by)")
                .param("n", number).param("s", RequestStatus.FILED.name()).param("e", enterpriseId)
                .param("cat", c.category()).param("ch", channel).param("title", title).param("content", content)
                .param("filed", filed).param("unit", desk.id()).param("region", desk.regionCode())
                .param("routeDue", clocks.routeDue(filed)).param("closeDue", clocks.closeDue(filed))
                .param("at", OffsetDateTime.now(clock)).param("by", by).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        steps.created(store, store.find(id).orElseThrow(), "filed", StepOutcome.of(null, channel + " " + c.category()));
        return find(id).orElseThrow();
    }

    // ---- suggestions -------------------------------------------------------------------------------------------------

    /** The units the 权责清单 suggests for a request in the caller's scope, best first (at most 5). */
    @Transactional(readOnly = true)
    public List<RequestSuggestion> suggestions(long id) {
        steps.load(store, id);
        RequestView v = find(id).orElseThrow();
        return suggest(v.title() + " " + v.content(), v.filedOn());
    }

    /**
     * The units the 权责清单 in force on {@code on} suggests for a request with this text (its powers whose names the
     * text matches), each with the power, its basis and the words matched; unscoped (for routing and the demo).
     */
    public List<RequestSuggestion> suggest(String text, LocalDate on) {
        List<RequestSuggestion> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (DispatchSuggestion s : responsibilities.suggest(new DispatchQuery(List.of(), text, on, 5))) {
            if (s.unitId() != settings.deskUnitId() && seen.add(s.unitId())) {
                List<Object> args = s.matched() == null ? List.of(s.powerName(), s.basis(), "")
                        : List.of(s.powerName(), s.basis(), s.matched());
                String name = units.find(s.unitId()).map(UnitView::name).orElse(String.valueOf(s.unitId()));
                out.add(new RequestSuggestion(s.unitId(), name, s.reason().name(),
                        "responsibilities.reason." + s.reason().name(), args, s.powerCode(), s.matched()));
            }
        }
        return out;
    }

    // ---- steps -------------------------------------------------------------------------------------------------------

    /**
     * Takes {@code stepName} on request {@code id} as the caller, through the kernel (scope, permission, version,
     * table). The unit's steps (sign, return, answer) only on the unit's own requests (403). Routing needs a unit, and
     * a reason when it is not the first suggestion; a return needs a reason; an answer its text; a rating a code of the
     * scale. An unknown step is a 404.
     */
    @Transactional
    public RequestView step(long id, String stepName, RequestCommands.Step c) {
        if (stepName == null || EnterpriseRequest.TABLE.step(stepName).isEmpty()) {
            throw UserFacingException.notFound("error.notFound");
        }
        LocalDate on = day(c == null ? null : c.on());
        steps.step(store, EnterpriseRequest.TABLE, id, c == null ? null : c.version(), stepName, r -> {
            if (EnterpriseRequest.UNIT_STEPS.contains(stepName)
                    && (!caller.scope().covers(r.unitId, r.regionCode) || r.unitId == settings.deskUnitId())) {
                throw UserFacingException.forbidden("enterprises.requests.error.notYours");
            }
            return apply(r, stepName, c, on);
        });
        return find(id).orElseThrow();
    }

    /**
     * The enterprise verified on the portal rates its closed request: a system step (the portal has no staff caller)
     * taken only on the enterprise's own request (404 otherwise).
     */
    @Transactional
    public RequestView rateAsEnterprise(long enterpriseId, long id, String rating, String note) {
        forEnterprise(enterpriseId, id).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        steps.systemStep(store, EnterpriseRequest.TABLE, id, "rate",
                r -> apply(r, "rate", new RequestCommands.Step(null, null, note, rating, null, r.version), day(null)));
        return find(id).orElseThrow();
    }

    private LocalDate day(LocalDate given) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = given == null ? today : given;
        if (on.isAfter(today)) {
            throw UserFacingException.badRequest("enterprises.requests.error.future");
        }
        return on;
    }

    private StepOutcome apply(EnterpriseRequest r, String stepName, RequestCommands.Step c, LocalDate on) {
        String text = c == null || c.text() == null || c.text().isBlank() ? null : c.text().strip();
        String reason = c == null || c.reason() == null || c.reason().isBlank() ? null : c.reason().strip();
        String detail = text;
        switch (stepName) {
            case "route" -> detail = route(r, c, reason, on);
            case "sign" -> r.sign(on);
            case "return" -> {
                UnitView desk = units.find(settings.deskUnitId()).orElseThrow();
                r.returnToDesk(reason, on, desk.id(), desk.regionCode());
                jdbc.sql("UPDATE enterprise_request_route SET returned_on = :on, return_reason = :r WHERE request_id = :id "
                        + "AND returned_on IS NULL").param("on", on).param("r", reason).param("id", r.id).update();
                detail = reason;
            }
            case "answer" -> r.answer(text, on, clocks.visitDue(on));
            case "urge" -> {
                r.urge(on);
                audit.record(AuditEntry.of("enterprises.request.escalated", CASE_TYPE, r.id,
                        r.caseNumber + " unit " + r.unitId));
            }
            case "close" -> r.close(on);
            case "rate" -> {
                String code = c == null ? null : c.rating();
                if (code == null || !settings.satisfaction().contains(code)) {
                    throw UserFacingException.badRequest("enterprises.requests.error.ratingUnknown");
                }
                r.rate(code, text, on);
                detail = code;
            }
            default -> throw new IllegalArgumentException(stepName);
        }
        return StepOutcome.of(null, detail);
    }

    private String route(EnterpriseRequest r, RequestCommands.Step c, String reason, LocalDate on) {
        if (c == null || c.unitId() == null) {
            throw UserFacingException.badRequest("enterprises.requests.error.unitRequired");
        }
        UnitView unit = units.find(c.unitId())
                .orElseThrow(() -> UserFacingException.badRequest("enterprises.requests.error.unitUnknown"));
        if (unit.id() == settings.deskUnitId()) {
            throw UserFacingException.badRequest("enterprises.requests.error.unitIsDesk");
        }
        RequestView v = find(r.id).orElseThrow();
        List<RequestSuggestion> suggested = suggest(v.title() + " " + v.content(), v.filedOn());
        RequestSuggestion first = suggested.isEmpty() ? null : suggested.get(0);
        boolean override = first != null && first.unitId() != unit.id();
        if (override && reason == null) {
            throw UserFacingException.badRequest("enterprises.requests.error.overrideReason", first.unitName());
        }
        r.route(unit.id(), unit.regionCode(), on, clocks.signDue(on), clocks.answerDue(on));
        RequestSuggestion chosen = suggested.stream().filter(s -> s.unitId() == unit.id()).findFirst().orElse(null);
        jdbc.sql("INSERT INTO enterprise_request_route (request_id, unit_id, routed_on, suggested_unit_id, suggested_reason, "
                        + "suggested_power, matched, override_reason, routed_by, created_at) VALUES (:r, :u, :on, :su, :sr, :sp, "
                        + ":m, :or, :by, :at)")
                .param("r", r.id).param("u", unit.id()).param("on", on).param("su", first == null ? null : first.unitId())
                .param("sr", chosen == null ? null : chosen.reason()).param("sp", chosen == null ? null : chosen.powerCode())
                .param("m", chosen == null || chosen.matched() == null ? null : cut(chosen.matched(), 300))
                .param("or", override ? reason : null).param("by", Actors.current())
                .param("at", OffsetDateTime.now(clock)).update();
        if (settings.enforcementCategories().contains(r.category) && r.clueId == null) {
            r.clueId = clues.open(new OpenClue(ClueSource.COMPLAINT, CASE_TYPE, r.id, r.caseNumber,
                    "/enterprises/requests/" + r.id, unit.id(), cut(v.enterpriseName() + ": " + v.title() + " "
                            + v.content(), 2000), v.filedOn())).id();
        }
        return unit.name() + (override ? " (" + reason + ")" : "");
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    // ---- reading -----------------------------------------------------------------------------------------------------

    /** A request by id, unscoped (callers check access; pages and the API go through {@link #get}). */
    @Transactional(readOnly = true)
    public Optional<RequestView> find(long id) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query((rs, n) -> view(rs, today)).optional();
    }

    /** A request in the caller's scope (permission and scope), else 404. */
    @Transactional(readOnly = true)
    public RequestView get(long id) {
        steps.load(store, id);
        return find(id).orElseThrow();
    }

    /** The enterprise's own request, else empty (the portal's check). */
    @Transactional(readOnly = true)
    public Optional<RequestView> forEnterprise(long enterpriseId, long id) {
        return find(id).filter(v -> v.enterpriseId() == enterpriseId);
    }

    /** The enterprise's requests, newest first (the portal's progress page). */
    @Transactional(readOnly = true)
    public List<RequestView> ofEnterprise(long enterpriseId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(SELECT + " WHERE r.enterprise_id = :e ORDER BY r.filed_on DESC, r.id DESC FETCH FIRST 200 ROWS ONLY")
                .param("e", enterpriseId).query((rs, n) -> view(rs, today)).list();
    }

    /** The request's routings, oldest first. */
    @Transactional(readOnly = true)
    public List<RequestRoute> routes(long id) {
        return jdbc.sql("SELECT d.*, u.name AS unit_name FROM enterprise_request_route d JOIN unit u ON u.id = d.unit_id "
                        + "WHERE d.request_id = :r ORDER BY d.id")
                .param("r", id).query((rs, n) -> {
                    long su = rs.getLong("suggested_unit_id");
                    Long suggested = rs.wasNull() ? null : su;
                    return new RequestRoute(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                            rs.getObject("routed_on", LocalDate.class), suggested, rs.getString("suggested_reason"),
                            rs.getString("suggested_power"), rs.getString("matched"), rs.getString("override_reason"),
                            rs.getObject("returned_on", LocalDate.class), rs.getString("return_reason"),
                            rs.getString("routed_by"));
                }).list();
    }

    /** The steps the caller may take now: the table's, a unit's only on its own requests. */
    @Transactional(readOnly = true)
    public List<String> actions(RequestView v) {
        DataScope scope = caller.scope();
        return EnterpriseRequest.TABLE.available(v.status(), caller).stream()
                .filter(s -> !EnterpriseRequest.UNIT_STEPS.contains(s)
                        || (v.unitId() != settings.deskUnitId() && scope.covers(v.unitId(), v.regionCode())))
                .toList();
    }

    /** Requests in the scope matching the filters, the newest filed first; {@code size} at most 5,000. */
    @Transactional(readOnly = true)
    public Paged<RequestView> search(RequestCommands.Query q, DataScope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.sqlCondition("r.unit_id", "r.region_code"));
        LocalDate today = LocalDate.now(clock);
        RequestCommands.Query f = q == null ? RequestCommands.Query.none() : q;
        if (f.status() != null) {
            where.append(" AND r.status = :status");
            params.put("status", f.status().name());
        }
        if (f.category() != null && !f.category().isBlank()) {
            where.append(" AND r.category = :cat");
            params.put("cat", f.category());
        }
        if (f.unitId() != null) {
            where.append(" AND r.unit_id = :unit");
            params.put("unit", f.unitId());
        }
        if (Boolean.TRUE.equals(f.supervised())) {
            where.append(" AND (r.return_count > 0 OR ").append(OVERDUE).append(")");
            params.putAll(overdueParams(today));
        }
        if (f.year() != null) {
            where.append(" AND r.filed_on BETWEEN :from AND :to");
            params.put("from", LocalDate.of(f.year(), 1, 1));
            params.put("to", LocalDate.of(f.year(), 12, 31));
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" AND (r.case_number LIKE :kw OR r.title LIKE :kw OR r.content LIKE :kw OR e.name LIKE :kw "
                    + "OR e.uscc LIKE :kw)");
            params.put("kw", "%" + f.q().strip().replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        int s = Math.max(1, Math.min(size, 5000));
        int pg = Math.max(0, page);
        long total = jdbc.sql("SELECT COUNT(*) FROM enterprise_request r JOIN enterprise e ON e.id = r.enterprise_id" + where)
                .params(params).query(Long.class).single();
        List<RequestView> items = jdbc.sql(SELECT + where + " ORDER BY r.filed_on DESC, r.id DESC LIMIT " + s + " OFFSET "
                + (long) pg * s).params(params).query((rs, n) -> view(rs, today)).list();
        return new Paged<>(items, total, pg, s);
    }

    /** Open and past a period today (the 督办 condition): not routed, signed, answered or closed in time. */
    static final String OVERDUE = "((r.status IN (:waitRoute) AND r.route_due < :today) OR (r.status = :routed AND "
            + "r.sign_due < :today) OR (r.status IN (:handling) AND r.answer_due < :today) OR (r.status = :answered AND "
            + "r.close_due < :today))";

    static Map<String, Object> overdueParams(LocalDate today) {
        Map<String, Object> p = new HashMap<>();
        p.put("waitRoute", List.of(RequestStatus.FILED.name(), RequestStatus.RETURNED.name()));
        p.put("routed", RequestStatus.ROUTED.name());
        p.put("handling", List.of(RequestStatus.ROUTED.name(), RequestStatus.SIGNED.name()));
        p.put("answered", RequestStatus.ANSWERED.name());
        p.put("today", today);
        return p;
    }

    /**
     * Open periods (warnings): requests waiting to be routed, signed for, answered or closed, due on or before
     * {@code until} or within {@code warn-days}.
     */
    @Override
    public List<DueItem> openDeadlines(DataScope scope, LocalDate until) {
        LocalDate warn = LocalDate.now(clock).plusDays(settings.warnDays());
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("until", until.isAfter(warn) ? until : warn);
        params.put("waitRoute", List.of(RequestStatus.FILED.name(), RequestStatus.RETURNED.name()));
        params.put("routed", List.of(RequestStatus.ROUTED.name()));
        params.put("handling", List.of(RequestStatus.ROUTED.name(), RequestStatus.SIGNED.name()));
        params.put("answered", List.of(RequestStatus.ANSWERED.name()));
        String scoped = scope.sqlCondition("r.unit_id", "r.region_code");
        List<DueItem> items = new ArrayList<>();
        for (String[] due : new String[][] {{"route_due", ":waitRoute", "enterprises.requests.clock.route"},
            {"sign_due", ":routed", "enterprises.requests.clock.sign"},
            {"answer_due", ":handling", "enterprises.requests.clock.answer"},
            {"close_due", ":answered", "enterprises.requests.clock.close"}}) {
            jdbc.sql("SELECT r.id, r.case_number, r.title, r." + due[0] + " AS due, r.unit_id, r.region_code "
                            + "FROM enterprise_request r WHERE r.status IN (" + due[1] + ") AND r." + due[0]
                            + " <= :until AND " + scoped + " ORDER BY r." + due[0] + ", r.id")
                    .params(params)
                    .query((rs, n) -> new DueItem(ref(rs.getLong("id")), rs.getString("case_number"), rs.getString("title"),
                            due[2], rs.getObject("due", LocalDate.class), rs.getLong("unit_id"),
                            rs.getString("region_code"), "/enterprises/requests/" + rs.getLong("id")))
                    .list().forEach(items::add);
        }
        return items;
    }

    private RequestView view(ResultSet rs, LocalDate today) throws SQLException {
        RequestStatus status = RequestStatus.valueOf(rs.getString("status"));
        LocalDate routeDue = rs.getObject("route_due", LocalDate.class);
        LocalDate signDue = rs.getObject("sign_due", LocalDate.class);
        LocalDate answerDue = rs.getObject("answer_due", LocalDate.class);
        LocalDate closeDue = rs.getObject("close_due", LocalDate.class);
        Boolean answeredOnTime = rs.getObject("answered_on_time", Boolean.class);
        boolean overdue = switch (status) {
            case FILED, RETURNED -> RequestClocks.overdue(routeDue, today);
            case ROUTED -> RequestClocks.overdue(signDue, today) || RequestClocks.overdue(answerDue, today);
            case SIGNED -> RequestClocks.overdue(answerDue, today);
            case ANSWERED -> RequestClocks.overdue(closeDue, today) || Boolean.FALSE.equals(answeredOnTime);
            case CLOSED, RATED -> Boolean.FALSE.equals(answeredOnTime);
        };
        long clue = rs.getLong("clue_id");
        Long clueId = rs.wasNull() ? null : clue;
        return new RequestView(rs.getLong("id"), rs.getString("case_number"), status, rs.getLong("enterprise_id"),
                rs.getString("enterprise_name"), rs.getString("uscc"), rs.getString("category"), rs.getString("channel"),
                rs.getString("title"), rs.getString("content"), rs.getObject("filed_on", LocalDate.class),
                rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("region_code"), routeDue,
                rs.getObject("routed_on", LocalDate.class), signDue, rs.getObject("signed_on", LocalDate.class), answerDue,
                rs.getObject("answered_on", LocalDate.class), answeredOnTime, rs.getString("answer"), closeDue,
                rs.getObject("closed_on", LocalDate.class), rs.getObject("visit_due", LocalDate.class),
                rs.getString("rating"), rs.getString("rating_note"), rs.getObject("rated_on", LocalDate.class),
                rs.getInt("route_count"), rs.getInt("return_count"), rs.getInt("urge_count"),
                rs.getObject("urged_on", LocalDate.class), clueId, rs.getInt("version"), overdue);
    }

    /** Records an export of the list (the page writes the sheet). */
    public void exported(int rows) {
        audit.record(AuditEntry.of("enterprises.request.exported", CASE_TYPE, "list", rows + " rows"));
    }
}
