package cn.fazhi.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.reconsideration.LitigationCases.AppearanceRate;

/** Litigation over the API: hearings with who appeared, the head appearance rate, outcome and performance. */
@IntegrationTest
class LitigationApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    LitigationCases litigation;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private String office;

    @BeforeEach
    void signIn() throws Exception {
        office = TestAccounts.token(mvc, accounts.create("lto", 4, "LAW_OFFICE"), TestAccounts.PASSWORD);
    }

    private ResultActions call(String method, String path, String body) throws Exception {
        var request = "GET".equals(method) ? get(path) : post(path);
        request.header("Authorization", "Bearer " + office).contentType(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request.with(CaseVersions.current(jdbc)));
    }

    private long register(long unit) throws Exception {
        String body = call("POST", "/api/v1/litigation/cases", """
                {"court":"咸安区人民法院","instance":"FIRST","courtCaseNumber":"（2024）鄂1202行初1号",
                 "plaintiffName":"原告丙","defendantUnitId":%d,"subject":"行政处罚","filedOn":"2000-01-01"}""".formatted(unit))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.internalNumber", containsString("咸安诉〔")))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** The rate as the API reads it from the indicators registry, within the caller's scope. */
    private AppearanceRate rate(DateRange period) throws Exception {
        String body = call("GET", "/api/v1/litigation/head-appearance-rate?from=" + period.from() + "&to=" + period.to()
                + "&region=421202", null).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Object percent = JsonPath.read(body, "$.percent");
        return new AppearanceRate(((Number) JsonPath.read(body, "$.hearings")).longValue(),
                ((Number) JsonPath.read(body, "$.withHead")).longValue(),
                percent == null ? null : new BigDecimal(percent.toString()));
    }

    @Test
    void headAppearanceRateIsHearingsWithAHeadOverAllHearings() throws Exception {
        LocalDate day = LocalDate.of(2000, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000));
        DateRange period = new DateRange(day, day);
        AppearanceRate before = rate(period);
        long id = register(5);
        String base = "/api/v1/litigation/cases/" + id + "/hearings";
        call("POST", base, "{\"hearingOn\":\"%s\",\"appearance\":\"HEAD\",\"headName\":\"局长甲\"}".formatted(day))
                .andExpect(status().isOk());
        call("POST", base, "{\"hearingOn\":\"%s\",\"appearance\":\"DEPUTY\",\"headName\":\"副局长乙\"}".formatted(day))
                .andExpect(status().isOk());
        call("POST", base, "{\"hearingOn\":\"%s\",\"appearance\":\"NOT_APPEARED\",\"absenceReason\":\"IRREPLACEABLE_DUTY\",\"staffSent\":\"科员丁\"}"
                .formatted(day)).andExpect(status().isOk())
                .andExpect(jsonPath("$.hearings.length()").value(3));
        AppearanceRate after = rate(period);
        assertThat(after.hearings() - before.hearings()).isEqualTo(3);
        assertThat(after.withHead() - before.withHead()).isEqualTo(2);
        call("GET", "/api/v1/litigation/head-appearance-rate?from=" + day + "&to=" + day, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.hearings").value((int) after.hearings()));
        assumeThat(before.hearings()).isZero();
        assertThat(after.percent()).isEqualTo(new BigDecimal("66.7"));
    }

    @Test
    void anAbsentHeadNeedsAGroundAndStaff() throws Exception {
        long id = register(5);
        call("POST", "/api/v1/litigation/cases/" + id + "/hearings",
                "{\"hearingOn\":\"2024-05-06\",\"appearance\":\"NOT_APPEARED\",\"staffSent\":\"科员丁\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("负责人未出庭的，应当说明理由")));
        call("POST", "/api/v1/litigation/cases/" + id + "/hearings",
                "{\"hearingOn\":\"2024-05-06\",\"appearance\":\"NOT_APPEARED\",\"absenceReason\":\"ACCIDENT\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("第三条第三款")));
        call("GET", "/api/v1/litigation/cases/" + id, null).andExpect(jsonPath("$.hearings.length()").value(0));
    }

    @Test
    void aLostCaseIsPerformedByItsDeadline() throws Exception {
        long id = register(6);
        String base = "/api/v1/litigation/cases/" + id;
        call("POST", base + "/performance", "{\"effectiveOn\":\"2024-06-01\",\"days\":30}").andExpect(status().isConflict());
        call("POST", base + "/outcome", "{\"outcome\":\"AGENCY_LOST\",\"on\":\"2024-05-15\"}").andExpect(status().isOk());
        call("POST", base + "/performance", "{\"effectiveOn\":\"2024-06-01\",\"days\":30}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PERFORMING"))
                .andExpect(jsonPath("$.performanceDeadline").value("2024-07-01"))
                .andExpect(jsonPath("$.performanceOverdue").value(true));
        call("POST", base + "/performance-completed", "{\"completedOn\":\"2024-06-20\"}")
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.performanceOverdue").value(false));
    }

    @Test
    void aUnitUserSeesOnlySuitsAgainstTheirUnit() throws Exception {
        long against6 = register(6);
        String unitUser = TestAccounts.token(mvc, accounts.create("ltu", 5, "UNIT_STAFF"), TestAccounts.PASSWORD);
        mvc.perform(get("/api/v1/litigation/cases/" + against6).header("Authorization", "Bearer " + unitUser))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/litigation/cases").header("Authorization", "Bearer " + unitUser)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
    }

    private long figure(String token, String indicator, int year) throws Exception {
        String body = mvc.perform(get("/api/v1/indicators/" + indicator + "?from=" + year + "-01-01&to=" + year
                        + "-12-31&region=421202").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.value")).longValue();
    }

    /** Issue 10, point 14: a suit counts in the year the court filed it, not in the year it was entered. */
    @Test
    void aSuitCountsByItsFilingDateNotByTheDayItWasEntered() throws Exception {
        String leader = TestAccounts.token(mvc, accounts.create("ltl", 3, "LEADER"), TestAccounts.PASSWORD);
        int thisYear = LocalDate.now().getYear();
        long filedYearBefore = figure(leader, "litigation.cases", 2019);
        long totalBefore = figure(leader, "legal_cases.total", 2019);
        long thisYearBefore = figure(leader, "litigation.cases", thisYear);
        String body = call("POST", "/api/v1/litigation/cases", """
                {"court":"咸安区人民法院","instance":"FIRST","plaintiffName":"原告戊","defendantUnitId":5,
                 "subject":"行政强制","filedOn":"2019-11-20"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.filedOn").value("2019-11-20"))
                .andExpect(jsonPath("$.internalNumber", containsString("〔2019〕")))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        assertThat(jdbc.sql("SELECT CAST(created_at AS DATE) FROM litigation_case WHERE id = :id").param("id", id)
                .query(LocalDate.class).single()).isAfter(LocalDate.of(2019, 12, 31));
        assertThat(figure(leader, "litigation.cases", 2019)).isEqualTo(filedYearBefore + 1);
        assertThat(figure(leader, "legal_cases.total", 2019)).isEqualTo(totalBefore + 1);
        assertThat(figure(leader, "litigation.cases", thisYear)).isEqualTo(thisYearBefore);

        // without a filing date, or with one in the future, nothing is registered
        long rows = jdbc.sql("SELECT COUNT(*) FROM litigation_case").query(Long.class).single();
        call("POST", "/api/v1/litigation/cases", """
                {"court":"咸安区人民法院","instance":"FIRST","plaintiffName":"原告戊","defendantUnitId":5,"subject":"x"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("立案日期")));
        call("POST", "/api/v1/litigation/cases", """
                {"court":"咸安区人民法院","instance":"FIRST","plaintiffName":"原告戊","defendantUnitId":5,"subject":"x",
                 "filedOn":"%s"}""".formatted(LocalDate.now().plusDays(2)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("立案日期")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM litigation_case").query(Long.class).single()).isEqualTo(rows);
    }

    /** Issue 10, point 13: the suit's timeline over the API, 404 outside the caller's scope. */
    @Test
    void theTimelineIsInTheApiWithinScope() throws Exception {
        long id = register(6);
        call("POST", "/api/v1/litigation/cases/" + id + "/outcome", "{\"outcome\":\"AGENCY_WON\",\"on\":\"2024-05-15\"}")
                .andExpect(status().isOk());
        call("GET", "/api/v1/litigation/cases/" + id + "/timeline", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].action").value("registered"))
                .andExpect(jsonPath("$[1].action").value("judged"));
        String unitUser = TestAccounts.token(mvc, accounts.create("ltt", 5, "UNIT_STAFF"), TestAccounts.PASSWORD);
        mvc.perform(get("/api/v1/litigation/cases/" + id + "/timeline").header("Authorization", "Bearer " + unitUser))
                .andExpect(status().isNotFound());
    }

    /** Issue 10, point 12: every step carries the version the caller saw; stale is 409, missing 400, nothing changes. */
    @Test
    void aStaleOrMissingVersionChangesNothing() throws Exception {
        long id = register(6);
        String base = "/api/v1/litigation/cases/" + id;
        int seen = ((Number) JsonPath.read(call("GET", base, null).andReturn().getResponse().getContentAsString(),
                "$.version")).intValue();
        String hearing = "{\"hearingOn\":\"2024-05-06\",\"appearance\":\"HEAD\",\"headName\":\"局长甲\",\"version\":%d}";
        call("POST", base + "/hearings", hearing.formatted(seen)).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(seen + 1));
        call("POST", base + "/hearings", hearing.formatted(seen)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("已被他人修改")));
        call("POST", base + "/outcome", "{\"outcome\":\"AGENCY_WON\",\"on\":\"2024-05-15\",\"version\":" + seen + "}")
                .andExpect(status().isConflict());
        mvc.perform(post(base + "/closure").header("Authorization", "Bearer " + office))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("版本号")));
        call("GET", base, null).andExpect(jsonPath("$.hearings.length()").value(1))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.version").value(seen + 1));
    }
}
