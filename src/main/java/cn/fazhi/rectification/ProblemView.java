package cn.fazhi.rectification;

import java.time.LocalDate;

/** A problem as pages, the API and other modules read it. {@code overdue}: open and past its deadline today. */
public record ProblemView(long id, String caseNumber, ProblemStatus status, String sourceType, long sourceId,
        String sourceLabel, String sourcePath, String finding, String ruleBreached, long unitId, String unitName,
        String regionCode, long issuerUnitId, LocalDate foundOn, LocalDate deadline, String plan, LocalDate plannedOn,
        LocalDate submittedOn, LocalDate closedOn, int reopenedCount, int version, boolean overdue) {

    /** Closed on or before the deadline. */
    public boolean closedOnTime() {
        return closedOn != null && !closedOn.isAfter(deadline);
    }
}
