package cn.fazhi.enterprises;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The 2023 demo year of the policies through the indicators registry: 60 policies published in 2023, and the
 * applications' figures exactly as the generator's rule on the index k makes them for however many applications the
 * demo enterprises filed (none when the register was empty): refused k % 10 == 9, decided late k % 25 == 7.
 */
@IntegrationTest
class PolicyDemoYear2023Test {

    @Autowired Indicators indicators;
    @Autowired JdbcClient jdbc;

    final IndicatorQuery year = IndicatorQuery.year(2023, "421202", new DataScope(ScopeLevel.DISTRICT, 2, "421202"));

    BigDecimal value(String id) {
        return indicators.find(id).orElseThrow().value(year);
    }

    @Test
    void theFiguresOf2023() {
        assertThat(value("enterprises.policies.published")).isEqualByComparingTo("60");
        long n = jdbc.sql("SELECT COUNT(*) FROM policy_application WHERE demo").query(Long.class).single();
        long refused = 0;
        long late = 0;
        for (int k = 0; k < n; k++) {
            refused += k % 10 == 9 ? 1 : 0;
            late += k % 25 == 7 ? 1 : 0;
        }
        assertThat(value("enterprises.policy_applications")).isEqualByComparingTo(BigDecimal.valueOf(n));
        assertThat(value("enterprises.policy_applications.decided")).isEqualByComparingTo(BigDecimal.valueOf(n));
        assertThat(value("enterprises.policy_applications.granted")).isEqualByComparingTo(BigDecimal.valueOf(n - refused));
        if (n > 0) {
            assertThat(value("enterprises.policy_applications.on_time_rate")).isEqualByComparingTo(
                    BigDecimal.valueOf(100 * (n - late)).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP));
        }
    }

    @Test
    void everyDemoDateIsIn2023AndEveryApplicantWasEligible() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enterprise_policy WHERE demo").query(Long.class).single())
                .isEqualTo(PolicyDemoYear2023.POLICIES);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enterprise_policy WHERE demo AND (published_on < DATE '2023-01-01' "
                + "OR published_on > DATE '2023-12-31')").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM policy_application WHERE demo AND (submitted_on < DATE '2023-01-01' "
                + "OR decided_on > DATE '2023-12-31' OR paid_on > DATE '2023-12-31' OR NOT eligible "
                + "OR explanation NOT LIKE '符合：%')").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enterprise_policy_condition c JOIN enterprise_policy p ON p.id = c.policy_id "
                + "WHERE p.demo").query(Long.class).single()).isGreaterThan(100);
    }

    @Autowired PolicyDemoYear2023 demo;
    @Autowired Policies policies;
    @Autowired Enterprises enterprises;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;

    /**
     * The applications' part of the generation on registered enterprises (the desk part's demo is not in this branch),
     * inside a transaction that is rolled back so that no 2023 row stays: every applicant qualified on its day, with
     * the explanation stored, and the outcomes follow the index rule.
     */
    @Test
    void theApplicationsOfRegisteredEnterprisesFollowTheRule() {
        long before = jdbc.sql("SELECT COUNT(*) FROM policy_application WHERE demo").query(Long.class).single();
        tx.executeWithoutResult(status -> {
            enterprises.insert(new EnterpriseCommands.Register(EnterpriseFixtures.uscc(), "演示规则测试有限公司",
                    "C1391", EnterpriseSize.SMALL, "421202001", java.time.LocalDate.of(2015, 1, 1), new BigDecimal("3000"), 60,
                    null, "某", "13977730001", java.util.List.of(new EnterpriseView.Certification("HIGH_TECH",
                            java.time.LocalDate.of(2020, 1, 1), null))), "test");
            java.util.List<PolicyView> all = jdbc.sql("SELECT id FROM enterprise_policy WHERE demo ORDER BY id")
                    .query(Long.class).list().stream().map(policies::get).toList();
            int n = demo.applications(all, java.time.OffsetDateTime.now());
            assertThat(n).isPositive();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM policy_application WHERE demo").query(Long.class).single())
                    .isEqualTo(before + n);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM policy_application WHERE demo AND (submitted_on < DATE '2023-02-01' "
                    + "OR paid_on > DATE '2023-12-31' OR decided_on > DATE '2023-12-31' OR explanation NOT LIKE '符合：%' "
                    + "OR (status = 'PAID') = (granted_amount IS NULL))").query(Long.class).single()).isZero();
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM policy_application WHERE demo").query(Long.class).single())
                .isEqualTo(before);
    }
}
