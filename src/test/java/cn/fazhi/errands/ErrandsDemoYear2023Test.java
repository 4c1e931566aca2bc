package cn.fazhi.errands;

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
 * The 2023 demo year of 香城代办 through the indicators registry: 1,026 agents active at the end of 2023 (over 1,000,
 * seed §1.2.二) across all 13 townships, 2,600 beneficiaries, 5,200 errands of every kind, 95.0 % confirmed; the demo
 * account daiban is an agent of 温泉街道 with beneficiaries; every demo date in 2023 or before.
 */
@IntegrationTest
class ErrandsDemoYear2023Test {

    @Autowired Indicators indicators;
    @Autowired JdbcClient jdbc;

    final IndicatorQuery year = IndicatorQuery.year(2023, "421202", new DataScope(ScopeLevel.DISTRICT, 2, "421202"));

    BigDecimal value(String id) {
        return indicators.find(id).orElseThrow().value(year);
    }

    @Test
    void theFiguresOf2023() {
        assertThat(value("errands.agents")).isEqualByComparingTo("1026").isGreaterThanOrEqualTo(new BigDecimal(1000));
        assertThat(indicators.find("errands.agents").orElseThrow().byRegion(year, 9)).hasSize(13);
        assertThat(value("errands.beneficiaries")).isEqualByComparingTo("2600");
        assertThat(value("errands.errands")).isEqualByComparingTo("5200");
        assertThat(indicators.find("errands.errands").orElseThrow().byCategory(year))
                .containsEntry("PURCHASE", new BigDecimal(2080)).containsEntry("PAYMENT", new BigDecimal(2080))
                .containsEntry("SERVICE", new BigDecimal(1040));
        assertThat(value("errands.done")).isEqualByComparingTo("5200");
        assertThat(value("errands.confirmed")).isEqualByComparingTo("4940");
        assertThat(value("errands.confirmation_rate")).isEqualByComparingTo("95.0");
        IndicatorQuery mid = new IndicatorQuery(java.time.LocalDate.of(2023, 1, 1), java.time.LocalDate.of(2023, 6, 29),
                "421202", year.scope());
        assertThat(indicators.find("errands.agents").orElseThrow().value(mid)).isEqualByComparingTo("1040");
    }

    @Test
    void daibanIsAnAgentOfWenquanAndEveryDemoDateIsIn2023() {
        assertThat(jdbc.sql("SELECT a.region_code FROM errand_agent a JOIN app_user u ON u.id = a.user_id "
                + "WHERE u.username = 'daiban'").query(String.class).single()).isEqualTo("421202001");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM errand_authorisation z JOIN errand_agent a ON a.id = z.agent_id "
                + "JOIN app_user u ON u.id = a.user_id WHERE u.username = 'daiban'").query(Long.class).single())
                .isGreaterThan(0);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM errand WHERE demo AND (requested_on < DATE '2023-01-01' "
                + "OR COALESCE(resolved_on, confirmed_on) > DATE '2023-12-31' OR done_on IS NULL)").query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM errand e JOIN errand_authorisation z ON z.beneficiary_id = e.beneficiary_id "
                + "AND z.agent_id = e.agent_id WHERE e.demo AND e.requested_on >= z.valid_from").query(Long.class).single())
                .isEqualTo(5200);
    }
}
