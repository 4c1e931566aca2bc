package cn.fazhi.identity.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import cn.fazhi.platform.web.RateLimiter;

/**
 * Throttles failed logins by client address (等保 2.0 level 3, 身份鉴别: 登录失败处理; against guessing many accounts
 * from one address and against locking accounts at will): each address may fail {@code capacity} (10) times, then
 * one more attempt per {@code period / capacity} (1 minute) — until then its attempts are refused before the password
 * is even checked, so they count against no account. The per-account lockout ({@link LoginAttempts}) stays. In memory,
 * per node, like the public forms' limit.
 */
@Component
public class LoginThrottle {

    /** {@code fazhi.security.login-throttle.*}. */
    @ConfigurationProperties("fazhi.security.login-throttle")
    public record Settings(Boolean enabled, Integer capacity, Duration period) {
        public Settings {
            enabled = enabled == null || enabled;
            capacity = capacity == null ? 10 : capacity;
            period = period == null ? Duration.ofMinutes(10) : period;
        }
    }

    private final Settings settings;
    private final RateLimiter failures;
    private final Clock clock;

    public LoginThrottle(Settings settings, Clock clock) {
        this.settings = settings;
        this.failures = new RateLimiter(settings.capacity(), settings.period());
        this.clock = clock;
    }

    /** 0 when {@code address} may try to log in now, else the seconds it must wait. */
    public long waitSeconds(String address) {
        return settings.enabled() ? failures.waitSeconds(address, now()) : 0;
    }

    public void failed(String address) {
        if (settings.enabled()) {
            failures.tryAcquire(address, now());
        }
    }

    private long now() {
        Instant at = clock.instant();
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }
}
