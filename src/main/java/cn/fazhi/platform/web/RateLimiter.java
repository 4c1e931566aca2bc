package cn.fazhi.platform.web;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets by key (e.g. client address and path), each holding at most {@code capacity} tokens and refilled
 * evenly at {@code capacity} per {@code period}. In memory, so per node. Idle buckets (full again) are dropped when the
 * table grows, so its size stays bounded by the clients active within one period.
 */
public final class RateLimiter {

    private static final int SWEEP_ABOVE = 10_000;

    private final int capacity;
    private final double tokensPerNano;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int capacity, Duration period) {
        this.capacity = capacity;
        this.tokensPerNano = capacity / (double) period.toNanos();
    }

    /**
     * Takes one token for {@code key} at {@code nanoTime}; returns 0 when granted, else the whole seconds to wait
     * until the next token (at least 1).
     */
    public long tryAcquire(String key, long nanoTime) {
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(b -> b.isFull(nanoTime));
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, nanoTime));
        synchronized (bucket) {
            bucket.refill(nanoTime);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double missingNanos = (1 - bucket.tokens) / tokensPerNano;
            return Math.max(1, (long) Math.ceil(missingNanos / 1_000_000_000d));
        }
    }

    /** Like {@link #tryAcquire} but takes nothing: 0 when a token is there, else the whole seconds to wait. */
    public long waitSeconds(String key, long nanoTime) {
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            return 0;
        }
        synchronized (bucket) {
            bucket.refill(nanoTime);
            if (bucket.tokens >= 1) {
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / tokensPerNano / 1_000_000_000d));
        }
    }

    private final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        void refill(long now) {
            if (now > updated) {
                tokens = Math.min(capacity, tokens + (now - updated) * tokensPerNano);
                updated = now;
            }
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }
    }
}
