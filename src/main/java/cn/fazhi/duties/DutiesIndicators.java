package cn.fazhi.duties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.SqlIndicator;

/**
 * 述法 and duty-list figures by their business dates: written reports (书面述法) by the day submitted, speakers (典型发言)
 * by the meeting's date, 依法行政书面述职 reports at the government's first plenary by the day submitted; heads with a
 * duty list by the day it was issued, and the share of their items with evidence (by the same date).
 */
@Configuration(proxyBeanMethods = false)
class DutiesIndicators {

    static final SqlIndicator.Source REPORTS = new SqlIndicator.Source(
            "shufa_report r JOIN shufa_plan p ON p.id = r.plan_id JOIN unit u ON u.id = r.unit_id", "r.id", "u.name",
            "r.unit_id", "r.region_code", "COALESCE(r.grade, 'UNGRADED')", "duties.grade.", null, "CONCAT('/duties/shufa/reports/', r.id)");
    static final SqlIndicator.Source LISTS = new SqlIndicator.Source("duty_list l JOIN unit u ON u.id = l.unit_id", "l.id",
            "l.head_post", "l.unit_id", "l.region_code", "l.head_role", "duties.role.", null,
            "CONCAT('/duties/lists/', l.id)");
    static final SqlIndicator.Source ITEMS = new SqlIndicator.Source(
            "duty_item i JOIN duty_list l ON l.id = i.list_id", "l.id", "i.title", "l.unit_id", "l.region_code", "i.kind",
            "duties.kind.", null, "CONCAT('/duties/lists/', l.id)");

    @Bean
    SqlIndicator shufaUnitsIndicator(IndicatorSql sql) {
        return sql.count("shufa.units", REPORTS, "r.submitted_on", "p.kind = 'WRITTEN'");
    }

    @Bean
    SqlIndicator shufaSpeakersIndicator(IndicatorSql sql) {
        return sql.count("shufa.speakers", REPORTS, "p.meeting_on", "p.kind = 'WRITTEN' AND r.speaker");
    }

    @Bean
    SqlIndicator shufaPlenaryReportsIndicator(IndicatorSql sql) {
        return sql.count("shufa.plenary_reports", REPORTS, "r.submitted_on", "p.kind = 'PLENARY'");
    }

    @Bean
    SqlIndicator dutiesListsIndicator(IndicatorSql sql) {
        return sql.count("duties.lists", LISTS, "l.issued_on", null);
    }

    @Bean
    SqlIndicator dutiesItemsIndicator(IndicatorSql sql) {
        return sql.count("duties.items", ITEMS, "l.issued_on", null);
    }

    @Bean
    SqlIndicator dutiesItemsEvidencedIndicator(IndicatorSql sql) {
        return sql.count("duties.items.evidenced", ITEMS, "l.issued_on",
                "EXISTS (SELECT 1 FROM duty_evidence e WHERE e.item_id = i.id)");
    }

    @Bean
    Indicator dutiesItemsEvidencedRateIndicator(IndicatorSql sql, SqlIndicator dutiesItemsEvidencedIndicator,
            SqlIndicator dutiesItemsIndicator) {
        return sql.rate("duties.items.evidenced_rate", dutiesItemsEvidencedIndicator, dutiesItemsIndicator);
    }
}
