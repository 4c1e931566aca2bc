package cn.fazhi.enterprises;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.SqlIndicator;
import cn.fazhi.platform.web.NavItem;

/**
 * The help desk's register and SME payments: settings, menu entries (shown only to holders of
 * {@code enterprises:view}) and figures, each by its business date — {@code enterprises.registered} (enterprises on
 * the register by their date of establishment; the register is the lead unit's record), {@code enterprises.payments}
 * (payments owed to SMEs by due date), {@code enterprises.payments.overdue} (of those, paid after the due date or still
 * unpaid after it), {@code enterprises.payments.overdue_rate} (overdue / payments, by due date).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EnterpriseDeskProperties.class)
class EnterpriseConfiguration {

    static final String SECTION = "nav.section.enterprises";

    static final SqlIndicator.Source REGISTER = new SqlIndicator.Source("enterprise e", "e.id", "e.uscc",
            "CAST(44 AS BIGINT)", "e.region_code", "e.size", "enterprises.size.", null,
            "CONCAT('/enterprises/register/', e.id)");

    static final SqlIndicator.Source PAYMENTS = new SqlIndicator.Source("sme_payment p", "p.id", "p.contract_no",
            "p.unit_id", "p.region_code", null, null, "p.amount", "CONCAT('/enterprises/payments/', p.id)");

    @Bean
    NavItem enterpriseRegisterNavItem() {
        return new NavItem(SECTION, "nav.enterprises.register", "/enterprises/register", Enterprises.VIEW, 90);
    }

    @Bean
    NavItem enterprisePaymentsNavItem() {
        return new NavItem(SECTION, "nav.enterprises.payments", "/enterprises/payments", Enterprises.VIEW, 95);
    }

    /** 企业名录. */
    @Bean
    SqlIndicator enterprisesRegisteredIndicator(IndicatorSql sql) {
        return sql.count("enterprises.registered", REGISTER, "e.registered_on", null);
    }

    @Bean
    SqlIndicator enterprisesPaymentsIndicator(IndicatorSql sql) {
        return sql.count("enterprises.payments", PAYMENTS, "p.due_on", null);
    }

    @Bean
    SqlIndicator enterprisesPaymentsOverdueIndicator(IndicatorSql sql) {
        return sql.count("enterprises.payments.overdue", PAYMENTS, "p.due_on", SmePaymentRules.LATE);
    }

    /** 逾期支付率. */
    @Bean
    Indicator enterprisesPaymentsOverdueRateIndicator(IndicatorSql sql, SqlIndicator enterprisesPaymentsOverdueIndicator,
            SqlIndicator enterprisesPaymentsIndicator) {
        return sql.rate("enterprises.payments.overdue_rate", enterprisesPaymentsOverdueIndicator,
                enterprisesPaymentsIndicator);
    }
}
