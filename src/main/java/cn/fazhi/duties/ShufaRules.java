package cn.fazhi.duties;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.fazhi.platform.web.UserFacingException;

/**
 * The rules of 述法 (LEGAL-RULES-2 §11.2; 党政主要负责人履行推进法治建设第一责任人职责规定 Art. 6 and its 述法 practice):
 * a report is on time when submitted on or before the plan's deadline, late after it (still counted, listed as late),
 * missing while not submitted; a plan's deadline is not before the start of its year, its meeting not before the
 * deadline; a report needs its text or a file; a grade is one of 好/较好/一般/差, and its attainment for the assessment is
 * 1, 0.85, 0.7, 0.5 (a submitted report not yet evaluated 0.6, a missing one 0).
 */
public final class ShufaRules {

    /** The evaluation grades. */
    public enum Grade { GOOD, FAIRLY_GOOD, FAIR, POOR }

    /** The state of one unit's report against its deadline. */
    public enum Timeliness { ON_TIME, LATE, MISSING, OVERDUE }

    private ShufaRules() {}

    /** On time, late, missing (deadline not yet passed) or overdue (deadline passed, nothing submitted) as of today. */
    public static Timeliness timeliness(LocalDate submittedOn, LocalDate deadline, LocalDate today) {
        if (submittedOn == null) {
            return today.isAfter(deadline) ? Timeliness.OVERDUE : Timeliness.MISSING;
        }
        return submittedOn.isAfter(deadline) ? Timeliness.LATE : Timeliness.ON_TIME;
    }

    /** Refuses a plan whose year, deadline or meeting date do not fit. */
    public static void checkPlan(int planYear, int reportedYear, LocalDate deadline, LocalDate meetingOn) {
        if (planYear < 2000 || planYear > 2100 || reportedYear < planYear - 1 || reportedYear > planYear) {
            throw UserFacingException.badRequest("duties.error.year");
        }
        if (deadline == null) {
            throw UserFacingException.badRequest("duties.error.deadlineRequired");
        }
        if (deadline.getYear() != planYear) {
            throw UserFacingException.badRequest("duties.error.deadlineYear", planYear);
        }
        if (meetingOn != null && meetingOn.isBefore(deadline)) {
            throw UserFacingException.badRequest("duties.error.meetingBeforeDeadline");
        }
    }

    /** Refuses a report without text and without file, or dated in the future. */
    public static void checkReport(String body, boolean hasFile, LocalDate submittedOn, LocalDate today) {
        if ((body == null || body.isBlank()) && !hasFile) {
            throw UserFacingException.badRequest("duties.error.reportEmpty");
        }
        if (body != null && body.length() > 8000) {
            throw UserFacingException.badRequest("duties.error.tooLong", 8000);
        }
        if (submittedOn == null || submittedOn.isAfter(today)) {
            throw UserFacingException.badRequest("duties.error.submittedOn");
        }
    }

    /** The grade named by {@code code}, refused when unknown. */
    public static Grade grade(String code) {
        if (code == null) {
            throw UserFacingException.badRequest("duties.error.grade");
        }
        try {
            return Grade.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw UserFacingException.badRequest("duties.error.grade");
        }
    }

    /** The attainment of a report for the assessment. */
    public static BigDecimal attainment(LocalDate submittedOn, Grade grade) {
        if (submittedOn == null) {
            return BigDecimal.ZERO;
        }
        if (grade == null) {
            return new BigDecimal("0.6");
        }
        return switch (grade) {
            case GOOD -> BigDecimal.ONE;
            case FAIRLY_GOOD -> new BigDecimal("0.85");
            case FAIR -> new BigDecimal("0.7");
            case POOR -> new BigDecimal("0.5");
        };
    }
}
