package cn.fazhi.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;
import cn.fazhi.identity.domain.UserAccounts;

/**
 * The dashboard's default year: the current year when its first quarter is over and a case has been numbered in it,
 * else the latest earlier year with one, else the current year; years before the selector's first are never chosen. The rule is exercised with
 * "current years" in 2091–2095, which only this test numbers cases in (its own case type, removed afterwards).
 */
@IntegrationTest
class DashboardDefaultYearTest {

    @Autowired
    IndicatorPageController dashboard;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts userAccounts;

    private final String caseType = "dy" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void removeSequences() {
        jdbc.sql("DELETE FROM case_number_sequence WHERE case_type = :t").param("t", caseType).update();
    }

    @Test
    void theCurrentYearOnceItsFirstQuarterIsOverAndItHasRecordsElseTheLatestYearThatHas() {
        numbered(2091, 3);
        numbered(2093, 1);
        numbered(2095, 0); // a sequence that numbered nothing does not count
        assertThat(dashboard.defaultYear(LocalDate.of(2093, 4, 1))).as("current year with records, a quarter over")
                .isEqualTo(2093);
        assertThat(dashboard.defaultYear(LocalDate.of(2093, 3, 31)))
                .as("one case in a year not a quarter old: the last complete year with records").isEqualTo(2091);
        assertThat(dashboard.defaultYear(LocalDate.of(2094, 6, 1))).as("none yet this year: the latest year with records")
                .isEqualTo(2093);
        assertThat(dashboard.defaultYear(LocalDate.of(2095, 12, 31))).isEqualTo(2093);
        assertThat(dashboard.defaultYear(LocalDate.of(2092, 7, 1))).as("later years do not count").isEqualTo(2091);
        assertThat(dashboard.defaultYear(LocalDate.of(IndicatorPageController.FIRST_YEAR - 1, 7, 1)))
                .as("nothing from the first year on: the current year").isEqualTo(IndicatorPageController.FIRST_YEAR - 1);
    }

    @Test
    void theDashboardWithoutAYearShowsTheDefault() throws Exception {
        int thisYear = LocalDate.now().getYear();
        numbered(thisYear, 1);
        mvc.perform(get("/dashboard").with(user(userAccounts.loadDetails("leader").orElseThrow())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"" + thisYear + "\" selected=\"selected\"")));
    }

    private void numbered(int year, long lastValue) {
        jdbc.sql("INSERT INTO case_number_sequence (case_type, scope_key, seq_year, last_value) VALUES (:t, 'test', :y, :v)")
                .param("t", caseType).param("y", year).param("v", lastValue).update();
    }
}
