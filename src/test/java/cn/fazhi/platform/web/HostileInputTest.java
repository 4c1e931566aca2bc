package cn.fazhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.platform.validation.BusinessDates;
import cn.fazhi.platform.validation.NumericColumn;

/**
 * Issue 10, points 7 and 9: what a caller can send never makes a 500. Hostile values — numbers beyond their column,
 * dates before 1949-10-01 or after next year, 1 MB strings, malformed numbers and dates, unknown townships — to the
 * public portal forms and to API operations answer with a 4xx (a Chinese problem body on the API, the form with a
 * Chinese message on pages) and save nothing.
 */
@IntegrationTest
class HostileInputTest {

    static final String VALID_ID = "421202199001011232";
    static final String HUGE = "12345678901234567890";
    static final String MEGABYTE = "长".repeat(1_000_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseNumbers caseNumbers;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    String wenquan;
    String office;

    @BeforeEach
    void tokens() throws Exception {
        wenquan = TestAccounts.token(mvc, accounts.create("hswq", 18, "TOWNSHIP_STAFF"), TestAccounts.PASSWORD);
        office = TestAccounts.token(mvc, accounts.create("hsfzb", 4, "LAW_OFFICE"), TestAccounts.PASSWORD);
    }

    long rows() {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM dispute) + (SELECT COUNT(*) FROM reconsideration_case)")
                .query(Long.class).single();
    }

    static String dispute(String township, String receivedOn, String amount) {
        return """
                {"channel":"WALK_IN","category":"NEIGHBOUR","townshipCode":"%s","receivedOn":"%s","summary":"相邻排水纠纷",
                 "amount":%s,"parties":[{"role":"APPLICANT","kind":"PERSON","name":"张某","identifier":"%s",
                 "phone":"13907151234"},{"role":"RESPONDENT","kind":"PERSON","name":"李某","phone":"0715-8123456"}]}"""
                .formatted(township, receivedOn, amount, VALID_ID);
    }

    static String application(String township, String submittedOn, String actDate, String actAmount) {
        return """
                {"channel":"IN_PERSON","submittedOn":"%s","learnedOn":"2024-02-01","applicantKind":"PERSON",
                 "applicantName":"申请人甲","applicantIdNumber":"%s","applicantPhone":"13907150099",
                 "applicantTownship":"%s","respondentUnitId":5,"actDescription":"罚款决定","actDate":"%s",
                 "actCategory":"MONETARY","actAmount":%s,"requests":"撤销罚款决定"}"""
                .formatted(submittedOn, VALID_ID, township, actDate, actAmount);
    }

    /** API operation, JSON body, the words the Chinese detail must hold. */
    static Stream<Arguments> hostileApiCalls() {
        return Stream.of(
                Arguments.of("/api/v1/reconsideration/cases", application("421202001", "2024-03-01", "2024-01-30", HUGE),
                        "涉及款额"),
                Arguments.of("/api/v1/reconsideration/cases", application("421202001", "2024-03-01", "2024-01-30", "1.005"),
                        "涉及款额"),
                Arguments.of("/api/v1/mediation/disputes", dispute("421202001", "2024-03-01", HUGE), "涉及金额"),
                Arguments.of("/api/v1/mediation/disputes", dispute("421202001", "1949-01-01", "0"), "1949-10-01"),
                Arguments.of("/api/v1/mediation/disputes", dispute("421202001", "0001-03-01", "0"), "1949-10-01"),
                Arguments.of("/api/v1/reconsideration/cases", application("421202001", "1949-01-01", "1948-12-01", "0"),
                        "1949-10-01"),
                Arguments.of("/api/v1/reconsideration/cases", application("421202001", "2024-03-01", "1900-01-30", "0"),
                        "1949-10-01"),
                // a malformed value names the field in Chinese, no Java conversion text
                Arguments.of("/api/v1/mediation/disputes", dispute("421202001", "2024-13-45", "0"), "receivedOn"),
                Arguments.of("/api/v1/mediation/disputes", dispute("421202001", "2024-03-01", "\"abc\""), "amount"),
                // an unknown township is a wrong input (400), not a scope refusal (403)
                Arguments.of("/api/v1/reconsideration/cases", application("999999999", "2024-03-01", "2024-01-30", "0"),
                        "镇（街道）"),
                // a 1 MB value is refused without being repeated whole
                Arguments.of("/api/v1/mediation/disputes", dispute(MEGABYTE, "2024-03-01", "0"), "乡镇"));
    }

    @ParameterizedTest
    @MethodSource("hostileApiCalls")
    void hostileValuesToTheApiAreA400ProblemInChineseAndSaveNothing(String path, String body, String expected)
            throws Exception {
        long before = rows();
        String token = path.contains("mediation") ? wenquan : office;
        MvcResult result = mvc.perform(post(path).header("Authorization", "Bearer " + token)
                        .contentType("application/json").content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("请求有误"))
                .andExpect(jsonPath("$.detail").value(allOf(containsString(expected), not(containsString("Failed")),
                        not(containsString("JSON")), not(containsString("java.")))))
                .andReturn();
        assertThat(result.getResponse().getContentAsString()).hasSizeLessThan(1000);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void theAnonymousPortalFormsRefuseHostileValuesWithAChineseMessageAndSaveNothing() throws Exception {
        long before = rows();
        for (String[] field : new String[][] {{"actAmount", HUGE, "超出允许的范围"},
                {"learnedOn", "1949-01-01", "1949-10-01"}, {"actDate", "1900-01-01", "1949-10-01"},
                {"actDate", "2100-01-01", "不能晚于今天"}, {"actAmount", "abc", "请填写数字"}}) {
            java.util.Map<String, String> params = new java.util.LinkedHashMap<>(java.util.Map.of("learnedOn",
                    "2024-02-01", "applicantKind", "PERSON", "applicantName", "门户申请人", "applicantIdNumber", VALID_ID,
                    "applicantTownship", "421202106", "respondentUnitId", "5", "actDescription", "罚款", "actCategory",
                    "MONETARY", "actAmount", "500", "requests", "撤销"));
            params.put("actDate", "2024-01-30");
            params.put(field[0], field[1]);
            var request = post("/public/reconsideration/apply").with(cn.fazhi.FormTokenRequests.formToken()).with(csrf());
            params.forEach(request::param);
            String page = mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(page).as(field[0] + "=" + field[1]).doesNotContain("Failed to convert")
                    .doesNotContain("tracking-code").contains(field[2]);
        }
        for (String amount : new String[] {HUGE, "-5", "1.234"}) {
            String page = mvc.perform(post("/public/mediation/apply").with(cn.fazhi.FormTokenRequests.formToken()).with(csrf()).param("applicantName", "刘某")
                            .param("applicantIdNumber", VALID_ID).param("applicantPhone", "13600001111")
                            .param("respondentName", "陈某").param("townshipCode", "421202106")
                            .param("category", "NEIGHBOUR").param("summary", "噪音纠纷").param("amount", amount))
                    .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
            assertThat(page).as("amount=" + amount).doesNotContain("tracking-code");
        }
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aMalformedQueryValueIsA400NamingTheFieldWithoutEchoingItWhole() throws Exception {
        String long1 = "9".repeat(100_000);
        MvcResult r = mvc.perform(get("/api/v1/mediation/disputes").param("page", long1)
                        .header("Authorization", "Bearer " + wenquan))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(allOf(containsString("page"), not(containsString("Failed")))))
                .andReturn();
        assertThat(r.getResponse().getContentAsString()).hasSizeLessThan(1000);
        r = mvc.perform(get("/api/v1/mediation/disputes/" + "x".repeat(100_000)).header("Authorization", "Bearer " + wenquan))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("格式不正确")))
                .andReturn();
        assertThat(r.getResponse().getContentAsString()).hasSizeLessThan(1000);
    }

    @Test
    void theSharedBoundsKnowTheColumnsAndTheDateRange() {
        assertThat(NumericColumn.ACT_AMOUNT.max()).isEqualByComparingTo("999999999999.99");
        assertThat(NumericColumn.MONEY.max()).isEqualByComparingTo("9999999999999999.99");
        assertThat(NumericColumn.ACT_AMOUNT.fits(new BigDecimal("999999999999.99"))).isTrue();
        assertThat(NumericColumn.ACT_AMOUNT.fits(new BigDecimal("1000000000000"))).isFalse();
        assertThat(NumericColumn.MONEY.fits(new BigDecimal("1.50"))).isTrue();
        assertThat(NumericColumn.MONEY.fits(new BigDecimal("1.505"))).isFalse();
        assertThat(Echoes.cut("长".repeat(1_000_000))).hasSize(Echoes.MAX + 1).endsWith("…");
        assertThat(Echoes.cut("短")).isEqualTo("短");
        LocalDate today = LocalDate.of(2026, 12, 3);
        assertThat(BusinessDates.within(LocalDate.of(1949, 10, 1), today)).isTrue();
        assertThat(BusinessDates.within(LocalDate.of(1949, 9, 30), today)).isFalse();
        assertThat(BusinessDates.within(LocalDate.of(2027, 12, 31), today)).isTrue();
        assertThat(BusinessDates.within(LocalDate.of(2028, 1, 1), today)).isFalse();
    }

    /** The kernel itself never prints a case number of year 0 ("〔0〕") or of a year far ahead. */
    @Test
    void theCaseNumberKernelRefusesAYearOutsideTheRange() {
        int next = LocalDate.now(clock).getYear() + 1;
        for (int year : new int[] {0, 1948, next + 1}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> transactions.executeWithoutResult(
                            s -> caseNumbers.next("mediation", "421202001", "温泉", year)))
                    .isInstanceOf(UserFacingException.class).hasMessage("validation.date.year");
        }
    }
}
