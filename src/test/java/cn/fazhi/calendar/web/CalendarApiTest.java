package cn.fazhi.calendar.web;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;

/** The public calendar API: the documented answers exactly, and a Chinese 400 problem body for every bad input. */
@IntegrationTest
class CalendarApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void fiveWorkingDaysAcrossNationalDay2023() throws Exception {
        // 行政复议法 Art. 88: 五日 = working days. 09-29..10-06 off, 10-07/10-08 make-up days count.
        mvc.perform(get("/api/v1/calendar/deadline?from=2023-09-28&amount=5&unit=WORKING_DAYS"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(content().json("""
                        {"from":"2023-09-28","amount":5,"unit":"WORKING_DAYS","deadline":"2023-10-11","provisional":false}""",
                        JsonCompareMode.STRICT))
                .andExpect(content().string(
                        "{\"from\":\"2023-09-28\",\"amount\":5,\"unit\":\"WORKING_DAYS\",\"deadline\":\"2023-10-11\",\"provisional\":false}"));
    }

    @Test
    void aMakeUpWorkdayHasANullHoliday() throws Exception {
        mvc.perform(get("/api/v1/calendar/days/2023-10-07"))
                .andExpect(status().isOk())
                .andExpect(content().string(
                        "{\"date\":\"2023-10-07\",\"workingDay\":true,\"holiday\":null,\"makeUpWorkday\":true}"));
    }

    @Test
    void aHolidayGivesItsName() throws Exception {
        mvc.perform(get("/api/v1/calendar/days/2023-10-02"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"date":"2023-10-02","workingDay":false,"holiday":"中秋节、国庆节","makeUpWorkday":false}""",
                        JsonCompareMode.STRICT));
    }

    @Test
    void aYearWithoutNoticeIsProvisional() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2030-01-01").param("amount", "10")
                        .param("unit", "days"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2030-01-11"))
                .andExpect(jsonPath("$.provisional").value(true));
    }

    @Test
    void listsThePublishedYears() throws Exception {
        mvc.perform(get("/api/v1/calendar/years"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0]").value(2019))
                .andExpect(jsonPath("$").value(hasItems(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/calendar/deadline?from=2023-02-30&amount=5&unit=DAYS         | 参数“from”：日期“2023-02-30”不存在，请使用 YYYY-MM-DD 格式的有效日期（例如 2023-09-28）。
            /api/v1/calendar/deadline?from=2023/09/28&amount=5&unit=DAYS         | 参数“from”：日期“2023/09/28”不存在，请使用 YYYY-MM-DD 格式的有效日期（例如 2023-09-28）。
            /api/v1/calendar/deadline?from=2023-09-28&amount=-1&unit=WORKING_DAYS | 期间长度“-1”超出范围：按工作日计算时应为 0 至 3650 之间的整数。
            /api/v1/calendar/deadline?from=2023-09-28&amount=1201&unit=MONTHS    | 期间长度“1201”超出范围：按月计算时应为 0 至 1200 之间的整数。
            /api/v1/calendar/deadline?from=2023-09-28&amount=five&unit=DAYS      | 参数“amount”：“five”不是整数，请填写 0 或正整数。
            /api/v1/calendar/deadline?from=2023-09-28&amount=99999999999&unit=DAYS | 参数“amount”：“99999999999”不是整数，请填写 0 或正整数。
            /api/v1/calendar/deadline?from=2023-09-28&amount=5&unit=FOO          | 参数“unit”：“FOO”不是有效的计算单位，可选 DAYS（日）、WORKING_DAYS（工作日）、MONTHS（月）、YEARS（年）。
            /api/v1/calendar/deadline?amount=5&unit=DAYS                         | 缺少必填项：参数“from”。
            /api/v1/calendar/deadline?from=2023-09-28&unit=DAYS                  | 缺少必填项：参数“amount”。
            /api/v1/calendar/deadline?from=2023-09-28&amount=5                   | 缺少必填项：参数“unit”。
            /api/v1/calendar/deadline                                            | 缺少必填项：参数“from”。
            /api/v1/calendar/days/2023-13-01                                     | 参数“date”：日期“2023-13-01”不存在，请使用 YYYY-MM-DD 格式的有效日期（例如 2023-09-28）。
            /api/v1/calendar/days/tomorrow                                       | 参数“date”：日期“tomorrow”不存在，请使用 YYYY-MM-DD 格式的有效日期（例如 2023-09-28）。
            """)
    void badInputIsA400ProblemInChinese(String url, String detail) throws Exception {
        mvc.perform(get(url))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("请求有误"))
                .andExpect(jsonPath("$.detail").value(detail));
    }

    @Test
    void anEnglishCallerGetsAnEnglishDetail() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline?from=2023-02-30&amount=5&unit=DAYS")
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(
                        "parameter \"from\": the date \"2023-02-30\" does not exist; use a valid date in the form "
                                + "YYYY-MM-DD (e.g. 2023-09-28)."));
    }
}
