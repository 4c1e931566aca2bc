package cn.fazhi.supervision;

import java.time.LocalDate;

/** A clue as other modules read it (the supervision pages have their own, fuller view). */
public record ClueView(long id, String caseNumber, ClueStatus status, ClueSource source, String sourceType, Long sourceId,
        long unitId, String regionCode, String summary, LocalDate receivedOn) {}
