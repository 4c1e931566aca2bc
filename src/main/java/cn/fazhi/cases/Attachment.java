package cn.fazhi.cases;

import java.time.OffsetDateTime;

/** A file attached to a case; {@code sm3} is the digest recorded when it was stored. */
public record Attachment(long id, CaseRef ref, String fileName, String contentType, long sizeBytes, String sm3,
        String kind, OffsetDateTime uploadedAt, String uploadedBy) {}
