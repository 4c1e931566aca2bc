package cn.fazhi.duties;

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
 * The 2023 demo year of 述法 and the duty lists through the indicators registry (seed §1.1.三, §三): 78 units reported
 * in writing on 2022's work (three of them late), 3 spoke, 53 reported at the government's first plenary; 80 heads
 * (区委书记, 区长, 78 unit heads) with a duty list, 551 of 560 items evidenced (98.4 %).
 */
@IntegrationTest
class DutiesDemoYear2023Test {

    @Autowired Indicators indicators;
    @Autowired JdbcClient jdbc;

    final IndicatorQuery year = IndicatorQuery.year(2023, "421202", new DataScope(ScopeLevel.DISTRICT, 2, "421202"));

    BigDecimal value(String id) {
        return indicators.find(id).orElseThrow().value(year);
    }

    @Test
    void theFiguresOf2023() {
        assertThat(value("shufa.units")).isEqualByComparingTo("78");
        assertThat(value("shufa.speakers")).isEqualByComparingTo("3");
        assertThat(value("shufa.plenary_reports")).isEqualByComparingTo("53");
        assertThat(value("duties.lists")).isEqualByComparingTo("80");
        assertThat(value("duties.items")).isEqualByComparingTo("560");
        assertThat(value("duties.items.evidenced")).isEqualByComparingTo("551");
        assertThat(value("duties.items.evidenced_rate")).isEqualByComparingTo("98.4");
        assertThat(indicators.find("shufa.units").orElseThrow().records(year, 0, 100).total()).isEqualTo(78);
    }

    @Test
    void threeWrittenReportsWereLateAndEveryOneWasEvaluated() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shufa_report r JOIN shufa_plan p ON p.id = r.plan_id WHERE r.demo "
                + "AND p.kind = 'WRITTEN' AND r.submitted_on > p.deadline").query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shufa_report r JOIN shufa_plan p ON p.id = r.plan_id WHERE r.demo "
                + "AND p.kind = 'WRITTEN' AND r.grade IS NULL").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shufa_report WHERE demo AND (submitted_on < DATE '2023-01-01' "
                + "OR submitted_on > DATE '2023-12-31')").query(Long.class).single()).isZero();
    }
}
