package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A file drawn into a campaign: its case, unit, score (mean of the reviewers, null until enough have scored), grade. */
public record EvaluationFileView(long id, long campaignId, String caseType, long caseId, String caseNumber, long unitId,
        String unitName, String regionCode, LocalDate closedOn, BigDecimal score, EvaluationGrade grade,
        LocalDate evaluatedOn, int reviewers) {}
