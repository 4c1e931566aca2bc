package cn.fazhi.rectification;

import java.time.LocalDate;

/**
 * One entry of a problem's history: {@code kind} PLAN, PROGRESS, SUBMIT, ACCEPT, RETURN, REOPEN or EXTEND, the
 * business date, the text and who wrote it.
 */
public record ProblemReport(long id, String kind, LocalDate reportedOn, String body, String reportedBy) {}
