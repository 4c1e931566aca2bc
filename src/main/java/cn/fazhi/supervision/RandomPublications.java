package cn.fazhi.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import cn.fazhi.platform.web.Paged;

/**
 * 一公开: the published results of random-inspection tasks (no login) — each published task with its departments, items
 * and legal bases, period, the entities inspected and their results, and its draws' verify pages (abandoned draws
 * included: a draw is never quietly repeated).
 */
@Service
public class RandomPublications {

    /** A published task. */
    public record PublishedTask(long id, String caseNumber, String title, String leadUnit, boolean joint,
            List<String> departments, List<String> items, LocalDate periodFrom, LocalDate periodTo, LocalDate publishedOn,
            Map<RandomResultOutcome, Integer> counts, List<DrawLink> draws, List<PublishedResult> results) {}

    /** A draw of the task and where anyone can verify it. */
    public record DrawLink(long id, String status, String page, String api) {}

    /** One entity's result as published (no inspector names: their certificate numbers are on the draw's page). */
    public record PublishedResult(String uscc, String entityName, RandomResultOutcome outcome, LocalDate inspectedOn,
            String findings, LocalDate rectifyDueOn, Boolean rectified) {}

    private final JdbcClient jdbc;
    private final RandomTasks tasks;

    RandomPublications(JdbcClient jdbc, RandomTasks tasks) {
        this.jdbc = jdbc;
        this.tasks = tasks;
    }

    /** Published tasks, newest publication first; {@code q} matches the number, title, an entity's name or USCC. */
    @Transactional(readOnly = true)
    public Paged<PublishedTask> search(String q, int page, int size) {
        Map<String, Object> p = new HashMap<>();
        p.put("s", RandomTaskStatus.PUBLISHED.name());
        StringBuilder where = new StringBuilder(" WHERE t.status = :s");
        if (q != null && !q.isBlank()) {
            where.append(" AND (t.case_number LIKE :kw OR t.title LIKE :kw OR EXISTS (SELECT 1 FROM random_result r "
                    + "LEFT JOIN random_entity e ON e.id = r.entity_id WHERE r.task_id = t.id AND (r.uscc LIKE :kw OR e.name LIKE :kw)))");
            p.put("kw", "%" + RandomTasks.like(q.strip()) + "%");
        }
        int s = Math.max(1, Math.min(size, 100));
        int pg = Math.max(0, page);
        long total = jdbc.sql("SELECT COUNT(*) FROM random_task t" + where).params(p).query(Long.class).single();
        List<Long> ids = jdbc.sql("SELECT t.id FROM random_task t" + where + " ORDER BY t.published_on DESC, t.id DESC LIMIT "
                + s + " OFFSET " + (long) pg * s).params(p).query(Long.class).list();
        return new Paged<>(ids.stream().map(this::published).toList(), total, pg, s);
    }

    private PublishedTask published(long id) {
        RandomTaskView v = tasks.view(id);
        List<PublishedResult> results = new ArrayList<>();
        Map<RandomResultOutcome, Integer> counts = new LinkedHashMap<>();
        for (RandomResultOutcome o : RandomResultOutcome.values()) {
            counts.put(o, 0);
        }
        for (RandomTaskView.Result r : tasks.results(id)) {
            counts.merge(r.outcome(), 1, Integer::sum);
            results.add(new PublishedResult(r.uscc(), r.entityName(), r.outcome(), r.inspectedOn(), r.findings(),
                    r.rectifyDueOn(), r.rectified()));
        }
        List<DrawLink> draws = jdbc.sql("SELECT id, status FROM random_draw WHERE task_id = :t ORDER BY id").param("t", id)
                .query((rs, n) -> new DrawLink(rs.getLong(1), rs.getString(2),
                        "/public/random-inspections/draws/" + rs.getLong(1),
                        "/api/v1/public/random-inspections/draws/" + rs.getLong(1)))
                .list();
        return new PublishedTask(v.id(), v.caseNumber(), v.title(), v.leadUnitName(), v.joint(), v.departments(),
                v.items().stream().map(i -> i.name() + "（" + i.legalBasis() + "）").toList(), v.periodFrom(), v.periodTo(),
                v.publishedOn(), counts, draws, results);
    }
}
