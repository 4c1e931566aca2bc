package cn.fazhi.enforcement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.SqlIndicator;

/**
 * 事后公开 figures, counted by the decision date (the date the publication clock starts from), never by when the record
 * was written: decisions to publish, those published on time (on or before their due date: 7 working days for 处罚 and
 * 许可, 20 for the others — 国办发〔2018〕118号 二(六)), and the on-time rate.
 */
@Configuration(proxyBeanMethods = false)
class PublicationIndicators {

    static final SqlIndicator.Source PUBLICATIONS = new SqlIndicator.Source("enforcement_publication p", "p.id",
            "p.case_number", "p.unit_id", "p.region_code", "p.category", "enforcement.publication.category.", null,
            "CONCAT('/enforcement/publications/', CAST(p.id AS VARCHAR(20)))");

    /** Decisions made in the period that must be published (every decision with a publication record). */
    @Bean
    SqlIndicator enforcementPublicationDueIndicator(IndicatorSql sql) {
        return sql.count("enforcement.publicity.decisions", PUBLICATIONS, "p.decided_on", null);
    }

    /** Of those, the ones published on or before their due date (a later withdrawal does not undo it). */
    @Bean
    SqlIndicator enforcementPublicationOnTimeIndicator(IndicatorSql sql) {
        return sql.count("enforcement.publicity.on_time", PUBLICATIONS, "p.decided_on",
                "p.published_on IS NOT NULL AND p.published_on <= p.due_on");
    }

    @Bean
    Indicator enforcementPublicationOnTimeRateIndicator(IndicatorSql sql, SqlIndicator enforcementPublicationOnTimeIndicator,
            SqlIndicator enforcementPublicationDueIndicator) {
        return sql.rate("enforcement.publicity.on_time_rate", enforcementPublicationOnTimeIndicator,
                enforcementPublicationDueIndicator);
    }
}
