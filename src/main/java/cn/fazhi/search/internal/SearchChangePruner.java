package cn.fazhi.search.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.security.Actors;

/**
 * Keeps the {@code search_change} log short: deletes the rows that every node seen within the retention
 * ({@code fazhi.search.change-retention}) has applied and that are older than the retention, and raises
 * {@code search_pruned} to the highest id deleted, in one transaction. A node that was not seen for longer, or whose
 * index mark lies below that id, rebuilds from the database instead of following the log
 * ({@link SearchFollower#poll()}). Any node may run it; running it twice is harmless. Audited when it deletes rows.
 */
@Component
public class SearchChangePruner {

    private static final Logger log = LoggerFactory.getLogger(SearchChangePruner.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final SearchProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    SearchChangePruner(JdbcClient jdbc, TransactionTemplate tx, SearchProperties properties, AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${fazhi.search.prune-millis:3600000}", fixedDelayString = "${fazhi.search.prune-millis:3600000}")
    public void scheduled() {
        try {
            prune();
        } catch (RuntimeException e) {
            log.warn("Search change log could not be pruned: {}", e.toString());
        }
    }

    /** Deletes the rows every recently seen node has applied and older than the retention; returns rows deleted. */
    public int prune() {
        Integer deleted = tx.execute(status -> {
            OffsetDateTime cutoff = OffsetDateTime.now(clock).minus(properties.changeRetention());
            // nodes gone longer than the retention are not waited for (they rebuild when they come back)
            jdbc.sql("DELETE FROM search_node WHERE seen_at < :cutoff").param("cutoff", cutoff).update();
            long applied = jdbc.sql("SELECT COALESCE(MIN(applied_change), 0) FROM search_node").query(Long.class).single();
            long through = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM search_change WHERE id <= :applied AND changed_at < :cutoff")
                    .param("applied", applied).param("cutoff", cutoff).query(Long.class).single();
            if (through <= 0) {
                return 0;
            }
            jdbc.sql("UPDATE search_pruned SET through_id = :through WHERE id = 1 AND through_id < :through")
                    .param("through", through).update();
            int rows = jdbc.sql("DELETE FROM search_change WHERE id <= :through AND changed_at < :cutoff")
                    .param("through", through).param("cutoff", cutoff).update();
            if (rows > 0) {
                audit.record(AuditEntry.of("search.changes.pruned", "search_change", through,
                        rows + " change-log rows through id " + through + " deleted (older than "
                                + properties.changeRetention() + ", applied by every node)").by(Actors.SYSTEM));
            }
            return rows;
        });
        int rows = deleted == null ? 0 : deleted;
        if (rows > 0) {
            log.info("Search change log pruned: {} rows", rows);
        }
        return rows;
    }
}
