package cn.fazhi.petitions;

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

/** The backlog of the 2023 demo year through the indicators registry: the seed's 96 = 61 + 19 + 16. */
@IntegrationTest
class PetitionDemoYear2023Test {

    @Autowired Indicators indicators;
    @Autowired JdbcClient jdbc;

    final IndicatorQuery year = IndicatorQuery.year(2023, "421202", new DataScope(ScopeLevel.DISTRICT, 16, "421202"));

    BigDecimal value(String id) {
        return indicators.find(id).orElseThrow().value(year);
    }

    @Test
    void theSeedsBacklogFigures() {
        assertThat(value("petitions.backlog.resolved")).isEqualByComparingTo("96");
        assertThat(value("petitions.backlog.resolved.over3")).isEqualByComparingTo("61");
        assertThat(value("petitions.backlog.resolved.over5")).isEqualByComparingTo("19");
        assertThat(value("petitions.backlog.resolved.over10")).isEqualByComparingTo("16");
        assertThat(value("petitions.backlog.open")).isEqualByComparingTo("4");
        assertThat(value("petitions.backlog.relapsed")).isEqualByComparingTo("2");
        assertThat(indicators.find("petitions.backlog.resolved").orElseThrow().byCategory(year))
                .containsEntry("BONE", new BigDecimal("61")).containsEntry("NAIL", new BigDecimal("19"))
                .containsEntry("UNSOLVABLE", new BigDecimal("16"));
        // every demo resolution has its leader, a meeting, evidence and the petitioner's agreement; numbers are sealed
        assertThat(jdbc.sql("SELECT COUNT(*) FROM petition_backlog_resolution s JOIN petition_backlog b "
                + "ON b.id = s.backlog_id WHERE s.demo AND s.resolved_on BETWEEN DATE '2023-01-01' AND DATE '2023-12-31' "
                + "AND s.evidence_id IS NOT NULL AND s.petitioner_agreed AND b.leader_name IS NOT NULL AND EXISTS "
                + "(SELECT 1 FROM petition_backlog_meeting m WHERE m.backlog_id = b.id)").query(Long.class).single())
                .isEqualTo(96);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM petition_backlog WHERE demo AND (petitioner_id_enc IS NULL OR "
                + "petitioner_id_masked NOT LIKE '%*%' OR petitioner_phone_masked NOT LIKE '%*%')").query(Long.class)
                .single()).isZero();
    }
}
