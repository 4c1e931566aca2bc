package cn.fazhi.rectification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.assessment.AssessmentSource;

/**
 * The assessment's measure {@code rectification.on_time}: of a unit's problems whose deadline fell in the year, the
 * share closed (销号) on or before their deadline. A unit with no problem due in the year has no record.
 */
@Component
class RectificationAssessmentSource implements AssessmentSource {

    private final JdbcClient jdbc;

    RectificationAssessmentSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String code() {
        return "rectification.on_time";
    }

    @Override
    public Map<Long, BigDecimal> attainment(int year) {
        Map<Long, BigDecimal> out = new LinkedHashMap<>();
        jdbc.sql("SELECT unit_id, COUNT(*) AS due, SUM(CASE WHEN closed_on IS NOT NULL AND closed_on <= deadline "
                        + "THEN 1 ELSE 0 END) AS on_time FROM rectification_problem WHERE deadline BETWEEN :from AND :to "
                        + "GROUP BY unit_id")
                .param("from", java.time.LocalDate.of(year, 1, 1)).param("to", java.time.LocalDate.of(year, 12, 31))
                .query(rs -> {
                    out.put(rs.getLong("unit_id"), BigDecimal.valueOf(rs.getLong("on_time"))
                            .divide(BigDecimal.valueOf(rs.getLong("due")), 4, RoundingMode.HALF_UP));
                });
        return out;
    }
}
