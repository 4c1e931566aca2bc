package cn.fazhi.hotline;

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
import cn.fazhi.cases.CaseParties;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.DeadlineSource;
import cn.fazhi.cases.DueItem;
import cn.fazhi.cases.StepOutcome;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.crypto.PersonalDataCipher;
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
 * 12345 tickets: intake by the centre (caller's name and phone SM4-encrypted, the phone with its blind index, both
 * masked), the suggested units of a ticket (from the 权责清单 through {@link Responsibilities#suggest}, then the
 * category's default unit and the units that handled the category over the past year, each with its reason and
 * return rate), and every step through the kernel's one step call. Dispatching a ticket of a category flagged as a
 * complaint about enforcement opens a supervision clue ({@link Clues#open}), linked both ways.
 */
@Service
public class Tickets implements DeadlineSource {

    /** The kernel case type of a ticket. */
    public static final String CASE_TYPE = "hotline";

    static final String SELECT = "SELECT t.*, u.name AS unit_name, c.name AS category_name FROM hotline_ticket t "
            + "JOIN unit u ON u.id = t.unit_id JOIN hotline_category c ON c.id = t.category_id";

    private final JdbcClient jdbc;
    private final Units units;
    private final CaseNumbers numbers;
    private final CaseSteps steps;
    private final CaseParties parties;
    private final PersonalDataCipher cipher;
    private final TicketRepository store;
    private final Categories categories;
    private final HotlineRules rules;
    private final HotlineProperties settings;
    private final Responsibilities responsibilities;
    private final Clues clues;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    Tickets(JdbcClient jdbc, Units units, CaseNumbers numbers, CaseSteps steps, CaseParties parties,
            PersonalDataCipher cipher, TicketRepository store, Categories categories, HotlineRules rules,
            HotlineProperties settings, Responsibilities responsibilities, Clues clues, AuditTrail audit, Caller caller,
            Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.numbers = numbers;
        this.steps = steps;
        this.parties = parties;
        this.cipher = cipher;
        this.store = store;
        this.categories = categories;
        this.rules = rules;
        this.settings = settings;
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
        return Ticket.TABLE.steps().stream().map(s -> s.name()).toList();
    }

    // ---- intake ------------------------------------------------------------------------------------------------------

    /**
     * Takes a ticket in (RECEIVED, held by the centre). Refused with a Chinese 400 when the channel, category, title or
     * content is missing, the category is unknown, inactive or has sub-categories, the phone is not a phone number, or
     * the day received lies in the future.
     */
    @Transactional
    public TicketView intake(TicketCommands.Intake c) {
        if (!caller.can(HotlinePermissions.DISPATCH)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        if (c == null || c.channel() == null || c.categoryId() == null) {
            throw UserFacingException.badRequest("hotline.error.incomplete");
        }
        String title = Ticket.required(c.title(), "hotline.error.titleRequired");
        String content = Ticket.required(c.content(), "hotline.error.contentRequired");
        if (title.length() > 200) {
            throw UserFacingException.badRequest("hotline.error.tooLong", 200);
        }
        CategoryView category = categories.leaves().stream().filter(k -> k.id() == c.categoryId()).findFirst()
                .orElseThrow(() -> UserFacingException.badRequest("hotline.error.categoryUnknown"));
        LocalDate today = LocalDate.now(clock);
        LocalDate received = c.receivedOn() == null ? today : c.receivedOn();
        if (received.isAfter(today)) {
            throw UserFacingException.badRequest("hotline.error.future");
        }
        CaseParties.Sealed phone = parties.seal(true, null, c.callerPhone());
        String name = c.callerName() == null || c.callerName().isBlank() ? null : c.callerName().strip();
        UnitView centre = units.find(settings.centreUnitId()).orElseThrow();
        String number = numbers.next(CASE_TYPE, "district", received.getYear());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO hotline_ticket (case_number, status, channel, category_id, urgency, caller_name_enc, "
                        + "caller_name_masked, caller_phone_enc, caller_phone_index, caller_phone_masked, confidential, title, "
                        + "content, address, received_on, unit_id, region_code, created_at, created_by) VALUES (:n, :s, :ch, "
                        + ":cat, :urg, :ne, :nm, :pe, :pi, :pm, :conf, :title, :content, :addr, :received, :unit, :region, "
                        + ":at, :by)")
                .param("n", number).param("s", TicketStatus.RECEIVED.name()).param("ch", c.channel().name())
                .param("cat", category.id()).param("urg", category.urgency().name()).param("ne", cipher.encrypt(name))
                .param("nm", name == null ? null : maskName(name)).param("pe", phone.phoneEnc())
                .param("pi", phone.phoneIndex()).param("pm", phone.phoneMasked())
                .param("conf", Boolean.TRUE.equals(c.confidential())).param("title", title).param("content", content)
                .param("addr", c.address() == null || c.address().isBlank() ? null : c.address().strip())
                .param("received", received).param("unit", centre.id()).param("region", centre.regionCode())
                .param("at", OffsetDateTime.now(clock)).param("by", Actors.current()).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        steps.created(store, store.find(id).orElseThrow(), "received", StepOutcome.of(null, category.name()));
        return find(id).orElseThrow();
    }

    static String maskName(String name) {
        return name.length() <= 1 ? "*" : name.charAt(0) + "*".repeat(Math.min(3, name.length() - 1));
    }

    // ---- suggestions -------------------------------------------------------------------------------------------------

    /**
     * The units suggested for a ticket, best first (at most 5): the holders of the category's powers (the 权责清单, in
     * force on the day received), the category's default unit, the holders of powers the ticket's text names, then the
     * units that handled the category over the past year; each with how many of the category's tickets it had over
     * that year and how many it returned.
     */
    @Transactional(readOnly = true)
    public List<HotlineSuggestion> suggestions(long id) {
        steps.load(store, id);
        TicketView t = find(id).orElseThrow();
        return suggest(categories.get(t.categoryId()), t.title() + " " + t.content(), t.receivedOn());
    }

    /**
     * The units suggested for a matter of {@code category} with this text on day {@code on} (see {@link #suggestions});
     * unscoped: for the dispatch step and the benchmark.
     */
    public List<HotlineSuggestion> suggest(CategoryView category, String text, LocalDate on) {
        Map<Long, long[]> history = history(category.id(), on);
        List<HotlineSuggestion> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        // what the centre configured for the category comes first (its powers, then its default unit); the list's
        // powers the text names come after, then the units that handled the category before
        for (DispatchSuggestion s : responsibilities.suggest(new DispatchQuery(category.powerCodes(), null, on, 5))) {
            addFromList(s, seen, out, history);
        }
        if (category.defaultUnitId() != null && seen.add(category.defaultUnitId())) {
            out.add(suggestion(category.defaultUnitId(), "CATEGORY_UNIT", List.of(category.name()), null, history));
        }
        for (DispatchSuggestion s : responsibilities.suggest(new DispatchQuery(List.of(), text, on, 5))) {
            addFromList(s, seen, out, history);
        }
        history.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .filter(e -> seen.add(e.getKey()))
                .forEach(e -> out.add(suggestion(e.getKey(), "HISTORY", List.of(e.getValue()[0]), null, history)));
        return out.size() > 5 ? out.subList(0, 5) : out;
    }

    private void addFromList(DispatchSuggestion s, Set<Long> seen, List<HotlineSuggestion> out,
            Map<Long, long[]> history) {
        if (seen.add(s.unitId())) {
            List<Object> args = s.matched() == null ? List.of(s.powerName(), s.basis())
                    : List.of(s.powerName(), s.basis(), s.matched());
            out.add(suggestion(s.unitId(), s.reason().name(), args, s.powerCode(), history));
        }
    }

    private HotlineSuggestion suggestion(long unitId, String reason, List<Object> args, String power,
            Map<Long, long[]> history) {
        long[] h = history.getOrDefault(unitId, new long[2]);
        String name = units.find(unitId).map(UnitView::name).orElse(String.valueOf(unitId));
        return new HotlineSuggestion(unitId, name, reason, "hotline.reason." + reason, args, power, h[0], h[1]);
    }

    /** Per unit: the category's dispatches over the year before {@code on}, and how many it returned. */
    private Map<Long, long[]> history(long categoryId, LocalDate on) {
        Map<Long, long[]> out = new HashMap<>();
        jdbc.sql("SELECT d.unit_id, COUNT(*) AS handled, SUM(CASE WHEN d.returned_on IS NULL THEN 0 ELSE 1 END) AS returned "
                        + "FROM hotline_dispatch d WHERE d.category_id = :c AND d.dispatched_on >= :from "
                        + "AND d.dispatched_on <= :to GROUP BY d.unit_id")
                .param("c", categoryId).param("from", on.minusYears(1)).param("to", on)
                .query((rs, n) -> out.put(rs.getLong("unit_id"), new long[] {rs.getLong("handled"), rs.getLong("returned")}))
                .list();
        return out;
    }

    // ---- steps -------------------------------------------------------------------------------------------------------

    /**
     * Takes {@code stepName} on ticket {@code id} as the caller, through the kernel (scope, permission, version,
     * table). A unit's steps (sign, return, reply) only on the unit's own tickets (403 otherwise). Dispatch needs a
     * unit, and a reason when it is not the first suggestion; a return needs a reason and is refused (409) after a
     * ruling when the setting says so; a visit needs a code of the satisfaction scale; closing without a visit needs
     * a reason. An unknown step is a 404.
     */
    @Transactional
    public TicketView step(long id, String stepName, TicketCommands.Step c) {
        if (stepName == null || Ticket.TABLE.step(stepName).isEmpty()) {
            throw UserFacingException.notFound("error.notFound");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = c == null || c.on() == null ? today : c.on();
        if (on.isAfter(today)) {
            throw UserFacingException.badRequest("hotline.error.future");
        }
        String text = c == null || c.text() == null || c.text().isBlank() ? null : c.text().strip();
        String reason = c == null || c.reason() == null || c.reason().isBlank() ? null : c.reason().strip();
        steps.step(store, Ticket.TABLE, id, c == null ? null : c.version(), stepName, t -> {
            if (Ticket.UNIT_STEPS.contains(stepName) && !caller.scope().covers(t.unitId, t.regionCode)) {
                throw UserFacingException.forbidden("hotline.error.notYourTicket");
            }
            if (Ticket.UNIT_STEPS.contains(stepName) && t.unitId == settings.centreUnitId()) {
                throw UserFacingException.forbidden("hotline.error.notYourTicket");
            }
            String detail = text;
            switch (stepName) {
                case "dispatch" -> detail = dispatch(t, c, reason, on);
                case "answer" -> t.answer(text, on, rules.visitDue(on));
                case "sign" -> {
                    t.sign(on);
                    jdbc.sql("UPDATE hotline_dispatch SET signed_on = :on, signed_on_time = :ok WHERE ticket_id = :t "
                                    + "AND returned_on IS NULL AND signed_on IS NULL")
                            .param("on", on).param("ok", !on.isAfter(t.signDue)).param("t", t.id).update();
                }
                case "return" -> {
                    boolean ruling = jdbc.sql("SELECT ruling FROM hotline_dispatch WHERE ticket_id = :t AND returned_on IS NULL "
                            + "ORDER BY id DESC FETCH FIRST 1 ROWS ONLY").param("t", t.id).query(Boolean.class).optional()
                            .orElse(false);
                    UnitView centre = units.find(settings.centreUnitId()).orElseThrow();
                    t.returnToCentre(reason, on, centre.id(), centre.regionCode(), rules.mayReturn(ruling));
                    jdbc.sql("UPDATE hotline_dispatch SET returned_on = :on, return_reason = :r WHERE ticket_id = :t "
                            + "AND returned_on IS NULL").param("on", on).param("r", reason).param("t", t.id).update();
                    detail = reason;
                }
                case "reply" -> t.reply(text, on, rules.visitDue(on));
                case "visit" -> {
                    String code = c == null ? null : c.satisfaction();
                    if (!rules.onScale(code)) {
                        throw UserFacingException.badRequest("hotline.error.satisfactionUnknown");
                    }
                    t.visit(code, text, on);
                    detail = code;
                }
                case "close" -> {
                    t.close(reason != null ? reason : text, on);
                    detail = t.visitNote;
                }
                default -> throw new IllegalArgumentException(stepName);
            }
            return StepOutcome.of(null, detail);
        });
        return find(id).orElseThrow();
    }

    private String dispatch(Ticket t, TicketCommands.Step c, String reason, LocalDate on) {
        if (c == null || c.unitId() == null) {
            throw UserFacingException.badRequest("hotline.error.unitRequired");
        }
        UnitView unit = units.find(c.unitId())
                .orElseThrow(() -> UserFacingException.badRequest("hotline.error.unitUnknown"));
        if (unit.id() == settings.centreUnitId()) {
            throw UserFacingException.badRequest("hotline.error.unitIsCentre");
        }
        CategoryView category = categories.get(t.categoryId);
        TicketView v = find(t.id).orElseThrow();
        List<HotlineSuggestion> suggested = suggest(category, v.title() + " " + v.content(), v.receivedOn());
        HotlineSuggestion first = suggested.isEmpty() ? null : suggested.get(0);
        boolean override = first != null && first.unitId() != unit.id();
        if (override && reason == null) {
            throw UserFacingException.badRequest("hotline.error.overrideReason", first.unitName());
        }
        boolean ruling = c.ruling() != null && c.ruling();
        t.dispatch(unit.id(), unit.regionCode(), on, rules.signDue(category.urgency(), category.signDays(), on),
                rules.handleDue(category.urgency(), category.handleDays(), on));
        HotlineSuggestion chosen = suggested.stream().filter(s -> s.unitId() == unit.id()).findFirst().orElse(null);
        jdbc.sql("INSERT INTO hotline_dispatch (ticket_id, category_id, unit_id, region_code, dispatched_on, sign_due, "
                        + "suggested_unit_id, suggested_reason, suggested_power, override_reason, ruling, dispatched_by, "
                        + "created_at) VALUES (:t, :c, :u, :r, :on, :due, :su, :sr, :sp, :or, :ruling, :by, :at)")
                .param("t", t.id).param("c", t.categoryId).param("u", unit.id()).param("r", unit.regionCode())
                .param("on", on).param("due", t.signDue).param("su", first == null ? null : first.unitId())
                .param("sr", chosen == null ? null : chosen.reason()).param("sp", chosen == null ? null : chosen.powerCode())
                .param("or", override ? reason : null).param("ruling", ruling).param("by", Actors.current())
                .param("at", OffsetDateTime.now(clock)).update();
        if (category.enforcementComplaint() && t.clueId == null) {
            t.clueId = clues.open(new OpenClue(ClueSource.HOTLINE, CASE_TYPE, t.id, t.caseNumber, "/hotline/tickets/" + t.id,
                    unit.id(), v.title() + "：" + v.content(), v.receivedOn())).id();
        }
        return unit.name() + (override ? "（" + reason + "）" : "");
    }

    // ---- reading -----------------------------------------------------------------------------------------------------

    /** A ticket by id, unscoped (callers check access; pages and the API go through {@link #get}). */
    @Transactional(readOnly = true)
    public Optional<TicketView> find(long id) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(SELECT + " WHERE t.id = :id").param("id", id).query((rs, n) -> view(rs, today)).optional();
    }

    /** A ticket in the caller's scope (permission and scope), else 404. */
    @Transactional(readOnly = true)
    public TicketView get(long id) {
        steps.load(store, id);
        return find(id).orElseThrow();
    }

    /** The ticket's dispatches, oldest first. */
    @Transactional(readOnly = true)
    public List<DispatchView> dispatches(long id) {
        return jdbc.sql("SELECT d.*, u.name AS unit_name FROM hotline_dispatch d JOIN unit u ON u.id = d.unit_id "
                        + "WHERE d.ticket_id = :t ORDER BY d.id")
                .param("t", id).query((rs, n) -> {
                    long su = rs.getLong("suggested_unit_id");
                    Long suggested = rs.wasNull() ? null : su;
                    return new DispatchView(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                            rs.getObject("dispatched_on", LocalDate.class), rs.getObject("sign_due", LocalDate.class),
                            suggested, rs.getString("suggested_reason"), rs.getString("suggested_power"),
                            rs.getString("override_reason"), rs.getBoolean("ruling"),
                            rs.getObject("signed_on", LocalDate.class), rs.getObject("signed_on_time", Boolean.class),
                            rs.getObject("returned_on", LocalDate.class), rs.getString("return_reason"),
                            rs.getString("dispatched_by"));
                }).list();
    }

    /** The steps the caller may take now: the table's, a unit's only on its own tickets. */
    @Transactional(readOnly = true)
    public List<String> actions(TicketView v) {
        DataScope scope = caller.scope();
        return Ticket.TABLE.available(v.status(), caller).stream()
                .filter(s -> !Ticket.UNIT_STEPS.contains(s)
                        || (v.unitId() != settings.centreUnitId() && scope.covers(v.unitId(), v.regionCode())))
                .toList();
    }

    /** The satisfaction scale of the settings, best first. */
    public List<String> satisfactionScale() {
        return settings.satisfaction();
    }

    /** Tickets in the scope matching the filters, the newest received first; {@code size} at most 5,000. */
    @Transactional(readOnly = true)
    public Paged<TicketView> search(TicketCommands.Query q, DataScope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" WHERE ").append(TicketRepository.scopeCondition(scope));
        LocalDate today = LocalDate.now(clock);
        TicketCommands.Query f = q == null ? TicketCommands.Query.none() : q;
        if (f.status() != null) {
            where.append(" AND t.status = :status");
            params.put("status", f.status().name());
        }
        if (f.categoryId() != null) {
            where.append(" AND (t.category_id = :cat OR c.parent_id = :cat)");
            params.put("cat", f.categoryId());
        }
        if (f.unitId() != null) {
            where.append(" AND t.unit_id = :unit");
            params.put("unit", f.unitId());
        }
        if (f.channel() != null) {
            where.append(" AND t.channel = :channel");
            params.put("channel", f.channel().name());
        }
        if (Boolean.TRUE.equals(f.supervised())) {
            where.append(" AND (t.return_count > 0 OR (t.status = :dispatched AND t.sign_due < :today) OR "
                    + "(t.status IN (:handling) AND t.handle_due < :today))");
            params.put("dispatched", TicketStatus.DISPATCHED.name());
            params.put("handling", List.of(TicketStatus.DISPATCHED.name(), TicketStatus.SIGNED.name()));
            params.put("today", today);
        }
        if (f.year() != null) {
            where.append(" AND t.received_on BETWEEN :from AND :to");
            params.put("from", LocalDate.of(f.year(), 1, 1));
            params.put("to", LocalDate.of(f.year(), 12, 31));
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" AND (t.case_number LIKE :kw OR t.title LIKE :kw OR t.content LIKE :kw)");
            params.put("kw", "%" + f.q().strip().replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        int s = Math.max(1, Math.min(size, 5000));
        int pg = Math.max(0, page);
        String from = " FROM hotline_ticket t JOIN hotline_category c ON c.id = t.category_id";
        long total = jdbc.sql("SELECT COUNT(*)" + from + where).params(params).query(Long.class).single();
        List<TicketView> items = jdbc.sql(SELECT + where + " ORDER BY t.received_on DESC, t.id DESC LIMIT " + s
                + " OFFSET " + (long) pg * s).params(params).query((rs, n) -> view(rs, today)).list();
        return new Paged<>(items, total, pg, s);
    }

    /**
     * Open limits: tickets waiting to be signed for (sign-for limit) or replied to (handling limit), and replied
     * tickets waiting for the visit (visit window), due on or before {@code until} or within {@code warn-days}.
     */
    @Override
    public List<DueItem> openDeadlines(DataScope scope, LocalDate until) {
        LocalDate warn = LocalDate.now(clock).plusDays(settings.warnDays());
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("until", until.isAfter(warn) ? until : warn);
        params.put("dispatched", TicketStatus.DISPATCHED.name());
        params.put("signed", TicketStatus.SIGNED.name());
        params.put("replied", TicketStatus.REPLIED.name());
        String scoped = TicketRepository.scopeCondition(scope);
        List<DueItem> items = new ArrayList<>();
        for (String[] clock : new String[][] {{"sign_due", ":dispatched", "hotline.clock.sign"},
            {"handle_due", ":signed", "hotline.clock.handle"}, {"visit_due", ":replied", "hotline.clock.visit"}}) {
            jdbc.sql("SELECT t.id, t.case_number, t.title, t." + clock[0] + " AS due, t.unit_id, t.region_code "
                            + "FROM hotline_ticket t WHERE t.status = " + clock[1] + " AND t." + clock[0]
                            + " <= :until AND " + scoped + " ORDER BY t." + clock[0] + ", t.id")
                    .params(params)
                    .query((rs, n) -> new DueItem(ref(rs.getLong("id")), rs.getString("case_number"), rs.getString("title"),
                            clock[2], rs.getObject("due", LocalDate.class), rs.getLong("unit_id"),
                            rs.getString("region_code"), "/hotline/tickets/" + rs.getLong("id")))
                    .list().forEach(items::add);
        }
        return items;
    }

    private TicketView view(ResultSet rs, LocalDate today) throws SQLException {
        TicketStatus status = TicketStatus.valueOf(rs.getString("status"));
        boolean confidential = rs.getBoolean("confidential");
        boolean hide = confidential && !caller.can(HotlinePermissions.DISPATCH);
        LocalDate signDue = rs.getObject("sign_due", LocalDate.class);
        LocalDate signedOn = rs.getObject("signed_on", LocalDate.class);
        LocalDate handleDue = rs.getObject("handle_due", LocalDate.class);
        LocalDate repliedOn = rs.getObject("replied_on", LocalDate.class);
        boolean signOverdue = signDue != null && (signedOn == null ? status == TicketStatus.DISPATCHED
                && signDue.isBefore(today) : signedOn.isAfter(signDue));
        boolean handleOverdue = handleDue != null && (repliedOn == null
                ? (status == TicketStatus.DISPATCHED || status == TicketStatus.SIGNED) && handleDue.isBefore(today)
                : repliedOn.isAfter(handleDue));
        long clue = rs.getLong("clue_id");
        Long clueId = rs.wasNull() ? null : clue;
        return new TicketView(rs.getLong("id"), rs.getString("case_number"), status,
                Channel.valueOf(rs.getString("channel")), rs.getLong("category_id"), rs.getString("category_name"),
                Urgency.valueOf(rs.getString("urgency")), hide ? null : rs.getString("caller_name_masked"),
                hide ? null : rs.getString("caller_phone_masked"), confidential, rs.getString("title"),
                rs.getString("content"), rs.getString("address"), rs.getObject("received_on", LocalDate.class),
                rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("region_code"),
                rs.getObject("dispatched_on", LocalDate.class), signDue, signedOn, handleDue, repliedOn,
                rs.getObject("replied_on_time", Boolean.class), rs.getString("reply"),
                rs.getObject("visit_due", LocalDate.class), rs.getObject("visited_on", LocalDate.class),
                rs.getString("satisfaction"), rs.getString("visit_note"), rs.getObject("closed_on", LocalDate.class),
                rs.getInt("dispatch_count"), rs.getInt("return_count"), clueId, rs.getInt("version"), signOverdue,
                handleOverdue);
    }

    /** Records an export of the list (the page writes the sheet). */
    public void exported(int rows) {
        audit.record(AuditEntry.of("hotline.ticket.exported", CASE_TYPE, "list", rows + " rows"));
    }
}
