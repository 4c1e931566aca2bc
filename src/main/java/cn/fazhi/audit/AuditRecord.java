package cn.fazhi.audit;

import java.time.OffsetDateTime;

/** One row of the trail as read back. */
public record AuditRecord(long seq, OffsetDateTime occurredAt, String actor, String action, String targetType,
        String targetId, String detail, String clientIp, String outcome, String prevHash, String hash) {}
