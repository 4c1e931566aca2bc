package cn.fazhi.enforcement;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The rubrics (评查标准) files are scored on: a 百分制 — items whose maximum points sum to exactly 100 (LEGAL-RULES-2
 * §6.2; the items and their weights are local, so a rubric is data, not code). A rubric is never changed once made (a
 * campaign's scores must keep their meaning): a new version is a new rubric.
 */
@Service
public class Rubrics {

    /** The total of a rubric's maximum points (百分制). */
    public static final int TOTAL = 100;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Rubrics(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public List<RubricView> all() {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name FROM enforcement_rubric ORDER BY id DESC")
                .query(rs -> {
                    names.put(rs.getLong("id"), rs.getString("name"));
                });
        Map<Long, List<RubricView.Item>> items = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM enforcement_rubric_item ORDER BY rubric_id, ordinal")
                .query(rs -> {
                    items.computeIfAbsent(rs.getLong("rubric_id"), k -> new ArrayList<>()).add(item(rs));
                });
        return names.entrySet().stream()
                .map(e -> new RubricView(e.getKey(), e.getValue(), items.getOrDefault(e.getKey(), List.of()))).toList();
    }

    public Optional<RubricView> find(long id) {
        return jdbc.sql("SELECT name FROM enforcement_rubric WHERE id = :id").param("id", id).query(String.class)
                .optional()
                .map(name -> new RubricView(id, name, jdbc.sql("SELECT * FROM enforcement_rubric_item WHERE rubric_id = :id "
                        + "ORDER BY ordinal").param("id", id).query((rs, n) -> item(rs)).list()));
    }

    private static RubricView.Item item(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new RubricView.Item(rs.getLong("id"), rs.getInt("ordinal"), rs.getString("title"), rs.getString("guidance"),
                rs.getInt("max_points"));
    }

    /** Creates a rubric; refused (400) unless its items' maximum points sum to 100. */
    @Transactional
    public RubricView create(EvaluationCommands.Rubric c) {
        if (c == null || c.name() == null || c.name().isBlank() || c.items() == null || c.items().isEmpty()) {
            throw UserFacingException.badRequest("enforcement.filereview.error.rubricIncomplete");
        }
        int total = 0;
        for (EvaluationCommands.RubricItem i : c.items()) {
            if (i == null || i.title() == null || i.title().isBlank() || i.maxPoints() == null || i.maxPoints() < 1
                    || i.maxPoints() > TOTAL) {
                throw UserFacingException.badRequest("enforcement.filereview.error.rubricIncomplete");
            }
            total += i.maxPoints();
        }
        if (total != TOTAL) {
            throw UserFacingException.badRequest("enforcement.filereview.error.rubricTotal", total, TOTAL);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enforcement_rubric (name, created_at, created_by) VALUES (:n, :at, :by)")
                .param("n", c.name().strip()).param("at", OffsetDateTime.now(clock)).param("by", Actors.current())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        int ordinal = 1;
        for (EvaluationCommands.RubricItem i : c.items()) {
            jdbc.sql("INSERT INTO enforcement_rubric_item (rubric_id, ordinal, title, guidance, max_points) "
                            + "VALUES (:r, :o, :t, :g, :m)")
                    .param("r", id).param("o", ordinal++).param("t", i.title().strip())
                    .param("g", i.guidance() == null || i.guidance().isBlank() ? null : i.guidance().strip())
                    .param("m", i.maxPoints()).update();
        }
        audit.record(AuditEntry.of("enforcement.filereview.rubricCreated", "enforcement_rubric", id, c.name().strip()));
        return find(id).orElseThrow();
    }
}
