package cn.fazhi.search.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.search.SearchSource;
import cn.fazhi.search.SearchText;

/**
 * Keeps this node's index in step with the database. Every poll (default each second) it reads the change log past
 * its mark, reloads the changed texts from their sources and commits them with the new mark; it rebuilds the whole
 * index when a rebuild request newer than its last one exists, or when the index was never built.
 * <p>
 * Change-log ids are assigned at insert and become visible at commit, so a lower id can appear after a higher one.
 * A hole in the ids holds the mark back (rows after it are applied, and applied again later, which is harmless) until
 * the hole is filled or is older than {@code gapWait} (a rolled-back transaction leaves a hole for ever).
 */
@Component
public class SearchFollower {

    private static final Logger log = LoggerFactory.getLogger(SearchFollower.class);

    private final SearchIndex index;
    private final JdbcClient jdbc;
    private final ObjectProvider<SearchSource> sources;
    private final SearchProperties properties;
    private final AuditTrail audit;
    private final Clock clock;
    private long gapAt = -1;
    private Instant gapSince;
    private long reportedMark = Long.MIN_VALUE;
    private Instant reportedAt;
    private String nodeName;

    SearchFollower(SearchIndex index, JdbcClient jdbc, ObjectProvider<SearchSource> sources, SearchProperties properties,
            AuditTrail audit, Clock clock) {
        this.index = index;
        this.jdbc = jdbc;
        this.sources = sources;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${fazhi.search.poll-millis:1000}", fixedDelayString = "${fazhi.search.poll-millis:1000}")
    public void scheduled() {
        try {
            poll();
        } catch (RuntimeException | IOException e) {
            log.warn("Search index could not follow the change log: {}", e.toString());
        }
    }

    /** One round: rebuild if asked (or never built), else apply the changes past the mark. Returns texts touched. */
    public synchronized int poll() throws IOException {
        Optional<Map<String, Object>> rebuild = jdbc.sql("SELECT id, requested_at FROM search_rebuild ORDER BY id DESC LIMIT 1")
                .query().listOfRows().stream().findFirst();
        long latestRebuild = rebuild.map(r -> ((Number) r.get("id")).longValue()).orElse(0L);
        OffsetDateTime requestedAt = rebuild.map(r -> toOffset(r.get("requested_at"))).orElse(null);
        long pruned = prunedThrough();
        long latestChange = Math.max(latestChange(), pruned);
        index.changeLog(new SearchIndex.ChangeLogView(latestChange, latestRebuild, requestedAt));
        String epoch = epoch();
        // rebuild when never built, asked to, built against another database, ahead of the log (the log was reset),
        // or behind what was pruned from the log (this node missed changes that are no longer there to apply)
        if (index.appliedChange() < 0 || latestRebuild > index.appliedRebuild() || !epoch.equals(index.epoch())
                || index.appliedChange() > latestChange || index.appliedChange() < pruned) {
            index.epoch(epoch);
            int rebuilt = rebuild(latestRebuild, pruned);
            report();
            return rebuilt;
        }
        int touched = 0;
        while (true) {
            long mark = index.appliedChange();
            List<Map<String, Object>> rows = jdbc.sql("SELECT id, entry_type, entry_id FROM search_change WHERE id > :mark "
                    + "ORDER BY id LIMIT :n").param("mark", mark).param("n", properties.batchSize()).query().listOfRows();
            if (rows.isEmpty()) {
                report();
                return touched;
            }
            Map<String, Set<String>> byType = new LinkedHashMap<>();
            long newMark = mark;
            boolean holding = false;
            for (Map<String, Object> row : rows) {
                long id = ((Number) row.get("id")).longValue();
                byType.computeIfAbsent((String) row.get("entry_type"), t -> new LinkedHashSet<>()).add((String) row.get("entry_id"));
                if (holding) {
                    continue;
                }
                if (id == newMark + 1 || gapExpired(newMark + 1)) {
                    newMark = id;
                } else {
                    holding = true;
                }
            }
            touched += apply(byType);
            index.commit(newMark, index.appliedRebuild());
            if (holding || rows.size() < properties.batchSize()) {
                report();
                return touched;
            }
        }
    }

    private boolean gapExpired(long missingId) {
        Instant now = clock.instant();
        if (gapAt != missingId) {
            gapAt = missingId;
            gapSince = now;
            return false;
        }
        return gapSince.plus(properties.gapWait()).isBefore(now);
    }

    private int apply(Map<String, Set<String>> byType) throws IOException {
        Map<String, SearchSource> byName = new HashMap<>();
        sources.orderedStream().forEach(s -> byName.put(s.type(), s));
        int n = 0;
        for (Map.Entry<String, Set<String>> e : byType.entrySet()) {
            SearchSource source = byName.get(e.getKey());
            Map<String, SearchText> current = new HashMap<>();
            if (source != null) {
                for (SearchText t : source.load(new ArrayList<>(e.getValue()))) {
                    current.put(t.id(), t);
                }
            }
            for (String id : e.getValue()) {
                index.replace(e.getKey(), id, current.get(id));
                n++;
            }
        }
        return n;
    }

    private int rebuild(long rebuildId, long pruned) throws IOException {
        long started = System.nanoTime();
        // changes still committing when the rebuild reads may carry lower ids than the newest: start the mark before
        // any change younger than twice the gap wait (re-applying a change is harmless). Pruned rows are older than the
        // retention (at least an hour), so the texts read below already hold their effect.
        long mark = Math.max(pruned, jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM search_change WHERE changed_at < :cutoff")
                .param("cutoff", OffsetDateTime.now(clock).minus(properties.gapWait().multipliedBy(2))).query(Long.class).single());
        index.deleteAll();
        int[] count = {0};
        // the source streams from the database on this thread; analysing a text (smartcn, bigrams) is the expensive part
        // and IndexWriter takes documents from several threads, so analysis runs on a small pool. The bounded queue
        // with caller-runs keeps memory flat: when the pool is behind, this thread analyses the next text itself.
        int threads = properties.rebuildThreads();
        java.util.concurrent.atomic.AtomicReference<IOException> failure = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.ThreadPoolExecutor pool = new java.util.concurrent.ThreadPoolExecutor(threads, threads, 0,
                java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.ArrayBlockingQueue<>(threads * 64),
                new java.util.concurrent.ThreadPoolExecutor.CallerRunsPolicy());
        try {
            sources.orderedStream().forEach(source -> source.forEach(text -> {
                if (failure.get() != null) {
                    return;
                }
                count[0]++;
                pool.execute(() -> {
                    try {
                        index.add(text);
                    } catch (IOException e) {
                        failure.compareAndSet(null, e);
                    }
                });
            }));
        } finally {
            pool.shutdown();
        }
        try {
            if (!pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS)) {
                throw new IOException("search rebuild: analysis did not finish within an hour");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("search rebuild interrupted", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        index.commit(mark, rebuildId);
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Search index rebuilt: {} texts in {} ms (request {}, change mark {})", count[0], millis, rebuildId, mark);
        audit.recordIndependently(AuditEntry.of("search.index.rebuilt", "search_rebuild", rebuildId,
                count[0] + " texts in " + millis + " ms").by(Actors.SYSTEM));
        return count[0];
    }

    /** The database's token, written by the first node (a conflicting insert by another node is ignored). */
    private String epoch() {
        Optional<String> token = jdbc.sql("SELECT token FROM search_epoch WHERE id = 1").query(String.class).optional();
        if (token.isPresent()) {
            return token.get();
        }
        jdbc.sql("INSERT INTO search_epoch (id, token) VALUES (1, :t) ON CONFLICT DO NOTHING")
                .param("t", java.util.UUID.randomUUID().toString()).update();
        return jdbc.sql("SELECT token FROM search_epoch WHERE id = 1").query(String.class).single();
    }

    /**
     * Reports this node's applied mark, so pruning knows which rows every node has applied: written when the mark
     * moved or the last report is a minute old (the pruning job waits only for nodes seen within the retention).
     */
    private void report() {
        long mark = index.appliedChange();
        Instant now = clock.instant();
        if (mark == reportedMark && reportedAt != null && reportedAt.plusSeconds(60).isAfter(now)) {
            return;
        }
        OffsetDateTime at = now.atOffset(java.time.ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE search_node SET applied_change = :m, seen_at = :at WHERE node = :n")
                .param("m", mark).param("at", at).param("n", nodeName()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO search_node (node, applied_change, seen_at) VALUES (:n, :m, :at) ON CONFLICT DO NOTHING")
                    .param("n", nodeName()).param("m", mark).param("at", at).update();
        }
        reportedMark = mark;
        reportedAt = now;
    }

    /** This node as the pruning job knows it: the host and the index directory. */
    String nodeName() {
        if (nodeName != null) {
            return nodeName;
        }
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "unknown-host";
        }
        String name = host + ":" + index.status().directory();
        nodeName = name.length() > 300 ? name.substring(name.length() - 300) : name;
        return nodeName;
    }

    private long prunedThrough() {
        return jdbc.sql("SELECT through_id FROM search_pruned WHERE id = 1").query(Long.class).optional().orElse(0L);
    }

    private long latestChange() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM search_change").query(Long.class).single();
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return null;
    }
}
