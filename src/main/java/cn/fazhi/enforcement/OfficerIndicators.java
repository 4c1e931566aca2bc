package cn.fazhi.enforcement;

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

/**
 * The officers part's figures. Certificates and posts are stocks, read on the period's last day:
 * <ul>
 * <li>{@code enforcement.officers.certified} — active officers on post (appointed on or before the day, or without a
 * recorded appointment) holding a certificate valid on the period's last day: issued on or before it, expiring on or
 * after it, not suspended or revoked on or before it ({@link CertificateChecks}' rule). So a certificate issued within
 * the period counts, one that expired or was revoked within it does not; a later suspension does not change the past.
 * The seed's "1,338 people hold enforcement qualification" is this figure for 2023;</li>
 * <li>{@code enforcement.officers.on_post} — active officers on post on that day; {@code enforcement.officers.holding_rate}
 * = certified / on post (持证率, 处罚法 Art. 42);</li>
 * <li>{@code enforcement.officers.reviewers} — officers on post flagged 法制审核 who hold 法律职业资格;
 * {@code enforcement.officers.reviewer_ratio} = reviewers / certified officers (国办发〔2018〕118号 四(十一): ≥ 5 %);</li>
 * <li>{@code enforcement.training.met} — officers on post whose hours of the last day's year reach
 * {@code fazhi.enforcement.officers.training-hours}; {@code enforcement.training.met_rate} = met / on post
 * (纲要(2021–2025)(三十四)).</li>
 * </ul>
 * A stock is reported in the month of the period's last day (its months add up to it). Exams are flows, by the exam
 * date: {@code enforcement.exam.candidates} (candidates who sat) and {@code enforcement.exam.passed}.
 */
@Configuration(proxyBeanMethods = false)
public class OfficerIndicators {

    private static final String ON_POST = "FROM enforcement_officer o JOIN unit u ON u.id = o.unit_id WHERE o.active "
            + "AND (o.appointed_on IS NULL OR o.appointed_on <= :to)";
    private static final String VALID_AT_END = " AND EXISTS (SELECT 1 FROM enforcement_certificate c WHERE c.officer_id = o.id "
            + "AND c.issued_on <= :to AND c.expires_on >= :to AND NOT (c.status IN (:suspended, :revoked) AND c.status_since <= :to))";

    static final SqlIndicator.Source CANDIDATES = new SqlIndicator.Source("enforcement_exam_candidate x "
            + "JOIN enforcement_exam e ON e.id = x.exam_id JOIN enforcement_officer o ON o.id = x.officer_id", "x.id", "o.name",
            "x.unit_id", "x.region_code", null, null, null, "CONCAT('/enforcement/exams/', CAST(e.id AS VARCHAR(20)))");

    @Bean
    Stock enforcementOfficersCertified(JdbcClient jdbc) {
        return new Stock(jdbc, "enforcement.officers.certified", ON_POST + VALID_AT_END);
    }

    @Bean
    Stock enforcementOfficersOnPost(JdbcClient jdbc) {
        return new Stock(jdbc, "enforcement.officers.on_post", ON_POST);
    }

    @Bean
    Indicator enforcementOfficersHoldingRate(IndicatorSql sql, Stock enforcementOfficersCertified,
            Stock enforcementOfficersOnPost) {
        return sql.rate("enforcement.officers.holding_rate", enforcementOfficersCertified, enforcementOfficersOnPost);
    }

    @Bean
    Stock enforcementOfficersReviewers(JdbcClient jdbc) {
        return new Stock(jdbc, "enforcement.officers.reviewers", ON_POST + " AND o.reviewer AND o.legal_qualification");
    }

    @Bean
    Indicator enforcementOfficersReviewerRatio(IndicatorSql sql, Stock enforcementOfficersReviewers,
            Stock enforcementOfficersCertified) {
        return sql.rate("enforcement.officers.reviewer_ratio", enforcementOfficersReviewers, enforcementOfficersCertified);
    }

    @Bean
    Stock enforcementTrainingMet(JdbcClient jdbc, OfficerProperties settings) {
        return new Stock(jdbc, "enforcement.training.met", ON_POST + " AND EXISTS (SELECT 1 FROM enforcement_training t "
                + "WHERE t.officer_id = o.id AND t.training_year = :toYear AND t.hours >= :threshold)",
                Map.of("threshold", settings.trainingHours()));
    }

    @Bean
    Indicator enforcementTrainingMetRate(IndicatorSql sql, Stock enforcementTrainingMet, Stock enforcementOfficersOnPost) {
        return sql.rate("enforcement.training.met_rate", enforcementTrainingMet, enforcementOfficersOnPost);
    }

    @Bean
    Indicator enforcementExamCandidates(IndicatorSql sql) {
        return sql.count("enforcement.exam.candidates", CANDIDATES, "e.held_on", "x.sat");
    }

    @Bean
    Indicator enforcementExamPassed(IndicatorSql sql) {
        return sql.count("enforcement.exam.passed", CANDIDATES, "e.held_on", "x.passed");
    }

    /**
     * A count of officers on the period's last day ({@code :to}, and {@code :toYear}) over a fixed condition, within the
     * region and the caller's scope; the value is the number of its records; it falls in the last day's month.
     */
    static final class Stock implements Indicator {

        private final JdbcClient jdbc;
        private final String id;
        private final String fromWhere;
        private final Map<String, Object> fixed;

        Stock(JdbcClient jdbc, String id, String fromWhere) {
            this(jdbc, id, fromWhere, Map.of());
        }

        Stock(JdbcClient jdbc, String id, String fromWhere, Map<String, Object> fixed) {
            this.jdbc = jdbc;
            this.id = id;
            this.fromWhere = fromWhere;
            this.fixed = fixed;
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
            return fromWhere + " AND " + query.sqlCondition("o.unit_id", "o.region_code");
        }

        private Map<String, Object> params(IndicatorQuery query) {
            Map<String, Object> p = new HashMap<>(query.parameters());
            p.put("toYear", query.to().getYear());
            p.put("suspended", CertificateStatus.SUSPENDED.name());
            p.put("revoked", CertificateStatus.REVOKED.name());
            p.putAll(fixed);
            return p;
        }

        @Override
        public BigDecimal value(IndicatorQuery query) {
            return BigDecimal.valueOf(jdbc.sql("SELECT COUNT(*) " + where(query)).params(params(query)).query(Long.class)
                    .single());
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
            String key = "SUBSTRING(o.region_code, 1, " + codeLength + ")";
            jdbc.sql("SELECT " + key + " AS k, COUNT(*) AS v " + where(query) + " GROUP BY " + key + " ORDER BY k")
                    .params(params(query))
                    .query((rs, n) -> Map.entry(rs.getString("k"), BigDecimal.valueOf(rs.getLong("v"))))
                    .list().forEach(e -> regions.put(e.getKey(), e.getValue()));
            return regions;
        }

        @Override
        public RecordPage records(IndicatorQuery query, int page, int size) {
            Map<String, Object> p = params(query);
            long total = jdbc.sql("SELECT COUNT(*) " + where(query)).params(p).query(Long.class).single();
            int s = Math.max(1, Math.min(size, 500));
            p.put("limit", s);
            p.put("offset", (long) Math.max(0, page) * s);
            List<IndicatorRecord> items = jdbc.sql("SELECT o.id, o.name, u.name AS unit_name, o.appointed_on, o.region_code "
                            + where(query) + " ORDER BY u.sort_order, o.name, o.id LIMIT :limit OFFSET :offset")
                    .params(p)
                    .query((rs, n) -> new IndicatorRecord(rs.getString("name"), rs.getString("unit_name"),
                            rs.getObject("appointed_on", LocalDate.class) == null ? query.to()
                                    : rs.getObject("appointed_on", LocalDate.class),
                            rs.getString("region_code"), null, "/enforcement/officers/" + rs.getLong("id")))
                    .list();
            return new RecordPage(items, total, page, size);
        }
    }
}
