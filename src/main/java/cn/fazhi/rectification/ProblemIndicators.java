package cn.fazhi.rectification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.SqlIndicator;

/**
 * Rectification figures, each counted by its business date, never by when a row was written: problems found (by
 * {@code found_on}, by source type), closed (by {@code closed_on}), closed on time (closed on or before the deadline,
 * by {@code closed_on}) and its rate over those closed, and overdue — a problem whose deadline falls in the period and
 * that was not closed by it: still open with the deadline passed, or closed after it; counted by the deadline.
 */
@Configuration(proxyBeanMethods = false)
class ProblemIndicators {

    static final SqlIndicator.Source PROBLEMS = new SqlIndicator.Source("rectification_problem p", "p.id",
            "p.case_number", "p.unit_id", "p.region_code", "p.source_type", "cases.type.", null,
            "CONCAT('/rectification/problems/', p.id)");

    private static final String CLOSED = "p.status = '" + ProblemStatus.CLOSED.name() + "'";

    /** 发现问题数. */
    @Bean
    SqlIndicator rectificationProblemsFoundIndicator(IndicatorSql sql) {
        return sql.count("rectification.problems.found", PROBLEMS, "p.found_on", null);
    }

    /** 整改销号数. */
    @Bean
    SqlIndicator rectificationProblemsClosedIndicator(IndicatorSql sql) {
        return sql.count("rectification.problems.closed", PROBLEMS, "p.closed_on", CLOSED);
    }

    /** 按期整改销号数. */
    @Bean
    SqlIndicator rectificationProblemsClosedOnTimeIndicator(IndicatorSql sql) {
        return sql.count("rectification.problems.closed_on_time", PROBLEMS, "p.closed_on",
                CLOSED + " AND p.closed_on <= p.deadline");
    }

    /** 按期整改率 = closed on time / closed, both by the day closed. */
    @Bean
    Indicator rectificationProblemsOnTimeRateIndicator(IndicatorSql sql,
            SqlIndicator rectificationProblemsClosedOnTimeIndicator, SqlIndicator rectificationProblemsClosedIndicator) {
        return sql.rate("rectification.problems.on_time_rate", rectificationProblemsClosedOnTimeIndicator,
                rectificationProblemsClosedIndicator);
    }

    /** 逾期问题数: deadline in the period, and closed after it or still open with it passed. */
    @Bean
    SqlIndicator rectificationProblemsOverdueIndicator(IndicatorSql sql) {
        return sql.count("rectification.problems.overdue", PROBLEMS, "p.deadline",
                "((" + CLOSED + " AND p.closed_on > p.deadline) OR (p.status <> '" + ProblemStatus.CLOSED.name()
                        + "' AND p.deadline < CURRENT_DATE))");
    }
}
