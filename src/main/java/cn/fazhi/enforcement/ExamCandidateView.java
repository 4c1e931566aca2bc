package cn.fazhi.enforcement;

import java.math.BigDecimal;

/** One candidate of a session: the officer, their unit, whether they sat, the score and whether they passed. */
public record ExamCandidateView(long id, long examId, long officerId, String officerName, String unitName, boolean sat,
        BigDecimal score, boolean passed) {}
