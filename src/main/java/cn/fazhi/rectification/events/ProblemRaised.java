package cn.fazhi.rectification.events;

import java.time.LocalDate;

/** A problem was raised for a unit to rectify by {@code deadline}; {@code sourceType}/{@code sourceId}: what found it. */
public record ProblemRaised(long problemId, String caseNumber, String sourceType, long sourceId, long unitId,
        LocalDate foundOn, LocalDate deadline) {}
