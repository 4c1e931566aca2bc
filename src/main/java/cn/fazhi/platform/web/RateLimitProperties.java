package cn.fazhi.platform.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The limit on submissions of public forms ({@code fazhi.rate-limit.*}): at most {@code capacity} POSTs per client
 * address and path within {@code period} (a token bucket refilled evenly over the period), for every path starting
 * with one of {@code paths}. The counts live in the memory of each node: with N nodes behind a load balancer a client
 * may get up to N times the capacity; the limit is a brake on scripted guessing and flooding, not an exact quota.
 */
@ConfigurationProperties("fazhi.rate-limit")
public record RateLimitProperties(Boolean enabled, Integer capacity, Duration period, List<String> paths) {

    public RateLimitProperties {
        enabled = enabled == null || enabled;
        capacity = capacity == null ? 10 : capacity;
        period = period == null ? Duration.ofMinutes(1) : period;
        paths = paths == null ? List.of() : List.copyOf(paths);
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("fazhi.rate-limit needs a positive capacity and period");
        }
    }
}
