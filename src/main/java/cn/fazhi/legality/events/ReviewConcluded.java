package cn.fazhi.legality.events;

import java.time.LocalDate;

/** The written opinion was issued with its outcome (PASS, PASS_WITH_AMENDMENTS, FAIL). */
public record ReviewConcluded(long reviewId, String caseNumber, String outcome, LocalDate on) {}
