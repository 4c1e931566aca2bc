package cn.fazhi.supervision;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.SqlIndicator;

/**
 * 双随机、一公开 figures, by business dates: tasks drawn (by the draw day), completed (results recorded, by that day),
 * published and published on time (by the publication day; on time = on or before the due day of
 * {@link RandomTaskProperties#publishWorkingDays}), entities inspected (by the inspection day, by outcome) and the
 * share of joint tasks among the tasks drawn (进一次门、查多项事).
 */
@Configuration(proxyBeanMethods = false)
class RandomInspectionIndicators {

    static final SqlIndicator.Source TASKS = new SqlIndicator.Source("random_task t", "t.id", "t.case_number",
            "t.lead_unit_id", "t.region_code", null, null, null, "CONCAT('/supervision/random-inspections/tasks/', t.id)");

    static final SqlIndicator.Source RESULTS = new SqlIndicator.Source("random_result r", "r.task_id", "r.uscc", "r.unit_id",
            "r.region_code", "r.outcome", "supervision.random.outcome.", null,
            "CONCAT('/supervision/random-inspections/tasks/', r.task_id)");

    @Bean
    SqlIndicator randomInspectionTasksDrawnIndicator(IndicatorSql sql) {
        return sql.count("random_inspection.tasks.drawn", TASKS, "t.drawn_on", null);
    }

    @Bean
    SqlIndicator randomInspectionTasksCompletedIndicator(IndicatorSql sql) {
        return sql.count("random_inspection.tasks.completed", TASKS, "t.results_recorded_on", null);
    }

    @Bean
    SqlIndicator randomInspectionTasksPublishedIndicator(IndicatorSql sql) {
        return sql.count("random_inspection.tasks.published", TASKS, "t.published_on", null);
    }

    @Bean
    SqlIndicator randomInspectionTasksPublishedOnTimeIndicator(IndicatorSql sql) {
        return sql.count("random_inspection.tasks.published_on_time", TASKS, "t.published_on",
                "t.published_on <= t.publish_due_on");
    }

    @Bean
    Indicator randomInspectionPublishedOnTimeRateIndicator(IndicatorSql sql,
            SqlIndicator randomInspectionTasksPublishedOnTimeIndicator, SqlIndicator randomInspectionTasksPublishedIndicator) {
        return sql.rate("random_inspection.tasks.on_time_rate", randomInspectionTasksPublishedOnTimeIndicator,
                randomInspectionTasksPublishedIndicator);
    }

    @Bean
    SqlIndicator randomInspectionEntitiesInspectedIndicator(IndicatorSql sql) {
        return sql.count("random_inspection.entities.inspected", RESULTS, "r.inspected_on", null);
    }

    @Bean
    Indicator randomInspectionJointShareIndicator(IndicatorSql sql, SqlIndicator randomInspectionTasksDrawnIndicator) {
        return sql.rate("random_inspection.joint_share",
                sql.count("random_inspection.tasks.joint", TASKS, "t.drawn_on", "t.joint"),
                randomInspectionTasksDrawnIndicator);
    }
}
