package cn.fazhi.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;
import cn.fazhi.assessment.AssessmentSource;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The 2023 demo year of 普法 through the indicators registry (seed §1.4.二): 53 units reported, 19 experts, 9 heads,
 * 142 法治副校长 for 87 schools (none without), 183 visits (180余) reaching 8万余, 10万余 materials and participants, 3
 * national model villages; and the seed's weakness (§二): the units doing too little named, the justice bureau first.
 */
@IntegrationTest
class PublicityDemoYear2023Test {

    @Autowired Indicators indicators;
    @Autowired JdbcClient jdbc;
    @Autowired DutyFulfilments fulfilments;
    @Autowired List<AssessmentSource> sources;

    final IndicatorQuery year = IndicatorQuery.year(2023, "421202", new DataScope(ScopeLevel.DISTRICT, 2, "421202"));

    BigDecimal value(String id) {
        return indicators.find(id).orElseThrow().value(year);
    }

    @Test
    void theFiguresOf2023() {
        assertThat(value("publicity.duty_reports")).isEqualByComparingTo("53");
        assertThat(value("publicity.experts")).isEqualByComparingTo("19");
        assertThat(value("publicity.head_talks")).isEqualByComparingTo("9");
        assertThat(value("publicity.vice_principals")).isEqualByComparingTo("142");
        assertThat(value("publicity.schools")).isEqualByComparingTo("87");
        assertThat(value("publicity.schools_without_vp")).isEqualByComparingTo("0");
        assertThat(value("publicity.school_visits")).isEqualByComparingTo("183");
        assertThat(value("publicity.school_reach")).isBetween(new BigDecimal(80_001), new BigDecimal(89_999));
        assertThat(value("publicity.materials")).isBetween(new BigDecimal(100_001), new BigDecimal(109_999));
        assertThat(value("publicity.activity_participants")).isBetween(new BigDecimal(100_001), new BigDecimal(109_999));
        assertThat(value("publicity.model_villages")).isEqualByComparingTo("3");
        assertThat(indicators.find("publicity.model_villages").orElseThrow().records(year, 0, 10).items())
                .extracting(r -> r.reference()).containsExactlyInAnyOrder("银泉社区", "双泉社区", "肖桥村");
        assertThat(value("publicity.vp_lessons_short")).isEqualByComparingTo("5");
        assertThat(value("publicity.units_short")).isEqualByComparingTo("7");
    }

    @Test
    void theRecordsBehindEachCountAddUp() {
        for (String id : List.of("publicity.duty_reports", "publicity.experts", "publicity.head_talks",
                "publicity.vice_principals", "publicity.schools", "publicity.school_visits", "publicity.model_villages",
                "publicity.units_short", "publicity.vp_lessons_short")) {
            var indicator = indicators.find(id).orElseThrow();
            assertThat(indicator.records(year, 0, 1000).total()).as(id).isEqualTo(indicator.value(year).longValue());
        }
    }

    @Test
    void theUnitsDoingTooLittleAreNamedAndTheJusticeBureauLeads() {
        var rows = fulfilments.of(2023, null);
        assertThat(rows).hasSize(78);
        assertThat(rows.stream().filter(DutyFulfilments.UnitFulfilment::shortfall).count()).isEqualTo(7);
        assertThat(rows.stream().filter(r -> r.unitId() == 4).findFirst().orElseThrow().done())
                .isGreaterThan(rows.stream().mapToInt(DutyFulfilments.UnitFulfilment::done).filter(d -> d > 0).min()
                        .orElseThrow() * 3);
        assertThat(rows.get(rows.size() - 1).shortfall()).isTrue();
        Map<Long, BigDecimal> attainment = sources.stream().filter(s -> s.code().equals("publicity.duty_fulfilment"))
                .findFirst().orElseThrow().attainment(2023);
        assertThat(attainment).hasSize(78);
        assertThat(attainment.values()).allSatisfy(v -> assertThat(v).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
    }

    @Test
    void activitiesFallOnTheSeedsDatesWithTheConstitutionDayLaunch() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pub_activity WHERE demo AND launch AND held_on = DATE '2023-12-04'")
                .query(Long.class).single()).isEqualTo(1);
        for (String day : List.of("2023-03-15", "2023-04-15", "2023-04-26", "2023-06-26")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM pub_activity WHERE demo AND held_on = CAST(:d AS DATE)").param("d", day)
                    .query(Long.class).single()).as(day).isPositive();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pub_activity WHERE demo AND (held_on < DATE '2023-01-01' "
                + "OR held_on > DATE '2023-12-31')").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT MAX(c) FROM (SELECT COUNT(*) AS c FROM pub_vp_school GROUP BY vice_principal_id) t")
                .query(Long.class).single()).isLessThanOrEqualTo(2);
    }
}
