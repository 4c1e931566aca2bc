package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One reviewer's score sheet for one file: points and finding per rubric item, the veto ground if any, the total. */
public record EvaluationSheet(String reviewer, List<Line> lines, EvaluationVeto veto, BigDecimal total, LocalDate scoredOn) {

    public record Line(long itemId, String title, int maxPoints, BigDecimal points, String finding) {}
}
