package cn.fazhi.enterprises;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.SqlIndicator;

/**
 * Figures of enterprise requests and SME payment complaints (LEGAL-RULES-2 (c)), each by its business date, never by
 * when a row was written: requests (by the day filed, by category); answered and answered on time (by the day answered;
 * the period is a setting) and their rate 涉企诉求按期答复率; rated and satisfied (by the day rated) and the satisfaction
 * rate; complaints (by the day received); passed on and passed on within 10 working days (Art. 24, by the day passed
 * on) and the rate; concluded and concluded within 30 days or the approved extension (Art. 25, by the day concluded)
 * and the rate.
 */
@Configuration(proxyBeanMethods = false)
class RequestIndicators {

    static final SqlIndicator.Source REQUESTS = new SqlIndicator.Source("enterprise_request r", "r.id", "r.case_number",
            "r.unit_id", "r.region_code", "r.category", "enterprises.requests.category.", null,
            "CONCAT('/enterprises/requests/', r.id)");

    static final SqlIndicator.Source COMPLAINTS = new SqlIndicator.Source("sme_complaint c", "c.id", "c.case_number",
            "c.unit_id", "c.region_code", null, null, "c.amount", "CONCAT('/enterprises/complaints/', c.id)");

    @Bean
    SqlIndicator enterprisesRequestsIndicator(IndicatorSql sql) {
        return sql.count("enterprises.requests", REQUESTS, "r.filed_on", null);
    }

    @Bean
    SqlIndicator enterprisesRequestsAnsweredIndicator(IndicatorSql sql) {
        return sql.count("enterprises.requests_answered", REQUESTS, "r.answered_on", null);
    }

    @Bean
    SqlIndicator enterprisesRequestsAnsweredOnTimeIndicator(IndicatorSql sql) {
        return sql.count("enterprises.requests_answered_on_time", REQUESTS, "r.answered_on", "r.answered_on_time = TRUE");
    }

    /** 涉企诉求按期答复率. */
    @Bean
    Indicator enterprisesRequestsAnswerRateIndicator(IndicatorSql sql,
            SqlIndicator enterprisesRequestsAnsweredOnTimeIndicator, SqlIndicator enterprisesRequestsAnsweredIndicator) {
        return sql.rate("enterprises.requests_answer_on_time_rate", enterprisesRequestsAnsweredOnTimeIndicator,
                enterprisesRequestsAnsweredIndicator);
    }

    @Bean
    SqlIndicator enterprisesRequestsRatedIndicator(IndicatorSql sql) {
        return sql.count("enterprises.requests_rated", REQUESTS, "r.rated_on", null);
    }

    @Bean
    SqlIndicator enterprisesRequestsSatisfiedIndicator(IndicatorSql sql, RequestProperties settings) {
        return sql.count("enterprises.requests_satisfied", REQUESTS, "r.rated_on", "r.rating IN (" + String.join(", ",
                settings.satisfied().stream().map(s -> "'" + s.replace("'", "") + "'").toList()) + ")");
    }

    /** 涉企诉求满意率. */
    @Bean
    Indicator enterprisesRequestsSatisfactionRateIndicator(IndicatorSql sql,
            SqlIndicator enterprisesRequestsSatisfiedIndicator, SqlIndicator enterprisesRequestsRatedIndicator) {
        return sql.rate("enterprises.requests_satisfaction_rate", enterprisesRequestsSatisfiedIndicator,
                enterprisesRequestsRatedIndicator);
    }

    @Bean
    SqlIndicator enterprisesSmeComplaintsIndicator(IndicatorSql sql) {
        return sql.count("enterprises.sme_complaints", COMPLAINTS, "c.received_on", null);
    }

    @Bean
    SqlIndicator enterprisesSmeTransferredIndicator(IndicatorSql sql) {
        return sql.count("enterprises.sme_complaints_transferred", COMPLAINTS, "c.transferred_on", null);
    }

    @Bean
    SqlIndicator enterprisesSmeTransferredOnTimeIndicator(IndicatorSql sql) {
        return sql.count("enterprises.sme_complaints_transferred_on_time", COMPLAINTS, "c.transferred_on",
                "c.transferred_on_time = TRUE");
    }

    /** 拖欠投诉转交及时率 (Art. 24). */
    @Bean
    Indicator enterprisesSmeTransferRateIndicator(IndicatorSql sql, SqlIndicator enterprisesSmeTransferredOnTimeIndicator,
            SqlIndicator enterprisesSmeTransferredIndicator) {
        return sql.rate("enterprises.sme_complaints_transfer_on_time_rate", enterprisesSmeTransferredOnTimeIndicator,
                enterprisesSmeTransferredIndicator);
    }

    @Bean
    SqlIndicator enterprisesSmeConcludedIndicator(IndicatorSql sql) {
        return sql.count("enterprises.sme_complaints_concluded", COMPLAINTS, "c.concluded_on", "c.status = 'CONCLUDED'");
    }

    @Bean
    SqlIndicator enterprisesSmeConcludedOnTimeIndicator(IndicatorSql sql) {
        return sql.count("enterprises.sme_complaints_concluded_on_time", COMPLAINTS, "c.concluded_on",
                "c.status = 'CONCLUDED' AND c.concluded_on_time = TRUE");
    }

    /** 拖欠投诉办结及时率 (Art. 25). */
    @Bean
    Indicator enterprisesSmeSettlementRateIndicator(IndicatorSql sql,
            SqlIndicator enterprisesSmeConcludedOnTimeIndicator, SqlIndicator enterprisesSmeConcludedIndicator) {
        return sql.rate("enterprises.sme_complaints_settled_on_time_rate", enterprisesSmeConcludedOnTimeIndicator,
                enterprisesSmeConcludedIndicator);
    }
}
