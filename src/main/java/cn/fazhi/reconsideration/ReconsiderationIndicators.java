package cn.fazhi.reconsideration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.SqlIndicator;

/**
 * The reconsideration and litigation indicators (统计指标), including {@code legal_cases.total}, which adds the two
 * kinds of case this module owns (so no other module depends on it). Names and definitions are
 * {@code indicator.<id>.*} in the reconsideration bundles.
 */
@Configuration(proxyBeanMethods = false)
class ReconsiderationIndicators {

    static final SqlIndicator.Source RECONSIDERATION = new SqlIndicator.Source("reconsideration_case c", "c.id",
            "c.case_number", "c.unit_id", "c.region_code", "c.act_category", "reconsideration.category.",
            "c.act_amount", "CONCAT('/reconsideration/', c.id)");

    /**
     * A litigation case counts by the day the court filed it (立案日期), never by the day its row was written: a suit
     * entered in 2025 about a 2024 filing counts in 2024.
     */
    static final String LITIGATION_DATE = "c.filed_on";

    static final SqlIndicator.Source LITIGATION = new SqlIndicator.Source("litigation_case c", "c.id",
            "c.internal_number", "c.unit_id", "c.region_code", "c.instance", "litigation.instance.", null,
            "CONCAT('/litigation/', c.id)");

    static final SqlIndicator.Source HEARINGS = new SqlIndicator.Source(
            "litigation_hearing h JOIN litigation_case c ON c.id = h.case_id", "h.id", "c.internal_number",
            "c.unit_id", "c.region_code", "h.appearance", "litigation.appearance.", null,
            "CONCAT('/litigation/', c.id)");

    /** Both kinds of case as one table: kind, id, number, unit, region, the date that counts and the page. */
    static final SqlIndicator.Source LEGAL_CASES = new SqlIndicator.Source("(SELECT 'RECONSIDERATION' AS kind, c.id, "
            + "c.case_number AS ref, c.unit_id, c.region_code, c.accepted_on AS counted_on, "
            + "CONCAT('/reconsideration/', c.id) AS href FROM reconsideration_case c WHERE c.accepted_on IS NOT NULL "
            + "UNION ALL SELECT 'LITIGATION' AS kind, c.id, c.internal_number AS ref, c.unit_id, c.region_code, "
            + LITIGATION_DATE + " AS counted_on, CONCAT('/litigation/', c.id) AS href FROM litigation_case c) x",
            "x.id", "x.ref", "x.unit_id", "x.region_code", "x.kind", "indicator.legal_cases.kind.", null, "x.href");

    static final SqlIndicator.Source CONSULTATIONS = new SqlIndicator.Source(
            "reconsideration_consultation k JOIN reconsideration_consultation_point p ON p.id = k.point_id", "k.id",
            "p.name", "CAST(NULL AS BIGINT)", "p.region_code", null, null, null,
            "'/reconsideration/consultations'");

    /** 行政复议案件 (受理): cases accepted (or deemed accepted) in the period, by the acceptance date. */
    @Bean
    SqlIndicator reconsiderationCasesAcceptedIndicator(IndicatorSql sql) {
        return sql.count("reconsideration.cases.accepted", RECONSIDERATION, "c.accepted_on", null);
    }

    /** 行政复议申请 (收到): applications received in the period, whatever became of them. */
    @Bean
    SqlIndicator reconsiderationApplicationsReceivedIndicator(IndicatorSql sql) {
        return sql.count("reconsideration.applications.received", RECONSIDERATION, "c.received_on", null);
    }

    /** 行政应诉案件: suits against a district agency filed in the period (by 立案日期). */
    @Bean
    SqlIndicator litigationCasesIndicator(IndicatorSql sql) {
        return sql.count("litigation.cases", LITIGATION, LITIGATION_DATE, null);
    }

    /** 行政复议和诉讼案件: reconsideration cases accepted plus litigation cases filed in the period. */
    @Bean
    SqlIndicator legalCasesTotalIndicator(IndicatorSql sql) {
        return sql.count("legal_cases.total", LEGAL_CASES, "x.counted_on", null);
    }

    @Bean
    SqlIndicator litigationHearingsIndicator(IndicatorSql sql) {
        return sql.count("litigation.hearings", HEARINGS, "h.hearing_on", null);
    }

    /** 负责人出庭应诉率 (行政诉讼法 Art. 3(3)): hearings in the period at which a 负责人 appeared, over all of them. */
    @Bean
    Indicator litigationHeadAppearanceRateIndicator(IndicatorSql sql, SqlIndicator litigationHearingsIndicator) {
        return sql.rate("litigation.head_appearance_rate",
                sql.count("litigation.hearings.head_present", HEARINGS, "h.hearing_on", "h.appearance <> 'NOT_APPEARED'"),
                litigationHearingsIndicator);
    }

    /** 行政复议咨询: consultations recorded at the township consultation points, by the day of the consultation. */
    @Bean
    SqlIndicator reconsiderationConsultationsIndicator(IndicatorSql sql) {
        return sql.count("reconsideration.consultations", CONSULTATIONS, "k.consulted_on", null);
    }
}
