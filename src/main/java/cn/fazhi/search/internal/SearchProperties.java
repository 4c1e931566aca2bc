package cn.fazhi.search.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the search index, bound from {@code fazhi.search.*}.
 *
 * @param indexDir     the parent directory of this node's index (each node takes the first free {@code node-N} slot)
 * (how often the node reads the change log is {@code fazhi.search.poll-millis}, default 1000; how often the change log
 * is pruned is {@code fazhi.search.prune-millis}, default hourly)
 * @param gapWait      how long a hole in the change-log ids (a transaction still committing) holds the mark back
 * @param batchSize    change-log rows read per round
 * @param rebuildThreads threads analysing texts during a rebuild (default: the processors, at most 4)
 * @param changeRetention how long change-log rows are kept after every node has applied them (default 7 days, at
 *                     least an hour); a node not seen for this long is no longer waited for, and rebuilds when it
 *                     comes back
 * @param resultCacheSize how many recent results are kept, per query, scope and index version (default 2,000;
 *                     0 turns it off)
 */
@ConfigurationProperties("fazhi.search")
public record SearchProperties(Path indexDir, Duration gapWait, int batchSize, int rebuildThreads,
        Duration changeRetention, Integer resultCacheSize) {

    public SearchProperties {
        gapWait = gapWait == null ? Duration.ofSeconds(10) : gapWait;
        batchSize = batchSize <= 0 ? 2000 : batchSize;
        rebuildThreads = rebuildThreads <= 0 ? Math.min(4, Runtime.getRuntime().availableProcessors()) : rebuildThreads;
        changeRetention = changeRetention == null ? Duration.ofDays(7) : changeRetention;
        resultCacheSize = resultCacheSize == null ? 2_000 : Math.max(0, resultCacheSize);
        if (changeRetention.compareTo(Duration.ofHours(1)) < 0) {
            throw new IllegalArgumentException("fazhi.search.change-retention must be at least an hour");
        }
    }
}
