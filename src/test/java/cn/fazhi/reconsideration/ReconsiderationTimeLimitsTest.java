package cn.fazhi.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.calendar.LegalClocks;
import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.reconsideration.ReconsiderationForms.RegisterApplication;
import cn.fazhi.reconsideration.domain.ActCategory;
import cn.fazhi.reconsideration.domain.Channel;
import cn.fazhi.reconsideration.domain.PartyKind;

/**
 * The application time limits (行政复议法 Art. 20(3) rights not notified, Art. 21 longest period) and the suit periods
 * after a decision (Art. 34, 行政诉讼法 Art. 45) through the API and the public tracking page, which also flags a date
 * counted across a year with no published holiday notice.
 */
@IntegrationTest
class ReconsiderationTimeLimitsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReconsiderationCases cases;

    @Autowired
    LegalClocks clocks;

    private String office;

    @BeforeEach
    void signIn() throws Exception {
        office = TestAccounts.token(mvc, accounts.create("rtl", 4, "LAW_OFFICE"), TestAccounts.PASSWORD);
    }

    private ResultActions call(String method, String path, String body) throws Exception {
        var request = post(path).header("Authorization", "Bearer " + office).contentType(MediaType.APPLICATION_JSON);
        if ("GET".equals(method)) {
            request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                    .header("Authorization", "Bearer " + office);
        }
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request.with(CaseVersions.current(jdbc)));
    }

    private static String application(String received, String actDate, String extra) {
        return """
                {"channel":"IN_PERSON","submittedOn":"%s","learnedOn":"2024-02-01",
                 "applicantKind":"PERSON","applicantName":"申请人丙","applicantIdNumber":"%s",
                 "applicantTownship":"421202001","respondentUnitId":5,"actDescription":"行政处理决定",
                 "actDate":"%s","actCategory":"OTHER","requests":"撤销"%s}"""
                .formatted(received, ReconsiderationApiTest.idNumber(), actDate, extra);
    }

    private long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    @Test
    void notToldOfTheRightsTheWindowRunsFromLearningOfThem() throws Exception {
        // told: the window of Art. 20(1) ended on 1 April 2024, so 1 July is late
        call("POST", "/api/v1/reconsideration/cases", application("2024-07-01", "2024-01-30", ""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.windowEndsOn").value("2024-04-01"))
                .andExpect(jsonPath("$.late").value(true))
                .andExpect(jsonPath("$.rightsNotified").value(true));
        // not told, learned of the right on 1 June: 60 days from then (Art. 20(3))
        call("POST", "/api/v1/reconsideration/cases",
                application("2024-07-01", "2024-01-30", ",\"rightsNotified\":false,\"rightsLearnedOn\":\"2024-06-01\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.windowEndsOn").value("2024-07-31"))
                .andExpect(jsonPath("$.late").value(false))
                .andExpect(jsonPath("$.rightsNotified").value(false))
                .andExpect(jsonPath("$.rightsLearnedOn").value("2024-06-01"));
        // not told but the date of learning is missing: a Chinese 400, nothing saved
        long before = jdbc.sql("SELECT COUNT(*) FROM reconsideration_case").query(Long.class).single();
        call("POST", "/api/v1/reconsideration/cases", application("2024-07-01", "2024-01-30", ",\"rightsNotified\":false"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("知道复议权利、复议机关和申请期限之日")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reconsideration_case").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void beyondTheLongestPeriodTheCaseCannotBeAcceptedAndTheSuitPeriodFollowsTheRefusal() throws Exception {
        // act of 2 January 2018, received 1 March 2024: more than five years (Art. 21); 2 Jan 2023 was a holiday
        long late = id(call("POST", "/api/v1/reconsideration/cases", application("2024-03-01", "2018-01-02", ""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lastAcceptableDay").value("2023-01-03"))
                .andExpect(jsonPath("$.beyondCutoff").value(true))
                .andExpect(jsonPath("$.suit").doesNotExist()));
        String base = "/api/v1/reconsideration/cases/" + late;
        call("POST", base + "/acceptance", "{\"acceptedOn\":\"2024-03-04\",\"procedure\":\"ORDINARY\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("第二十一条")));
        call("POST", base + "/non-acceptance", "{\"reasons\":\"超过最长申请期限\",\"decidedOn\":\"2024-03-04\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NOT_ACCEPTED"))
                .andExpect(jsonPath("$.suit.article").value("reconsideration.suit.art34"))
                .andExpect(jsonPath("$.suit.deadline").doesNotExist())
                .andExpect(jsonPath("$.allowedActions", org.hamcrest.Matchers.hasItem("serveDecision")));
        call("POST", base + "/decision-served", "{\"on\":\"2024-03-01\"}")
                .andExpect(status().isBadRequest());
        call("POST", base + "/decision-served", "{\"on\":\"2024-03-05\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decisionServedOn").value("2024-03-05"))
                .andExpect(jsonPath("$.suit.from").value("2024-03-05"))
                .andExpect(jsonPath("$.suit.deadline").value("2024-03-20"))
                .andExpect(jsonPath("$.allowedActions", not(org.hamcrest.Matchers.hasItem("serveDecision"))));
        call("POST", base + "/decision-served", "{\"on\":\"2024-03-06\"}")
                .andExpect(status().isConflict());
        // the same act concerning immovable property is within twenty years and is accepted
        long land = id(call("POST", "/api/v1/reconsideration/cases",
                application("2024-03-01", "2018-01-02", ",\"immovableProperty\":true"))
                .andExpect(jsonPath("$.lastAcceptableDay").value("2038-01-04"))
                .andExpect(jsonPath("$.beyondCutoff").value(false)));
        call("POST", "/api/v1/reconsideration/cases/" + land + "/acceptance",
                "{\"acceptedOn\":\"2024-03-04\",\"procedure\":\"ORDINARY\"}")
                .andExpect(status().isOk());
        // accepted 4 March 2024, undecided: the 60 days ended on 3 May → Art. 34 period from then
        call("GET", "/api/v1/reconsideration/cases/" + land, null)
                .andExpect(jsonPath("$.suit.article").value("reconsideration.suit.art34"))
                .andExpect(jsonPath("$.suit.from").value("2024-05-06"))
                .andExpect(jsonPath("$.suit.deadline").value("2024-05-21"));
    }

    @Test
    void theTrackingPageShowsTheSuitPeriodAndFlagsAProvisionalDate() throws Exception {
        LocalDate today = LocalDate.now();
        TrackingReceipt receipt = cases.applyOnline(new RegisterApplication(null, today, null, today, PartyKind.PERSON,
                "申请人丁", ReconsiderationApiTest.idNumber(), null, null, "421202001", null, 5L, "不予登记决定", today,
                null, ActCategory.OTHER, null, "撤销", List.of(), null, null, null));
        long id = jdbc.sql("SELECT case_id FROM case_tracking WHERE case_type = 'reconsideration' AND code = :c")
                .param("c", receipt.trackingCode()).query(Long.class).single();
        call("POST", "/api/v1/reconsideration/cases/" + id + "/acceptance",
                "{\"acceptedOn\":\"" + today + "\",\"procedure\":\"ORDINARY\"}").andExpect(status().isOk());
        // push the decision period into a year without a State Council notice (the calendar's own ledger)
        long clock = jdbc.sql("SELECT decision_clock_id FROM reconsideration_case WHERE id = :id").param("id", id)
                .query(Long.class).single();
        clocks.extend(clock, 3000, PeriodUnit.DAYS, "test: a deadline in an unpublished year");
        mvc.perform(post("/public/reconsideration/track").param("code", receipt.trackingCode())
                        .param("secret", receipt.secret()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"tracking-provisional\"")))
                .andExpect(content().string(containsString("暂定")))
                .andExpect(content().string(not(containsString("suit-period"))));
        call("POST", "/api/v1/reconsideration/cases/" + id + "/decision",
                "{\"decisionType\":\"REVOKE\",\"decidedOn\":\"" + today + "\",\"summary\":\"撤销\"}").andExpect(status().isOk());
        call("POST", "/api/v1/reconsideration/cases/" + id + "/decision-served", "{\"on\":\"" + today + "\"}")
                .andExpect(status().isOk());
        mvc.perform(post("/public/reconsideration/track").param("code", receipt.trackingCode())
                        .param("secret", receipt.secret()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"suit-period\"")))
                .andExpect(content().string(containsString("第四十五条")))
                .andExpect(content().string(not(containsString("申请人丁"))));
    }
}
