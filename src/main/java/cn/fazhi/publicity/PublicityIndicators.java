package cn.fazhi.publicity;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
 * 普法 and 法治副校长 figures, each by its business date: reports by the day reported, experts who evaluated a report
 * of the period, talks, activities and visits by the day held, 法治副校长 in office at any time of the period
 * (appointed on or before its last day, term ending on or after its first), schools with at least one of them (and
 * those without), 法治副校长 short of 4 课时 in the period, national model villages that passed the ministry's review in
 * the period, and the roster units named as doing too little in the period's year ({@link DutyFulfilmentPolicy}).
 */
@Configuration(proxyBeanMethods = false)
class PublicityIndicators {

    static final SqlIndicator.Source REPORTS = new SqlIndicator.Source("pub_duty_report r JOIN unit u ON u.id = r.unit_id",
            "r.id", "u.short_name", "r.unit_id", "r.region_code", null, null, null, "CONCAT('/publicity/reports/', r.id)");
    static final SqlIndicator.Source TALKS = new SqlIndicator.Source("pub_head_talk t JOIN unit u ON u.id = t.unit_id",
            "t.id", "u.short_name", "t.unit_id", "t.region_code", null, null, null, "'/publicity/head-talks'");
    static final SqlIndicator.Source VISITS = new SqlIndicator.Source("pub_school_visit v JOIN pub_school s ON s.id = v.school_id",
            "v.id", "s.name", "v.unit_id", "v.region_code", null, null, null, "'/publicity/schools'");

    static final String VP_IN_OFFICE = "p.appointed_on <= :to AND p.term_end >= :from";

    @Bean
    SqlIndicator publicityDutyReportsIndicator(IndicatorSql sql) {
        return sql.count("publicity.duty_reports", REPORTS, "r.reported_on", null);
    }

    @Bean
    SqlIndicator publicityHeadTalksIndicator(IndicatorSql sql) {
        return sql.count("publicity.head_talks", TALKS, "t.held_on", null);
    }

    @Bean
    SqlIndicator publicitySchoolVisitsIndicator(IndicatorSql sql) {
        return sql.count("publicity.school_visits", VISITS, "v.held_on", null);
    }

    @Bean
    Indicator publicityExpertsIndicator(JdbcClient jdbc) {
        return new Rows("publicity.experts", jdbc, q -> "SELECT x.id AS rid, x.name AS rref, x.title AS rtitle, "
                + "MIN(r.reported_on) AS rdate, MIN(r.region_code) AS rregion, 0 AS rmeasure, "
                + "'/publicity/reports' AS rhref FROM pub_evaluation e JOIN pub_expert x ON x.id = e.expert_id "
                + "JOIN pub_duty_report r ON r.id = e.report_id WHERE " + q.sqlCondition("r.unit_id", "r.region_code")
                + " AND r.reported_on BETWEEN :from AND :to GROUP BY x.id, x.name, x.title", false);
    }

    @Bean
    Indicator publicityVicePrincipalsIndicator(JdbcClient jdbc) {
        return new Rows("publicity.vice_principals", jdbc, q -> "SELECT p.id AS rid, p.name AS rref, u.short_name AS rtitle, "
                + "p.appointed_on AS rdate, p.region_code AS rregion, 0 AS rmeasure, '/publicity/vice-principals' AS rhref "
                + "FROM pub_vice_principal p JOIN unit u ON u.id = p.unit_id WHERE "
                + q.sqlCondition("p.unit_id", "p.region_code") + " AND " + VP_IN_OFFICE, false);
    }

    static final String SCHOOL_HAS_VP = "EXISTS (SELECT 1 FROM pub_vp_school vs JOIN pub_vice_principal p "
            + "ON p.id = vs.vice_principal_id WHERE vs.school_id = s.id AND " + VP_IN_OFFICE + ")";

    static String schools(IndicatorQuery q, String condition) {
        return "SELECT s.id AS rid, s.name AS rref, rg.name AS rtitle, CAST(:to AS DATE) AS rdate, s.region_code AS rregion, "
                + "0 AS rmeasure, '/publicity/schools' AS rhref FROM pub_school s JOIN region rg ON rg.code = s.region_code "
                + "WHERE " + q.sqlCondition("s.unit_id", "s.region_code") + " AND " + condition;
    }

    @Bean
    Indicator publicitySchoolsIndicator(JdbcClient jdbc) {
        return new Rows("publicity.schools", jdbc, q -> schools(q, SCHOOL_HAS_VP), false);
    }

    @Bean
    Indicator publicitySchoolsWithoutVpIndicator(JdbcClient jdbc) {
        return new Rows("publicity.schools_without_vp", jdbc, q -> schools(q, "NOT " + SCHOOL_HAS_VP), false);
    }

    @Bean
    Indicator publicityVpLessonsShortIndicator(JdbcClient jdbc) {
        return new Rows("publicity.vp_lessons_short", jdbc, q -> "SELECT p.id AS rid, p.name AS rref, u.short_name AS rtitle, "
                + "p.appointed_on AS rdate, p.region_code AS rregion, 0 AS rmeasure, '/publicity/vice-principals?shortOnly=true' AS rhref "
                + "FROM pub_vice_principal p JOIN unit u ON u.id = p.unit_id WHERE "
                + q.sqlCondition("p.unit_id", "p.region_code") + " AND " + VP_IN_OFFICE
                + " AND (SELECT COALESCE(SUM(l.periods), 0) FROM pub_lesson l WHERE l.vice_principal_id = p.id "
                + "AND l.held_on BETWEEN :from AND :to) < " + VicePrincipalRules.MIN_PERIODS_PER_YEAR, false);
    }

    @Bean
    Indicator publicitySchoolReachIndicator(JdbcClient jdbc) {
        return new Rows("publicity.school_reach", jdbc, q -> "SELECT v.id AS rid, s.name AS rref, v.topic AS rtitle, "
                + "v.held_on AS rdate, v.region_code AS rregion, v.reach AS rmeasure, '/publicity/schools' AS rhref "
                + "FROM pub_school_visit v JOIN pub_school s ON s.id = v.school_id WHERE "
                + q.sqlCondition("v.unit_id", "v.region_code") + " AND v.held_on BETWEEN :from AND :to", true);
    }

    static String activities(IndicatorQuery q, String measure) {
        return "SELECT a.id AS rid, u.short_name AS rref, a.title AS rtitle, a.held_on AS rdate, a.region_code AS rregion, "
                + measure + " AS rmeasure, '/publicity/activities' AS rhref FROM pub_activity a JOIN unit u ON u.id = a.unit_id "
                + "WHERE " + q.sqlCondition("a.unit_id", "a.region_code") + " AND a.held_on BETWEEN :from AND :to";
    }

    @Bean
    Indicator publicityMaterialsIndicator(JdbcClient jdbc) {
        return new Rows("publicity.materials", jdbc, q -> activities(q, "a.materials"), true);
    }

    @Bean
    Indicator publicityActivityParticipantsIndicator(JdbcClient jdbc) {
        return new Rows("publicity.activity_participants", jdbc, q -> activities(q, "a.participants"), true);
    }

    @Bean
    Indicator publicityModelVillagesIndicator(JdbcClient jdbc) {
        return new Rows("publicity.model_villages", jdbc, q -> "SELECT v.id AS rid, v.name AS rref, rg.name AS rtitle, "
                + "MAX(w.reviewed_on) AS rdate, v.region_code AS rregion, 0 AS rmeasure, '/publicity/villages' AS rhref "
                + "FROM pub_model_village v JOIN pub_village_review w ON w.village_id = v.id JOIN region rg ON rg.code = v.region_code "
                + "WHERE " + q.sqlCondition("v.unit_id", "v.region_code") + " AND v.level = 'NATIONAL' AND w.reviewer = 'MINISTRY' "
                + "AND w.result = 'PASSED' AND w.reviewed_on BETWEEN :from AND :to GROUP BY v.id, v.name, rg.name, v.region_code",
                false);
    }

    @Bean
    Indicator publicityUnitsShortIndicator(DutyFulfilments fulfilments) {
        return new Listed("publicity.units_short", q -> fulfilments.shortfalls(q.to().getYear(), q.scope()).stream()
                .filter(f -> f.regionCode() != null && f.regionCode().startsWith(q.regionCode()))
                .map(f -> new IndicatorRecord(String.valueOf(f.unitId()), f.unitName(), q.to(), f.regionCode(), null,
                        "/publicity/fulfilment?year=" + q.to().getYear()))
                .toList());
    }

    /**
     * A figure over the rows of one SELECT (columns rid, rref, rtitle, rdate, rregion, rmeasure, rhref): the number of
     * rows, or the sum of rmeasure; value and records come from the same SELECT.
     */
    static final class Rows implements Indicator {

        private final String id;
        private final JdbcClient jdbc;
        private final Function<IndicatorQuery, String> select;
        private final boolean sum;

        Rows(String id, JdbcClient jdbc, Function<IndicatorQuery, String> select, boolean sum) {
            this.id = id;
            this.jdbc = jdbc;
            this.select = select;
            this.sum = sum;
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
            BigDecimal v = jdbc.sql("SELECT " + (sum ? "COALESCE(SUM(t.rmeasure), 0)" : "COUNT(*)") + " FROM ("
                    + select.apply(query) + ") t").params(query.parameters()).query(BigDecimal.class).single();
            return v == null ? BigDecimal.ZERO : v.setScale(0);
        }

        @Override
        public RecordPage records(IndicatorQuery query, int page, int size) {
            if (page < 0 || size < 1) {
                throw new IllegalArgumentException("invalid page");
            }
            Map<String, Object> params = new HashMap<>(query.parameters());
            long total = jdbc.sql("SELECT COUNT(*) FROM (" + select.apply(query) + ") t").params(params).query(Long.class)
                    .single();
            params.put("indicatorLimit", size);
            params.put("indicatorOffset", (long) page * size);
            List<IndicatorRecord> items = jdbc.sql("SELECT * FROM (" + select.apply(query) + ") t ORDER BY t.rdate DESC, "
                            + "t.rid DESC LIMIT :indicatorLimit OFFSET :indicatorOffset").params(params)
                    .query((rs, n) -> new IndicatorRecord(rs.getString("rref"),
                            sum ? rs.getString("rtitle") + " · " + rs.getLong("rmeasure") : rs.getString("rtitle"),
                            rs.getObject("rdate", java.time.LocalDate.class), rs.getString("rregion"), null,
                            rs.getString("rhref")))
                    .list();
            return new RecordPage(items, total, page, size);
        }

        /** The figure per sub-region: the first {@code codeLength} digits of each record's region. */
        @Override
        public Map<String, BigDecimal> byRegion(IndicatorQuery query, int codeLength) {
            Map<String, BigDecimal> regions = new java.util.LinkedHashMap<>();
            String key = "SUBSTRING(t.rregion, 1, " + codeLength + ")";
            jdbc.sql("SELECT " + key + " AS k, " + (sum ? "COALESCE(SUM(t.rmeasure), 0)" : "COUNT(*)") + " AS v FROM ("
                            + select.apply(query) + ") t GROUP BY " + key + " ORDER BY k")
                    .params(query.parameters())
                    .query((rs, n) -> Map.entry(rs.getString("k"), rs.getBigDecimal("v").setScale(0)))
                    .list().forEach(e -> regions.put(e.getKey(), e.getValue()));
            return regions;
        }
    }

    /** A figure that is the number of records a function lists. */
    static final class Listed implements Indicator {

        private final String id;
        private final Function<IndicatorQuery, List<IndicatorRecord>> rows;

        Listed(String id, Function<IndicatorQuery, List<IndicatorRecord>> rows) {
            this.id = id;
            this.rows = rows;
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
            return BigDecimal.valueOf(rows.apply(query).size());
        }

        @Override
        public RecordPage records(IndicatorQuery query, int page, int size) {
            if (page < 0 || size < 1) {
                throw new IllegalArgumentException("invalid page");
            }
            List<IndicatorRecord> all = rows.apply(query);
            int from = Math.min(all.size(), page * size);
            return new RecordPage(all.subList(from, Math.min(all.size(), from + size)), all.size(), page, size);
        }
    }
}
