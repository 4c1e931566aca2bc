package cn.fazhi.reported;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.IndicatorUnit;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The reported figures of the 2023 demo year through the indicators registry: each definition submitted by its unit
 * and approved by the office in January 2024 with an evidence file, each value the seed report's, with its provenance;
 * the pending 2026 figure is no value.
 */
@IntegrationTest
class ReportedDemoYear2023Test {

    @Autowired Indicators indicators;
    @Autowired JdbcClient jdbc;

    final IndicatorQuery year = IndicatorQuery.year(2023, "421202", new DataScope(ScopeLevel.DISTRICT, 2, "421202"));

    BigDecimal value(String id) {
        return indicators.find(id).orElseThrow().value(year);
    }

    @Test
    void everySeedFigureIsAnApprovedReportedFigure() {
        assertThat(value("reported.telecom_fraud_cases_decline")).isEqualByComparingTo("14.8");
        assertThat(value("reported.telecom_fraud_losses_decline")).isEqualByComparingTo("13.2");
        assertThat(value("reported.environment_public_interest_cases")).isEqualByComparingTo("39");
        assertThat(value("reported.citizen_centre_monthly_decline")).isEqualByComparingTo("117000");
        assertThat(value("reported.citizen_centre_special_windows")).isEqualByComparingTo("6");
        assertThat(value("reported.citizen_centre_general_windows")).isEqualByComparingTo("1");
        assertThat(value("reported.business_pilot_projects")).isEqualByComparingTo("9");
        assertThat(value("reported.fengqiao_national_models")).isEqualByComparingTo("104");
        assertThat(value("reported.enterprise_desk_services")).isEqualByComparingTo("6");
        assertThat(indicators.find("reported.telecom_fraud_cases_decline").orElseThrow().unit())
                .isEqualTo(IndicatorUnit.PERCENT);
        assertThat(indicators.find("reported.telecom_fraud_cases_decline").orElseThrow().provenance(year))
                .isEqualTo("填报：区公安分局 · 审核：依法治区办 张明（2024-01-12）");
        assertThat(indicators.find("reported.environment_public_interest_cases").orElseThrow().provenance(year))
                .isEqualTo("填报：区人民检察院 · 审核：依法治区办 张明（2024-01-15）");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reported_figure WHERE demo AND period_year = 2023 AND status = 'APPROVED' "
                + "AND decided_by = 'fzb' AND evidence_id IS NOT NULL AND decided_on BETWEEN DATE '2024-01-01' AND "
                + "DATE '2024-01-31'").query(Long.class).single()).isEqualTo(9);
        // the pending one never reaches a reading
        assertThat(value("reported.anti_fraud_app_registrations")).isNull();
        assertThat(indicators.find("reported.anti_fraud_app_registrations").orElseThrow()
                .value(IndicatorQuery.year(2026, "421202", new DataScope(ScopeLevel.DISTRICT, 2, "421202")))).isNull();
        assertThat(jdbc.sql("SELECT status FROM reported_figure f JOIN reported_definition d ON d.id = f.definition_id "
                + "WHERE d.code = 'anti_fraud_app_registrations'").query(String.class).single()).isEqualTo("SUBMITTED");
    }
}
