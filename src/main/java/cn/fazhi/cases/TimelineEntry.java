package cn.fazhi.cases;

import java.time.OffsetDateTime;

/** One step in a case's history. {@code action} is a message-key suffix the case type's bundle names. */
public record TimelineEntry(long id, OffsetDateTime occurredAt, String actor, String action, String detail) {}
