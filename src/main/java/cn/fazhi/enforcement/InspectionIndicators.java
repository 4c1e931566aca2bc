package cn.fazhi.enforcement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.SqlIndicator;

/**
 * 行政检查 figures, by the day of the inspection: inspections recorded (each with at least two certified officers who
 * showed their certificates — the facade refuses any other), and those that led to a penalty case (立案), by result.
 */
@Configuration(proxyBeanMethods = false)
class InspectionIndicators {

    static final SqlIndicator.Source INSPECTIONS = new SqlIndicator.Source("enforcement_inspection i", "i.id",
            "i.case_number", "i.unit_id", "i.region_code", "COALESCE(i.result, 'PENDING')", "enforcement.inspection.result.", null,
            "CONCAT('/enforcement/inspections/', CAST(i.id AS VARCHAR(20)))");

    @Bean
    SqlIndicator enforcementInspectionsIndicator(IndicatorSql sql) {
        return sql.count("enforcement.inspection.inspections", INSPECTIONS, "i.inspected_on", "i.cancelled_on IS NULL");
    }

    @Bean
    SqlIndicator enforcementInspectionsFiledIndicator(IndicatorSql sql) {
        return sql.count("enforcement.inspection.filed", INSPECTIONS, "i.inspected_on", "i.penalty_case_id IS NOT NULL");
    }
}
