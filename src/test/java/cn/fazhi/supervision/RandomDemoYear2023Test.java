package cn.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.identifiers.Uscc;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The 2023 demo year of random inspections: 102 tasks completed and published in 2023, all on time, through the
 * indicators registry; every demo draw verifies from its published data; joint tasks are a share of them; the
 * register's USCCs are valid.
 */
@IntegrationTest
class RandomDemoYear2023Test {

    @Autowired Indicators indicators;
    @Autowired Draws draws;
    @Autowired JdbcClient jdbc;

    final IndicatorQuery year = IndicatorQuery.year(2023, "421202", new DataScope(ScopeLevel.DISTRICT, 2, "421202"));

    BigDecimal value(String id) {
        return indicators.find(id).orElseThrow().value(year);
    }

    @Test
    void oneHundredAndTwoTasksWereCompletedAndPublishedOnTimeIn2023() {
        assertThat(value("random_inspection.tasks.drawn")).isEqualByComparingTo("102");
        assertThat(value("random_inspection.tasks.completed")).isEqualByComparingTo("102");
        assertThat(value("random_inspection.tasks.published")).isEqualByComparingTo("102");
        assertThat(value("random_inspection.tasks.published_on_time")).isEqualByComparingTo("102");
        assertThat(value("random_inspection.tasks.on_time_rate")).isEqualByComparingTo("100");
        assertThat(value("random_inspection.joint_share")).isGreaterThan(BigDecimal.ZERO).isLessThan(BigDecimal.valueOf(50));
        assertThat(value("random_inspection.entities.inspected")).isGreaterThan(BigDecimal.valueOf(500));
    }

    @Test
    void everyDemoDrawVerifiesFromItsPublishedData() {
        List<Long> ids = jdbc.sql("SELECT d.id FROM random_draw d JOIN random_task t ON t.id = d.task_id "
                + "WHERE t.drawn_on BETWEEN DATE '2023-01-01' AND DATE '2023-12-31' ORDER BY d.id").query(Long.class).list();
        assertThat(ids).hasSize(102);
        for (long id : ids) {
            assertThat(draws.verify(id).verified()).as("draw %d", id).isTrue();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM random_item WHERE code LIKE 'XA-%' AND status = 'PUBLISHED'")
                .query(Long.class).single()).isEqualTo(20);
        assertThat(jdbc.sql("SELECT uscc FROM random_entity WHERE updated_by = 'demo'").query(String.class).list())
                .hasSize(RandomDemoYear2023.ENTITIES).allMatch(Uscc::isValid);
    }
}
