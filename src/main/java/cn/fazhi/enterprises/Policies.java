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
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;

/**
 * 惠企政策 as data, kept by the help desk (permission {@link Enterprises#MANAGE}): create and edit (a DRAFT or a
 * PUBLISHED policy), publish, withdraw; read by anyone holding {@link Enterprises#VIEW}, and their in-force list by the
 * portal through {@link PolicyMatcher}. Bad input → a Chinese 400 and nothing saved; every change audited; the
 * matcher's copy is refreshed after the change commits.
 */
@Service
public class Policies {

    static final String SELECT = "SELECT p.*, iu.name AS issuer_name, du.name AS decider_name FROM enterprise_policy p "
            + "JOIN unit iu ON iu.id = p.issuer_unit_id JOIN unit du ON du.id = p.decider_unit_id";

    private final JdbcClient jdbc;
    private final Units units;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<PolicyMatcher> matcher;

    Policies(JdbcClient jdbc, Units units, AuditTrail audit, Caller caller, Clock clock,
            org.springframework.beans.factory.ObjectProvider<PolicyMatcher> matcher) {
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
        this.matcher = matcher;
    }

    /** A new DRAFT policy. */
    @Transactional
    public PolicyView create(PolicyCommands.Save c) {
        requireManage();
        Checked v = check(c);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enterprise_policy (issuer_unit_id, title, doc_number, summary, valid_from, valid_to, benefit, "
                        + "amount_cap, apply_from, apply_to, decider_unit_id, decider_region_code, status, created_at, "
                        + "created_by) VALUES (:issuer, :title, :doc, :summary, :from, :to, :benefit, :cap, :af, :at, "
                        + ":decider, :region, 'DRAFT', :now, :by)")
                .params(v.params()).param("now", OffsetDateTime.now(clock)).param("by", Actors.current())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        writeConditions(id, v.conditions());
        audit.record(AuditEntry.of("enterprises.policy.created", "enterprise_policy", id, v.title()));
        changed();
        return get(id);
    }

    /** Edits a DRAFT or PUBLISHED policy (a withdrawn one: 409); {@code version} as read. */
    @Transactional
    public PolicyView update(long id, PolicyCommands.Save c) {
        requireManage();
        PolicyView old = get(id);
        if ("WITHDRAWN".equals(old.status())) {
            throw UserFacingException.conflict("policies.error.withdrawn");
        }
        Checked v = check(c);
        int n = jdbc.sql("UPDATE enterprise_policy SET issuer_unit_id = :issuer, title = :title, doc_number = :doc, "
                        + "summary = :summary, valid_from = :from, valid_to = :to, benefit = :benefit, amount_cap = :cap, "
                        + "apply_from = :af, apply_to = :at, decider_unit_id = :decider, decider_region_code = :region, "
                        + "version = version + 1 WHERE id = :id AND version = :v")
                .params(v.params()).param("id", id).param("v", version(c == null ? null : c.version())).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        jdbc.sql("DELETE FROM enterprise_policy_condition WHERE policy_id = :id").param("id", id).update();
        writeConditions(id, v.conditions());
        audit.record(AuditEntry.of("enterprises.policy.updated", "enterprise_policy", id, v.title()));
        changed();
        return get(id);
    }

    /** DRAFT → PUBLISHED (in force from its validity's first day). */
    @Transactional
    public PolicyView publish(long id, Integer version) {
        return move(id, version, "DRAFT", "PUBLISHED", "published_on", "enterprises.policy.published");
    }

    /** PUBLISHED → WITHDRAWN (no longer in force; its applications go on). */
    @Transactional
    public PolicyView withdraw(long id, Integer version) {
        return move(id, version, "PUBLISHED", "WITHDRAWN", "withdrawn_on", "enterprises.policy.withdrawn");
    }

    private PolicyView move(long id, Integer version, String from, String to, String dateColumn, String action) {
        requireManage();
        PolicyView p = get(id);
        if (!from.equals(p.status())) {
            throw UserFacingException.conflict("cases.step.notNow");
        }
        int n = jdbc.sql("UPDATE enterprise_policy SET status = :to, " + dateColumn + " = :on, version = version + 1 "
                        + "WHERE id = :id AND version = :v")
                .param("to", to).param("on", LocalDate.now(clock)).param("id", id).param("v", version(version)).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        audit.record(AuditEntry.of(action, "enterprise_policy", id, p.title()));
        changed();
        return get(id);
    }

    /** A policy, or 404. */
    @Transactional(readOnly = true)
    public PolicyView get(long id) {
        return find(id).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    @Transactional(readOnly = true)
    public Optional<PolicyView> find(long id) {
        List<PolicyView> one = load(" WHERE p.id = :id", Map.of("id", id));
        return one.stream().findFirst();
    }

    /** Every published policy with its conditions (the matcher's copy). */
    @Transactional(readOnly = true)
    public List<PolicyView> published() {
        return load(" WHERE p.status = 'PUBLISHED' ORDER BY p.valid_from DESC, p.id DESC", Map.of());
    }

    /** The staff list: keyword (title, document number, summary), status, deciding unit; newest first. */
    @Transactional(readOnly = true)
    public Paged<PolicyView> search(PolicyCommands.Query q, int page, int size) {
        PolicyCommands.Query f = q == null ? PolicyCommands.Query.none() : q;
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (f.status() != null && !f.status().isBlank()) {
            if (!List.of("DRAFT", "PUBLISHED", "WITHDRAWN").contains(f.status())) {
                throw UserFacingException.badRequest("policies.error.status");
            }
            where.append(" AND p.status = :status");
            params.put("status", f.status());
        }
        if (f.deciderUnitId() != null) {
            where.append(" AND p.decider_unit_id = :decider");
            params.put("decider", f.deciderUnitId());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" AND (p.title LIKE :kw OR p.doc_number LIKE :kw OR p.summary LIKE :kw)");
            params.put("kw", "%" + f.q().strip().replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        int s = Math.max(1, Math.min(size, 5000));
        int pg = Math.max(0, page);
        long total = jdbc.sql("SELECT COUNT(*) FROM enterprise_policy p" + where).params(params).query(Long.class).single();
        List<PolicyView> items = load(where + " ORDER BY p.valid_from DESC, p.id DESC LIMIT " + s + " OFFSET "
                + (long) pg * s, params);
        return new Paged<>(items, total, pg, s);
    }

    /** Records an export of the list. */
    public void exported(int rows) {
        audit.record(AuditEntry.of("enterprises.policy.exported", "enterprise_policy", "list", rows + " rows"));
    }

    private List<PolicyView> load(String where, Map<String, Object> params) {
        List<ResultSetRow> rows = jdbc.sql(SELECT + where).params(params).query(Policies::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PolicyCondition>> conditions = new HashMap<>();
        List<Long> ids = rows.stream().map(ResultSetRow::id).toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("SELECT policy_id, attribute, operator, cond_value FROM enterprise_policy_condition WHERE policy_id IN (:ids) "
                            + "ORDER BY policy_id, sort_order")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query((rs, n) -> conditions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(
                            new PolicyCondition(PolicyCondition.Attribute.valueOf(rs.getString(2)),
                                    PolicyCondition.Operator.valueOf(rs.getString(3)), rs.getString(4))))
                    .list();
        }
        return rows.stream().map(r -> r.view(conditions.getOrDefault(r.id(), List.of()))).collect(Collectors.toList());
    }

    /** A policy row before its conditions are attached. */
    private record ResultSetRow(long id, long issuer, String issuerName, String title, String doc, String summary,
            LocalDate from, LocalDate to, String benefit, BigDecimal cap, LocalDate applyFrom, LocalDate applyTo,
            long decider, String deciderName, String deciderRegion, String status, LocalDate publishedOn,
            LocalDate withdrawnOn, int version) {

        PolicyView view(List<PolicyCondition> conditions) {
            return new PolicyView(id, issuer, issuerName, title, doc, summary, from, to, benefit, cap, applyFrom, applyTo,
                    decider, deciderName, deciderRegion, status, publishedOn, withdrawnOn, List.copyOf(conditions), version);
        }
    }

    private static ResultSetRow row(ResultSet rs, int n) throws SQLException {
        return new ResultSetRow(rs.getLong("id"), rs.getLong("issuer_unit_id"), rs.getString("issuer_name"),
                rs.getString("title"), rs.getString("doc_number"), rs.getString("summary"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getString("benefit"), rs.getBigDecimal("amount_cap"), rs.getObject("apply_from", LocalDate.class),
                rs.getObject("apply_to", LocalDate.class), rs.getLong("decider_unit_id"), rs.getString("decider_name"),
                rs.getString("decider_region_code"), rs.getString("status"), rs.getObject("published_on", LocalDate.class),
                rs.getObject("withdrawn_on", LocalDate.class), rs.getInt("version"));
    }

    private record Checked(String title, Map<String, Object> params, List<PolicyCondition> conditions) {}

    private Checked check(PolicyCommands.Save c) {
        if (c == null) {
            throw UserFacingException.badRequest("policies.error.title");
        }
        String title = text(c.title(), 300, "policies.error.title");
        String summary = text(c.summary(), 4000, "policies.error.summary");
        String benefit = text(c.benefit(), 2000, "policies.error.benefit");
        String doc = c.docNumber() == null || c.docNumber().isBlank() ? null : c.docNumber().strip();
        if (doc != null && doc.length() > 100) {
            throw UserFacingException.badRequest("policies.error.docNumber");
        }
        UnitView issuer = unit(c.issuerUnitId(), "policies.error.issuer");
        UnitView decider = unit(c.deciderUnitId(), "policies.error.decider");
        if (c.validFrom() == null || (c.validTo() != null && c.validTo().isBefore(c.validFrom()))) {
            throw UserFacingException.badRequest("policies.error.validity");
        }
        if (c.applyFrom() != null && c.applyTo() != null && c.applyTo().isBefore(c.applyFrom())) {
            throw UserFacingException.badRequest("policies.error.window");
        }
        if (c.amountCap() != null && (c.amountCap().signum() < 0 || c.amountCap().compareTo(new BigDecimal("1e11")) >= 0)) {
            throw UserFacingException.badRequest("policies.error.amount");
        }
        List<PolicyCondition> conditions = new ArrayList<>();
        if (c.conditions() != null && !c.conditions().isEmpty()) {
            for (int i = 0; i < c.conditions().size(); i++) {
                PolicyCommands.Condition k = c.conditions().get(i);
                if (k == null) {
                    throw UserFacingException.badRequest("policies.error.condition", i + 1);
                }
                conditions.add(PolicyCondition.of(k.attribute(), k.operator(), k.value(), i + 1));
            }
        } else {
            conditions.addAll(PolicyCondition.parse(c.conditionsText()));
        }
        if (conditions.size() > 30) {
            throw UserFacingException.badRequest("policies.error.tooManyConditions", 30);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("issuer", issuer.id());
        p.put("title", title);
        p.put("doc", doc);
        p.put("summary", summary);
        p.put("from", c.validFrom());
        p.put("to", c.validTo());
        p.put("benefit", benefit);
        p.put("cap", c.amountCap());
        p.put("af", c.applyFrom());
        p.put("at", c.applyTo());
        p.put("decider", decider.id());
        p.put("region", decider.regionCode());
        return new Checked(title, p, conditions);
    }

    private void writeConditions(long id, List<PolicyCondition> conditions) {
        int position = 0;
        for (PolicyCondition k : conditions) {
            jdbc.sql("INSERT INTO enterprise_policy_condition (policy_id, sort_order, attribute, operator, cond_value) "
                            + "VALUES (:p, :pos, :a, :o, :v)")
                    .param("p", id).param("pos", ++position).param("a", k.attribute().name())
                    .param("o", k.operator().name()).param("v", k.value()).update();
        }
    }

    private UnitView unit(Long id, String key) {
        if (id == null) {
            throw UserFacingException.badRequest(key);
        }
        return units.find(id).orElseThrow(() -> UserFacingException.badRequest(key));
    }

    private static String text(String value, int max, String key) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw UserFacingException.badRequest(key);
        }
        return value.strip();
    }

    private static int version(Integer version) {
        if (version == null) {
            throw UserFacingException.badRequest("cases.step.versionRequired");
        }
        return version;
    }

    private void requireManage() {
        if (!caller.can(Enterprises.MANAGE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
    }

    /** The matcher reloads its copy once the change is committed (at once when no transaction is active). */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    matcher.getObject().invalidate();
                }
            });
        } else {
            matcher.getObject().invalidate();
        }
    }
}
