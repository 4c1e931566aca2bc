package cn.fazhi.platform.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a POST to a rate-limited public path once its client address ({@link ClientAddress}) has used up its
 * tokens: 429 with a {@code Retry-After} header, and the Chinese message {@code error.rateLimited} on the error page
 * or in the problem body (the same exception handlers as any other refusal).
 */
public class PublicFormRateLimit implements HandlerInterceptor {

    private final RateLimitProperties properties;
    private final RateLimiter limiter;

    public PublicFormRateLimit(RateLimitProperties properties) {
        this.properties = properties;
        this.limiter = new RateLimiter(properties.capacity(), properties.period());
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!properties.enabled() || !"POST".equals(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String limited = properties.paths().stream().filter(path::startsWith).findFirst().orElse(null);
        if (limited == null) {
            return true;
        }
        long wait = limiter.tryAcquire(ClientAddress.current() + " " + limited, System.nanoTime());
        if (wait == 0) {
            return true;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
        throw new UserFacingException(HttpStatus.TOO_MANY_REQUESTS, "error.rateLimited", wait);
    }
}
