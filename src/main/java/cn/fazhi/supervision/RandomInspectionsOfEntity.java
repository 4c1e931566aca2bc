package cn.fazhi.supervision;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only, for the enterprise help desk's "无事不扰" page: the random inspections of one market entity by USCC — the
 * tasks whose draw selected it (planned until its result is recorded) and the results recorded for it. The caller
 * (the enterprise verified by its desk code, or staff of the help desk) has already been checked.
 */
@Service
public class RandomInspectionsOfEntity {

    /**
     * One random inspection of the entity: the task's number and title, the lead (or recording) unit, the task's
     * period, the day inspected and the outcome (null while only selected).
     */
    public record Entry(long taskId, String caseNumber, String title, String unitName, LocalDate periodFrom,
            LocalDate periodTo, LocalDate inspectedOn, RandomResultOutcome outcome) {}

    private final JdbcClient jdbc;

    RandomInspectionsOfEntity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The entity's random inspections, selected or done, the latest first. */
    @Transactional(readOnly = true)
    public List<Entry> of(String uscc) {
        if (uscc == null || uscc.isBlank()) {
            return List.of();
        }
        return jdbc.sql("SELECT t.id, t.case_number, t.title, COALESCE(ur.name, ul.name) AS unit_name, t.period_from, "
                        + "t.period_to, r.inspected_on, r.outcome FROM random_task t "
                        + "JOIN unit ul ON ul.id = t.lead_unit_id "
                        + "LEFT JOIN random_result r ON r.task_id = t.id AND r.uscc = :u "
                        + "LEFT JOIN unit ur ON ur.id = r.unit_id "
                        + "WHERE r.id IS NOT NULL OR (t.status NOT IN ('CANCELLED', 'MERGED') AND EXISTS (SELECT 1 FROM "
                        + "random_draw d JOIN random_draw_selection s ON s.draw_id = d.id WHERE d.task_id = t.id "
                        + "AND d.status = 'DRAWN' AND s.uscc = :u)) "
                        + "ORDER BY COALESCE(r.inspected_on, t.period_from) DESC, t.id DESC")
                .param("u", uscc.strip().toUpperCase())
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getString("case_number"), rs.getString("title"),
                        rs.getString("unit_name"), rs.getObject("period_from", LocalDate.class),
                        rs.getObject("period_to", LocalDate.class), rs.getObject("inspected_on", LocalDate.class),
                        rs.getString("outcome") == null ? null : RandomResultOutcome.valueOf(rs.getString("outcome"))))
                .list();
    }
}
