package cn.fazhi.errands;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.IndicatorRecord;
import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.IndicatorUnit;
import cn.fazhi.indicators.RecordPage;
import cn.fazhi.indicators.SqlIndicator;

/**
 * 香城代办 figures, each by its business date: agents (a stock: joined on or before the period's last day and neither
 * left nor suspended by then — suspension is read as of now, having no date), beneficiaries (a stock: registered by the
 * period's end), errands (by the day requested, by kind), errands done (by the day done), errands confirmed by the
 * beneficiary of those done (by the day done), the confirmation rate (confirmed / done), and the amounts recorded (by
 * the day done; the platform moves no money).
 */
@Configuration(proxyBeanMethods = false)
class ErrandIndicators {

    static final SqlIndicator.Source ERRANDS = new SqlIndicator.Source("errand e", "e.id", "e.case_number", "e.unit_id",
            "e.region_code", "e.kind", "errands.kind.", "e.amount", "CONCAT('/errands/', e.id)");

    @Bean
    Indicator errandsAgentsIndicator(JdbcClient jdbc) {
        return new Stock("errands.agents", "errand_agent s", "s.joined_on <= :to AND (s.left_on IS NULL OR s.left_on > :to) "
                + "AND s.status <> 'SUSPENDED'", "CONCAT('/errands/agents/', s.id)", jdbc);
    }

    @Bean
    Indicator errandsBeneficiariesIndicator(JdbcClient jdbc) {
        return new Stock("errands.beneficiaries", "errand_beneficiary s", "s.registered_on <= :to",
                "CONCAT('/errands/beneficiaries/', s.id)", jdbc);
    }

    /** 代办事项数, by kind. */
    @Bean
    SqlIndicator errandsErrandsIndicator(IndicatorSql sql) {
        return sql.count("errands.errands", ERRANDS, "e.requested_on", null);
    }

    @Bean
    SqlIndicator errandsDoneIndicator(IndicatorSql sql) {
        return sql.count("errands.done", ERRANDS, "e.done_on", null);
    }

    @Bean
    SqlIndicator errandsConfirmedIndicator(IndicatorSql sql) {
        return sql.count("errands.confirmed", ERRANDS, "e.done_on", "e.confirmed_on IS NOT NULL");
    }

    /** 确认率 = confirmed / done, by the day done. */
    @Bean
    Indicator errandsConfirmationRateIndicator(IndicatorSql sql, SqlIndicator errandsConfirmedIndicator,
            SqlIndicator errandsDoneIndicator) {
        return sql.rate("errands.confirmation_rate", errandsConfirmedIndicator, errandsDoneIndicator);
    }

    /** 代购代缴金额 (recorded only). */
    @Bean
    SqlIndicator errandsAmountIndicator(IndicatorSql sql) {
        return sql.sum("errands.amount", ERRANDS, "e.done_on", null);
    }

    /** A stock of people at the period's end (alias {@code s}; {@code condition} reads {@code :to}). */
    static final class Stock implements Indicator {

        private final String id;
        private final String from;
        private final String condition;
        private final String href;
        private final JdbcClient jdbc;

        Stock(String id, String from, String condition, String href, JdbcClient jdbc) {
            this.id = id;
            this.from = from;
            this.condition = condition;
            this.href = href;
            this.jdbc = jdbc;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public IndicatorUnit unit() {
            return IndicatorUnit.COUNT;
        }

        private String where(IndicatorQuery query) {
            return " FROM " + from + " WHERE " + query.sqlCondition("s.unit_id", "s.region_code") + " AND " + condition;
        }

        @Override
        public BigDecimal value(IndicatorQuery query) {
            return BigDecimal.valueOf(jdbc.sql("SELECT COUNT(*)" + where(query)).params(query.parameters())
                    .query(Long.class).single());
        }

        @Override
        public RecordPage records(IndicatorQuery query, int page, int size) {
            if (page < 0 || size < 1) {
                throw new IllegalArgumentException("invalid page");
            }
            Map<String, Object> params = new HashMap<>(query.parameters());
            long total = jdbc.sql("SELECT COUNT(*)" + where(query)).params(params).query(Long.class).single();
            params.put("limit", size);
            params.put("offset", (long) page * size);
            List<IndicatorRecord> items = jdbc.sql("SELECT s.id, s.name, s.village, s.region_code, " + href + " AS href"
                            + where(query) + " ORDER BY s.region_code, s.id LIMIT :limit OFFSET :offset").params(params)
                    .query((rs, n) -> new IndicatorRecord(rs.getString("village"), masked(rs.getString("name")), query.to(),
                            rs.getString("region_code"), null, rs.getString("href")))
                    .list();
            return new RecordPage(items, total, page, size);
        }

        /** Names are shown with the surname only. */
        static String masked(String name) {
            return name == null || name.length() <= 1 ? "*" : name.charAt(0) + "*".repeat(Math.min(3, name.length() - 1));
        }

        @Override
        public Map<String, BigDecimal> byRegion(IndicatorQuery query, int codeLength) {
            Map<String, BigDecimal> out = new LinkedHashMap<>();
            String key = "SUBSTRING(s.region_code, 1, " + codeLength + ")";
            jdbc.sql("SELECT " + key + " AS k, COUNT(*) AS c" + where(query) + " GROUP BY " + key + " ORDER BY k")
                    .params(query.parameters())
                    .query(rs -> {
                        out.put(rs.getString("k"), BigDecimal.valueOf(rs.getLong("c")));
                    });
            return out;
        }
    }
}
