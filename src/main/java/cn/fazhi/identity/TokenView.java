package cn.fazhi.identity;

import java.time.OffsetDateTime;

/** An API token as listed (never its secret). */
public record TokenView(long id, long userId, String username, String label, OffsetDateTime createdAt,
        OffsetDateTime expiresAt, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt, String clientIp) {

    public boolean active(OffsetDateTime now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
