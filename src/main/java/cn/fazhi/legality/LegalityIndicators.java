package cn.fazhi.legality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorBreakdown;
import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.IndicatorRecord;
import cn.fazhi.indicators.IndicatorUnit;
import cn.fazhi.indicators.RecordPage;

/**
 * The module's figures for the indicator registry. Each is a count whose records come from the same condition:
 * legality reviews concluded (all and by outcome, dated by the opinion), adviser opinions (dated when given), major
 * decisions taken with a skipped step (dated by the decision), items of the public lists published (dated by the
 * list's publication) and certificate requirements kept or replaced by 告知承诺 (dated by the decision on the item).
 */
@Configuration(proxyBeanMethods = false)
public class LegalityIndicators {

    @Bean
    Indicator legalityReviewsDone(JdbcClient jdbc) {
        return reviews(jdbc, "legality.reviews.done", null);
    }

    @Bean
    Indicator legalityReviewsPass(JdbcClient jdbc) {
        return reviews(jdbc, "legality.reviews.pass", ReviewOutcome.PASS);
    }

    @Bean
    Indicator legalityReviewsAmended(JdbcClient jdbc) {
        return reviews(jdbc, "legality.reviews.amended", ReviewOutcome.PASS_WITH_AMENDMENTS);
    }

    @Bean
    Indicator legalityReviewsFailed(JdbcClient jdbc) {
        return reviews(jdbc, "legality.reviews.failed", ReviewOutcome.FAIL);
    }

    @Bean
    Indicator legalityAdviserOpinions(JdbcClient jdbc) {
        return new Count(jdbc, "legality.adviser.opinions",
                "FROM adviser_opinion o JOIN legal_adviser a ON a.id = o.adviser_id WHERE o.given_on BETWEEN :from AND :to",
                "o.given_on",
                "o.unit_id", "o.region_code",
                "a.name AS reference, o.subject AS title, o.given_on AS record_date, o.region_code, NULL AS amount, "
                        + "'/legality/advisers' AS href", "o.given_on DESC, o.id DESC", Map.of());
    }

    /**
     * Items of the certificate list (证明事项清单) decided in the period with {@code handling}: kept (保留) or replaced by
     * notification and commitment (告知承诺) — dated by the decision on the item, not by when the row was written.
     */
    private static Indicator certificates(JdbcClient jdbc, String id, CertificateHandling handling) {
        return new Count(jdbc, id, "FROM public_list_item i WHERE i.kind = :certificateKind AND i.handling = :handling "
                + "AND i.decided_on BETWEEN :from AND :to", "i.decided_on", "i.unit_id", "i.region_code",
                "i.code AS reference, i.name AS title, i.decided_on AS record_date, i.region_code, NULL AS amount, "
                        + "'/legality/lists/certificate' AS href", "i.decided_on DESC, i.id DESC",
                Map.of("certificateKind", ListKind.CERTIFICATE.name(), "handling", handling.name()));
    }

    @Bean
    Indicator legalityCertificatesKept(JdbcClient jdbc) {
        return certificates(jdbc, "legality.certificates.kept", CertificateHandling.RETAINED);
    }

    @Bean
    Indicator legalityCertificatesNotificationCommitment(JdbcClient jdbc) {
        return certificates(jdbc, "legality.certificates.notification_commitment",
                CertificateHandling.NOTIFICATION_COMMITMENT);
    }

    @Bean
    Indicator legalityDecisionsFlagged(JdbcClient jdbc) {
        return new Count(jdbc, "legality.decisions.flagged",
                "FROM major_decision d WHERE d.flagged AND d.decided_on BETWEEN :from AND :to", "d.decided_on", "d.unit_id",
                "d.region_code", "CAST(d.catalogue_year AS VARCHAR(8)) AS reference, d.title, d.decided_on AS record_date, "
                        + "d.region_code, NULL AS amount, CONCAT('/legality/decisions/', CAST(d.id AS VARCHAR(20))) AS href",
                "d.decided_on DESC, d.id DESC", Map.of());
    }

    @Bean
    Indicator legalityListItemsPublished(JdbcClient jdbc) {
        return new Count(jdbc, "legality.lists.published",
                "FROM public_list_item i JOIN public_list l ON l.kind = i.kind WHERE l.published_on BETWEEN :from AND :to",
                "l.published_on",
                "i.unit_id", "i.region_code", "i.code AS reference, i.name AS title, l.published_on AS record_date, "
                        + "i.region_code, NULL AS amount, CONCAT('/legality/lists/', LOWER(i.kind)) AS href",
                "l.published_on DESC, i.id DESC", Map.of());
    }

    /** Reviews concluded in the period (dated by the opinion), with {@code outcome} (null: any outcome). */
    private static Indicator reviews(JdbcClient jdbc, String id, ReviewOutcome outcome) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("concluded", ReviewStatus.CONCLUDED.name());
        if (outcome != null) {
            params.put("outcome", outcome.name());
        }
        return new Count(jdbc, id, "FROM legality_review r WHERE r.status = :concluded AND r.concluded_on BETWEEN :from "
                + "AND :to" + (outcome == null ? "" : " AND r.outcome = :outcome"), "r.concluded_on", "r.unit_id",
                "r.region_code", "r.case_number AS reference, r.title, r.concluded_on AS record_date, r.region_code, r.amount, "
                        + "CONCAT('/legality/reviews/', CAST(r.id AS VARCHAR(20))) AS href",
                "r.concluded_on DESC, r.id DESC", Map.copyOf(params));
    }

    /** A count over fixed SQL; value and records share the FROM/WHERE, the region and the caller's scope. */
    private record Count(JdbcClient jdbc, String id, String fromWhere, String dateColumn, String unitColumn,
            String regionColumn, String recordColumns, String order, Map<String, Object> fixed) implements Indicator {

        /** The query's parameters and the indicator's own (statuses, kinds: bound, never literals). */
        private Map<String, Object> params(IndicatorQuery query) {
            Map<String, Object> p = new java.util.HashMap<>(query.parameters());
            p.putAll(fixed);
            return p;
        }

        @Override
        public IndicatorUnit unit() {
            return IndicatorUnit.COUNT;
        }

        @Override
        public BigDecimal value(IndicatorQuery query) {
            long n = jdbc.sql("SELECT COUNT(*) " + fromWhere + " AND " + query.sqlCondition(unitColumn, regionColumn))
                    .params(params(query)).query(Long.class).single();
            return BigDecimal.valueOf(n);
        }

        /** The value and its breakdowns in one grouped query (no categories). */
        @Override
        public IndicatorBreakdown breakdown(IndicatorQuery query, int codeLength,
                Function<Indicator, IndicatorBreakdown> parts) {
            return IndicatorSql.breakdown(jdbc, query, codeLength,
                    new IndicatorSql.Grouping(dateColumn, regionColumn, null, "COUNT(*)"),
                    fromWhere + " AND " + query.sqlCondition(unitColumn, regionColumn), params(query),
                    v -> v == null ? BigDecimal.ZERO : v.setScale(0));
        }

        @Override
        public Map<YearMonth, BigDecimal> byMonth(IndicatorQuery query) {
            return breakdown(query, 9, part -> null).months();
        }

        @Override
        public Map<String, BigDecimal> byRegion(IndicatorQuery query, int codeLength) {
            return breakdown(query, codeLength, part -> null).regions();
        }

        @Override
        public RecordPage records(IndicatorQuery query, int page, int size) {
            Map<String, Object> params = params(query);
            String where = fromWhere + " AND " + query.sqlCondition(unitColumn, regionColumn);
            long total = jdbc.sql("SELECT COUNT(*) " + where).params(params).query(Long.class).single();
            List<IndicatorRecord> items = jdbc.sql("SELECT " + recordColumns + " " + where + " ORDER BY " + order
                            + " LIMIT " + Math.max(1, Math.min(size, 500)) + " OFFSET " + (long) Math.max(0, page) * size)
                    .params(params)
                    .query((rs, n) -> new IndicatorRecord(rs.getString("reference"), rs.getString("title"),
                            rs.getObject("record_date", LocalDate.class), rs.getString("region_code"), rs.getBigDecimal("amount"),
                            rs.getString("href")))
                    .list();
            return new RecordPage(items, total, page, size);
        }
    }
}
