package cn.fazhi.calendar.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.fazhi.platform.FazhiProperties;

/**
 * Every listed day in memory (a few hundred rows). Reloaded when older than {@code fazhi.calendar.cache-ttl}, so an
 * edit made on another node shows here within that time, and at once after a change made on this node. A load that
 * overlaps a local change is used once but not kept.
 */
@Component
public class HolidayCache {

    private static final Duration DEFAULT_TTL = Duration.ofSeconds(30);

    private final HolidayRepository repository;
    private final Clock clock;
    private final Duration ttl;

    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    private record Snapshot(HolidayCalendar calendar, long loadedAtMillis) {}

    public HolidayCache(HolidayRepository repository, Clock clock, FazhiProperties properties) {
        this.repository = repository;
        this.clock = clock;
        this.ttl = properties.calendar() != null && properties.calendar().cacheTtl() != null
                ? properties.calendar().cacheTtl() : DEFAULT_TTL;
    }

    public HolidayCalendar current() {
        Snapshot s = snapshot;
        if (s == null || clock.millis() - s.loadedAtMillis() >= ttl.toMillis()) {
            s = reload();
        }
        return s.calendar();
    }

    /**
     * Drops the snapshot once the surrounding transaction has committed (at once when there is none), so the next
     * read sees the change and no reader caches the data of a transaction that is still open or rolled back.
     */
    public void invalidate() {
        drop();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    drop();
                }
            });
        }
    }

    private void drop() {
        generation.incrementAndGet();
        snapshot = null;
    }

    private synchronized Snapshot reload() {
        Snapshot s = snapshot;
        if (s != null && clock.millis() - s.loadedAtMillis() < ttl.toMillis()) {
            return s;
        }
        long loadedGeneration = generation.get();
        s = new Snapshot(new HolidayCalendar(repository.allDays(), repository.noticeYears()), clock.millis());
        if (generation.get() == loadedGeneration) {
            snapshot = s;
        }
        return s;
    }
}
