package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorBreakdown;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.IndicatorRecord;
import cn.fazhi.indicators.IndicatorUnit;
import cn.fazhi.indicators.RecordPage;
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

    /**
     * 疑似同案不同罚: decisions of the period flagged by {@link Disparities} (outside the level's range or far from their
     * peers), by the decision date. Peer groups span the district; the flags counted are those in the query's region and
     * the caller's scope. The value and the records come from one analysis.
     */
    @Bean
    Indicator enforcementDiscretionDisparityFlagsIndicator(Disparities disparities) {
        return new FlagCount(disparities);
    }

    /** The flags of one analysis of the query's period, within its region. */
    record FlagCount(Disparities disparities) implements Indicator {

        @Override
        public String id() {
            return "enforcement.discretion.disparity_flags";
        }

        @Override
        public IndicatorUnit unit() {
            return IndicatorUnit.COUNT;
        }

        private List<DisparityFlag> flags(IndicatorQuery query) {
            return disparities.analyse(query.from(), query.to(), null, query.scope()).flags().stream()
                    .filter(f -> f.regionCode() != null && f.regionCode().startsWith(query.regionCode())).toList();
        }

        @Override
        public BigDecimal value(IndicatorQuery query) {
            return BigDecimal.valueOf(flags(query).size());
        }

        @Override
        public IndicatorBreakdown breakdown(IndicatorQuery query, int codeLength,
                java.util.function.Function<Indicator, IndicatorBreakdown> parts) {
            List<DisparityFlag> flags = flags(query);
            Map<YearMonth, BigDecimal> months = new LinkedHashMap<>();
            for (YearMonth m = YearMonth.from(query.from()); !m.isAfter(YearMonth.from(query.to())); m = m.plusMonths(1)) {
                months.put(m, BigDecimal.ZERO);
            }
            Map<String, BigDecimal> regions = new TreeMap<>();
            for (DisparityFlag f : flags) {
                months.merge(YearMonth.from(f.decidedOn()), BigDecimal.ONE, BigDecimal::add);
                regions.merge(f.regionCode().substring(0, Math.min(codeLength, f.regionCode().length())), BigDecimal.ONE,
                        BigDecimal::add);
            }
            return new IndicatorBreakdown(BigDecimal.valueOf(flags.size()), months, regions, Map.of());
        }

        @Override
        public Map<YearMonth, BigDecimal> byMonth(IndicatorQuery query) {
            return breakdown(query, 9, p -> null).months();
        }

        @Override
        public Map<String, BigDecimal> byRegion(IndicatorQuery query, int codeLength) {
            return breakdown(query, codeLength, p -> null).regions();
        }

        @Override
        public RecordPage records(IndicatorQuery query, int page, int size) {
            List<DisparityFlag> flags = flags(query);
            int s = Math.max(1, Math.min(size, 500));
            int from = Math.min(flags.size(), Math.max(0, page) * s);
            List<IndicatorRecord> items = flags.subList(from, Math.min(flags.size(), from + s)).stream()
                    .map(f -> new IndicatorRecord(f.caseNumber(), f.violationName() == null ? f.violationCode()
                            : f.violationName(), f.decidedOn(), f.regionCode(), null,
                            "/enforcement/disparities/" + f.caseId() + "?from=" + query.from() + "&to=" + query.to()))
                    .toList();
            return new RecordPage(items, flags.size(), page, size);
        }
    }

    /** 超出裁量幅度的比例: deviations / decisions stating a level. */
    @Bean
    Indicator enforcementDiscretionDeviationRateIndicator(IndicatorSql sql,
            SqlIndicator enforcementDiscretionDeviationsIndicator, SqlIndicator enforcementDiscretionBenchmarkStatedIndicator) {
        return sql.rate("enforcement.discretion.deviation_rate", enforcementDiscretionDeviationsIndicator,
                enforcementDiscretionBenchmarkStatedIndicator);
    }
}
