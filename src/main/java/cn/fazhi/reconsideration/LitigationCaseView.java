package cn.fazhi.reconsideration;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A suit as staff see it: the plaintiff's identifier masked, the filing date (立案日期) it counts by, every hearing with
 * who appeared, the performance clock; {@code version} goes back with every step.
 */
public record LitigationCaseView(long id, String internalNumber, String status, String court, String instance,
        String courtCaseNumber, String plaintiffName, String plaintiffIdMasked, long defendantUnitId,
        String defendantUnitName, String regionCode, String subject, LocalDate filedOn, String outcome, LocalDate outcomeOn,
        String outcomeSummary, LocalDate performanceFrom, LocalDate performanceDeadline, boolean performanceOverdue,
        LocalDate performanceCompletedOn, List<Hearing> hearings, Set<String> allowedActions, int version,
        Long handlerId, String handlerName) {

    public record Hearing(LocalDate hearingOn, String appearance, boolean headPresent, String headName,
            String absenceReason, String absenceDetail, String staffSent) {}
}
