package cn.fazhi.hotline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.responsibilities.Responsibilities;

/**
 * The category tree of 12345 tickets (kept by {@code hotline:manage}): each category with its urgency, its own
 * sign-for and handling limits (or the settings'), the powers of the 权责清单 it maps to (each checked to be published
 * and in force) and its default unit, and whether its tickets are complaints about enforcement. Every change audited.
 */
@Service
public class Categories {

    static final String SELECT = "SELECT c.*, p.name AS parent_name, u.name AS unit_name FROM hotline_category c "
            + "LEFT JOIN hotline_category p ON p.id = c.parent_id LEFT JOIN unit u ON u.id = c.default_unit_id";

    private final JdbcClient jdbc;
    private final HotlineRules rules;
    private final Responsibilities responsibilities;
    private final Units units;
    private final AuditTrail audit;
    private final Clock clock;

    Categories(JdbcClient jdbc, HotlineRules rules, Responsibilities responsibilities, Units units, AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.responsibilities = responsibilities;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every category, tree order (parents first, then by sort order and code). */
    @Transactional(readOnly = true)
    public List<CategoryView> all() {
        List<CategoryView> flat = jdbc.sql(SELECT + " ORDER BY c.sort_order, c.code").query(this::map).list();
        List<CategoryView> out = new ArrayList<>();
        for (CategoryView top : flat) {
            if (top.parentId() == null) {
                out.add(top);
                flat.stream().filter(c -> top.id() == (c.parentId() == null ? -1 : c.parentId())).forEach(out::add);
            }
        }
        flat.stream().filter(c -> !out.contains(c)).forEach(out::add);
        return out;
    }

    /** The active categories a ticket may be classified in (those with no active child). */
    @Transactional(readOnly = true)
    public List<CategoryView> leaves() {
        List<CategoryView> all = all();
        return all.stream().filter(CategoryView::active)
                .filter(c -> all.stream().noneMatch(k -> k.active() && k.parentId() != null && k.parentId() == c.id()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<CategoryView> find(long id) {
        return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(this::map).optional();
    }

    @Transactional(readOnly = true)
    public CategoryView get(long id) {
        return find(id).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    @Transactional
    public CategoryView create(CategoryCommand c) {
        String code = required(c.code(), "hotline.error.categoryCodeRequired");
        String name = required(c.name(), "hotline.error.categoryNameRequired");
        if (jdbc.sql("SELECT COUNT(*) FROM hotline_category WHERE code = :c").param("c", code).query(Long.class)
                .single() > 0) {
            throw UserFacingException.conflict("hotline.error.categoryCodeTaken", code);
        }
        checkParent(c.parentId(), null);
        String powers = powerCodes(c.powerCodes());
        checkRest(c);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO hotline_category (code, name, parent_id, urgency, sign_days, handle_days, power_codes, "
                        + "default_unit_id, enforcement_complaint, active, sort_order, created_at, created_by) VALUES (:code, "
                        + ":name, :parent, :urgency, :sign, :handle, :powers, :unit, :enf, :active, :sort, :at, :by)")
                .param("code", code).param("name", name).param("parent", c.parentId())
                .param("urgency", (c.urgency() == null ? Urgency.NORMAL : c.urgency()).name())
                .param("sign", c.signDays()).param("handle", c.handleDays()).param("powers", powers)
                .param("unit", c.defaultUnitId()).param("enf", Boolean.TRUE.equals(c.enforcementComplaint()))
                .param("active", !Boolean.FALSE.equals(c.active()))
                .param("sort", c.sortOrder() == null ? 0 : c.sortOrder()).param("at", OffsetDateTime.now(clock))
                .param("by", Actors.current()).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        audit.record(AuditEntry.of("hotline.category.created", "hotline_category", id, code + " " + name));
        return get(id);
    }

    @Transactional
    public CategoryView update(long id, CategoryCommand c) {
        CategoryView before = get(id);
        if (c.version() == null) {
            throw UserFacingException.badRequest("cases.step.versionRequired");
        }
        String name = required(c.name(), "hotline.error.categoryNameRequired");
        checkParent(c.parentId(), id);
        String powers = powerCodes(c.powerCodes());
        checkRest(c);
        int n = jdbc.sql("UPDATE hotline_category SET name = :name, parent_id = :parent, urgency = :urgency, "
                        + "sign_days = :sign, handle_days = :handle, power_codes = :powers, default_unit_id = :unit, "
                        + "enforcement_complaint = :enf, active = :active, sort_order = :sort, version = version + 1 "
                        + "WHERE id = :id AND version = :v")
                .param("name", name).param("parent", c.parentId())
                .param("urgency", (c.urgency() == null ? before.urgency() : c.urgency()).name())
                .param("sign", c.signDays()).param("handle", c.handleDays()).param("powers", powers)
                .param("unit", c.defaultUnitId()).param("enf", Boolean.TRUE.equals(c.enforcementComplaint()))
                .param("active", !Boolean.FALSE.equals(c.active()))
                .param("sort", c.sortOrder() == null ? before.sortOrder() : c.sortOrder()).param("id", id)
                .param("v", c.version()).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        audit.record(AuditEntry.of("hotline.category.updated", "hotline_category", id, before.code() + " " + name));
        return get(id);
    }

    private void checkParent(Long parentId, Long self) {
        if (parentId == null) {
            return;
        }
        if (parentId.equals(self) || find(parentId).isEmpty()) {
            throw UserFacingException.badRequest("hotline.error.parentUnknown");
        }
    }

    private void checkRest(CategoryCommand c) {
        if ((c.signDays() != null && (c.signDays() < 0 || c.signDays() > 60))
                || (c.handleDays() != null && (c.handleDays() < 0 || c.handleDays() > 365))) {
            throw UserFacingException.badRequest("hotline.error.limitRange");
        }
        if (c.defaultUnitId() != null && units.find(c.defaultUnitId()).isEmpty()) {
            throw UserFacingException.badRequest("hotline.error.unitUnknown");
        }
    }

    /** Normalises the power codes and checks each is a published power in force today. */
    private String powerCodes(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        LinkedHashSet<String> codes = new LinkedHashSet<>(Arrays.asList(text.strip().split("[\\s,，、;；]+")));
        LocalDate today = LocalDate.now(clock);
        for (String code : codes) {
            if (code.length() > 64 || responsibilities.inForce(code, today).isEmpty()) {
                throw UserFacingException.badRequest("hotline.error.powerUnknown", code);
            }
        }
        return String.join(",", codes);
    }

    private static String required(String text, String key) {
        if (text == null || text.isBlank()) {
            throw UserFacingException.badRequest(key);
        }
        return text.strip();
    }

    static List<String> codes(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split(","));
    }

    private CategoryView map(ResultSet rs, int row) throws SQLException {
        Urgency urgency = Urgency.valueOf(rs.getString("urgency"));
        Integer sign = rs.getObject("sign_days", Integer.class);
        Integer handle = rs.getObject("handle_days", Integer.class);
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        long unit = rs.getLong("default_unit_id");
        Long unitId = rs.wasNull() ? null : unit;
        return new CategoryView(rs.getLong("id"), rs.getString("code"), rs.getString("name"), parentId,
                rs.getString("parent_name"), urgency, sign, handle, rules.signDays(urgency, sign),
                rules.handleDays(urgency, handle), codes(rs.getString("power_codes")), unitId, rs.getString("unit_name"),
                rs.getBoolean("enforcement_complaint"), rs.getBoolean("active"), rs.getInt("sort_order"),
                rs.getInt("version"));
    }
}
