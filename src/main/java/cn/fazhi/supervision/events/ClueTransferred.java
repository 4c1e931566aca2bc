package cn.fazhi.supervision.events;

import java.time.LocalDate;

/** A problem clue was transferred to the discipline organs (纪检监察机关) on {@code transferredOn}. */
public record ClueTransferred(long clueId, String caseNumber, long unitId, String organ, LocalDate transferredOn) {}
