package cn.fazhi.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;
import cn.fazhi.responsibilities.ClaimedMatter;

/**
 * The 2023 demo year of the 12345 hotline through the indicators registry: 6,000 tickets, the six figures of
 * LEGAL-RULES-2 (b) exactly as the generator builds them, every demo date in 2023, no supervision clue opened, and the
 * two categories no unit is responsible for listed as gaps.
 */
@IntegrationTest
class HotlineDemoYear2023Test {

    @Autowired Indicators indicators;
    @Autowired JdbcClient jdbc;
    @Autowired HotlineClaimedMatters claimed;

    final IndicatorQuery year = IndicatorQuery.year(2023, "421202", new DataScope(ScopeLevel.DISTRICT, 2, "421202"));

    BigDecimal value(String id) {
        return indicators.find(id).orElseThrow().value(year);
    }

    @Test
    void theFiguresOf2023() {
        assertThat(value("hotline.tickets")).isEqualByComparingTo("6000");
        assertThat(value("hotline.dispatches")).isEqualByComparingTo("4950");
        assertThat(value("hotline.returns")).isEqualByComparingTo("150");
        assertThat(value("hotline.return_rate")).isEqualByComparingTo("3.0");
        assertThat(value("hotline.signed")).isEqualByComparingTo("4800");
        assertThat(value("hotline.sign_on_time_rate")).isEqualByComparingTo("97.5");
        assertThat(value("hotline.done")).isEqualByComparingTo("6000");
        assertThat(value("hotline.done_on_time_rate")).isEqualByComparingTo("95.0");
        assertThat(value("hotline.closed")).isEqualByComparingTo("6000");
        assertThat(value("hotline.visit_rate")).isEqualByComparingTo("90.0");
        assertThat(value("hotline.visited")).isEqualByComparingTo("5400");
        assertThat(value("hotline.satisfaction_rate")).isEqualByComparingTo("97.8");
    }

    @Test
    void everyDemoDateIsIn2023AndNoClueWasOpened() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hotline_ticket WHERE demo AND (received_on < DATE '2023-01-01' "
                + "OR closed_on > DATE '2023-12-31' OR closed_on IS NULL)").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hotline_ticket WHERE demo AND clue_id IS NOT NULL").query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hotline_ticket t JOIN hotline_category c ON c.id = t.category_id "
                + "WHERE t.demo AND c.enforcement_complaint").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hotline_category WHERE created_by = 'demo'").query(Long.class).single())
                .isEqualTo(HotlineDemoYear2023.TREE_SIZE);
    }

    @Test
    void categoriesWithNoUnitAndNoPowerAreGapsOfTheList() {
        List<String> gaps = claimed.matters().stream()
                .filter(m -> m.unitId() == null && m.powerCodes().isEmpty()).map(ClaimedMatter::code).toList();
        assertThat(gaps).contains("JT01", "SQ01");
        assertThat(claimed.matters()).extracting(ClaimedMatter::kind).containsOnly("hotline_category");
        assertThat(claimed.matters()).extracting(ClaimedMatter::code).doesNotContain("CJ", "SJ");
    }
}
