package cn.fazhi.enforcement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.SqlIndicator;

/**
 * Case-file evaluation figures. Evaluated files count by the day their score became final (the evaluation's business
 * date, {@code evaluated_on}); pre-check findings by the file's closing day, with the kind of finding as category.
 * 优良率 = files graded 优秀 or 良好 / files evaluated; 不合格率 = files graded 不合格 / files evaluated (the scale
 * is the local setting, LEGAL-RULES-2 §6.2).
 */
@Configuration(proxyBeanMethods = false)
class FileReviewIndicators {

    static final SqlIndicator.Source EVALUATED = new SqlIndicator.Source("enforcement_evaluation_file f", "f.id",
            "f.case_number", "f.unit_id", "f.region_code", "COALESCE(f.grade, 'UNSCORED')", "enforcement.filereview.grade.", "f.score",
            "CONCAT('/enforcement/file-reviews/files/', f.id)");

    static final SqlIndicator.Source FINDINGS = new SqlIndicator.Source("enforcement_precheck_finding p", "p.case_id",
            "p.case_number", "p.unit_id", "p.region_code", "p.kind", "enforcement.filereview.kind.", null,
            "CONCAT('/enforcement/file-reviews/prechecks?keyword=', p.case_number)");

    static final SqlIndicator.Source PRECHECKED = new SqlIndicator.Source("enforcement_precheck_run r", "r.case_id",
            "r.case_number", "r.unit_id", "r.region_code", null, null, null,
            "CONCAT('/enforcement/file-reviews/prechecks?keyword=', r.case_number)");

    /** 评查案卷数: files whose score became final in the period. */
    @Bean
    SqlIndicator enforcementFilereviewEvaluatedIndicator(IndicatorSql sql) {
        return sql.count("enforcement.filereview.evaluated", EVALUATED, "f.evaluated_on", "f.score IS NOT NULL");
    }

    /** 优良率. The grades are bound from the enum's names through fixed SQL constants. */
    @Bean
    Indicator enforcementFilereviewExcellentRateIndicator(IndicatorSql sql,
            SqlIndicator enforcementFilereviewEvaluatedIndicator) {
        return sql.rate("enforcement.filereview.excellent_rate",
                sql.count("enforcement.filereview.excellent_or_good", EVALUATED, "f.evaluated_on",
                        "f.grade IN ('" + EvaluationGrade.EXCELLENT.name() + "', '" + EvaluationGrade.GOOD.name() + "')"),
                enforcementFilereviewEvaluatedIndicator);
    }

    /** 不合格率. */
    @Bean
    Indicator enforcementFilereviewFailRateIndicator(IndicatorSql sql, SqlIndicator enforcementFilereviewEvaluatedIndicator) {
        return sql.rate("enforcement.filereview.fail_rate",
                sql.count("enforcement.filereview.failed", EVALUATED, "f.evaluated_on",
                        "f.grade = '" + EvaluationGrade.FAIL.name() + "'"),
                enforcementFilereviewEvaluatedIndicator);
    }

    /** 预检案卷数: closed files pre-checked, by the closing day. */
    @Bean
    SqlIndicator enforcementFilereviewPrecheckedIndicator(IndicatorSql sql) {
        return sql.count("enforcement.filereview.prechecked", PRECHECKED, "r.closed_on", null);
    }

    /** 预检问题数 by kind (category): findings of the files closed in the period. */
    @Bean
    SqlIndicator enforcementFilereviewFindingsIndicator(IndicatorSql sql) {
        return sql.count("enforcement.filereview.findings", FINDINGS, "p.closed_on", null);
    }

    /** Files closed in the period whose pre-check found nothing, over those pre-checked: 预检无问题率. */
    @Bean
    Indicator enforcementFilereviewCleanRateIndicator(IndicatorSql sql, SqlIndicator enforcementFilereviewPrecheckedIndicator) {
        return sql.rate("enforcement.filereview.clean_rate",
                sql.count("enforcement.filereview.clean", PRECHECKED, "r.closed_on", "r.findings = 0"),
                enforcementFilereviewPrecheckedIndicator);
    }
}
