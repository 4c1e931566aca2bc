package cn.fazhi.supervision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.platform.web.Paged;

/** The published side of draws (no login): the view, the list texts and the recomputation. */
@Service
public class PublicDraws {

    private final Draws draws;
    private final JdbcClient jdbc;

    PublicDraws(Draws draws, JdbcClient jdbc) {
        this.draws = draws;
        this.jdbc = jdbc;
    }

    /** The draw as published, or 404 (Chinese problem). */
    @Transactional(readOnly = true)
    public PublicDrawView view(long id) {
        Draws.DrawView d = draws.find(id).orElseThrow(() -> UserFacingException.notFound("supervision.draw.public.unknown"));
        record Task(String number, String title, String unit) {}
        Task task = jdbc.sql("SELECT t.case_number, t.title, u.name FROM random_task t JOIN unit u ON u.id = t.lead_unit_id "
                        + "WHERE t.id = :id").param("id", d.taskId())
                .query((rs, n) -> new Task(rs.getString(1), rs.getString(2), rs.getString(3))).single();
        String base = "/api/v1/public/random-inspections/draws/" + id + "/lists/";
        List<PublicDrawView.PublishedList> lists = List.of(
                new PublicDrawView.PublishedList(DrawLists.ENTITIES, d.entityCount(), d.entityDigest(), base + DrawLists.ENTITIES),
                new PublicDrawView.PublishedList(DrawLists.INSPECTORS, d.inspectorCount(), d.inspectorDigest(),
                        base + DrawLists.INSPECTORS),
                new PublicDrawView.PublishedList(DrawLists.AVOIDANCE, d.avoidanceCount(), d.avoidanceDigest(),
                        base + DrawLists.AVOIDANCE));
        List<DrawFunction.Pick> picks = draws.selection(id);
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT e.uscc, e.name FROM random_draw_selection s JOIN random_entity e ON e.uscc = s.uscc "
                        + "WHERE s.draw_id = :d").param("d", id)
                .query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
        List<PublicDrawView.Selected> selection = picks.stream()
                .map(p -> new PublicDrawView.Selected(p.rank(), p.uscc(), names.get(p.uscc()), p.inspectors())).toList();
        Map<String, String> units = new HashMap<>();
        jdbc.sql("SELECT code, name FROM unit").query((rs, n) -> units.put(rs.getString(1), rs.getString(2))).list();
        List<PublicDrawView.Group> groups = d.perEntity().entrySet().stream()
                .map(g -> new PublicDrawView.Group(g.getKey(), units.getOrDefault(g.getKey(), g.getKey()), g.getValue())).toList();
        return new PublicDrawView(d.id(), task.number(), task.title(), task.unit(), d.status(), d.algorithm(),
                d.sampleSize(), groups, lists, d.commitment(), d.seed(), d.committedAt(), d.drawnAt(),
                d.abandonedReason(), selection);
    }

    /** A line of the public index of draws: pending commitments first become visible here, before their draw. */
    public record Entry(long id, String taskNumber, String taskTitle, String unit, Draws.Status status, int sampleSize,
            int entityCount, String commitment, java.time.OffsetDateTime committedAt, java.time.OffsetDateTime drawnAt) {}

    /** The draws, newest first, {@code size} per page (1–100), optionally of one status. */
    @Transactional(readOnly = true)
    public Paged<Entry> index(Draws.Status status, int page, int size) {
        int p = Math.max(0, page);
        int n = Math.min(100, Math.max(1, size));
        String where = status == null ? "" : " WHERE d.status = :s";
        long total = jdbc.sql("SELECT COUNT(*) FROM random_draw d" + where)
                .params(status == null ? Map.of() : Map.of("s", status.name())).query(Long.class).single();
        List<Entry> items = jdbc.sql("SELECT d.id, t.case_number, t.title, u.name, d.status, d.sample_size, d.entity_count, "
                        + "d.commitment, d.committed_at, d.drawn_at FROM random_draw d JOIN random_task t ON t.id = d.task_id "
                        + "JOIN unit u ON u.id = t.lead_unit_id" + where + " ORDER BY d.committed_at DESC, d.id DESC "
                        + "OFFSET " + (long) p * n + " ROWS FETCH FIRST " + n + " ROWS ONLY")
                .params(status == null ? Map.of() : Map.of("s", status.name()))
                .query((rs, i) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Draws.Status.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getString(8),
                        rs.getObject(9, java.time.OffsetDateTime.class), rs.getObject(10, java.time.OffsetDateTime.class)))
                .list();
        return new Paged<>(items, total, p, n);
    }

    /** A published list's text, or 404. */
    @Transactional(readOnly = true)
    public String list(long id, String kind) {
        if (!List.of(DrawLists.ENTITIES, DrawLists.INSPECTORS, DrawLists.AVOIDANCE).contains(kind)) {
            throw UserFacingException.notFound("supervision.draw.public.unknownList");
        }
        return draws.list(id, kind).orElseThrow(() -> UserFacingException.notFound("supervision.draw.public.unknown"));
    }

    /** The recomputation from the published data, when drawn. */
    @Transactional(readOnly = true)
    public Optional<Draws.Verification> verification(long id) {
        return draws.find(id).filter(d -> d.status() == Draws.Status.DRAWN).map(d -> draws.verify(id));
    }
}
