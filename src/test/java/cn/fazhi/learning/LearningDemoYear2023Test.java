package cn.fazhi.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;
import cn.fazhi.assessment.AssessmentSource;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.IndicatorRecord;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The 2023 demo year of learning through the indicators registry (seed §1.1.一, §1.3.三): 3 study group law lectures;
 * 5 party-school classes, 20 hours, 181 cadres; 78 units and 2,135 cadres in the online test, participation and pass
 * rate 100 %; 224 in the district enforcement class; 306 ("300余") in unit enforcement trainings; the pre-appointment
 * exam; 2 roster units short of the special law lectures, by name; the assessment sources; ganbu is a cadre.
 */
@IntegrationTest
class LearningDemoYear2023Test {

    @Autowired Indicators indicators;
    @Autowired JdbcClient jdbc;
    @Autowired Map<String, AssessmentSource> sources;

    final IndicatorQuery year = IndicatorQuery.year(2023, "421202", new DataScope(ScopeLevel.DISTRICT, 2, "421202"));

    BigDecimal value(String id) {
        return indicators.find(id).orElseThrow().value(year);
    }

    @Test
    void theFiguresOf2023() {
        assertThat(value("learning.lectures")).isEqualByComparingTo("3");
        assertThat(value("learning.classes")).isEqualByComparingTo("5");
        assertThat(value("learning.class_hours")).isEqualByComparingTo("20");
        assertThat(value("learning.trainees")).isEqualByComparingTo("181");
        assertThat(value("learning.test.units")).isEqualByComparingTo("78");
        assertThat(value("learning.test.assigned")).isEqualByComparingTo("2135");
        assertThat(value("learning.test.cadres")).isEqualByComparingTo("2135");
        assertThat(value("learning.test.passed")).isEqualByComparingTo("2135");
        assertThat(value("learning.test.participation_rate")).isEqualByComparingTo("100");
        assertThat(value("learning.test.pass_rate")).isEqualByComparingTo("100");
        assertThat(value("learning.enforcement_class.trainees")).isEqualByComparingTo("224");
        assertThat(value("learning.unit_training.trainees")).isEqualByComparingTo("306");
        assertThat(value("learning.pre_appointment.candidates")).isEqualByComparingTo("12");
        assertThat(value("learning.pre_appointment.passed")).isEqualByComparingTo("11");
        assertThat(value("learning.special_lectures.units_short")).isEqualByComparingTo("2");
    }

    @Test
    void theRecordsAddUpAndTheUnitsShortAreNamed() {
        assertThat(indicators.find("learning.lectures").orElseThrow().records(year, 0, 50).total()).isEqualTo(3);
        assertThat(indicators.find("learning.test.units").orElseThrow().records(year, 0, 100).total()).isEqualTo(78);
        BigDecimal trainees = indicators.find("learning.trainees").orElseThrow().records(year, 0, 500).items().stream()
                .map(IndicatorRecord::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(trainees).isEqualByComparingTo("181");
        assertThat(indicators.find("learning.special_lectures.units_short").orElseThrow().records(year, 0, 10).items())
                .extracting(IndicatorRecord::reference).containsExactly("区档案馆", "区红十字会");
    }

    @Test
    void theAssessmentSourcesScoreEveryRosterUnit() {
        AssessmentSource participation = sources.values().stream()
                .filter(s -> s.code().equals("learning.test_participation")).findFirst().orElseThrow();
        AssessmentSource lectures = sources.values().stream()
                .filter(s -> s.code().equals("learning.special_lectures")).findFirst().orElseThrow();
        Map<Long, BigDecimal> p = participation.attainment(2023);
        assertThat(p).hasSize(78);
        assertThat(p.values()).allSatisfy(v -> assertThat(v).isEqualByComparingTo("1"));
        Map<Long, BigDecimal> l = lectures.attainment(2023);
        assertThat(l).hasSize(78).containsEntry(LearningDemoYear2023.ARCHIVES, new BigDecimal("0.50"))
                .containsEntry(LearningDemoYear2023.RED_CROSS, new BigDecimal("0.00"))
                .containsEntry(LearningDemoYear2023.MARKET, new BigDecimal("1.00"));
        assertThat(participation.labelKey()).isEqualTo("assessment.source.learning.test_participation");
    }

    @Test
    void ganbuIsACadreOfTheMarketBureauWithATestOpenThisYear() {
        assertThat(jdbc.sql("SELECT c.unit_id FROM learning_cadre c JOIN app_user u ON u.id = c.user_id "
                + "WHERE u.username = 'ganbu'").query(Long.class).single()).isEqualTo(5L);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM learning_assignment a JOIN learning_cadre c ON c.id = a.cadre_id "
                + "JOIN app_user u ON u.id = c.user_id JOIN learning_test t ON t.id = a.test_id "
                + "WHERE u.username = 'ganbu' AND t.opens_on > DATE '2024-01-01'").query(Long.class).single()).isEqualTo(1L);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM learning_cadre WHERE demo").query(Long.class).single()).isEqualTo(2135L);
    }
}
