package cn.fazhi.enforcement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.RateIndicator;
import cn.fazhi.indicators.SqlIndicator;

/**
 * Coercion's figures, each counted by its business date: measures by the day taken; measures over their period by
 * the day the period ended; executions at night or on rest days by the execution day (by emergency or not); and the
 * audio-video coverage of the acts 118号 三(八) makes mandatory (查封, 扣押, 强制拆除) by the act's day. Names and
 * definitions are {@code indicator.<id>.*} in the coercion bundles.
 */
@Configuration(proxyBeanMethods = false)
class CoercionIndicators {

    /** Cases of coercion; category: the measure's or execution's type. */
    static final SqlIndicator.Source CASES = new SqlIndicator.Source("coercion_case c", "c.id", "c.case_number",
            "c.unit_id", "c.region_code", "COALESCE(c.measure_type, c.execution_type)", "enforcement.coercion.type.",
            null, "CONCAT('/enforcement/coercions/', CAST(c.id AS VARCHAR(20)))");

    /** Executions at night or on a rest day; category: with the emergency flag (Art. 43's exception) or without. */
    static final SqlIndicator.Source OFF_HOURS = new SqlIndicator.Source("coercion_case c", "c.id", "c.case_number",
            "c.unit_id", "c.region_code", "CASE WHEN c.emergency THEN 'EMERGENCY' ELSE 'ORDINARY' END",
            "enforcement.coercion.offHours.", null, "CONCAT('/enforcement/coercions/', CAST(c.id AS VARCHAR(20)))");

    /** The mandatory audio-video act is on the record: an AUDIO_VIDEO evidence item for the case's act. */
    static final String AUDIO_VIDEO_PRESENT = "EXISTS (SELECT 1 FROM enforcement_evidence e WHERE e.case_type = 'coercion' "
            + "AND e.case_id = c.id AND e.media = 'AUDIO_VIDEO' AND e.act = c.av_act)";

    /** 强制措施 taken in the period (by the day taken). */
    @Bean
    SqlIndicator enforcementCoercionMeasuresIndicator(IndicatorSql sql) {
        return sql.count("enforcement.coercion.measures", CASES, "c.measure_on", null);
    }

    /**
     * 查封/扣押/冻结 over their period (Arts. 25, 32, 62): whose period ended in the period, before today, with no
     * decision by its last day (disposed later, or not at all).
     */
    @Bean
    SqlIndicator enforcementCoercionOverdueIndicator(IndicatorSql sql) {
        return sql.count("enforcement.coercion.overdue", CASES, "c.expires_on",
                "c.expires_on < CURRENT_DATE AND (c.disposed_on IS NULL OR c.disposed_on > c.expires_on)");
    }

    /** 强制执行 at night or on a rest day (Art. 43), by the execution day; category: emergency or not. */
    @Bean
    SqlIndicator enforcementCoercionOffHoursIndicator(IndicatorSql sql) {
        return sql.count("enforcement.coercion.off_hours", OFF_HOURS, "c.executed_on", "c.off_hours");
    }

    @Bean
    SqlIndicator enforcementCoercionMandatoryActsIndicator(IndicatorSql sql) {
        return sql.count("enforcement.coercion.av_acts", CASES, "COALESCE(c.measure_on, c.executed_on)", "c.av_required");
    }

    @Bean
    SqlIndicator enforcementCoercionMandatoryActsRecordedIndicator(IndicatorSql sql) {
        return sql.count("enforcement.coercion.av_recorded", CASES, "COALESCE(c.measure_on, c.executed_on)",
                "c.av_required AND " + AUDIO_VIDEO_PRESENT);
    }

    /** 全程音像覆盖率 (118号 三(八)): mandatory acts with their audio-video record / mandatory acts. */
    @Bean
    RateIndicator enforcementCoercionAudioVideoCoverageIndicator(IndicatorSql sql) {
        return sql.rate("enforcement.coercion.av_coverage", enforcementCoercionMandatoryActsRecordedIndicator(sql),
                enforcementCoercionMandatoryActsIndicator(sql));
    }
}
