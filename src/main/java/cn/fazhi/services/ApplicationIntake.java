package cn.fazhi.services;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the window's intake screen looks up: items in force by name or code, and the materials of a version. */
@Service
public class ApplicationIntake {

    /** An item as the intake screen lists it. */
    public record Found(long id, String code, String name, String type, String level, boolean instant, boolean online,
            Integer legalDays, int promisedDays, long versionId) {}

    private final JdbcClient jdbc;

    ApplicationIntake(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} items in force on {@code on} whose name or code contains {@code q}, 即办 first. */
    @Transactional(readOnly = true)
    public List<Found> search(String q, LocalDate on, int limit) {
        String kw = q == null ? "" : q.strip().replace("\\", "").replace("%", "").replace("_", "");
        if (kw.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT i.id, i.code, v.name, v.item_type, v.level, v.promised_days, v.online, v.legal_days, v.id AS vid "
                        + "FROM service_item i JOIN service_item_version v ON v.item_id = i.id WHERE v.effective_from <= :on "
                        + "AND (v.effective_to IS NULL OR v.effective_to > :on) AND (v.name LIKE :kw OR i.code LIKE :kw) "
                        + "ORDER BY v.promised_days, v.name, i.code FETCH FIRST " + Math.max(1, Math.min(limit, 50)) + " ROWS ONLY")
                .param("on", on).param("kw", "%" + kw + "%")
                .query((rs, n) -> new Found(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("item_type"), rs.getString("level"), rs.getInt("promised_days") == 0,
                        rs.getBoolean("online"), rs.getObject("legal_days", Integer.class), rs.getInt("promised_days"),
                        rs.getLong("vid")))
                .list();
    }

    /** The materials checklist of an item version (the items part's table), in order. */
    @Transactional(readOnly = true)
    public List<String> materials(long versionId) {
        return jdbc.sql("SELECT name FROM service_item_material WHERE version_id = :v ORDER BY position").param("v", versionId)
                .query(String.class).list();
    }
}
