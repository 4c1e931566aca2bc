package cn.fazhi.oneform;

import java.time.OffsetDateTime;

/** One event of a person's life in the register (registered, attribute set, moved, deceased …). */
public record HistoryEntry(OffsetDateTime at, String action, String detail, String by, Long changeId) {}
