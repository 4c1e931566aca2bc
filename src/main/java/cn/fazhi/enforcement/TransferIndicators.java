package cn.fazhi.enforcement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.SqlIndicator;

/**
 * 两法衔接 figures: cases transferred to the public security organ (by the day of the transfer), those the police
 * received (by the receipt date) and those the police accepted for 立案 (by the date of their decision, directly or on
 * reconsideration).
 */
@Configuration(proxyBeanMethods = false)
class TransferIndicators {

    static final SqlIndicator.Source TRANSFERS = new SqlIndicator.Source("enforcement_transfer t", "t.id", "t.case_number",
            "t.unit_id", "t.region_code", "t.status", "enforcement.transfer.status.", null,
            "CONCAT('/enforcement/transfers/', CAST(t.id AS VARCHAR(20)))");

    @Bean
    SqlIndicator enforcementTransfersIndicator(IndicatorSql sql) {
        return sql.count("enforcement.transfer.transferred", TRANSFERS, "t.transferred_on", null);
    }

    @Bean
    SqlIndicator enforcementTransfersReceivedIndicator(IndicatorSql sql) {
        return sql.count("enforcement.transfer.received", TRANSFERS, "t.received_on", null);
    }
}
