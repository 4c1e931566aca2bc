package cn.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;
import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The generated 2023 year reproduces the seed's 法治督察 figures through the indicator registry: 15 inspections, 45
 * problems found and rectified, 41 inspectors appointed, 9 of whom joined on-site inspections — each the total of its
 * records and of its months; and the demo user {@code duchayuan} is one of the pool.
 */
@IntegrationTest
class OversightDemoYear2023Test {

    static final Map<String, Long> SEED = Map.of("inspection.missions", 15L, "inspection.problems.found", 45L,
            "inspection.problems.rectified", 45L, "inspection.inspectors", 41L, "inspection.inspectors.participated", 9L);

    @Autowired Indicators indicators;
    @Autowired JdbcClient jdbc;

    final IndicatorQuery year = IndicatorQuery.year(2023, "421202", new DataScope(ScopeLevel.DISTRICT, 2, "421202"));

    @Test
    void the2023YearReproducesTheSeedsFigures() {
        SEED.forEach((id, expected) -> {
            Indicator indicator = indicators.find(id).orElseThrow(() -> new AssertionError("no indicator " + id));
            assertThat(indicator.value(year)).as(id).isEqualByComparingTo(BigDecimal.valueOf(expected));
            assertThat(indicator.records(year, 0, 10).total()).as(id + " records").isEqualTo(expected);
            assertThat(indicator.byMonth(year).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).as(id + " months")
                    .isEqualByComparingTo(BigDecimal.valueOf(expected));
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM oversight_inspector i JOIN app_user u ON u.id = i.user_id "
                + "WHERE u.username = 'duchayuan'").query(Long.class).single()).isEqualTo(1);
        // a township's figures hold only its own missions' problems, never the district pool
        IndicatorQuery wenquan = IndicatorQuery.year(2023, "421202001", year.scope());
        assertThat(indicators.find("inspection.inspectors").orElseThrow().value(wenquan)).isEqualByComparingTo("0");
        assertThat(indicators.find("inspection.problems.rectified").orElseThrow().value(wenquan))
                .isLessThan(BigDecimal.valueOf(45));
    }
}
