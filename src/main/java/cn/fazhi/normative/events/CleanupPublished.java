package cn.fazhi.normative.events;

import java.time.LocalDate;

/** A cleanup campaign was published and its outcomes applied to the documents. */
public record CleanupPublished(long cleanupId, LocalDate publishedOn, int documents) {}
