package cn.fazhi.services;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads service items: an item with the version in force on a day (effective_from ≤ day < effective_to), or one
 * version by its id (an application keeps the version it was made under).
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
}
