package cn.fazhi.services;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import cn.fazhi.cases.TrackingReceipts;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Applications (办件): received at a window (or self-service, or by an agent) by staff holding {@code services:intake},
 * or online on the portal with a tracking receipt; every step through the kernel's one step call. The system steps of
 * the 行政许可法 — deemed acceptance (Art. 32(1)(四)) and deemed renewal (Art. 50(2)) — are taken when an application
 * is read and by {@link ApplicationClockJob} every night, whichever comes first.
 */
@Service
public class Applications implements DeadlineSource {

    public static final String CASE_TYPE = "service_application";
    public static final List<String> CHANNELS = List.of("WINDOW", "ONLINE", "SELF_SERVICE", "AGENT");
    public static final List<String> SUSPENSION_KINDS = List.of("HEARING", "TENDER", "AUCTION", "INSPECTION", "TEST",
            "QUARANTINE", "APPRAISAL", "EXPERT_REVIEW");

    static final String SELECT = "SELECT a.*, u.name AS unit_name FROM service_application a JOIN unit u ON u.id = a.unit_id";

    /** What an online applicant is shown once: the application and the receipt to track it. */
    public record OnlineReceipt(ApplicationView application, String code, String secret) {}

    /** An Art. 45 segment. */
    public record Suspension(long id, String kind, String notice, LocalDate suspendedOn, LocalDate resumedOn,
            Integer excludedDays) {}

    private final JdbcClient jdbc;
    private final ServiceItems items;
    private final Units units;
    private final CaseNumbers numbers;
    private final CaseParties parties;
    private final CaseSteps steps;
    private final ApplicationRepository store;
    private final LicenceClocks clocks;
    private final TrackingReceipts receipts;
    private final Caller caller;
    private final ApplicationProperties settings;
    private final Clock clock;

    Applications(JdbcClient jdbc, ServiceItems items, Units units, CaseNumbers numbers, CaseParties parties,
            CaseSteps steps, ApplicationRepository store, LicenceClocks clocks, TrackingReceipts receipts, Caller caller,
            ApplicationProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.items = items;
        this.units = units;
        this.numbers = numbers;
        this.parties = parties;
        this.steps = steps;
        this.store = store;
        this.clocks = clocks;
        this.receipts = receipts;
        this.caller = caller;
        this.settings = settings;
        this.clock = clock;
    }

    public static CaseRef ref(long id) {
        return new CaseRef(CASE_TYPE, id);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- receiving ---------------------------------------------------------------------------------------------------

    /** Received by window staff (channel WINDOW, SELF_SERVICE or AGENT) at the caller's unit. */
    @Transactional
    public ApplicationView receive(ApplicationCommands.Receive c) {
        if (!caller.can(ApplicationPermissions.INTAKE) || caller.scope() == null) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        String channel = c == null || c.channel() == null || c.channel().isBlank() ? "WINDOW" : c.channel().strip();
        if (!CHANNELS.contains(channel) || "ONLINE".equals(channel)) {
            throw UserFacingException.badRequest("services.application.error.channel");
        }
        long id = insert(c, channel, caller.scope().unitId(), false);
        return find(id);
    }

    /**
     * The window's one-screen intake: receive, then at once {@code then} = {@code accept} (受理) or {@code instant}
     * (即办: accepted and decided on the spot), all or nothing.
     */
    @Transactional
    public ApplicationView receiveAtWindow(ApplicationCommands.Receive c, String then) {
        ApplicationView v = receive(c);
        if ("accept".equals(then) || "instant".equals(then)) {
            return step(v.id(), then, new ApplicationCommands.Step(v.version(), null, null, null, null, null));
        }
        return v;
    }

    /** The item with its version in force on {@code on}, or null. */
    @Transactional(readOnly = true)
    public ServiceItemView item(long id, LocalDate on) {
        return items.find(id, on).orElse(null);
    }

    /**
     * Filed by an agent of 香城代办 for a beneficiary (channel AGENT, the agent as 代办人), received at {@code unitId} (the
     * agent's township). The caller (the errands module) has checked the agent's permission and authorisation.
     */
    @Transactional
    public ApplicationView receiveOnBehalf(ApplicationCommands.Receive c, long unitId) {
        return find(insert(c, "AGENT", unitId, false));
    }

    /** Filed online on the portal for an item marked online; the receipt (code and secret) is shown once. */
    @Transactional
    public OnlineReceipt receiveOnline(ApplicationCommands.Receive c) {
        long id = insert(c, "ONLINE", null, false);
        TrackingReceipts.Receipt r = receipts.issue(ref(id));
        return new OnlineReceipt(find(id), r.code(), r.secret());
    }

    /** Inserts an application (also for bundles and the demo year): checks everything before writing anything. */
    long insert(ApplicationCommands.Receive c, String channel, Long receivedUnitId, boolean demo) {
        if (c == null || c.itemId() == null) {
            throw UserFacingException.badRequest("services.application.error.item");
        }
        LocalDate on = c.receivedOn() == null ? today() : c.receivedOn();
        if (on.isAfter(today())) {
            throw UserFacingException.badRequest("services.application.error.future");
        }
        ServiceItemView item = items.find(c.itemId(), on)
                .orElseThrow(() -> UserFacingException.badRequest("services.application.error.item"));
        if ("ONLINE".equals(channel) && !item.online()) {
            throw UserFacingException.badRequest("services.application.error.notOnline");
        }
        String kind = c.applicantKind() == null || c.applicantKind().isBlank() ? "PERSON" : c.applicantKind().strip();
        if (!kind.equals("PERSON") && !kind.equals("ENTERPRISE")) {
            throw UserFacingException.badRequest("services.application.error.applicantKind");
        }
        String name = Application.required(c.applicantName(), 200, "services.application.error.applicantName");
        if (c.applicantId() == null || c.applicantId().isBlank()) {
            throw UserFacingException.badRequest(kind.equals("PERSON") ? "services.application.error.idNumber"
                    : "services.application.error.uscc");
        }
        CaseParties.Sealed applicant = parties.seal(kind.equals("PERSON"), c.applicantId(), c.phone());
        String agentName = null;
        CaseParties.Sealed agent = null;
        if ("AGENT".equals(channel)) {
            agentName = Application.required(c.agentName(), 100, "services.application.error.agentName");
            if (c.agentId() == null || c.agentId().isBlank()) {
                throw UserFacingException.badRequest("services.application.error.agentId");
            }
            agent = parties.seal(true, c.agentId(), null);
        }
        boolean renewal = Boolean.TRUE.equals(c.renewal());
        if (renewal && (!item.type().licence() || c.licenceExpiresOn() == null)) {
            throw UserFacingException.badRequest("services.application.error.renewal");
        }
        List<String> materials = c.materials() == null ? List.of()
                : c.materials().stream().filter(m -> m != null && !m.isBlank()).map(String::strip).toList();
        String joined = String.join("；", materials);
        if (joined.length() > 4000) {
            throw UserFacingException.badRequest("services.application.error.tooLong", 4000);
        }
        long receivedAt = receivedUnitId == null ? item.unitId() : receivedUnitId;
        UnitView unit = units.find(item.unitId()).orElseThrow();
        String number = numbers.next(CASE_TYPE, "district", on.getYear());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO service_application (case_number, status, item_id, item_version_id, item_name, licence, joint, "
                        + "instant_item, level, unit_id, received_unit_id, region_code, channel, applicant_kind, applicant_name, "
                        + "applicant_id_enc, applicant_id_index, applicant_id_masked, phone_enc, phone_index, phone_masked, "
                        + "agent_name, agent_id_enc, agent_id_index, agent_id_masked, materials, received_on, correction_due, "
                        + "renewal, licence_expires_on, demo, created_at, created_by) VALUES (:n, 'RECEIVED', :item, :ver, "
                        + ":iname, :lic, :joint, :instant, :level, :unit, :runit, :region, :channel, :kind, :name, :ide, :idi, "
                        + ":idm, :pe, :pi, :pm, :an, :ae, :ai, :am, :mat, :on, :cdue, :renewal, :exp, :demo, :at, :by)")
                .param("n", number).param("item", item.id()).param("ver", item.versionId()).param("iname", item.name())
                .param("lic", item.type().licence()).param("joint", item.joint()).param("instant", item.instant())
                .param("level", item.level().name()).param("unit", item.unitId()).param("runit", receivedAt)
                .param("region", unit.regionCode()).param("channel", channel).param("kind", kind).param("name", name)
                .param("ide", applicant.identifierEnc()).param("idi", applicant.identifierIndex())
                .param("idm", applicant.identifierMasked()).param("pe", applicant.phoneEnc())
                .param("pi", applicant.phoneIndex()).param("pm", applicant.phoneMasked()).param("an", agentName)
                .param("ae", agent == null ? null : agent.identifierEnc())
                .param("ai", agent == null ? null : agent.identifierIndex())
                .param("am", agent == null ? null : agent.identifierMasked()).param("mat", joined.isEmpty() ? null : joined)
                .param("on", on).param("cdue", item.type().licence() ? clocks.correctionDue(on) : null)
                .param("renewal", renewal).param("exp", renewal ? c.licenceExpiresOn() : null).param("demo", demo)
                .param("at", OffsetDateTime.now(clock)).param("by", Actors.current()).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        steps.created(store, store.find(id).orElseThrow(), "received", StepOutcome.of(null, item.name()));
        return id;
    }

    // ---- steps -------------------------------------------------------------------------------------------------------

    /** The step names of the transition table that people take (the system's deem and renew left out). */
    public static final Set<String> SYSTEM_STEPS = Set.of("deem", "renew");

    /** Takes {@code stepName} on application {@code id} as the caller, after the system steps due today. */
    @Transactional
    public ApplicationView step(long id, String stepName, ApplicationCommands.Step c) {
        if (stepName == null || Application.TABLE.step(stepName).isEmpty() || SYSTEM_STEPS.contains(stepName)) {
            throw UserFacingException.notFound("error.notFound");
        }
        steps.load(store, id);
        settle(id);
        LocalDate today = today();
        LocalDate on = c == null || c.on() == null ? today : c.on();
        if (on.isAfter(today)) {
            throw UserFacingException.badRequest("services.application.error.future");
        }
        String text = c == null ? null : c.text();
        steps.step(store, Application.TABLE, id, c == null ? null : c.version(), stepName, a -> {
            switch (stepName) {
                case "correct" -> a.correct(text, on, clocks);
                case "accept" -> a.accept(on, clocks);
                case "reject" -> a.reject(c == null ? null : c.ground(), text, on);
                case "instant" -> a.instant(on, clocks);
                case "extend" -> a.extend(text, clocks);
                case "suspend" -> {
                    String kind = c == null ? null : c.kind();
                    if (kind == null || !SUSPENSION_KINDS.contains(kind)) {
                        throw UserFacingException.badRequest("services.application.error.suspensionKind");
                    }
                    String notice = Application.required(text, 2000, "services.application.error.notice");
                    a.suspend(on);
                    jdbc.sql("INSERT INTO service_application_suspension (application_id, kind, notice, suspended_on) "
                            + "VALUES (:a, :k, :n, :on)").param("a", id).param("k", kind).param("n", notice)
                            .param("on", on).update();
                }
                case "resume" -> {
                    Suspension open = suspensions(id).stream().filter(s -> s.resumedOn() == null).findFirst().orElseThrow();
                    if (on.isBefore(open.suspendedOn())) {
                        throw UserFacingException.badRequest("services.application.error.beforeStart", open.suspendedOn());
                    }
                    int excluded = clocks.excludedDays(open.suspendedOn(), on);
                    jdbc.sql("UPDATE service_application_suspension SET resumed_on = :on, excluded_days = :x WHERE id = :id")
                            .param("on", on).param("x", excluded).param("id", open.id()).update();
                    a.resume(excluded, clocks);
                }
                case "grant" -> a.grant(on, clocks);
                case "refuse" -> a.refuse(text, c == null ? null : c.remedy(), on);
                case "serve" -> a.serve(on);
                case "explain" -> a.explain(text, on);
                default -> throw new IllegalArgumentException(stepName);
            }
            return StepOutcome.of(null, text == null || text.isBlank() ? null : text.strip());
        });
        return find(id);
    }

    /**
     * The system steps due on this application today: deemed acceptance of a licence application left without a
     * 补正 notice past the 5 working days (Art. 32(1)(四)); deemed renewal when the licence expired undecided
     * (Art. 50(2)). Returns whether a step was taken.
     */
    @Transactional
    public boolean settle(long id) {
        Application a = store.find(id).orElse(null);
        if (a == null) {
            return false;
        }
        LocalDate today = today();
        if (a.licence && a.status == ApplicationStatus.RECEIVED
                && clocks.deemedAccepted(a.receivedOn, a.correctionOn, today)) {
            steps.systemStep(store, Application.TABLE, id, "deem", x -> {
                x.deem(clocks);
                return StepOutcome.of(null, null);
            });
            a = store.find(id).orElseThrow();
        }
        if (a.renewal && (a.status == ApplicationStatus.ACCEPTED || a.status == ApplicationStatus.SUSPENDED)
                && clocks.deemedRenewed(a.licenceExpiresOn, today)) {
            steps.systemStep(store, Application.TABLE, id, "renew", x -> {
                x.renew();
                return StepOutcome.of(null, null);
            });
            return true;
        }
        return a.deemedAccepted;
    }

    /** The applications whose system steps may be due (the job's work list). */
    @Transactional(readOnly = true)
    public List<Long> unsettled() {
        return jdbc.sql("SELECT id FROM service_application WHERE (licence = TRUE AND status = 'RECEIVED' AND correction_due < :t) "
                        + "OR (renewal = TRUE AND status IN ('ACCEPTED', 'SUSPENDED') AND licence_expires_on < :t) ORDER BY id")
                .param("t", today()).query(Long.class).list();
    }

    // ---- reading -----------------------------------------------------------------------------------------------------

    /** An application in the caller's scope (permission and scope), after the system steps due; else 404. */
    @Transactional
    public ApplicationView get(long id) {
        steps.load(store, id);
        settle(id);
        return find(id);
    }

    /** Whether the caller may read the application (permission and scope), without refusing. */
    public boolean readable(long id) {
        return steps.canRead(store, id);
    }

    /** The application a tracking receipt opens (after the system steps due), for the portal. */
    @Transactional
    public ApplicationView track(String code, String secret) {
        long id = receipts.open(CASE_TYPE, code, secret);
        settle(id);
        return find(id);
    }

    ApplicationView find(long id) {
        LocalDate today = today();
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query((rs, n) -> view(rs, today)).single();
    }

    static ApplicationView view(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
        LocalDate promised = rs.getObject("promised_due", LocalDate.class);
        LocalDate legal = rs.getObject("legal_due", LocalDate.class);
        LocalDate decided = rs.getObject("decided_on", LocalDate.class);
        LocalDate at = decided == null ? today : decided;
        return new ApplicationView(rs.getLong("id"), rs.getString("case_number"),
                ApplicationStatus.valueOf(rs.getString("status")), rs.getLong("item_id"), rs.getString("item_name"),
                rs.getBoolean("licence"), rs.getBoolean("instant_item"), rs.getString("level"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getLong("received_unit_id"), rs.getString("region_code"),
                rs.getString("channel"), rs.getString("applicant_kind"), rs.getString("applicant_name"),
                rs.getString("applicant_id_masked"), rs.getString("phone_masked"), rs.getString("agent_name"),
                rs.getString("agent_id_masked"), rs.getString("materials"), rs.getObject("received_on", LocalDate.class),
                rs.getObject("correction_due", LocalDate.class), rs.getObject("correction_on", LocalDate.class),
                rs.getString("correction_items"), rs.getObject("accepted_on", LocalDate.class),
                rs.getBoolean("deemed_accepted"), rs.getString("not_accepted_ground"), rs.getString("not_accepted_note"),
                legal, promised, rs.getBoolean("extended"), rs.getString("extension_reason"), rs.getInt("excluded_days"),
                decided, rs.getBoolean("on_the_spot"), rs.getString("outcome"), rs.getString("refusal_reason"),
                rs.getString("remedy_notice"), rs.getObject("certificate_due", LocalDate.class),
                rs.getObject("served_on", LocalDate.class), rs.getBoolean("renewal"),
                rs.getObject("licence_expires_on", LocalDate.class), rs.getBoolean("deemed_renewed"),
                rs.getString("overdue_reason"), rs.getObject("overdue_published_on", LocalDate.class),
                promised != null && at.isAfter(promised), legal != null && at.isAfter(legal), rs.getInt("version"));
    }

    @Transactional(readOnly = true)
    public List<Suspension> suspensions(long id) {
        return jdbc.sql("SELECT * FROM service_application_suspension WHERE application_id = :a ORDER BY suspended_on, id")
                .param("a", id)
                .query((rs, n) -> new Suspension(rs.getLong("id"), rs.getString("kind"), rs.getString("notice"),
                        rs.getObject("suspended_on", LocalDate.class), rs.getObject("resumed_on", LocalDate.class),
                        rs.getObject("excluded_days", Integer.class)))
                .list();
    }

    /** The steps the caller may take now (people's steps only). */
    public List<String> actions(ApplicationView v) {
        return Application.TABLE.available(v.status(), caller).stream().filter(s -> !SYSTEM_STEPS.contains(s))
                .filter(s -> !"instant".equals(s) || v.instantItem())
                .filter(s -> !"extend".equals(s) || (v.licence() && !v.extended()))
                .filter(s -> !"explain".equals(s) || (v.overdue() && v.overdueReason() == null))
                .toList();
    }

    /** Applications in the scope matching the filters, the newest received first; {@code size} at most 5,000. */
    @Transactional(readOnly = true)
    public Paged<ApplicationView> search(ApplicationCommands.Query q, DataScope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" WHERE ").append(ApplicationRepository.scopeCondition(scope));
        LocalDate today = today();
        ApplicationCommands.Query f = q == null ? ApplicationCommands.Query.none() : q;
        if (f.status() != null) {
            where.append(" AND a.status = :status");
            params.put("status", f.status().name());
        }
        if (f.channel() != null && !f.channel().isBlank()) {
            where.append(" AND a.channel = :channel");
            params.put("channel", f.channel().strip());
        }
        if (f.unitId() != null) {
            where.append(" AND a.unit_id = :unit");
            params.put("unit", f.unitId());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            where.append(" AND ((a.decided_on IS NULL AND a.promised_due < :today) OR a.decided_on > a.promised_due)");
            params.put("today", today);
        }
        if (f.year() != null) {
            where.append(" AND a.received_on BETWEEN :from AND :to");
            params.put("from", LocalDate.of(f.year(), 1, 1));
            params.put("to", LocalDate.of(f.year(), 12, 31));
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" AND (a.case_number LIKE :kw OR a.item_name LIKE :kw OR a.applicant_name LIKE :kw)");
            params.put("kw", "%" + f.q().strip().replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        int s = Math.max(1, Math.min(size, 5000));
        int pg = Math.max(0, page);
        long total = jdbc.sql("SELECT COUNT(*) FROM service_application a" + where).params(params).query(Long.class).single();
        List<ApplicationView> list = jdbc.sql(SELECT + where + " ORDER BY a.received_on DESC, a.id DESC LIMIT " + s
                        + " OFFSET " + (long) pg * s)
                .params(params).query((rs, n) -> view(rs, today)).list();
        return new Paged<>(list, total, pg, s);
    }

    /** Applications past their promised time whose reasons are published (优化营商环境条例 Art. 36(2)), newest first. */
    @Transactional(readOnly = true)
    public Paged<ApplicationView> publishedOverdue(int page, int size) {
        LocalDate today = today();
        int s = Math.max(1, Math.min(size, 200));
        int pg = Math.max(0, page);
        long total = jdbc.sql("SELECT COUNT(*) FROM service_application a WHERE a.overdue_published_on IS NOT NULL")
                .query(Long.class).single();
        List<ApplicationView> list = jdbc.sql(SELECT + " WHERE a.overdue_published_on IS NOT NULL "
                        + "ORDER BY a.overdue_published_on DESC, a.id DESC LIMIT " + s + " OFFSET " + (long) pg * s)
                .query((rs, n) -> view(rs, today)).list();
        return new Paged<>(list, total, pg, s);
    }

    /**
     * The open clocks: the 补正 notice day of a licence application still at the window, the legal and the promised
     * decision days of an undecided one, the certificate day of a grant not yet served.
     */
    @Override
    public List<DueItem> openDeadlines(DataScope scope, LocalDate until) {
        LocalDate warn = today().plusDays(settings.warnDays());
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("until", until.isAfter(warn) ? until : warn);
        List<DueItem> due = new ArrayList<>();
        String where = " AND " + ApplicationRepository.scopeCondition(scope) + " ORDER BY a.id";
        collect(due, "SELECT a.*, a.correction_due AS due FROM service_application a WHERE a.status = 'RECEIVED' "
                + "AND a.correction_due <= :until" + where, params, "services.application.clock.correction");
        collect(due, "SELECT a.*, a.legal_due AS due FROM service_application a WHERE a.status IN ('ACCEPTED', 'SUSPENDED') "
                + "AND a.legal_due <= :until" + where, params, "services.application.clock.legal");
        collect(due, "SELECT a.*, a.promised_due AS due FROM service_application a WHERE a.status IN ('ACCEPTED', 'SUSPENDED') "
                + "AND a.promised_due <= :until" + where, params, "services.application.clock.promised");
        collect(due, "SELECT a.*, a.certificate_due AS due FROM service_application a WHERE a.status = 'DECIDED' "
                + "AND a.certificate_due <= :until" + where, params, "services.application.clock.certificate");
        return due;
    }

    private void collect(List<DueItem> due, String sql, Map<String, Object> params, String name) {
        jdbc.sql(sql).params(params).query((rs, n) -> new DueItem(ref(rs.getLong("id")), rs.getString("case_number"),
                rs.getString("item_name"), name, rs.getObject("due", LocalDate.class), rs.getLong("unit_id"),
                rs.getString("region_code"), "/services/applications/" + rs.getLong("id"))).list().forEach(due::add);
    }
}
