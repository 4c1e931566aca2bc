package cn.fazhi.calendar.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;

/** The month view and calculator, public and for staff. */
@IntegrationTest
class CalendarPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void citizensSeeTheMonthWithHolidaysMakeUpDaysAndWeekends() throws Exception {
        mvc.perform(get("/public/calendar").param("month", "2023-10"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<caption>2023年10月</caption>"),
                        containsString("<th scope=\"col\">"),
                        containsString("class=\"off\""),
                        containsString("中秋节、国庆节"),
                        containsString("class=\"makeup\""),
                        containsString("class=\"weekend\""),
                        containsString("month=2023-09"),
                        containsString("month=2023-11"),
                        containsString("<label for=\"calc-from\">起算日</label>"),
                        not(containsString("style=\"")),
                        not(containsString("<script>")))));
    }

    @Test
    void theCalculatorAnswersWithoutJavaScript() throws Exception {
        mvc.perform(get("/public/calendar").param("from", "2023-09-28").param("amount", "5")
                        .param("unit", "WORKING_DAYS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("期间届满日：2023-10-11（星期三）")));
    }

    @Test
    void theHtmxFragmentShowsTheDeadlineAndAProvisionalWarning() throws Exception {
        mvc.perform(get("/public/calendar/deadline").param("from", "2030-01-01").param("amount", "10")
                        .param("unit", "DAYS"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"deadline-result\""),
                        containsString("期间届满日：2030-01-11（星期五）"),
                        containsString("尚未导入国务院节假日安排"))));
    }

    @Test
    void theFragmentExplainsBadInput() throws Exception {
        mvc.perform(get("/public/calendar/deadline").param("from", "2023-02-30").param("amount", "5")
                        .param("unit", "DAYS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("起算日：日期“2023-02-30”不存在")));
    }

    @Test
    void aBadMonthFallsBackToThisMonthWithAMessage() throws Exception {
        mvc.perform(get("/public/calendar").param("month", "2023-13"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("月份：“2023-13”不是有效的月份")));
    }

    @Test
    void staffPageNeedsSignIn() throws Exception {
        mvc.perform(get("/calendar")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void staffSeeTheCalendarInTheirMenu() throws Exception {
        mvc.perform(get("/calendar").param("month", "2024-02").with(user("staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<caption>2024年2月</caption>"),
                        containsString("href=\"/calendar\""), containsString("期限计算与日历"),
                        containsString("hx-get=\"/calendar/deadline\""),
                        not(containsString("href=\"/admin/calendar\"")))));
    }
}
