package cn.fazhi.enforcement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.RateIndicator;
import cn.fazhi.indicators.SqlIndicator;

/**
 * The penalty case's figures (ids {@code enforcement.cases.*}), each counted by its business date — filing
 * ({@code filed_on}), decision ({@code decided_on}) or the act's day — never by when a row was written. Names and
 * definitions are {@code indicator.<id>.*} in the enforcement-cases bundles.
 */
@Configuration(proxyBeanMethods = false)
class EnforcementCaseIndicators {

    static final SqlIndicator.Source CASES = new SqlIndicator.Source("enforcement_case c", "c.id", "c.case_number",
            "c.unit_id", "c.region_code", "c.procedure_kind", "enforcement.cases.procedure.", "c.fine_amount",
            "CONCAT('/enforcement/cases/', c.id)");

    static final SqlIndicator.Source ACTS = new SqlIndicator.Source(
            "enforcement_case_act a JOIN enforcement_case c ON c.id = a.case_id", "a.id", "c.case_number", "c.unit_id",
            "c.region_code", "a.act_kind", "enforcement.cases.actKind.", null, "CONCAT('/enforcement/cases/', c.id)");

    static final String FINED = "c.fine_amount > 0";
    static final String OUTSIDE = "c.outside_range";

    /** 立案: cases filed in the period. */
    @Bean
    SqlIndicator enforcementCasesFiled(IndicatorSql sql) {
        return sql.count("enforcement.cases.filed", CASES, "c.filed_on", null);
    }

    /** 作出处罚决定: decisions made in the period (ordinary and on the spot). */
    @Bean
    SqlIndicator enforcementCasesDecided(IndicatorSql sql) {
        return sql.count("enforcement.cases.decided", CASES, "c.decided_on", null);
    }

    /** 超期决定 (处罚法 Art. 60): decided after the 90th day from filing (or after a lawfully extended due day). */
    @Bean
    SqlIndicator enforcementCasesOver90(IndicatorSql sql) {
        return sql.count("enforcement.cases.over90", CASES, "c.decided_on", "c.decided_on > c.decision_due_on");
    }

    @Bean
    SqlIndicator enforcementCasesMajor(IndicatorSql sql) {
        return sql.count("enforcement.cases.major", CASES, "c.decided_on", "c.major_required");
    }

    @Bean
    SqlIndicator enforcementCasesMajorReviewed(IndicatorSql sql) {
        return sql.count("enforcement.cases.major_reviewed", CASES, "c.decided_on",
                "c.major_required AND c.review_passed_on IS NOT NULL AND c.review_passed_on <= c.decided_on");
    }

    /** 重大执法决定法制审核覆盖率 (Art. 58; 118号 四): major decisions with a review passed before them. */
    @Bean
    RateIndicator enforcementCasesReviewCoverage(IndicatorSql sql) {
        return sql.rate("enforcement.cases.review_coverage", enforcementCasesMajorReviewed(sql), enforcementCasesMajor(sql));
    }

    @Bean
    SqlIndicator enforcementCasesActs(IndicatorSql sql) {
        return sql.count("enforcement.cases.acts", ACTS, "a.act_on", null);
    }

    @Bean
    SqlIndicator enforcementCasesActsTwoOfficers(IndicatorSql sql) {
        return sql.count("enforcement.cases.acts_two_officers", ACTS, "a.act_on",
                "(SELECT COUNT(*) FROM enforcement_case_act_officer ao WHERE ao.act_id = a.id) >= 2");
    }

    /** 两人执法率 (处罚法 Art. 42): investigative acts with at least two certified officers. */
    @Bean
    RateIndicator enforcementCasesTwoOfficerShare(IndicatorSql sql) {
        return sql.rate("enforcement.cases.two_officer_share", enforcementCasesActsTwoOfficers(sql), enforcementCasesActs(sql));
    }

    @Bean
    SqlIndicator enforcementCasesFined(IndicatorSql sql) {
        return sql.count("enforcement.cases.fined", CASES, "c.decided_on", FINED);
    }

    @Bean
    SqlIndicator enforcementCasesBenchmarkStated(IndicatorSql sql) {
        return sql.count("enforcement.cases.benchmark_stated", CASES, "c.decided_on",
                FINED + " AND c.benchmark_level_id IS NOT NULL");
    }

    /** 裁量基准说明率 (27号 五(十二)): fines whose decision stated the benchmark level applied. */
    @Bean
    RateIndicator enforcementCasesBenchmarkShare(IndicatorSql sql) {
        return sql.rate("enforcement.cases.benchmark_share", enforcementCasesBenchmarkStated(sql), enforcementCasesFined(sql));
    }

    @Bean
    SqlIndicator enforcementCasesOutsideRange(IndicatorSql sql) {
        return sql.count("enforcement.cases.outside_range", CASES, "c.decided_on", OUTSIDE);
    }

    @Bean
    SqlIndicator enforcementCasesDeviationsApproved(IndicatorSql sql) {
        return sql.count("enforcement.cases.deviations_approved", CASES, "c.decided_on",
                OUTSIDE + " AND (c.deviation_approved_on IS NOT NULL OR c.discussion_on IS NOT NULL)");
    }

    /** 偏离基准经批准率 (27号 五(十二)): fines outside their level with the head's approval or a 集体讨论. */
    @Bean
    RateIndicator enforcementCasesDeviationShare(IndicatorSql sql) {
        return sql.rate("enforcement.cases.deviation_share", enforcementCasesDeviationsApproved(sql),
                enforcementCasesOutsideRange(sql));
    }
}
