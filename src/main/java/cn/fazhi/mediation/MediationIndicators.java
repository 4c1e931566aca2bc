package cn.fazhi.mediation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.SqlIndicator;

/**
 * The mediation module's indicators (统计指标). Each counts disputes by the date of its own step, within the region and
 * the caller's data scope (region = the dispute's township); names and definitions are {@code indicator.<id>.*} in
 * the mediation bundles. These are the only mediation figures: pages and reports read them from the indicators.
 */
@Configuration(proxyBeanMethods = false)
class MediationIndicators {

    static final SqlIndicator.Source DISPUTES = new SqlIndicator.Source("dispute d", "d.id", "d.case_number",
            "d.unit_id", "d.township_code", "d.category", "mediation.category.", "d.amount",
            "CONCAT('/mediation/', d.id)");

    /** 受理: disputes whose acceptance date falls in the period (declined and unaccepted ones have none). */
    @Bean
    SqlIndicator mediationDisputesAcceptedIndicator(IndicatorSql sql) {
        return sql.count("mediation.disputes.accepted", DISPUTES, "d.accepted_on", null);
    }

    /** 调解成功: disputes whose agreement took effect in the period (人民调解法 Arts. 28–30). */
    @Bean
    SqlIndicator mediationDisputesResolvedIndicator(IndicatorSql sql) {
        return sql.count("mediation.disputes.resolved", DISPUTES, "d.agreement_effective_on", null);
    }

    @Bean
    Indicator mediationResolutionRateIndicator(IndicatorSql sql, SqlIndicator mediationDisputesResolvedIndicator,
            SqlIndicator mediationDisputesAcceptedIndicator) {
        return sql.rate("mediation.resolution_rate", mediationDisputesResolvedIndicator, mediationDisputesAcceptedIndicator);
    }

    /** 调结案件总标的: the amounts in dispute of the disputes resolved in the period. */
    @Bean
    SqlIndicator mediationResolvedAmountIndicator(IndicatorSql sql) {
        return sql.sum("mediation.resolved_amount", DISPUTES, "d.agreement_effective_on", null);
    }

    /** 委托调解: disputes the court entrusted to mediation, by the date they were received. */
    @Bean
    SqlIndicator mediationCourtEntrustedIndicator(IndicatorSql sql) {
        return sql.count("mediation.court_entrusted", DISPUTES, "d.received_on", "d.channel = 'COURT_ENTRUSTED'");
    }

    /** 司法确认: agreements the court confirmed (民事诉讼法 Art. 206), by the date of its ruling. */
    @Bean
    SqlIndicator mediationJudicialConfirmationsIndicator(IndicatorSql sql) {
        return sql.count("mediation.judicial_confirmations", DISPUTES, "d.confirmation_decided_on",
                "d.confirmation_result = 'CONFIRMED'");
    }

    /** Applications for judicial confirmation (人民调解法 Art. 33), by the date of application. */
    @Bean
    SqlIndicator mediationConfirmationApplicationsIndicator(IndicatorSql sql) {
        return sql.count("mediation.confirmation_applications", DISPUTES, "d.confirmation_applied_on", null);
    }

    /** Disputes received (登记), whatever became of them, by the date received. */
    @Bean
    SqlIndicator mediationDisputesReceivedIndicator(IndicatorSql sql) {
        return sql.count("mediation.disputes.received", DISPUTES, "d.received_on", null);
    }
}
