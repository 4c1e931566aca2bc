package cn.fazhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The token buckets behind the public-form limit, with time given explicitly. */
class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aFullBucketGrantsItsCapacityThenAsksToWaitForTheNextToken() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofSeconds(60));
        long t0 = 5 * SECOND;
        assertThat(limiter.tryAcquire("a", t0)).isZero();
        assertThat(limiter.tryAcquire("a", t0)).isZero();
        assertThat(limiter.tryAcquire("a", t0)).isZero();
        assertThat(limiter.tryAcquire("a", t0)).isEqualTo(20);           // one token per 20 s
        assertThat(limiter.tryAcquire("a", t0 + 15 * SECOND)).isEqualTo(5);
        assertThat(limiter.tryAcquire("a", t0 + 20 * SECOND)).isZero();
        assertThat(limiter.tryAcquire("a", t0 + 20 * SECOND)).isPositive();
    }

    @Test
    void keysAreIndependentAndAnIdleBucketRefillsToItsCapacityOnly() {
        RateLimiter limiter = new RateLimiter(2, Duration.ofSeconds(10));
        assertThat(limiter.tryAcquire("a", 0)).isZero();
        assertThat(limiter.tryAcquire("a", 0)).isZero();
        assertThat(limiter.tryAcquire("a", 0)).isPositive();
        assertThat(limiter.tryAcquire("b", 0)).isZero();
        long later = 3600 * SECOND;
        assertThat(limiter.tryAcquire("a", later)).isZero();
        assertThat(limiter.tryAcquire("a", later)).isZero();
        assertThat(limiter.tryAcquire("a", later)).isPositive();
    }
}
