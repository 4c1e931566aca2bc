package cn.fazhi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The 2023 assessment of the demo year through the indicators registry (seed §三): 78 units scored and published; 53
 * cadres recognised, 40 promoted, 13 advanced in rank; the weights sum to 100, a MANUAL criterion carries evaluators'
 * entries each with an evidence file, and no entry exists where a source holds a record of the unit.
 */
@IntegrationTest
class AssessmentDemoYear2023Test {

    @Autowired Indicators indicators;
    @Autowired JdbcClient jdbc;
    @Autowired java.util.List<AssessmentSource> sources;

    final IndicatorQuery year = IndicatorQuery.year(2023, "421202", new DataScope(ScopeLevel.DISTRICT, 2, "421202"));

    BigDecimal value(String id) {
        return indicators.find(id).orElseThrow().value(year);
    }

    @Test
    void theFiguresOf2023() {
        assertThat(value("assessment.units.scored")).isEqualByComparingTo("78");
        assertThat(value("assessment.cadres.recognised")).isEqualByComparingTo("53");
        assertThat(value("assessment.cadres.promoted")).isEqualByComparingTo("40");
        assertThat(value("assessment.cadres.advanced")).isEqualByComparingTo("13");
    }

    @Test
    void theSchemeIsWeightedFromTheSourcesWithEvidencedEntriesOnlyWhereNoRecordExists() {
        long scheme = jdbc.sql("SELECT id FROM assess_scheme WHERE scheme_year = 2023").query(Long.class).single();
        assertThat(jdbc.sql("SELECT SUM(weight) FROM assess_criterion WHERE scheme_id = :s").param("s", scheme)
                .query(BigDecimal.class).single()).isEqualByComparingTo("100");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assess_criterion WHERE scheme_id = :s AND source_code = 'MANUAL'")
                .param("s", scheme).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assess_entry e JOIN assess_criterion c ON c.id = e.criterion_id "
                + "WHERE c.scheme_id = :s AND c.source_code = 'MANUAL'").param("s", scheme).query(Long.class).single())
                .isEqualTo(78);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assess_entry e LEFT JOIN case_attachment a ON a.id = e.attachment_id "
                + "WHERE a.id IS NULL").query(Long.class).single()).isZero();
        for (AssessmentSource source : sources) {
            var records = source.attainment(2023);
            for (Long unit : jdbc.sql("SELECT e.unit_id FROM assess_entry e JOIN assess_criterion c ON c.id = e.criterion_id "
                    + "WHERE c.scheme_id = :s AND c.source_code = :code").param("s", scheme).param("code", source.code())
                    .query(Long.class).list()) {
                assertThat(records).doesNotContainKey(unit);
            }
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assess_score_item i JOIN assess_score s ON s.id = i.score_id "
                + "WHERE s.scheme_id = :s AND i.origin = 'NONE'").param("s", scheme).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assess_score WHERE scheme_id = :s AND rank_no = 1").param("s", scheme)
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }
}
