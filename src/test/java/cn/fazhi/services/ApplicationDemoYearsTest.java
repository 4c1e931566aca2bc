package cn.fazhi.services;

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
 * The applications of the demo years through the indicators registry: the seed's 即办 shares (54.6 % in 2022, 90.2 %
 * in 2023) exactly, 就近办 above 60 % in 2023, every application finished in its year, the bad ratings with a real
 * name all visited and their rectifications closed and linked.
 */
@IntegrationTest
class ApplicationDemoYearsTest {

    @Autowired Indicators indicators;
    @Autowired JdbcClient jdbc;

    final DataScope district = new DataScope(ScopeLevel.DISTRICT, 2, "421202");

    BigDecimal value(String id, int year) {
        return indicators.find(id).orElseThrow().value(IndicatorQuery.year(year, "421202", district));
    }

    @Test
    void theSeedsSharesOnTheSpotAndNearby() {
        assertThat(value("services.applications", 2022)).isEqualByComparingTo("6000");
        assertThat(value("services.applications", 2023)).isEqualByComparingTo("10000");
        assertThat(value("services.instant_share", 2022)).isEqualByComparingTo("54.6");
        assertThat(value("services.instant_share", 2023)).isEqualByComparingTo("90.2");
        assertThat(value("services.decided", 2023)).isEqualByComparingTo("10000");
        assertThat(value("services.nearby_share", 2023)).isGreaterThanOrEqualTo(BigDecimal.valueOf(60));
        assertThat(value("services.nearby_share", 2022)).isLessThan(value("services.nearby_share", 2023));
        assertThat(value("services.on_time_legal_rate", 2023)).isEqualByComparingTo("100.0");
        assertThat(value("services.on_time_promised_rate", 2023)).isBetween(BigDecimal.valueOf(98), BigDecimal.valueOf(100));
        assertThat(value("services.overdue_explained_rate", 2023)).isBetween(BigDecimal.valueOf(50), BigDecimal.valueOf(100));
        assertThat(value("services.deemed_accepted", 2023)).isEqualByComparingTo("0");
        assertThat(value("services.deemed_renewed", 2023)).isEqualByComparingTo("0");
    }

    @Test
    void ratingsAndTheBadOnesVisitedAndRectified() {
        assertThat(value("services.rating.rate", 2023)).isBetween(BigDecimal.valueOf(65), BigDecimal.valueOf(75));
        assertThat(value("services.ratings_bad", 2023)).isEqualByComparingTo("12");
        assertThat(value("services.ratings_bad_named", 2023)).isEqualByComparingTo("9");
        assertThat(value("services.rating.bad_visited_rate", 2023)).isEqualByComparingTo("100.0");
        assertThat(value("services.rating.bad_share", 2023)).isLessThan(BigDecimal.ONE);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM service_rating r JOIN rectification_problem p ON p.id = r.problem_id "
                + "WHERE r.demo AND p.status = 'CLOSED' AND p.source_type = 'service_application' "
                + "AND p.source_id = r.application_id").query(Long.class).single()).isEqualTo(15L);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM service_application WHERE demo AND decided_on IS NULL")
                .query(Long.class).single()).isZero();
    }
}
