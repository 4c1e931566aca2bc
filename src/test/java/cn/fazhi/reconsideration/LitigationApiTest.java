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
import cn.fazhi.reconsideration.domain.LitigationRepository.AppearanceRate;

/** Litigation over the API: hearings with who appeared, the head appearance rate, outcome and performance. */
@IntegrationTest
class LitigationApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    LitigationCases litigation;

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
        return mvc.perform(request);
    }

    private long register(long unit) throws Exception {
        String body = call("POST", "/api/v1/litigation/cases", """
                {"court":"咸安区人民法院","instance":"FIRST","courtCaseNumber":"（2024）鄂1202行初1号",
                 "plaintiffName":"原告丙","defendantUnitId":%d,"subject":"行政处罚"}""".formatted(unit))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.internalNumber", containsString("咸安诉〔")))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void headAppearanceRateIsHearingsWithAHeadOverAllHearings() throws Exception {
        LocalDate day = LocalDate.of(2000, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000));
        DateRange period = new DateRange(day, day);
        AppearanceRate before = litigation.headAppearanceRate(period, "421202");
        long id = register(5);
        String base = "/api/v1/litigation/cases/" + id + "/hearings";
        call("POST", base, "{\"hearingOn\":\"%s\",\"appearance\":\"HEAD\",\"headName\":\"局长甲\"}".formatted(day))
                .andExpect(status().isOk());
        call("POST", base, "{\"hearingOn\":\"%s\",\"appearance\":\"DEPUTY\",\"headName\":\"副局长乙\"}".formatted(day))
                .andExpect(status().isOk());
        call("POST", base, "{\"hearingOn\":\"%s\",\"appearance\":\"NOT_APPEARED\",\"absenceReason\":\"IRREPLACEABLE_DUTY\",\"staffSent\":\"科员丁\"}"
                .formatted(day)).andExpect(status().isOk())
                .andExpect(jsonPath("$.hearings.length()").value(3));
        AppearanceRate after = litigation.headAppearanceRate(period, "421202");
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
}
