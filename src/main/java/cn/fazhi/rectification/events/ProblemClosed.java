package cn.fazhi.rectification.events;

import java.time.LocalDate;

/** A problem was accepted as rectified and closed (销号); {@code onTime}: closed on or before its deadline. */
public record ProblemClosed(long problemId, String sourceType, long sourceId, long unitId, LocalDate closedOn,
        boolean onTime) {}
