package cn.fazhi.enforcement;

import java.time.LocalDate;

/** An evaluation campaign (评查活动) with its counts of drawn and scored files. */
public record EvaluationCampaignView(long id, int year, String name, long rubricId, String rubricName, LocalDate from,
        LocalDate to, int perUnit, long seed, EvaluationStatus status, LocalDate drawnOn, LocalDate closedOn,
        String regionCode, long files, long scored, int version) {}
