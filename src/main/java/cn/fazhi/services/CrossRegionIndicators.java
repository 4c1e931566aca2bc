package cn.fazhi.services;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.RateIndicator;
import cn.fazhi.indicators.SqlIndicator;

/**
 * Cross-region hand-over figures, counted by the business date: hand-overs received (OUT) or forwarded (IN) in the
 * period, by direction; hand-overs finished (delivered or returned) in the period, and the share of those whose every
 * step was taken within its period (the settings of {@link CrossRegionProperties}).
 */
@Configuration(proxyBeanMethods = false)
class CrossRegionIndicators {

    static final SqlIndicator.Source HANDOVERS = new SqlIndicator.Source("cross_region_case c", "c.id", "c.case_number",
            "c.unit_id", "c.region_code", "c.direction", "services.crossRegion.direction.", null,
            "CONCAT('/services/cross-region/', c.id)");

    /** 跨域通办件数: hand-overs received or forwarded in the period. */
    @Bean
    SqlIndicator servicesCrossRegionHandoversIndicator(IndicatorSql sql) {
        return sql.count("services.cross_region.handovers", HANDOVERS, "c.received_on", null);
    }

    /** 跨域通办办结件数: hand-overs finished (delivered to the applicant or returned to the partner) in the period. */
    @Bean
    SqlIndicator servicesCrossRegionFinishedIndicator(IndicatorSql sql) {
        return sql.count("services.cross_region.finished", HANDOVERS, "COALESCE(c.delivered_on, c.returned_on)", null);
    }

    /** Of those, the ones with no step taken after its period. */
    @Bean
    SqlIndicator servicesCrossRegionOnTimeIndicator(IndicatorSql sql) {
        return sql.count("services.cross_region.on_time", HANDOVERS, "COALESCE(c.delivered_on, c.returned_on)",
                "c.late_steps = 0");
    }

    /** 跨域通办按时办结率 = on time / finished. */
    @Bean
    RateIndicator servicesCrossRegionOnTimeRateIndicator(IndicatorSql sql, SqlIndicator servicesCrossRegionOnTimeIndicator,
            SqlIndicator servicesCrossRegionFinishedIndicator) {
        return sql.rate("services.cross_region.on_time_rate", servicesCrossRegionOnTimeIndicator,
                servicesCrossRegionFinishedIndicator);
    }
}
