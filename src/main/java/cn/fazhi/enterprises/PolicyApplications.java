package cn.fazhi.enterprises;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
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
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Policy applications (政策兑现, case type {@code policy_application}): filed by the enterprise verified on the portal
 * or by the help desk on its behalf, only for a policy in force and open for applications, only once at a time per
 * policy and enterprise, and only when the enterprise is eligible on the day — the match is re-checked at submission
 * (and at resubmission) and its explanation stored. The deciding unit of the policy takes every decision step through
 * the kernel's one step call (scope, permission, version, table); a unit decides only its policies' applications.
 */
@Service
public class PolicyApplications implements DeadlineSource {

    /** The kernel case type. */
    public static final String CASE_TYPE = "policy_application";

    static final String SELECT = "SELECT a.*, p.title AS policy_title, p.amount_cap, e.name AS enterprise_name, "
            + "e.uscc, u.name AS unit_name FROM policy_application a JOIN enterprise_policy p ON p.id = a.policy_id "
            + "JOIN enterprise e ON e.id = a.enterprise_id JOIN unit u ON u.id = a.unit_id";

    /** The language the stored explanation is written in (the record's language, whatever the reader's). */
    static final Locale RECORD_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final JdbcClient jdbc;
    private final CaseNumbers numbers;
    private final CaseSteps steps;
    private final PolicyApplicationRepository store;
    private final PolicyMatcher matcher;
    private final Policies policies;
    private final Enterprises enterprises;
    private final PolicyClocks clocks;
    private final PolicyProperties settings;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    PolicyApplications(JdbcClient jdbc, CaseNumbers numbers, CaseSteps steps, PolicyApplicationRepository store,
            PolicyMatcher matcher, Policies policies, Enterprises enterprises, PolicyClocks clocks,
            PolicyProperties settings, MessageSource messages, AuditTrail audit, Caller caller, Clock clock) {
        this.jdbc = jdbc;
        this.numbers = numbers;
        this.steps = steps;
        this.store = store;
        this.matcher = matcher;
        this.policies = policies;
        this.enterprises = enterprises;
        this.clocks = clocks;
        this.settings = settings;
        this.messages = messages;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    public static CaseRef ref(long id) {
        return new CaseRef(CASE_TYPE, id);
    }

    public static List<String> stepNames() {
        return PolicyApplication.TABLE.steps().stream().map(s -> s.name()).toList();
    }

    // ---- submission ----------------------------------------------------------------------------------------------

    /** Filed on the portal by the enterprise verified in the session. */
    @Transactional
    public PolicyApplicationView submitFromPortal(EnterpriseView e, PolicyCommands.Apply c) {
        return submit(e, c, "PORTAL", "enterprise:" + e.uscc());
    }

    /** Filed by the help desk on the enterprise's behalf (permission {@link Enterprises#MANAGE}). */
    @Transactional
    public PolicyApplicationView submitOnBehalf(PolicyCommands.Apply c) {
        if (!caller.can(Enterprises.MANAGE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        if (c == null || c.enterpriseId() == null) {
            throw UserFacingException.badRequest("policies.error.enterprise");
        }
        EnterpriseView e = enterprises.find(c.enterpriseId()).filter(x -> "ACTIVE".equals(x.status()))
                .orElseThrow(() -> UserFacingException.badRequest("policies.error.enterprise"));
        return submit(e, c, "DESK", Actors.current());
    }

    private PolicyApplicationView submit(EnterpriseView e, PolicyCommands.Apply c, String channel, String by) {
        if (c == null || c.policyId() == null) {
            throw UserFacingException.badRequest("policies.error.policy");
        }
        LocalDate today = LocalDate.now(clock);
        PolicyView p = matcher.inForce(c.policyId(), today)
                .orElseThrow(() -> UserFacingException.badRequest("policies.error.notInForce"));
        if (!p.openOn(today)) {
            throw UserFacingException.badRequest("policies.error.windowClosed", p.applyFrom(), p.applyTo());
        }
        String benefit = PolicyApplication.required(c.benefitRequested(), "policies.error.benefitRequested");
        String statement = c.statement() == null || c.statement().isBlank() || c.statement().strip().length() > 4000
                ? null : c.statement().strip();
        if (statement == null) {
            throw UserFacingException.badRequest("policies.error.statement");
        }
        String materials = c.materials() == null || c.materials().isBlank() ? null : c.materials().strip();
        if (materials != null && materials.length() > 2000) {
            throw UserFacingException.badRequest("policies.error.tooLong", 2000);
        }
        if (c.amountRequested() != null && (c.amountRequested().signum() < 0
                || (p.amountCap() != null && c.amountRequested().compareTo(p.amountCap()) > 0))) {
            throw UserFacingException.badRequest("policies.error.aboveCap",
                    p.amountCap() == null ? "" : PolicyMatcher.plain(p.amountCap()));
        }
        long open = jdbc.sql("SELECT COUNT(*) FROM policy_application WHERE policy_id = :p AND enterprise_id = :e "
                        + "AND status IN ('SUBMITTED', 'ACCEPTED', 'RETURNED', 'GRANTED')")
                .param("p", p.id()).param("e", e.id()).query(Long.class).single();
        if (open > 0) {
            throw UserFacingException.conflict("policies.error.duplicate");
        }
        PolicyMatch match = eligibility(e, p, today);
        String number = numbers.next(CASE_TYPE, "district", today.getYear());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO policy_application (case_number, status, policy_id, enterprise_id, unit_id, region_code, "
                        + "channel, benefit_requested, amount_requested, statement, materials, submitted_on, "
                        + "last_submitted_on, eligible, explanation, review_due, created_at, created_by) VALUES (:n, "
                        + "'SUBMITTED', :p, :e, :u, :r, :ch, :b, :amt, :st, :m, :on, :on, TRUE, :ex, :due, :at, :by)")
                .param("n", number).param("p", p.id()).param("e", e.id()).param("u", p.deciderUnitId())
                .param("r", p.deciderRegionCode()).param("ch", channel).param("b", benefit)
                .param("amt", c.amountRequested()).param("st", statement).param("m", materials).param("on", today)
                .param("ex", explanation(match)).param("due", clocks.reviewDue(today)).param("at", OffsetDateTime.now(clock))
                .param("by", by.length() > 64 ? by.substring(0, 64) : by).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        steps.created(store, store.find(id).orElseThrow(), "submitted", StepOutcome.of(null, p.title()));
        return find(id).orElseThrow();
    }

    /** The match on {@code day}; not eligible → 400 naming the conditions not met. */
    private PolicyMatch eligibility(EnterpriseView e, PolicyView p, LocalDate day) {
        PolicyMatch match = matcher.match(e, p, day, RECORD_LOCALE);
        if (!match.eligible()) {
            String sep = messages.getMessage("policies.explain.separator", null, ",", RECORD_LOCALE);
            throw UserFacingException.badRequest("policies.error.notEligible", String.join(sep,
                    match.lines().stream().filter(l -> !l.met()).map(PolicyMatch.Line::text).toList()));
        }
        return match;
    }

    private String explanation(PolicyMatch match) {
        String text = match.explanation(messages.getMessage("policies.explain.lineSeparator", null, ";", RECORD_LOCALE));
        return text.length() > 4000 ? text.substring(0, 4000) : text;
    }

    // ---- steps ---------------------------------------------------------------------------------------------------

    /**
     * Takes {@code stepName} on application {@code id} as the caller (staff), through the kernel. The deciding unit's
     * steps only by that unit (a township: its region), else 403; a return needs a reason and is refused (409) beyond
     * the returns allowed; a grant needs an amount not above the policy's cap; a refusal needs reasons; the desk's
     * resubmission re-checks eligibility. An unknown step is a 404.
     */
    @Transactional
    public PolicyApplicationView step(long id, String stepName, PolicyCommands.Step c) {
        if (stepName == null || PolicyApplication.TABLE.step(stepName).isEmpty()) {
            throw UserFacingException.notFound("error.notFound");
        }
        LocalDate on = day(c);
        steps.step(store, PolicyApplication.TABLE, id, c == null ? null : c.version(), stepName, a -> {
            if (PolicyApplication.DECIDER_STEPS.contains(stepName) && !decides(caller.scope(), a.unitId, a.regionCode)) {
                throw UserFacingException.forbidden("policies.error.notYourPolicy");
            }
            return apply(a, stepName, c, on);
        });
        return find(id).orElseThrow();
    }

    /** The enterprise verified on the portal resubmits its own returned application (with the corrected statement). */
    @Transactional
    public PolicyApplicationView resubmitFromPortal(EnterpriseView e, long id, String corrected, Integer version) {
        PolicyApplication a = store.find(id).filter(x -> x.enterpriseId == e.id())
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        if (version == null || version != a.version) {
            throw UserFacingException.conflict("error.conflict");
        }
        steps.systemStep(store, PolicyApplication.TABLE, id, "resubmit",
                x -> apply(x, "resubmit", new PolicyCommands.Step(null, null, corrected, null, version),
                        LocalDate.now(clock)));
        return find(id).orElseThrow();
    }

    private StepOutcome apply(PolicyApplication a, String stepName, PolicyCommands.Step c, LocalDate on) {
        String reason = c == null || c.reason() == null || c.reason().isBlank() ? null : c.reason().strip();
        String text = c == null || c.text() == null || c.text().isBlank() ? null : c.text().strip();
        String detail = text;
        switch (stepName) {
            case "accept" -> a.accept(on);
            case "return" -> {
                a.returnForCorrection(reason, on, settings.returnsAllowed());
                detail = reason;
            }
            case "resubmit" -> {
                EnterpriseView e = enterprises.find(a.enterpriseId).orElseThrow();
                PolicyView p = policies.get(a.policyId);
                PolicyMatch m = eligibility(e, p, on);
                a.resubmit(text, on, clocks.reviewDue(on), true, explanation(m));
            }
            case "grant" -> {
                PolicyView p = policies.get(a.policyId);
                BigDecimal amount = c == null ? null : c.amount();
                a.grant(amount, p.amountCap(), on, clocks.paymentDue(on));
                detail = PolicyMatcher.plain(amount) + (text == null ? "" : " " + text);
            }
            case "refuse" -> {
                a.refuse(reason, on);
                detail = reason;
            }
            case "pay" -> a.pay(on);
            default -> throw new IllegalArgumentException(stepName);
        }
        return StepOutcome.of(null, detail);
    }

    private LocalDate day(PolicyCommands.Step c) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = c == null || c.on() == null ? today : c.on();
        if (on.isAfter(today)) {
            throw UserFacingException.badRequest("policies.error.future");
        }
        return on;
    }

    /** Whether a caller of this scope decides for the unit: its own unit, or a township's region. */
    static boolean decides(DataScope scope, long unitId, String regionCode) {
        return scope != null && (scope.level() == ScopeLevel.TOWNSHIP ? scope.covers(unitId, regionCode)
                : scope.unitId() == unitId);
    }

    /** The steps the caller may take now: the table's, the deciding unit's only on its own policies' applications. */
    @Transactional(readOnly = true)
    public List<String> actions(PolicyApplicationView v) {
        return PolicyApplication.TABLE.available(v.status(), caller).stream()
                .filter(s -> !PolicyApplication.DECIDER_STEPS.contains(s) || decides(caller.scope(), v.unitId(), v.regionCode()))
                .filter(s -> !"return".equals(s) || v.returnCount() < settings.returnsAllowed())
                .toList();
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    /** Unscoped (callers check access). */
    @Transactional(readOnly = true)
    public Optional<PolicyApplicationView> find(long id) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query((rs, n) -> view(rs, today)).optional();
    }

    /** In the caller's scope (permission and scope), else 404. */
    @Transactional(readOnly = true)
    public PolicyApplicationView get(long id) {
        steps.load(store, id);
        return find(id).orElseThrow();
    }

    /** The enterprise's own application, else 404 (the portal). */
    @Transactional(readOnly = true)
    public PolicyApplicationView getOwn(EnterpriseView e, long id) {
        return find(id).filter(v -> v.enterpriseId() == e.id())
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    /** The enterprise's applications, newest first. */
    @Transactional(readOnly = true)
    public List<PolicyApplicationView> ofEnterprise(long enterpriseId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(SELECT + " WHERE a.enterprise_id = :e ORDER BY a.submitted_on DESC, a.id DESC")
                .param("e", enterpriseId).query((rs, n) -> view(rs, today)).list();
    }

    /** Applications in the scope matching the filters, newest first; {@code size} at most 5,000. */
    @Transactional(readOnly = true)
    public Paged<PolicyApplicationView> search(PolicyCommands.ApplicationQuery q, DataScope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" WHERE ").append(PolicyApplicationRepository.scopeCondition(scope));
        LocalDate today = LocalDate.now(clock);
        PolicyCommands.ApplicationQuery f = q == null ? PolicyCommands.ApplicationQuery.none() : q;
        if (f.status() != null) {
            where.append(" AND a.status = :status");
            params.put("status", f.status().name());
        }
        if (f.policyId() != null) {
            where.append(" AND a.policy_id = :policy");
            params.put("policy", f.policyId());
        }
        if (f.year() != null) {
            where.append(" AND a.submitted_on BETWEEN :from AND :to");
            params.put("from", LocalDate.of(f.year(), 1, 1));
            params.put("to", LocalDate.of(f.year(), 12, 31));
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            where.append(" AND ((a.status IN ('SUBMITTED', 'ACCEPTED') AND a.review_due < :today) "
                    + "OR (a.status = 'GRANTED' AND a.payment_due < :today))");
            params.put("today", today);
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" AND (a.case_number LIKE :kw OR p.title LIKE :kw OR e.name LIKE :kw OR e.uscc LIKE :kw)");
            params.put("kw", "%" + f.q().strip().replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        int s = Math.max(1, Math.min(size, 5000));
        int pg = Math.max(0, page);
        String from = " FROM policy_application a JOIN enterprise_policy p ON p.id = a.policy_id "
                + "JOIN enterprise e ON e.id = a.enterprise_id";
        long total = jdbc.sql("SELECT COUNT(*)" + from + where).params(params).query(Long.class).single();
        List<PolicyApplicationView> items = jdbc.sql(SELECT + where + " ORDER BY a.submitted_on DESC, a.id DESC LIMIT "
                + s + " OFFSET " + (long) pg * s).params(params).query((rs, n) -> view(rs, today)).list();
        return new Paged<>(items, total, pg, s);
    }

    /** Open clocks: the decision (SUBMITTED, ACCEPTED) and the payment (GRANTED), due by {@code until} or warned. */
    @Override
    public List<DueItem> openDeadlines(DataScope scope, LocalDate until) {
        LocalDate warn = LocalDate.now(clock).plusDays(settings.warnDays());
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("until", until.isAfter(warn) ? until : warn);
        List<DueItem> items = new ArrayList<>();
        for (String[] k : new String[][] {{"review_due", "'SUBMITTED', 'ACCEPTED'", "policies.clock.review"},
            {"payment_due", "'GRANTED'", "policies.clock.payment"}}) {
            jdbc.sql("SELECT a.id, a.case_number, p.title, a." + k[0] + " AS due, a.unit_id, a.region_code "
                            + "FROM policy_application a JOIN enterprise_policy p ON p.id = a.policy_id WHERE a.status IN ("
                            + k[1] + ") AND a." + k[0] + " <= :until AND "
                            + PolicyApplicationRepository.scopeCondition(scope) + " ORDER BY a." + k[0] + ", a.id")
                    .params(params)
                    .query((rs, n) -> new DueItem(ref(rs.getLong("id")), rs.getString("case_number"), rs.getString("title"),
                            k[2], rs.getObject("due", LocalDate.class), rs.getLong("unit_id"), rs.getString("region_code"),
                            "/enterprises/policy-applications/" + rs.getLong("id")))
                    .list().forEach(items::add);
        }
        return items;
    }

    /** Records an export of the list. */
    public void exported(int rows) {
        audit.record(AuditEntry.of("enterprises.policyApplication.exported", CASE_TYPE, "list", rows + " rows"));
    }

    private PolicyApplicationView view(ResultSet rs, LocalDate today) throws SQLException {
        PolicyApplicationStatus status = PolicyApplicationStatus.valueOf(rs.getString("status"));
        LocalDate reviewDue = rs.getObject("review_due", LocalDate.class);
        LocalDate decidedOn = rs.getObject("decided_on", LocalDate.class);
        LocalDate paymentDue = rs.getObject("payment_due", LocalDate.class);
        LocalDate paidOn = rs.getObject("paid_on", LocalDate.class);
        boolean reviewOverdue = status != PolicyApplicationStatus.RETURNED
                && PolicyClocks.overdue(reviewDue, decidedOn, today);
        boolean paymentOverdue = PolicyClocks.overdue(paymentDue, paidOn, today);
        return new PolicyApplicationView(rs.getLong("id"), rs.getString("case_number"), status, rs.getLong("policy_id"),
                rs.getString("policy_title"), rs.getLong("enterprise_id"), rs.getString("enterprise_name"),
                rs.getString("uscc"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("region_code"),
                rs.getString("channel"), rs.getString("benefit_requested"), rs.getBigDecimal("amount_requested"),
                rs.getString("statement"), rs.getString("materials"), rs.getObject("submitted_on", LocalDate.class),
                rs.getObject("last_submitted_on", LocalDate.class), rs.getBoolean("eligible"), rs.getString("explanation"),
                reviewDue, rs.getObject("accepted_on", LocalDate.class), rs.getObject("returned_on", LocalDate.class),
                rs.getString("return_reason"), rs.getInt("return_count"), decidedOn,
                rs.getObject("decided_on_time", Boolean.class), rs.getBigDecimal("granted_amount"),
                rs.getString("decision_reason"), paymentDue, paidOn, rs.getObject("paid_on_time", Boolean.class),
                rs.getInt("version"), reviewOverdue, paymentOverdue);
    }
}
