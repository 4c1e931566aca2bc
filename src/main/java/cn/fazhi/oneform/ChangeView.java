package cn.fazhi.oneform;

import java.time.OffsetDateTime;
import java.util.Map;

/** A change request as lists and the review page show it; {@code payload} holds the requested fields. */
public record ChangeView(long id, ChangeKind kind, String villageCode, String villageName, Long personId,
        String summary, Map<String, String> payload, String reason, String evidence, ChangeStatus status,
        String requestedBy, OffsetDateTime requestedAt, String reviewedBy, OffsetDateTime reviewedAt,
        String reviewNote, int version) {}
