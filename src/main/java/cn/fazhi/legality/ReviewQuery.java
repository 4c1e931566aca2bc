package cn.fazhi.legality;

/** Filters for the review list; null means any. */
public record ReviewQuery(ReviewStatus status, ReviewType type, ReviewOutcome outcome, Integer year) {}
