package cn.fazhi.services;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.Paged;

/**
 * Reads service items: an item with the version in force on a day (effective_from ≤ day < effective_to), or one
 * version by its id (an application keeps the version it was made under); the lists (staff, catalogues, the portal's
 * guides) with their filters, an item's history and the details its guide shows.
 */
@Service
public class ServiceItems {

    private static final String SELECT = "SELECT i.id, i.code, i.unit_id, i.region_code, v.id AS version_id, v.version_no, "
            + "v.effective_from, v.effective_to, v.name, v.item_type, v.basis, v.level, v.delegated, v.delegated_on, "
            + "v.legal_days, v.promised_days, v.joint, v.online, v.power_code "
            + "FROM service_item i JOIN service_item_version v ON v.item_id = i.id ";
    private static final String IN_FORCE = "v.effective_from <= :on AND (v.effective_to IS NULL OR v.effective_to > :on)";

    private final JdbcClient jdbc;

    ServiceItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The item with the version in force on {@code on}; empty if there is no such item or none is in force. */
    public Optional<ServiceItemView> find(long id, LocalDate on) {
        return jdbc.sql(SELECT + "WHERE i.id = :id AND " + IN_FORCE).param("id", id).param("on", on)
                .query(ServiceItems::map).optional();
    }

    /** The item with this code and the version in force on {@code on}. */
    public Optional<ServiceItemView> findByCode(String code, LocalDate on) {
        return jdbc.sql(SELECT + "WHERE i.code = :code AND " + IN_FORCE).param("code", code).param("on", on)
                .query(ServiceItems::map).optional();
    }

    /** One version of an item, in force or not. */
    public Optional<ServiceItemView> version(long versionId) {
        return jdbc.sql(SELECT + "WHERE v.id = :id").param("id", versionId).query(ServiceItems::map).optional();
    }

    static ServiceItemView map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Integer legal = rs.getObject("legal_days") == null ? null : rs.getInt("legal_days");
        return new ServiceItemView(rs.getLong("id"), rs.getString("code"), rs.getLong("unit_id"),
                rs.getString("region_code"), rs.getLong("version_id"), rs.getInt("version_no"),
                rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
                rs.getString("name"), ServiceItemType.valueOf(rs.getString("item_type")), rs.getString("basis"),
                ServiceLevel.valueOf(rs.getString("level")), rs.getBoolean("delegated"),
                rs.getObject("delegated_on", LocalDate.class), legal, rs.getInt("promised_days"), rs.getBoolean("joint"),
                rs.getBoolean("online"), rs.getString("power_code"));
    }

    private static final String ROW = "SELECT i.id, i.code, i.unit_id, u.name AS unit_name, v.name, v.item_type, v.level, "
            + "v.delegated, v.legal_days, v.promised_days, v.online, v.power_code, v.version_no, v.effective_from, "
            + "i.published_on, i.withdrawn_on FROM service_item i JOIN unit u ON u.id = i.unit_id "
            + "JOIN service_item_version v ON v.item_id = i.id AND v.effective_from <= :on "
            + "AND (v.effective_to IS NULL OR v.effective_to > :on) ";

    /**
     * One page of the items in force on {@code on} (a withdrawn item's last version ends the day it was withdrawn),
     * within {@code scope} (null: the public, who see only published guides). Ordered by unit and code.
     */
    public Paged<ItemRow> search(ItemQuery q, DataScope scope, LocalDate on, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(q, scope, params);
        params.put("on", on);
        int s = Math.max(1, Math.min(size, 5000));
        int p = Math.max(0, page);
        long total = jdbc.sql("SELECT COUNT(*) FROM (" + ROW + where + ") x").params(params).query(Long.class).single();
        params.put("limit", s);
        params.put("offset", (long) p * s);
        List<ItemRow> rows = jdbc.sql(ROW + where + " ORDER BY u.sort_order, i.code LIMIT :limit OFFSET :offset")
                .params(params).query(ServiceItems::row).list();
        return new Paged<>(rows, total, p, s);
    }

    private static String where(ItemQuery q, DataScope scope, Map<String, Object> params) {
        List<String> c = new ArrayList<>();
        if (scope == null) {
            c.add("i.published_on IS NOT NULL AND i.withdrawn_on IS NULL");
        } else {
            c.add(scope.sqlCondition("i.unit_id", "i.region_code"));
            params.putAll(scope.parameters());
        }
        if (q.q() != null && !q.q().isBlank()) {
            c.add("(v.name LIKE :q OR i.code LIKE :q OR v.power_code LIKE :q)");
            params.put("q", "%" + q.q().strip().replace("%", "").replace("_", "") + "%");
        }
        if (q.unitId() != null) {
            c.add("i.unit_id = :unit");
            params.put("unit", q.unitId());
        }
        if (q.type() != null) {
            c.add("v.item_type = :type");
            params.put("type", q.type().name());
        }
        if (q.level() != null) {
            c.add("v.level = :level");
            params.put("level", q.level().name());
        }
        if (Boolean.TRUE.equals(q.online())) {
            c.add("v.online");
        }
        if (Boolean.TRUE.equals(q.instant())) {
            c.add("v.promised_days = 0");
        }
        if (q.catalogue() != null) {
            c.add(q.catalogue().condition());
        }
        return "WHERE " + String.join(" AND ", c);
    }

    /** The item (any scope) with the version in force on {@code on}, or its last version when none is. */
    public Optional<ItemDetails> details(long id, LocalDate on) {
        Optional<ServiceItemView> v = find(id, on);
        if (v.isEmpty()) {
            v = jdbc.sql(SELECT + "WHERE i.id = :id ORDER BY v.version_no DESC FETCH FIRST 1 ROWS ONLY").param("id", id)
                    .query(ServiceItems::map).optional();
        }
        return v.map(this::detailsOf);
    }

    /** The details of one version. */
    public ItemDetails detailsOf(ServiceItemView v) {
        return jdbc.sql("SELECT u.name AS unit_name, x.legal_article, x.conditions, x.fees, x.places, x.change_note, "
                        + "i.published_on, i.withdrawn_on, i.version FROM service_item_version x JOIN service_item i ON i.id = x.item_id "
                        + "JOIN unit u ON u.id = i.unit_id WHERE x.id = :id")
                .param("id", v.versionId())
                .query((rs, n) -> new ItemDetails(v, rs.getString("unit_name"), rs.getString("legal_article"),
                        rs.getString("conditions"), rs.getString("fees"), rs.getString("places"),
                        rs.getString("change_note"), materials(v.versionId()),
                        rs.getObject("published_on", LocalDate.class), rs.getObject("withdrawn_on", LocalDate.class),
                        rs.getInt("version")))
                .single();
    }

    /** The materials a version asks for, in order. */
    public List<ItemMaterial> materials(long versionId) {
        return jdbc.sql("SELECT position, name, form, copies, required FROM service_item_material WHERE version_id = :v "
                        + "ORDER BY position").param("v", versionId)
                .query((rs, n) -> new ItemMaterial(rs.getInt("position"), rs.getString("name"), rs.getString("form"),
                        rs.getInt("copies"), rs.getBoolean("required")))
                .list();
    }

    /** Every version of an item, newest first. */
    public List<ServiceItemView> history(long id) {
        return jdbc.sql(SELECT + "WHERE i.id = :id ORDER BY v.version_no DESC").param("id", id).query(ServiceItems::map)
                .list();
    }

    /** The published item with this code and its version in force on {@code on} (the portal's guide). */
    public Optional<ItemDetails> guide(String code, LocalDate on) {
        return jdbc.sql(SELECT + "WHERE i.code = :code AND i.published_on IS NOT NULL AND i.published_on <= :on "
                        + "AND i.withdrawn_on IS NULL AND " + IN_FORCE).param("code", code).param("on", on)
                .query(ServiceItems::map).optional().map(this::detailsOf);
    }

    static ItemRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Integer legal = rs.getObject("legal_days") == null ? null : rs.getInt("legal_days");
        return new ItemRow(rs.getLong("id"), rs.getString("code"), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getString("name"), ServiceItemType.valueOf(rs.getString("item_type")),
                ServiceLevel.valueOf(rs.getString("level")), rs.getBoolean("delegated"), legal,
                rs.getInt("promised_days"), rs.getBoolean("online"), rs.getString("power_code"), rs.getInt("version_no"),
                rs.getObject("effective_from", LocalDate.class), rs.getObject("published_on", LocalDate.class),
                rs.getObject("withdrawn_on", LocalDate.class));
    }
}
