package cn.fazhi.assessment;

import java.math.BigDecimal;
import java.util.HashMap;
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
 * Assessment figures: units scored in published assessments (by the day published), and the use of the results for
 * cadres — recognised, promoted, advanced in rank — summed over the aggregate records by the day decided.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentIndicators {

    static final SqlIndicator.Source SCORES = new SqlIndicator.Source(
            "assess_score sc JOIN assess_scheme s ON s.id = sc.scheme_id JOIN unit u ON u.id = sc.unit_id", "sc.id",
            "u.name", "sc.unit_id", "sc.region_code", null, null, null, "CONCAT('/assessment/', s.id)");

    @Bean
    SqlIndicator assessmentUnitsScoredIndicator(IndicatorSql sql) {
        return sql.count("assessment.units.scored", SCORES, "s.published_on", "s.status = 'PUBLISHED'");
    }

    @Bean
    Indicator assessmentCadresRecognisedIndicator(JdbcClient jdbc) {
        return new CadreSum("assessment.cadres.recognised", "recognised", jdbc);
    }

    @Bean
    Indicator assessmentCadresPromotedIndicator(JdbcClient jdbc) {
        return new CadreSum("assessment.cadres.promoted", "promoted", jdbc);
    }

    @Bean
    Indicator assessmentCadresAdvancedIndicator(JdbcClient jdbc) {
        return new CadreSum("assessment.cadres.advanced", "advanced", jdbc);
    }

    /** A sum of one column of the cadre-use records decided in the period, within the caller's scope. */
    static final class CadreSum implements Indicator {

        private final String id;
        private final String column;
        private final JdbcClient jdbc;

        CadreSum(String id, String column, JdbcClient jdbc) {
            this.id = id;
            this.column = column;
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
            return " FROM assess_cadre_use c WHERE " + query.sqlCondition("c.unit_id", "c.region_code")
                    + " AND c.decided_on BETWEEN :from AND :to";
        }

        @Override
        public BigDecimal value(IndicatorQuery query) {
            return BigDecimal.valueOf(jdbc.sql("SELECT COALESCE(SUM(c." + column + "), 0)" + where(query))
                    .params(query.parameters()).query(Long.class).single());
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
            List<IndicatorRecord> items = jdbc.sql("SELECT c.id, c.use_year, c." + column + " AS n, c.basis, c.decided_on, "
                            + "c.region_code" + where(query) + " ORDER BY c.decided_on DESC, c.id DESC LIMIT :limit OFFSET :offset")
                    .params(params)
                    .query((rs, n) -> new IndicatorRecord(String.valueOf(rs.getInt("use_year")),
                            rs.getInt("n") + " · " + rs.getString("basis"), rs.getObject("decided_on", java.time.LocalDate.class),
                            rs.getString("region_code"), null, "/assessment/cadres"))
                    .list();
            return new RecordPage(items, total, page, size);
        }
    }
}
