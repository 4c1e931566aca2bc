package cn.fazhi.enterprises;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.SqlIndicator;

/**
 * Policy figures, each counted by its business date: policies published (by the day published; by issuing unit's
 * region), applications (by the day submitted; by channel), granted (by the day decided), the amount granted (yuan,
 * by the day decided), decisions and decisions on time (by the day decided) and the on-time rate of decisions.
 */
@Configuration(proxyBeanMethods = false)
class PolicyIndicators {

    static final SqlIndicator.Source POLICIES = new SqlIndicator.Source("enterprise_policy p", "p.id", "p.title",
            "p.decider_unit_id", "p.decider_region_code", null, null, null,
            "CONCAT('/enterprises/policies/', p.id)");

    static final SqlIndicator.Source APPLICATIONS = new SqlIndicator.Source("policy_application a", "a.id",
            "a.case_number", "a.unit_id", "a.region_code", "a.channel", "policies.channel.", "a.granted_amount",
            "CONCAT('/enterprises/policy-applications/', a.id)");

    /** 发布的惠企政策. */
    @Bean
    SqlIndicator enterprisesPoliciesPublishedIndicator(IndicatorSql sql) {
        return sql.count("enterprises.policies.published", POLICIES, "p.published_on", null);
    }

    /** 政策兑现申请. */
    @Bean
    SqlIndicator enterprisesPolicyApplicationsIndicator(IndicatorSql sql) {
        return sql.count("enterprises.policy_applications", APPLICATIONS, "a.submitted_on", null);
    }

    @Bean
    SqlIndicator enterprisesPolicyApplicationsGrantedIndicator(IndicatorSql sql) {
        return sql.count("enterprises.policy_applications.granted", APPLICATIONS, "a.decided_on",
                "a.granted_amount IS NOT NULL");
    }

    /** 兑现金额 (yuan). */
    @Bean
    SqlIndicator enterprisesPolicyApplicationsGrantedAmountIndicator(IndicatorSql sql) {
        return sql.sum("enterprises.policy_applications.granted_amount", APPLICATIONS, "a.decided_on",
                "a.granted_amount IS NOT NULL");
    }

    @Bean
    SqlIndicator enterprisesPolicyApplicationsDecidedIndicator(IndicatorSql sql) {
        return sql.count("enterprises.policy_applications.decided", APPLICATIONS, "a.decided_on", null);
    }

    @Bean
    SqlIndicator enterprisesPolicyApplicationsDecidedOnTimeIndicator(IndicatorSql sql) {
        return sql.count("enterprises.policy_applications.decided_on_time", APPLICATIONS, "a.decided_on",
                "a.decided_on_time = TRUE");
    }

    /** 按时办结率 of decisions. */
    @Bean
    Indicator enterprisesPolicyApplicationsOnTimeRateIndicator(IndicatorSql sql,
            SqlIndicator enterprisesPolicyApplicationsDecidedOnTimeIndicator,
            SqlIndicator enterprisesPolicyApplicationsDecidedIndicator) {
        return sql.rate("enterprises.policy_applications.on_time_rate",
                enterprisesPolicyApplicationsDecidedOnTimeIndicator, enterprisesPolicyApplicationsDecidedIndicator);
    }
}
