package cn.fazhi.enterprises;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The 2023 demo year of enterprise requests and SME complaints through the indicators registry: with the demo
 * enterprises of the register, 240 requests and 6 complaints with the figures the generator builds exactly, every
 * demo date in 2023, no supervision clue, and each routing to the unit the suggestion code found; with an empty
 * register, none at all.
 */
@IntegrationTest
class RequestDemoYear2023Test {

    @Autowired Indicators indicators;
    @Autowired JdbcClient jdbc;

    final IndicatorQuery year = IndicatorQuery.year(2023, "421202", new DataScope(ScopeLevel.DISTRICT, 2, "421202"));

    BigDecimal value(String id) {
        return indicators.find(id).orElseThrow().value(year);
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theFiguresOf2023FollowTheRegister() {
        long firms = count("SELECT COUNT(*) FROM enterprise WHERE created_by = 'demo'");
        long smes = count("SELECT COUNT(*) FROM enterprise WHERE created_by = 'demo' AND size <> 'LARGE'");
        if (firms == 0) {
            assertThat(count("SELECT COUNT(*) FROM enterprise_request WHERE demo")).isZero();
            assertThat(count("SELECT COUNT(*) FROM sme_complaint WHERE demo")).isZero();
            assertThat(value("enterprises.requests")).isEqualByComparingTo("0");
            return;
        }
        assertThat(value("enterprises.requests")).isEqualByComparingTo("240");
        assertThat(value("enterprises.requests_answered")).isEqualByComparingTo("240");
        assertThat(value("enterprises.requests_answered_on_time")).isEqualByComparingTo("228");
        assertThat(value("enterprises.requests_answer_on_time_rate")).isEqualByComparingTo("95.0");
        assertThat(value("enterprises.requests_rated")).isEqualByComparingTo("210");
        assertThat(value("enterprises.requests_satisfaction_rate")).isEqualByComparingTo("95.2");
        assertThat(count("SELECT COUNT(*) FROM enterprise_request_route r JOIN enterprise_request q ON q.id = r.request_id "
                + "WHERE q.demo AND r.returned_on IS NOT NULL")).isEqualTo(8);
        assertThat(count("SELECT COUNT(*) FROM enterprise_request WHERE demo AND (filed_on < DATE '2023-01-01' "
                + "OR closed_on > DATE '2023-12-31' OR rated_on > DATE '2023-12-31' OR clue_id IS NOT NULL)")).isZero();
        // the final routing went to the unit the suggestion code put first, or to the fallback when it found none
        assertThat(count("SELECT COUNT(*) FROM enterprise_request_route r JOIN enterprise_request q ON q.id = r.request_id "
                + "WHERE q.demo AND r.returned_on IS NULL AND r.unit_id <> COALESCE(r.suggested_unit_id, "
                + RequestDemoYear2023.FALLBACK_UNIT + ")")).isZero();
        assertThat(count("SELECT COUNT(*) FROM enterprise_request_route r JOIN enterprise_request q ON q.id = r.request_id "
                + "WHERE q.demo AND r.suggested_reason = 'TEXT_MATCH'")).isPositive();
        if (smes == 0) {
            assertThat(value("enterprises.sme_complaints")).isEqualByComparingTo("0");
            return;
        }
        assertThat(value("enterprises.sme_complaints")).isEqualByComparingTo("6");
        assertThat(value("enterprises.sme_complaints_transfer_on_time_rate")).isEqualByComparingTo("83.3");
        assertThat(value("enterprises.sme_complaints_settled_on_time_rate")).isEqualByComparingTo("83.3");
        assertThat(count("SELECT COUNT(*) FROM sme_complaint WHERE demo AND concluded_on > DATE '2023-12-31'")).isZero();
    }
}
