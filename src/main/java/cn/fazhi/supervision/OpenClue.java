package cn.fazhi.supervision;

import java.time.LocalDate;

/**
 * A clue to open. {@code sourceType}/{@code sourceId}/{@code sourceLabel}/{@code sourcePath}: the record here that
 * raised it (a kernel case type code and id, its label and page), all null for a complaint received from outside;
 * {@code unitId}: the unit whose enforcement it concerns; {@code receivedOn}: the business date.
 */
public record OpenClue(ClueSource source, String sourceType, Long sourceId, String sourceLabel, String sourcePath,
        long unitId, String summary, LocalDate receivedOn) {}
