package cn.fazhi.enforcement;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.SqlIndicator;

/**
 * The discretion part's figures, all counted by the decision date ({@code decided_on}), never by when a row was
 * written: decided penalty cases, those stating the benchmark level applied (国办发〔2022〕27号 五(十二): the 决定书 must
 * state how the benchmark was applied) and its share, decisions whose fine lies outside the stated level's range and
 * their share among those stating a level. No figure ranks units by fine amounts (27号 三(六)). Names and definitions
 * are {@code indicator.<id>.*} in the discretion bundles.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DisparityProperties.class)
class DisparityIndicators {

    static final SqlIndicator.Source DECIDED = new SqlIndicator.Source("enforcement_case c", "c.id", "c.case_number",
            "c.unit_id", "c.region_code", null, null, "c.fine_amount", "CONCAT('/enforcement/cases/', c.id)");

    static final SqlIndicator.Source DECIDED_WITH_LEVEL = new SqlIndicator.Source(
            "enforcement_case c JOIN enforcement_benchmark_level l ON l.id = c.benchmark_level_id", "c.id",
            "c.case_number", "c.unit_id", "c.region_code", "l.level", "enforcement.discretion.level.", "c.fine_amount",
            "CONCAT('/enforcement/cases/', c.id)");

    /** 作出的行政处罚决定: penalty cases decided in the period (by the decision date). */
    @Bean
    SqlIndicator enforcementDiscretionDecidedIndicator(IndicatorSql sql) {
        return sql.count("enforcement.discretion.decided", DECIDED, "c.decided_on", null);
    }

    /** 载明裁量基准的决定: decisions of the period that state the benchmark level applied. */
    @Bean
    SqlIndicator enforcementDiscretionBenchmarkStatedIndicator(IndicatorSql sql) {
        return sql.count("enforcement.discretion.benchmark_stated", DECIDED_WITH_LEVEL, "c.decided_on", null);
    }

    /** 裁量基准适用说明率 (LEGAL-RULES-2 §8: 100 % by 27号 五(十二)): stated / decided. */
    @Bean
    Indicator enforcementDiscretionBenchmarkStatedRateIndicator(IndicatorSql sql,
            SqlIndicator enforcementDiscretionBenchmarkStatedIndicator, SqlIndicator enforcementDiscretionDecidedIndicator) {
        return sql.rate("enforcement.discretion.benchmark_stated_rate", enforcementDiscretionBenchmarkStatedIndicator,
                enforcementDiscretionDecidedIndicator);
    }

    /** 超出裁量幅度的决定: decisions whose fine lies below the stated level's minimum or above its maximum. */
    @Bean
    SqlIndicator enforcementDiscretionDeviationsIndicator(IndicatorSql sql) {
        return sql.count("enforcement.discretion.deviations", DECIDED_WITH_LEVEL, "c.decided_on",
                "c.fine_amount IS NOT NULL AND ((l.min_fine IS NOT NULL AND c.fine_amount < l.min_fine) "
                        + "OR (l.max_fine IS NOT NULL AND c.fine_amount > l.max_fine))");
    }

    /** 超出裁量幅度的比例: deviations / decisions stating a level. */
    @Bean
    Indicator enforcementDiscretionDeviationRateIndicator(IndicatorSql sql,
            SqlIndicator enforcementDiscretionDeviationsIndicator, SqlIndicator enforcementDiscretionBenchmarkStatedIndicator) {
        return sql.rate("enforcement.discretion.deviation_rate", enforcementDiscretionDeviationsIndicator,
                enforcementDiscretionBenchmarkStatedIndicator);
    }
}
