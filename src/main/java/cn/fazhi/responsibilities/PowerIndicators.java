package cn.fazhi.responsibilities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.IndicatorRecord;
import cn.fazhi.indicators.IndicatorUnit;
import cn.fazhi.indicators.RecordPage;

/**
 * Figures of the 权责清单, each as of the period's last day (a stock, not a flow): {@code responsibilities.powers}
 * (powers published by then and in force that day), {@code responsibilities.overlaps} (matters claimed by two units,
 * {@link PowerIssues#overlaps}) and {@code responsibilities.gaps} ({@link PowerIssues#gaps}); within the region and
 * the caller's scope; each falls in the last day's month.
 */
@Configuration(proxyBeanMethods = false)
class PowerIndicators {

    @Bean
    Indicator responsibilitiesPowersIndicator(JdbcClient jdbc) {
        return new AsOf("responsibilities.powers", q -> {
            java.util.Map<String, Object> p = new java.util.HashMap<>(q.parameters());
            return jdbc.sql("SELECT id, code, name, region_code, effective_from FROM power_item WHERE "
                            + "published_on IS NOT NULL AND published_on <= :to AND effective_from <= :to AND "
                            + "(effective_to IS NULL OR effective_to > :to) AND " + q.sqlCondition("unit_id", "region_code")
                            + " ORDER BY code").params(p)
                    .query((rs, i) -> new IndicatorRecord(rs.getString("code"), rs.getString("name"),
                            rs.getObject("effective_from", LocalDate.class), rs.getString("region_code"), null,
                            "/responsibilities/" + rs.getLong("id"))).list();
        });
    }

    @Bean
    Indicator responsibilitiesOverlapsIndicator(PowerIssues issues) {
        return new AsOf("responsibilities.overlaps", q -> {
            List<IndicatorRecord> out = new ArrayList<>();
            for (PowerIssues.Overlap o : issues.overlaps(q.to(), q.scope())) {
                PowerView first = o.powers().get(0);
                if (o.powers().stream().anyMatch(v -> v.regionCode().startsWith(q.regionCode()))) {
                    out.add(new IndicatorRecord(first.code(), o.name(), q.to(), first.regionCode(), null,
                            "/responsibilities/issues?on=" + q.to() + "#overlap-" + first.id()));
                }
            }
            return out;
        });
    }

    @Bean
    Indicator responsibilitiesGapsIndicator(PowerIssues issues, cn.fazhi.organisation.Units units) {
        return new AsOf("responsibilities.gaps", q -> {
            Map<Long, String> regions = new java.util.HashMap<>();
            units.all().forEach(u -> regions.put(u.id(), u.regionCode()));
            List<IndicatorRecord> out = new ArrayList<>();
            for (PowerIssues.Gap g : issues.gaps(q.to(), q.scope())) {
                String region = g.matter().unitId() == null ? q.regionCode()
                        : regions.getOrDefault(g.matter().unitId(), q.regionCode());
                if (region.startsWith(q.regionCode())) {
                    out.add(new IndicatorRecord(g.matter().code(), g.matter().name(), q.to(), region, null,
                            g.matter().path()));
                }
            }
            return out;
        });
    }

    /** A figure that is the number of its records on the period's last day. */
    static final class AsOf implements Indicator {

        private final String id;
        private final Function<IndicatorQuery, List<IndicatorRecord>> records;

        AsOf(String id, Function<IndicatorQuery, List<IndicatorRecord>> records) {
            this.id = id;
            this.records = records;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public IndicatorUnit unit() {
            return IndicatorUnit.COUNT;
        }

        @Override
        public BigDecimal value(IndicatorQuery query) {
            return BigDecimal.valueOf(records.apply(query).size());
        }

        @Override
        public Map<YearMonth, BigDecimal> byMonth(IndicatorQuery query) {
            Map<YearMonth, BigDecimal> months = Indicator.emptyMonths(query);
            months.put(YearMonth.from(query.to()), value(query));
            return months;
        }

        @Override
        public Map<String, BigDecimal> byRegion(IndicatorQuery query, int codeLength) {
            Map<String, BigDecimal> out = new LinkedHashMap<>();
            for (IndicatorRecord r : records.apply(query)) {
                String key = r.regionCode().length() >= codeLength ? r.regionCode().substring(0, codeLength)
                        : r.regionCode();
                out.merge(key, BigDecimal.ONE, BigDecimal::add);
            }
            return out;
        }

        @Override
        public RecordPage records(IndicatorQuery query, int page, int size) {
            List<IndicatorRecord> all = records.apply(query);
            int s = Math.max(1, Math.min(size, 500));
            int from = (int) Math.min(all.size(), (long) Math.max(0, page) * s);
            return new RecordPage(List.copyOf(all.subList(from, Math.min(all.size(), from + s))), all.size(), page, size);
        }
    }
}
