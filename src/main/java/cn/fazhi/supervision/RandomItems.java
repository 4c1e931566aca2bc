package cn.fazhi.supervision;

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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.platform.web.Paged;

/**
 * The random-inspection list (随机抽查事项清单, 国办发〔2015〕58号: "制定随机抽查事项清单，明确抽查依据、主体、内容、方式"; no
 * inspection without a legal basis). Each department keeps its own items ({@code supervision:random}, its unit only);
 * the office ({@code supervision:manage}) keeps every department's. Draft → published (what tasks may use, shown on the
 * portal) → withdrawn. Reading: the office sees all, others their scope and every published item. Every change is
 * audited and checked against the version read.
 */
@Service
public class RandomItems {

    private static final String SELECT = "SELECT i.*, u.name AS unit_name FROM random_item i JOIN unit u ON u.id = i.unit_id";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcClient jdbc;
    private final Units units;
    private final AuditTrail audit;
    private final Clock clock;

    RandomItems(JdbcClient jdbc, Units units, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** Items the caller may read: {@code q} in the name, code or legal basis; of a department and a status (null: any). */
    public Paged<RandomItemView> search(String q, Long unitId, RandomItemStatus status, int page, int size,
            Caller caller) {
        Map<String, Object> p = new HashMap<>();
        StringBuilder w = new StringBuilder(" WHERE ").append(readable(caller, p));
        if (q != null && !q.isBlank()) {
            w.append(" AND (i.name LIKE :q OR i.code LIKE :q OR i.legal_basis LIKE :q)");
            p.put("q", "%" + q.strip() + "%");
        }
        if (unitId != null) {
            w.append(" AND i.unit_id = :unitFilter");
            p.put("unitFilter", unitId);
        }
        if (status != null) {
            w.append(" AND i.status = :status");
            p.put("status", status.name());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM random_item i" + w).params(p).query(Long.class).single();
        int s = Math.max(1, Math.min(size, 1000));
        int pg = Math.max(0, page);
        p.put("limit", s);
        p.put("offset", (long) pg * s);
        List<RandomItemView> items = jdbc.sql(SELECT + w + " ORDER BY u.sort_order, i.unit_id, i.code LIMIT :limit OFFSET :offset")
                .params(p).query(RandomItems::map).list();
        return new Paged<>(items, total, pg, s);
    }

    /** Every item the caller may read under the same filters (the export). */
    public List<RandomItemView> all(String q, Long unitId, RandomItemStatus status, Caller caller) {
        List<RandomItemView> all = new ArrayList<>();
        for (int page = 0;; page++) {
            List<RandomItemView> items = search(q, unitId, status, page, 1000, caller).items();
            all.addAll(items);
            if (items.size() < 1000) {
                return all;
            }
        }
    }

    /** The published list (portal, no login), by department. */
    public List<RandomItemView> published(Long unitId) {
        return jdbc.sql(SELECT + " WHERE i.status = :published" + (unitId == null ? "" : " AND i.unit_id = :unit")
                        + " ORDER BY u.sort_order, i.unit_id, i.code")
                .param("published", RandomItemStatus.PUBLISHED.name()).params(unitId == null ? Map.of() : Map.of("unit", unitId))
                .query(RandomItems::map).list();
    }

    /** A published item (what a task may use), or empty. */
    public Optional<RandomItemView> findPublished(long id) {
        return jdbc.sql(SELECT + " WHERE i.id = :id AND i.status = :published").param("id", id)
                .param("published", RandomItemStatus.PUBLISHED.name()).query(RandomItems::map).optional();
    }

    public RandomItemView get(long id, Caller caller) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        return jdbc.sql(SELECT + " WHERE i.id = :id AND " + readable(caller, p)).params(p).query(RandomItems::map)
                .optional().orElseThrow(() -> UserFacingException.notFound("supervision.registers.item.error.unknown"));
    }

    /** Whether the caller may change this item (its own unit's, or the office). */
    public boolean canEdit(RandomItemView item, Caller caller) {
        return caller.can(SupervisionPermissions.MANAGE)
                || caller.can(SupervisionPermissions.RANDOM) && item.unitId() == caller.scope().unitId();
    }

    @Transactional
    public RandomItemView create(RandomItemCommand c, Caller caller) {
        Map<String, Object> p = columns(c, caller, null);
        p.put("status", RandomItemStatus.DRAFT.name());
        p.put("now", OffsetDateTime.now(clock));
        p.put("by", Actors.current());
        jdbc.sql("INSERT INTO random_item (code, name, legal_basis, unit_id, region_code, inspection_method, target_scope, "
                + "industry_codes, ratio_percent, frequency, status, created_at, created_by, updated_at, updated_by) VALUES "
                + "(:code, :name, :basis, :unit, :region, :method, :targets, :industries, :ratio, :frequency, :status, :now, "
                + ":by, :now, :by)").params(p).update();
        long id = jdbc.sql("SELECT id FROM random_item WHERE code = :code").param("code", p.get("code")).query(Long.class)
                .single();
        audit.record(AuditEntry.of("supervision.registers.item.created", "random_item", id, p.get("code") + " " + p.get("name")));
        return get(id, caller);
    }

    @Transactional
    public RandomItemView update(long id, Integer version, RandomItemCommand c, Caller caller) {
        RandomItemView before = editable(id, caller);
        if (!before.status().editable()) {
            throw UserFacingException.conflict("supervision.registers.item.error.withdrawn");
        }
        requireVersion(version);
        Map<String, Object> p = columns(c, caller, id);
        p.put("id", id);
        p.put("version", version);
        p.put("now", OffsetDateTime.now(clock));
        p.put("by", Actors.current());
        int n = jdbc.sql("UPDATE random_item SET code = :code, name = :name, legal_basis = :basis, unit_id = :unit, "
                + "region_code = :region, inspection_method = :method, target_scope = :targets, industry_codes = :industries, "
                + "ratio_percent = :ratio, frequency = :frequency, version = version + 1, updated_at = :now, updated_by = :by "
                + "WHERE id = :id AND version = :version").params(p).update();
        if (n == 0) {
            throw UserFacingException.conflict("supervision.registers.error.stale");
        }
        audit.record(AuditEntry.of("supervision.registers.item.updated", "random_item", id, before.code() + " "
                + before.name() + " → " + p.get("code") + " " + p.get("name") + " " + ((BigDecimal) p.get("ratio")).toPlainString()
                + "% " + p.get("frequency")));
        return get(id, caller);
    }

    @Transactional
    public RandomItemView publish(long id, Integer version, Caller caller) {
        RandomItemView before = editable(id, caller);
        if (!before.status().canPublish()) {
            throw UserFacingException.conflict("supervision.registers.item.error.notDraft");
        }
        return move(before, version, RandomItemStatus.PUBLISHED, "published_on", "supervision.registers.item.published", caller);
    }

    @Transactional
    public RandomItemView withdraw(long id, Integer version, Caller caller) {
        RandomItemView before = editable(id, caller);
        if (!before.status().canWithdraw()) {
            throw UserFacingException.conflict("supervision.registers.item.error.notPublished");
        }
        return move(before, version, RandomItemStatus.WITHDRAWN, "withdrawn_on", "supervision.registers.item.withdrawn", caller);
    }

    private RandomItemView move(RandomItemView before, Integer version, RandomItemStatus to, String dateColumn,
            String action, Caller caller) {
        requireVersion(version);
        int n = jdbc.sql("UPDATE random_item SET status = :to, " + dateColumn + " = :today, version = version + 1, "
                        + "updated_at = :now, updated_by = :by WHERE id = :id AND version = :version AND status = :from")
                .param("to", to.name()).param("today", LocalDate.now(clock)).param("now", OffsetDateTime.now(clock))
                .param("by", Actors.current()).param("id", before.id()).param("version", version)
                .param("from", before.status().name()).update();
        if (n == 0) {
            throw UserFacingException.conflict("supervision.registers.error.stale");
        }
        audit.record(AuditEntry.of(action, "random_item", before.id(), before.code() + " " + before.name() + " "
                + before.status() + " → " + to));
        return get(before.id(), caller);
    }

    private RandomItemView editable(long id, Caller caller) {
        RandomItemView item = get(id, caller);
        if (!canEdit(item, caller)) {
            throw UserFacingException.forbidden("supervision.registers.item.error.otherUnit");
        }
        return item;
    }

    private static void requireVersion(Integer version) {
        if (version == null) {
            throw UserFacingException.badRequest("supervision.registers.error.versionMissing");
        }
    }

    private Map<String, Object> columns(RandomItemCommand c, Caller caller, Long self) {
        if (c == null) {
            throw UserFacingException.badRequest("supervision.registers.item.error.incomplete");
        }
        boolean manage = caller.can(SupervisionPermissions.MANAGE);
        long unitId = c.unitId() != null ? c.unitId() : caller.scope().unitId();
        if (!manage && (!caller.can(SupervisionPermissions.RANDOM) || unitId != caller.scope().unitId())) {
            throw UserFacingException.forbidden("supervision.registers.item.error.otherUnit");
        }
        UnitView unit = units.find(unitId)
                .orElseThrow(() -> UserFacingException.badRequest("supervision.registers.item.error.unit"));
        String code = required(c.code(), 32, "supervision.registers.item.field.code").toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9-]{0,31}")) {
            throw UserFacingException.badRequest("supervision.registers.item.error.code", code);
        }
        if (jdbc.sql("SELECT COUNT(*) FROM random_item WHERE code = :code AND id <> :self").param("code", code)
                .param("self", self == null ? -1L : self).query(Long.class).single() > 0) {
            throw UserFacingException.conflict("supervision.registers.item.error.codeTaken", code);
        }
        String basis = required(c.legalBasis(), 1000, "supervision.registers.item.field.legalBasis");
        if (!basis.contains("《") || !basis.matches("(?s).*第[一二三四五六七八九十百零〇\\d]+条.*")) {
            throw UserFacingException.badRequest("supervision.registers.item.error.legalBasis");
        }
        BigDecimal ratio = c.ratioPercent();
        if (ratio == null || ratio.signum() <= 0 || ratio.compareTo(HUNDRED) > 0 || ratio.scale() > 2) {
            throw UserFacingException.badRequest("supervision.registers.item.error.ratio");
        }
        String industries = TargetRegisterIndustry.normaliseFilter(c.industryCodes())
                .orElseThrow(() -> UserFacingException.badRequest("supervision.registers.item.error.industries",
                        c.industryCodes()));
        if (industries.length() > 200) {
            throw UserFacingException.badRequest("supervision.registers.error.tooLong",
                    new org.springframework.context.support.DefaultMessageSourceResolvable("supervision.registers.item.field.industryCodes"), 200);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("code", code);
        p.put("name", required(c.name(), 200, "supervision.registers.item.field.name"));
        p.put("basis", basis);
        p.put("unit", unit.id());
        p.put("region", unit.regionCode());
        p.put("method", optional(c.inspectionMethod(), 200, "supervision.registers.item.field.inspectionMethod"));
        p.put("targets", optional(c.targetScope(), 200, "supervision.registers.item.field.targetScope"));
        p.put("industries", industries.isEmpty() ? null : industries);
        p.put("ratio", ratio);
        p.put("frequency", required(c.frequency(), 100, "supervision.registers.item.field.frequency"));
        return p;
    }

    /** A required text, stripped: a Chinese 400 naming the field when blank or longer than {@code max}. */
    static String required(String value, int max, String fieldKey) {
        if (value == null || value.isBlank()) {
            throw UserFacingException.badRequest("supervision.registers.error.required",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(fieldKey));
        }
        return optional(value, max, fieldKey);
    }

    static String optional(String value, int max, String fieldKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw UserFacingException.badRequest("supervision.registers.error.tooLong",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(fieldKey), max);
        }
        return v;
    }

    /** Readable items: the office all, others their data scope and every published item. */
    private static String readable(Caller caller, Map<String, Object> p) {
        if (caller.can(SupervisionPermissions.MANAGE)) {
            return "1 = 1";
        }
        p.putAll(caller.scope().parameters());
        p.put("readablePublished", RandomItemStatus.PUBLISHED.name());
        return "(" + caller.scope().sqlCondition("i.unit_id", "i.region_code") + " OR i.status = :readablePublished)";
    }

    private static RandomItemView map(ResultSet rs, int n) throws SQLException {
        return new RandomItemView(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("legal_basis"),
                rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("region_code"),
                rs.getString("inspection_method"), rs.getString("target_scope"), rs.getString("industry_codes"),
                rs.getBigDecimal("ratio_percent"), rs.getString("frequency"), RandomItemStatus.valueOf(rs.getString("status")),
                rs.getObject("published_on", LocalDate.class), rs.getObject("withdrawn_on", LocalDate.class),
                rs.getInt("version"));
    }
}
