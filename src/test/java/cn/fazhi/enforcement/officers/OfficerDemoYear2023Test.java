package cn.fazhi.enforcement.officers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;
import cn.fazhi.enforcement.CertificateChecks;
import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The generated 2023 year reproduces the seed's figures through the indicator registry: 1,338 officers holding a
 * valid certificate at the end of 2023, 96 who sat the qualification exam and 94 who passed — each the total of its
 * records; the holding rate is below 100 % (officers whose certificate ran out or was suspended), some units stay
 * below the 5 % reviewer ratio, some officers below 60 hours; and the demo users act as certified officers.
 */
@IntegrationTest
class OfficerDemoYear2023Test {

    static final Map<String, Long> SEED = Map.of("enforcement.officers.certified", 1338L,
            "enforcement.exam.candidates", 96L, "enforcement.exam.passed", 94L);

    @Autowired
    Indicators indicators;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CertificateChecks checks;

    final IndicatorQuery year = IndicatorQuery.year(2023, "421202", new DataScope(ScopeLevel.DISTRICT, 2, "421202"));

    BigDecimal value(String id) {
        return indicators.find(id).orElseThrow(() -> new AssertionError("no indicator " + id)).value(year);
    }

    @Test
    void the2023YearReproducesTheSeedsFigures() {
        SEED.forEach((id, expected) -> {
            Indicator indicator = indicators.find(id).orElseThrow();
            assertThat(indicator.value(year)).as(id).isEqualByComparingTo(BigDecimal.valueOf(expected));
            assertThat(indicator.records(year, 0, 10).total()).as(id + " records").isEqualTo(expected);
            assertThat(indicator.byMonth(year).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).as(id + " months")
                    .isEqualByComparingTo(BigDecimal.valueOf(expected));
        });
        assertThat(value("enforcement.officers.holding_rate")).isLessThan(BigDecimal.valueOf(100))
                .isGreaterThan(BigDecimal.valueOf(95));
        assertThat(value("enforcement.officers.reviewer_ratio")).isGreaterThan(BigDecimal.valueOf(4));
        assertThat(value("enforcement.training.met_rate")).isLessThan(BigDecimal.valueOf(100))
                .isGreaterThan(BigDecimal.valueOf(80));
        // a year earlier the new officers had no certificate and the lapsed ones still had theirs
        IndicatorQuery y2022 = IndicatorQuery.year(2022, "421202", year.scope());
        assertThat(indicators.find("enforcement.officers.certified").orElseThrow().value(y2022))
                .isNotEqualByComparingTo(BigDecimal.valueOf(1338));
        assertThat(indicators.find("enforcement.exam.passed").orElseThrow().value(y2022)).isEqualByComparingTo("0");
    }

    @Test
    void someUnitsFallBelowTheReviewerRatioAndSomeOfficersBelowTheTrainingHours() {
        LocalDate end = LocalDate.of(2023, 12, 31);
        long below = jdbc.sql("SELECT COUNT(*) FROM (SELECT o.unit_id, SUM(CASE WHEN o.reviewer THEN 1 ELSE 0 END) AS r, "
                        + "COUNT(*) AS n FROM enforcement_officer o WHERE o.created_by = 'system' AND o.active AND EXISTS ("
                        + "SELECT 1 FROM enforcement_certificate c WHERE c.officer_id = o.id AND c.issued_on <= :end AND "
                        + "c.expires_on >= :end) GROUP BY o.unit_id) x WHERE x.r * 20 < x.n")
                .param("end", end).query(Long.class).single();
        assertThat(below).isBetween(1L, 5L);
        long underHours = jdbc.sql("SELECT COUNT(*) FROM enforcement_training WHERE training_year = 2023 AND hours < 60")
                .query(Long.class).single();
        assertThat(underHours).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enforcement_body WHERE created_by = 'system'").query(Long.class).single())
                .isEqualTo(40);
    }

    @Test
    void theDemoUsersActAsCertifiedOfficersOfTheMarketRegulationBureau() {
        for (String user : new String[] {"scjg", "scjgld", "scjgfz"}) {
            Map<String, Object> o = jdbc.sql("SELECT o.id, o.unit_id, o.reviewer, o.legal_qualification FROM enforcement_officer o "
                    + "JOIN app_user u ON u.id = o.user_id WHERE u.username = :u").param("u", user).query().singleRow();
            long id = ((Number) o.get("id")).longValue();
            assertThat(((Number) o.get("unit_id")).longValue()).as(user).isEqualTo(5);
            assertThat(checks.validOn(id, LocalDate.now())).as(user + " today").isTrue();
            assertThat(checks.validOn(id, LocalDate.of(2023, 12, 31))).as(user + " 2023").isTrue();
            assertThat(o.get("reviewer")).as(user).isEqualTo("scjgfz".equals(user));
            if ("scjgfz".equals(user)) {
                assertThat(checks.legallyQualified(id)).isTrue();
            }
        }
    }
}
