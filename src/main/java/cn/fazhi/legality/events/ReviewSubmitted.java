package cn.fazhi.legality.events;

import java.time.LocalDate;

/** A unit submitted an agreement, contract or plan for legality review; it is due on {@code dueOn}. */
public record ReviewSubmitted(long reviewId, String caseNumber, long unitId, LocalDate dueOn) {}
