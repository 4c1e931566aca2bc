package cn.fazhi.supervision;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.crypto.PersonalDataCipher;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Draws anyone can verify (双随机、一公开). {@link #commit} freezes the candidate lists, publishes their digests and the
 * commitment H(seed) of a secret random seed (kept SM4-encrypted until the draw); {@link #draw} reveals the seed and
 * stores the selection {@link DrawFunction} computes; {@link #verify} recomputes everything from the published data
 * alone. A committed draw can be abandoned with a reason but never deleted, so it stays public. The task facade that
 * calls this checks permissions and scope; the published view is public.
 */
@Service
public class Draws {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;
    private final PersonalDataCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;

    Draws(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, PersonalDataCipher cipher, AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** What to draw from: the candidates, declared and last-time pairs to avoid, the sample and the groups' counts. */
    public record Request(long taskId, List<String> entities, List<DrawFunction.Inspector> inspectors,
            Set<String> avoidance, int sampleSize, SortedMap<String, Integer> perEntity) {}

    public enum Status { COMMITTED, DRAWN, ABANDONED }

    /** A draw as published (the seed only once drawn). */
    public record DrawView(long id, long taskId, Status status, String algorithm, int sampleSize,
            SortedMap<String, Integer> perEntity, int entityCount, int inspectorCount, int avoidanceCount,
            String entityDigest, String inspectorDigest, String avoidanceDigest, String commitment, String seed,
            OffsetDateTime committedAt, OffsetDateTime drawnAt, String abandonedReason, int version) {}

    /** The recomputation from the published data: each check and the selection recomputed. */
    public record Verification(boolean listsMatchDigests, boolean seedMatchesCommitment, boolean selectionMatches,
            List<DrawFunction.Pick> recomputed) {

        public boolean verified() {
            return listsMatchDigests && seedMatchesCommitment && selectionMatches;
        }
    }

    /** Freezes the lists and commits to a fresh seed. Refused (400, Chinese) when the draw could not be made. */
    @Transactional
    public DrawView commit(Request r) {
        for (DrawFunction.Inspector x : r.inspectors()) {
            if (x.key() == null || x.group() == null || !x.key().matches("[^,\\n]+") || !x.group().matches("[^,:\\n]+")) {
                throw new IllegalArgumentException("inspector keys and groups must not contain ',', ':' or line breaks");
            }
        }
        for (String u : r.entities()) {
            if (u == null || !u.matches("[0-9A-Z]{18}")) {
                throw new IllegalArgumentException("entities are USCCs");
            }
        }
        String seed = HexFormat.of().formatHex(bytes());
        // fail now, before anything is published, if the input cannot be drawn from
        try {
            DrawFunction.select(new DrawFunction.Input(r.entities(), r.inspectors(), r.avoidance(), r.sampleSize(),
                    r.perEntity(), seed));
        } catch (DrawFunction.DrawRefused e) {
            throw refusal(e);
        }
        DrawLists lists = DrawLists.of(r.entities(), r.inspectors(), r.avoidance());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO random_draw (task_id, status, algorithm, sample_size, groups_spec, entity_count, "
                        + "inspector_count, avoidance_count, entity_digest, inspector_digest, avoidance_digest, commitment, "
                        + "seed_cipher, committed_at, committed_by) VALUES (:t, :s, :alg, :n, :g, :ec, :ic, :ac, :ed, :id, "
                        + ":ad, :commitment, :cipher, :at, :by)")
                .param("t", r.taskId()).param("s", Status.COMMITTED.name()).param("alg", DrawFunction.ALGORITHM)
                .param("n", r.sampleSize()).param("g", spec(r.perEntity())).param("ec", r.entities().size())
                .param("ic", r.inspectors().size()).param("ac", r.avoidance().size())
                .param("ed", lists.digest(DrawLists.ENTITIES)).param("id", lists.digest(DrawLists.INSPECTORS))
                .param("ad", lists.digest(DrawLists.AVOIDANCE)).param("commitment", DrawFunction.sm3(seed))
                .param("cipher", cipher.encrypt(seed)).param("at", OffsetDateTime.now(clock)).param("by", Actors.current())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (String kind : List.of(DrawLists.ENTITIES, DrawLists.INSPECTORS, DrawLists.AVOIDANCE)) {
            jdbc.sql("INSERT INTO random_draw_list (draw_id, kind, content) VALUES (:d, :k, :c)").param("d", id)
                    .param("k", kind).param("c", lists.text(kind)).update();
        }
        audit.record(AuditEntry.of("supervision.draw.committed", "random_draw", id,
                "task " + r.taskId() + ": " + r.entities().size() + " / " + r.sampleSize()));
        return find(id).orElseThrow();
    }

    /** Reveals the seed and draws: COMMITTED → DRAWN, the selection stored. */
    @Transactional
    public DrawView draw(long drawId) {
        DrawView d = find(drawId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        if (d.status() != Status.COMMITTED) {
            throw UserFacingException.conflict("supervision.draw.error.notCommitted");
        }
        String seed = jdbc.sql("SELECT seed_cipher FROM random_draw WHERE id = :id").param("id", drawId)
                .query(String.class).single();
        seed = cipher.decrypt(seed);
        DrawLists lists = lists(drawId);
        List<DrawFunction.Pick> picks;
        try {
            picks = DrawFunction.select(new DrawFunction.Input(lists.entityList(), lists.inspectorList(),
                    lists.avoidanceSet(), d.sampleSize(), d.perEntity(), seed));
        } catch (DrawFunction.DrawRefused e) {
            throw refusal(e);
        }
        int n = jdbc.sql("UPDATE random_draw SET status = :s, seed = :seed, drawn_at = :at, drawn_by = :by, "
                        + "version = version + 1 WHERE id = :id AND status = :committed")
                .param("s", Status.DRAWN.name()).param("seed", seed).param("at", OffsetDateTime.now(clock))
                .param("by", Actors.current()).param("id", drawId).param("committed", Status.COMMITTED.name()).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        Map<String, Long> entityIds = entityIds(picks);
        batch.batchUpdate("INSERT INTO random_draw_selection (draw_id, rank_no, uscc, entity_id, inspector_keys) "
                + "VALUES (?, ?, ?, ?, ?)", picks, 1000, (ps, p) -> {
                    ps.setLong(1, drawId);
                    ps.setInt(2, p.rank());
                    ps.setString(3, p.uscc());
                    ps.setObject(4, entityIds.get(p.uscc()), java.sql.Types.BIGINT);
                    ps.setString(5, String.join(",", p.inspectors()));
                });
        audit.record(AuditEntry.of("supervision.draw.drawn", "random_draw", drawId, picks.size() + " drawn"));
        return find(drawId).orElseThrow();
    }

    /** Abandons a committed draw (kept and published with its reason; its seed is revealed, nothing is drawn). */
    @Transactional
    public DrawView abandon(long drawId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw UserFacingException.badRequest("supervision.draw.error.reasonRequired");
        }
        DrawView d = find(drawId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        if (d.status() != Status.COMMITTED) {
            throw UserFacingException.conflict("supervision.draw.error.notCommitted");
        }
        String seed = cipher.decrypt(jdbc.sql("SELECT seed_cipher FROM random_draw WHERE id = :id").param("id", drawId)
                .query(String.class).single());
        jdbc.sql("UPDATE random_draw SET status = :s, seed = :seed, abandoned_reason = :r, version = version + 1 "
                        + "WHERE id = :id AND status = :committed")
                .param("s", Status.ABANDONED.name()).param("seed", seed).param("r", reason.strip()).param("id", drawId)
                .param("committed", Status.COMMITTED.name()).update();
        audit.record(AuditEntry.of("supervision.draw.abandoned", "random_draw", drawId, reason.strip()));
        return find(drawId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<DrawView> find(long id) {
        return jdbc.sql("SELECT * FROM random_draw WHERE id = :id").param("id", id).query((rs, i) -> new DrawView(
                rs.getLong("id"), rs.getLong("task_id"), Status.valueOf(rs.getString("status")), rs.getString("algorithm"),
                rs.getInt("sample_size"), parse(rs.getString("groups_spec")), rs.getInt("entity_count"),
                rs.getInt("inspector_count"), rs.getInt("avoidance_count"), rs.getString("entity_digest"),
                rs.getString("inspector_digest"), rs.getString("avoidance_digest"), rs.getString("commitment"),
                rs.getString("seed"), rs.getObject("committed_at", OffsetDateTime.class),
                rs.getObject("drawn_at", OffsetDateTime.class), rs.getString("abandoned_reason"), rs.getInt("version")))
                .optional();
    }

    /** The draws of a task, oldest first (abandoned ones included). */
    @Transactional(readOnly = true)
    public List<DrawView> ofTask(long taskId) {
        return jdbc.sql("SELECT id FROM random_draw WHERE task_id = :t ORDER BY id").param("t", taskId).query(Long.class)
                .list().stream().map(id -> find(id).orElseThrow()).toList();
    }

    /** The stored selection, by rank. */
    @Transactional(readOnly = true)
    public List<DrawFunction.Pick> selection(long drawId) {
        return jdbc.sql("SELECT rank_no, uscc, inspector_keys FROM random_draw_selection WHERE draw_id = :d ORDER BY rank_no")
                .param("d", drawId).query((rs, i) -> new DrawFunction.Pick(rs.getInt("rank_no"), rs.getString("uscc"),
                        List.of(rs.getString("inspector_keys").split(","))))
                .list();
    }

    /** A published list's text, exactly as its digest was computed. */
    @Transactional(readOnly = true)
    public Optional<String> list(long drawId, String kind) {
        return jdbc.sql("SELECT content FROM random_draw_list WHERE draw_id = :d AND kind = :k").param("d", drawId)
                .param("k", kind).query(String.class).optional();
    }

    /** Recomputes a drawn draw from its published lists and revealed seed only. */
    @Transactional(readOnly = true)
    public Verification verify(long drawId) {
        DrawView d = find(drawId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        if (d.status() != Status.DRAWN) {
            throw UserFacingException.conflict("supervision.draw.error.notDrawn");
        }
        DrawLists lists = lists(drawId);
        boolean digests = lists.digest(DrawLists.ENTITIES).equals(d.entityDigest())
                && lists.digest(DrawLists.INSPECTORS).equals(d.inspectorDigest())
                && lists.digest(DrawLists.AVOIDANCE).equals(d.avoidanceDigest());
        boolean commitment = DrawFunction.sm3(d.seed()).equals(d.commitment());
        List<DrawFunction.Pick> recomputed = DrawFunction.select(new DrawFunction.Input(lists.entityList(),
                lists.inspectorList(), lists.avoidanceSet(), d.sampleSize(), d.perEntity(), d.seed()));
        return new Verification(digests, commitment, recomputed.equals(selection(drawId)), recomputed);
    }

    private DrawLists lists(long drawId) {
        return new DrawLists(list(drawId, DrawLists.ENTITIES).orElseThrow(), list(drawId, DrawLists.INSPECTORS).orElseThrow(),
                list(drawId, DrawLists.AVOIDANCE).orElseThrow());
    }

    private Map<String, Long> entityIds(List<DrawFunction.Pick> picks) {
        Map<String, Long> ids = new java.util.HashMap<>();
        List<String> usccs = picks.stream().map(DrawFunction.Pick::uscc).toList();
        for (int from = 0; from < usccs.size(); from += 500) {
            jdbc.sql("SELECT id, uscc FROM random_entity WHERE uscc IN (:u)")
                    .param("u", usccs.subList(from, Math.min(usccs.size(), from + 500)))
                    .query((rs, i) -> ids.put(rs.getString("uscc"), rs.getLong("id"))).list();
        }
        return ids;
    }

    /** "group:count" joined by "," in group order — how the groups are published. */
    public static String spec(SortedMap<String, Integer> perEntity) {
        return perEntity.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
    }

    static SortedMap<String, Integer> parse(String spec) {
        SortedMap<String, Integer> m = new TreeMap<>();
        for (String part : spec.split(",")) {
            int colon = part.lastIndexOf(':');
            m.put(part.substring(0, colon), Integer.parseInt(part.substring(colon + 1)));
        }
        return m;
    }

    private static byte[] bytes() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return b;
    }

    private static UserFacingException refusal(DrawFunction.DrawRefused e) {
        return UserFacingException.badRequest("supervision.draw.refused." + e.reason(), e.detail() == null ? "" : e.detail());
    }
}
