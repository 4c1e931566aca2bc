package cn.fazhi.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
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
import cn.fazhi.organisation.Regions;

/**
 * 法治督察 figures, by business dates (never {@code created_at}):
 * <ul>
 * <li>{@code inspection.missions} — missions (not cancelled) by their start date, by kind;</li>
 * <li>{@code inspection.problems.found} — rectification problems raised by missions (source {@code oversight}) by the
 * day found; {@code inspection.problems.rectified} — those closed (销号), by the closing day;</li>
 * <li>{@code inspection.inspectors} — inspectors of the pool whose appointment is in force on the period's last day
 * (appointed on or before it, term not ended, not dismissed on or before it);</li>
 * <li>{@code inspection.inspectors.participated} — distinct inspectors who joined an on-site mission (实地督察, not
 * cancelled) starting in the period.</li>
 * </ul>
 * The pool is the district's: the two inspector figures count only for the district and a scope that covers it, and
 * fall in the month of the period's last day.
 */
@Configuration(proxyBeanMethods = false)
class OversightIndicators {

    static final SqlIndicator.Source MISSIONS = new SqlIndicator.Source("oversight_mission m", "m.id", "m.case_number",
            "m.unit_id", "m.region_code", "m.kind", "supervision.oversight.kind.", null,
            "CONCAT('/supervision/oversight/missions/', CAST(m.id AS VARCHAR(20)))");

    static final SqlIndicator.Source PROBLEMS = new SqlIndicator.Source("rectification_problem p", "p.id", "p.case_number",
            "p.unit_id", "p.region_code", null, null, null,
            "CONCAT('/rectification/problems/', CAST(p.id AS VARCHAR(20)))");

    @Bean
    SqlIndicator inspectionMissionsIndicator(IndicatorSql sql) {
        return sql.count("inspection.missions", MISSIONS, "m.started_on", "m.status <> 'CANCELLED'");
    }

    @Bean
    SqlIndicator inspectionProblemsFoundIndicator(IndicatorSql sql) {
        return sql.count("inspection.problems.found", PROBLEMS, "p.found_on",
                "p.source_type = '" + OversightMissions.PROBLEM_SOURCE + "'");
    }

    @Bean
    SqlIndicator inspectionProblemsRectifiedIndicator(IndicatorSql sql) {
        return sql.count("inspection.problems.rectified", PROBLEMS, "p.closed_on",
                "p.source_type = '" + OversightMissions.PROBLEM_SOURCE + "' AND p.status = 'CLOSED'");
    }

    @Bean
    Indicator inspectionInspectorsIndicator(JdbcClient jdbc) {
        return new Pool(jdbc, "inspection.inspectors", "FROM oversight_inspector i WHERE i.appointed_on <= :to "
                + "AND i.term_ends_on >= :to AND (i.dismissed_on IS NULL OR i.dismissed_on > :to)");
    }

    @Bean
    Indicator inspectionInspectorsParticipatedIndicator(JdbcClient jdbc) {
        return new Pool(jdbc, "inspection.inspectors.participated", "FROM oversight_inspector i WHERE EXISTS (SELECT 1 "
                + "FROM oversight_mission_inspector x JOIN oversight_mission m ON m.id = x.mission_id WHERE x.inspector_id = i.id "
                + "AND m.kind = 'ON_SITE' AND m.status <> 'CANCELLED' AND m.started_on BETWEEN :from AND :to)");
    }

    /** A count of the district's inspectors over a fixed condition, reported in the month of the period's last day. */
    static final class Pool implements Indicator {

        private final JdbcClient jdbc;
        private final String id;
        private final String fromWhere;

        Pool(JdbcClient jdbc, String id, String fromWhere) {
            this.jdbc = jdbc;
            this.id = id;
            this.fromWhere = fromWhere;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public IndicatorUnit unit() {
            return IndicatorUnit.COUNT;
        }

        /** Whether the query is about the district and the caller's scope covers the district's pool. */
        private static boolean counts(IndicatorQuery query) {
            return query.regionCode().length() == 6 && Regions.DISTRICT_CODE.startsWith(query.regionCode())
                    && query.scope().regionCode().length() == 6 && query.scope().level() != cn.fazhi.platform.scope.ScopeLevel.UNIT;
        }

        private static Map<String, Object> params(IndicatorQuery query) {
            Map<String, Object> p = new HashMap<>();
            p.put("from", query.from());
            p.put("to", query.to());
            return p;
        }

        @Override
        public BigDecimal value(IndicatorQuery query) {
            if (!counts(query)) {
                return BigDecimal.ZERO;
            }
            return BigDecimal.valueOf(jdbc.sql("SELECT COUNT(*) " + fromWhere).params(params(query)).query(Long.class).single());
        }

        @Override
        public Map<YearMonth, BigDecimal> byMonth(IndicatorQuery query) {
            Map<YearMonth, BigDecimal> months = Indicator.emptyMonths(query);
            months.put(YearMonth.from(query.to()), value(query));
            return months;
        }

        @Override
        public Map<String, BigDecimal> byRegion(IndicatorQuery query, int codeLength) {
            Map<String, BigDecimal> regions = new LinkedHashMap<>();
            BigDecimal v = value(query);
            if (v.signum() > 0) {
                regions.put(Regions.DISTRICT_CODE.substring(0, Math.min(codeLength, 6)), v);
            }
            return regions;
        }

        @Override
        public RecordPage records(IndicatorQuery query, int page, int size) {
            if (!counts(query)) {
                return new RecordPage(List.of(), 0, page, size);
            }
            Map<String, Object> p = params(query);
            long total = jdbc.sql("SELECT COUNT(*) " + fromWhere).params(p).query(Long.class).single();
            int s = Math.max(1, Math.min(size, 500));
            p.put("limit", s);
            p.put("offset", (long) Math.max(0, page) * s);
            List<IndicatorRecord> items = jdbc.sql("SELECT i.id, i.appointment_doc, i.affiliation, i.appointed_on " + fromWhere
                            + " ORDER BY i.appointed_on, i.id LIMIT :limit OFFSET :offset").params(p)
                    .query((rs, n) -> new IndicatorRecord(rs.getString("appointment_doc"), rs.getString("affiliation"),
                            rs.getObject("appointed_on", LocalDate.class), Regions.DISTRICT_CODE, null,
                            "/supervision/oversight/inspectors/" + rs.getLong("id")))
                    .list();
            return new RecordPage(items, total, page, size);
        }
    }
}
