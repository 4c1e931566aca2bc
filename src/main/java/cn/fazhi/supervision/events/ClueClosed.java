package cn.fazhi.supervision.events;

import java.time.LocalDate;

/**
 * A clue was closed: {@code outcome} ACCEPTED (the reply accepted), RECTIFICATION (problems raised, {@code problems}
 * of them) or NO_FINDING.
 */
public record ClueClosed(long clueId, String caseNumber, long unitId, String outcome, int problems, LocalDate closedOn) {}
