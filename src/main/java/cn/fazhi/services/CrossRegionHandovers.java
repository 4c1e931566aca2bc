package cn.fazhi.services;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseParties;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.DeadlineSource;
import cn.fazhi.cases.DueItem;
import cn.fazhi.cases.StepOutcome;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Cross-region hand-overs (跨域通办, case type {@code cross_region}): registration (OUT by window staff at their unit,
 * IN for one of our items), the dated steps through the kernel's step call, reading in scope and the overdue warnings
 * ({@link DeadlineSource}, periods of {@link CrossRegionPeriods}).
 */
@Service
public class CrossRegionHandovers implements DeadlineSource {

    /** The kernel case type. */
    public static final String CASE_TYPE = "cross_region";

    static final String SELECT = "SELECT c.*, p.name AS partner_name, i.code AS item_code, u.name AS unit_name, "
            + "v.name AS item_name, v.promised_days FROM cross_region_case c JOIN partner_region p ON p.id = c.partner_id "
            + "JOIN service_item i ON i.id = c.item_id JOIN unit u ON u.id = c.unit_id "
            + "LEFT JOIN service_item_version v ON v.item_id = c.item_id AND v.effective_from <= c.received_on "
            + "AND (v.effective_to IS NULL OR v.effective_to > c.received_on)";

    private final JdbcClient jdbc;
    private final CaseNumbers numbers;
    private final CaseParties parties;
    private final CaseSteps steps;
    private final CrossRegionRepository store;
    private final CrossRegionPeriods periods;
    private final Caller caller;
    private final Clock clock;

    CrossRegionHandovers(JdbcClient jdbc, CaseNumbers numbers, CaseParties parties, CaseSteps steps,
            CrossRegionRepository store, CrossRegionPeriods periods, Caller caller, Clock clock) {
        this.jdbc = jdbc;
        this.numbers = numbers;
        this.parties = parties;
        this.steps = steps;
        this.store = store;
        this.periods = periods;
        this.caller = caller;
        this.clock = clock;
    }

    public static CaseRef ref(long id) {
        return new CaseRef(CASE_TYPE, id);
    }

    /** The step names of the table (pages refuse others with 404). */
    public static List<String> stepNames() {
        return CrossRegionCase.TABLE.steps().stream().map(s -> s.name()).toList();
    }

    private record AgreedItem(long itemId, long unitId, String regionCode) {}

    /**
     * Registers a hand-over. OUT needs {@code services:intake} and is the caller's unit's; IN needs intake, or handle
     * with the item in the caller's scope, and is the item's unit's. Only an item agreed with the partner and in force
     * on the day received; every refusal is a Chinese 400 and saves nothing.
     */
    @Transactional
    public CrossRegionView register(CrossRegionCommands.Register c) {
        if (c == null) {
            throw UserFacingException.badRequest("services.crossRegion.error.directionRequired");
        }
        boolean out = "OUT".equals(c.direction());
        if (!out && !"IN".equals(c.direction())) {
            throw UserFacingException.badRequest("services.crossRegion.error.directionRequired");
        }
        DataScope scope = caller.scope();
        if (scope == null || (out ? !caller.can(ServicesPermissions.INTAKE)
                : !caller.can(ServicesPermissions.INTAKE) && !caller.can(ServicesPermissions.HANDLE))) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = c.receivedOn();
        if (on == null) {
            throw UserFacingException.badRequest("services.crossRegion.error.dateRequired");
        }
        if (on.isAfter(today)) {
            throw UserFacingException.badRequest("services.crossRegion.error.future");
        }
        if (c.partnerId() == null || jdbc.sql("SELECT COUNT(*) FROM partner_region WHERE id = :id")
                .param("id", c.partnerId()).query(Long.class).single() == 0) {
            throw UserFacingException.badRequest("services.crossRegion.error.partnerRequired");
        }
        String code = c.itemCode() == null ? "" : c.itemCode().strip();
        AgreedItem item = jdbc.sql("SELECT i.id, i.unit_id, i.region_code FROM service_item i JOIN partner_item pi "
                        + "ON pi.item_id = i.id AND pi.partner_id = :p WHERE i.code = :code AND pi.agreed_on <= :on "
                        + "AND (pi.withdrawn_on IS NULL OR pi.withdrawn_on > :on) AND EXISTS (SELECT 1 FROM "
                        + "service_item_version v WHERE v.item_id = i.id AND v.effective_from <= :on "
                        + "AND (v.effective_to IS NULL OR v.effective_to > :on))")
                .param("p", c.partnerId()).param("code", code).param("on", on)
                .query((rs, n) -> new AgreedItem(rs.getLong(1), rs.getLong(2), rs.getString(3))).optional()
                .orElseThrow(() -> UserFacingException.badRequest("services.crossRegion.error.itemNotAgreed", code, on));
        if (!out && !caller.can(ServicesPermissions.INTAKE) && !scope.covers(item.unitId(), item.regionCode())) {
            throw UserFacingException.badRequest("services.crossRegion.error.itemNotOurs");
        }
        String name = CrossRegionCase.required(c.applicantName(), 200, "services.crossRegion.error.applicantRequired");
        boolean person = c.applicantPerson() == null || c.applicantPerson();
        String materials = c.materials() == null || c.materials().isBlank() ? null
                : CrossRegionCase.limit(c.materials().strip(), 2000);
        String reference = c.partnerReference() == null || c.partnerReference().isBlank() ? null
                : CrossRegionCase.limit(c.partnerReference().strip(), 100);
        if (out && materials == null) {
            throw UserFacingException.badRequest("services.crossRegion.error.materialsRequired");
        }
        if (!out && reference == null) {
            throw UserFacingException.badRequest("services.crossRegion.error.referenceRequired");
        }
        CaseParties.Sealed sealed = parties.seal(person, c.applicantId(), c.applicantPhone());
        long unitId = out ? scope.unitId() : item.unitId();
        String region = out ? jdbc.sql("SELECT region_code FROM unit WHERE id = :id").param("id", unitId)
                .query(String.class).single() : item.regionCode();
        String number = numbers.next(CASE_TYPE, "district", on.getYear());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        Map<String, Object> p = new HashMap<>();
        p.put("n", number);
        p.put("d", out ? "OUT" : "IN");
        p.put("s", (out ? CrossRegionStatus.RECEIVED : CrossRegionStatus.FORWARDED).name());
        p.put("partner", c.partnerId());
        p.put("item", item.itemId());
        p.put("unit", unitId);
        p.put("intake", scope.unitId());
        p.put("region", region);
        p.put("name", name);
        p.put("person", person);
        p.put("ie", sealed.identifierEnc());
        p.put("ii", sealed.identifierIndex());
        p.put("im", sealed.identifierMasked());
        p.put("pe", sealed.phoneEnc());
        p.put("pi", sealed.phoneIndex());
        p.put("pm", sealed.phoneMasked());
        p.put("materials", materials);
        p.put("on", on);
        p.put("ref", reference);
        p.put("at", OffsetDateTime.now(clock));
        p.put("by", Actors.current());
        jdbc.sql("INSERT INTO cross_region_case (case_number, direction, status, partner_id, item_id, unit_id, "
                        + "intake_unit_id, region_code, applicant_name, applicant_person, applicant_id_enc, "
                        + "applicant_id_index, applicant_id_masked, applicant_phone_enc, applicant_phone_index, "
                        + "applicant_phone_masked, materials, received_on, partner_reference, created_at, created_by) VALUES "
                        + "(:n, :d, :s, :partner, :item, :unit, :intake, :region, :name, :person, :ie, :ii, :im, :pe, :pi, "
                        + ":pm, :materials, :on, :ref, :at, :by)")
                .params(p).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        CrossRegionCase created = store.find(id).orElseThrow();
        steps.created(store, created, "registered", StepOutcome.of(null, code));
        return find(id);
    }

    /**
     * Takes a step as the caller, through the kernel (scope, permission, version, table, timeline, audit). Only the
     * unit that must act (or a wider scope) takes the steps; the registering unit of an IN hand-over only reads.
     */
    @Transactional
    public CrossRegionView step(long id, String stepName, CrossRegionCommands.Step c) {
        if (stepName == null || CrossRegionCase.TABLE.step(stepName).isEmpty()) {
            throw UserFacingException.notFound("error.notFound");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = c == null || c.on() == null ? today : c.on();
        if (on.isAfter(today)) {
            throw UserFacingException.badRequest("services.crossRegion.error.future");
        }
        steps.step(store, CrossRegionCase.TABLE, id, c == null ? null : c.version(), stepName, h -> {
            if (!caller.scope().covers(h.unitId, h.regionCode)) {
                throw UserFacingException.forbidden("services.crossRegion.error.notResponsible");
            }
            h.countIfLate(on, periods.due(h.status, h.waitingSince(), promisedDays(h.id)));
            String detail = on.toString();
            switch (stepName) {
                case "send" -> {
                    h.send(on, c.way());
                    detail += " " + h.sentWay;
                }
                case "result" -> {
                    h.result(on, c.outcome());
                    detail += " " + h.outcome;
                }
                case "deliver" -> h.deliver(on);
                case "accept" -> {
                    h.accept(on, c.applicationNumber());
                    detail += h.applicationNumber == null ? "" : " " + h.applicationNumber;
                }
                case "return" -> {
                    h.returnResult(on, c.outcome());
                    detail += " " + h.outcome;
                }
                default -> throw new IllegalArgumentException(stepName);
            }
            return StepOutcome.of(null, detail);
        });
        return find(id);
    }

    private int promisedDays(long id) {
        return jdbc.sql("SELECT v.promised_days FROM cross_region_case c JOIN service_item_version v ON v.item_id = c.item_id "
                        + "AND v.effective_from <= c.received_on AND (v.effective_to IS NULL OR v.effective_to > c.received_on) "
                        + "WHERE c.id = :id").param("id", id).query(Integer.class).optional().orElse(0);
    }

    /** A hand-over in the caller's scope (permission and scope), else 404. */
    @Transactional(readOnly = true)
    public CrossRegionView get(long id) {
        steps.load(store, id);
        return find(id);
    }

    private CrossRegionView find(long id) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query((rs, n) -> view(rs, today)).single();
    }

    /** The steps the caller may take now: the table's, only for the unit that must act. */
    @Transactional(readOnly = true)
    public List<String> actions(CrossRegionView v) {
        DataScope scope = caller.scope();
        if (scope == null || !scope.covers(v.unitId(), v.regionCode())) {
            return List.of();
        }
        return CrossRegionCase.TABLE.available(v.status(), caller);
    }

    /** Hand-overs in the scope matching the filters, the newest received first; {@code size} at most 5,000. */
    @Transactional(readOnly = true)
    public Paged<CrossRegionView> search(CrossRegionCommands.Query q, DataScope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" WHERE ").append(CrossRegionRepository.scopeCondition(scope));
        CrossRegionCommands.Query f = q == null ? CrossRegionCommands.Query.none() : q;
        if ("OUT".equals(f.direction()) || "IN".equals(f.direction())) {
            where.append(" AND c.direction = :dir");
            params.put("dir", f.direction());
        }
        if (f.partnerId() != null) {
            where.append(" AND c.partner_id = :partner");
            params.put("partner", f.partnerId());
        }
        if (f.status() != null) {
            where.append(" AND c.status = :status");
            params.put("status", f.status().name());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" AND (c.case_number LIKE :kw OR c.applicant_name LIKE :kw OR c.partner_reference LIKE :kw "
                    + "OR c.application_number LIKE :kw OR EXISTS (SELECT 1 FROM service_item si WHERE si.id = c.item_id "
                    + "AND si.code LIKE :kw))");
            params.put("kw", "%" + f.q().strip().replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        int s = Math.max(1, Math.min(size, 5000));
        int pg = Math.max(0, page);
        long total = jdbc.sql("SELECT COUNT(*) FROM cross_region_case c" + where).params(params).query(Long.class)
                .single();
        LocalDate today = LocalDate.now(clock);
        List<CrossRegionView> items = jdbc.sql(SELECT + where + " ORDER BY c.received_on DESC, c.id DESC LIMIT " + s
                        + " OFFSET " + (long) pg * s)
                .params(params).query((rs, n) -> view(rs, today)).list();
        return new Paged<>(items, total, pg, s);
    }

    /** Whether the caller may register hand-overs (window intake or the responsible unit's handling). */
    public boolean canRegister() {
        return caller.can(ServicesPermissions.INTAKE) || caller.can(ServicesPermissions.HANDLE);
    }

    /** The partners, for the filters and the registration form. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> partners() {
        return jdbc.sql("SELECT id, name FROM partner_region ORDER BY id").query().listOfRows();
    }

    /** Open hand-overs whose waiting step is due on or before {@code until} (overdue ones included). */
    @Override
    public List<DueItem> openDeadlines(DataScope scope, LocalDate until) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("done", List.of(CrossRegionStatus.DELIVERED.name(), CrossRegionStatus.RETURNED.name()));
        LocalDate today = LocalDate.now(clock);
        List<DueItem> items = new ArrayList<>();
        for (CrossRegionView v : jdbc.sql(SELECT + " WHERE c.status NOT IN (:done) AND " + scope.sqlCondition("c.unit_id",
                        "c.region_code") + " ORDER BY c.id").params(params).query((rs, n) -> view(rs, today)).list()) {
            if (v.due() != null && !v.due().isAfter(until)) {
                items.add(new DueItem(ref(v.id()), v.caseNumber(), v.itemName() + " " + v.partnerName(),
                        "services.crossRegion.clock." + v.status(), v.due(), v.unitId(), v.regionCode(),
                        "/services/cross-region/" + v.id()));
            }
        }
        items.sort(java.util.Comparator.comparing(DueItem::deadline));
        return items;
    }

    private CrossRegionView view(ResultSet rs, LocalDate today) throws SQLException {
        CrossRegionStatus status = CrossRegionStatus.valueOf(rs.getString("status"));
        int promised = rs.getInt("promised_days");
        LocalDate received = rs.getObject("received_on", LocalDate.class);
        LocalDate sent = rs.getObject("sent_on", LocalDate.class);
        LocalDate result = rs.getObject("result_on", LocalDate.class);
        LocalDate accepted = rs.getObject("accepted_on", LocalDate.class);
        LocalDate due = periods.due(status, CrossRegionCase.waitingSince(status, received, sent, result, accepted),
                promised);
        return new CrossRegionView(rs.getLong("id"), rs.getString("case_number"), rs.getString("direction"), status,
                rs.getLong("partner_id"), rs.getString("partner_name"), rs.getLong("item_id"), rs.getString("item_code"),
                rs.getString("item_name"), promised, rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getLong("intake_unit_id"), rs.getString("region_code"), rs.getString("applicant_name"),
                rs.getBoolean("applicant_person"), rs.getString("applicant_id_masked"),
                rs.getString("applicant_phone_masked"), rs.getString("materials"), received,
                rs.getString("partner_reference"), sent, rs.getString("sent_way"), result, rs.getString("outcome"),
                rs.getObject("delivered_on", LocalDate.class), accepted, rs.getString("application_number"),
                rs.getObject("returned_on", LocalDate.class), due, due != null && due.isBefore(today),
                rs.getInt("late_steps"), rs.getInt("version"));
    }
}
