package cn.fazhi.supervision.events;

import java.time.LocalDate;

/** A supervision clue was opened ({@code source}: a {@code ClueSource} name) concerning unit {@code unitId}. */
public record ClueOpened(long clueId, String caseNumber, String source, long unitId, LocalDate receivedOn) {}
