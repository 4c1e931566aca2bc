package cn.fazhi.search;

import java.time.OffsetDateTime;

/**
 * This node's index: where it lives, how many texts it holds, the change-log id it has applied, the newest change in
 * the database, the last rebuild it has done and the newest requested.
 */
public record SearchStatus(String directory, long documents, long appliedChange, long latestChange, long appliedRebuild,
        long latestRebuild, OffsetDateTime lastRebuildRequestedAt) {

    public boolean upToDate() {
        return appliedChange >= latestChange && appliedRebuild >= latestRebuild;
    }
}
