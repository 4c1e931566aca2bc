package cn.fazhi.legality.events;

/** The submitting unit (or the bureau) withdrew the request before it was concluded. */
public record ReviewWithdrawn(long reviewId, String caseNumber) {}
