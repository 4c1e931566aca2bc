package cn.fazhi.legality.events;

/** The review was assigned to the justice bureau or to a legal adviser ({@code adviserId} then set). */
public record ReviewAssigned(long reviewId, String caseNumber, String reviewerKind, Long adviserId) {}
