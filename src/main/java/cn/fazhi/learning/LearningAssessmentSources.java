package cn.fazhi.learning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.assessment.AssessmentSource;
import cn.fazhi.duties.Roster;

/**
 * What learning contributes to the yearly assessment: a unit's participation in the year's district online test (took
 * / assigned) and the special law lectures of 督察规定 Arts. 7–9 (min(1, lectures / 2)) for every roster unit.
 */
@Configuration(proxyBeanMethods = false)
class LearningAssessmentSources {

    @Bean
    AssessmentSource learningTestParticipationSource(JdbcClient jdbc) {
        return new AssessmentSource() {
            @Override
            public String code() {
                return "learning.test_participation";
            }

            @Override
            public Map<Long, BigDecimal> attainment(int year) {
                Map<Long, BigDecimal> out = new LinkedHashMap<>();
                jdbc.sql("SELECT a.unit_id, COUNT(*), SUM(CASE WHEN at.status = 'SUBMITTED' THEN 1 ELSE 0 END) "
                                + "FROM learning_assignment a JOIN learning_test t ON t.id = a.test_id "
                                + "LEFT JOIN learning_attempt at ON at.assignment_id = a.id WHERE "
                                + LearningIndicators.DISTRICT_TEST + " AND t.opens_on BETWEEN :from AND :to GROUP BY a.unit_id "
                                + "ORDER BY a.unit_id")
                        .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                        .query(rs -> {
                            out.put(rs.getLong(1), BigDecimal.valueOf(rs.getLong(3))
                                    .divide(BigDecimal.valueOf(rs.getLong(2)), 4, RoundingMode.HALF_UP));
                        });
                return out;
            }
        };
    }

    @Bean
    AssessmentSource learningSpecialLecturesSource(Lectures lectures, Roster roster) {
        return new AssessmentSource() {
            @Override
            public String code() {
                return "learning.special_lectures";
            }

            @Override
            public Map<Long, BigDecimal> attainment(int year) {
                Map<Long, Long> counts = lectures.specialLecturesByUnit(year);
                Map<Long, BigDecimal> out = new LinkedHashMap<>();
                for (Long unit : roster.unitIds(year)) {
                    out.put(unit, SpecialLectureRule.attainment(counts.getOrDefault(unit, 0L)));
                }
                return out;
            }
        };
    }
}
