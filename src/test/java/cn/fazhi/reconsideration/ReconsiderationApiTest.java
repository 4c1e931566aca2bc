package cn.fazhi.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import cn.fazhi.platform.identifiers.ResidentIdNumber;

/**
 * Reconsideration over the API against the whole application: register → review → accept → decide; deemed
 * acceptance; 补正 then reply restarting the review clock; refusals before acceptance; scope; Chinese 400s that save
 * nothing. Dates lie in 2024 (past) so the statutory periods have run and can be checked exactly.
 */
@IntegrationTest
class ReconsiderationApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private String office;

    @BeforeEach
    void signIn() throws Exception {
        office = TestAccounts.token(mvc, accounts.create("rco", 4, "LAW_OFFICE"), TestAccounts.PASSWORD);
    }

    static String idNumber() {
        String first = "4212021985031" + String.format("%04d", (int) (Math.random() * 10000));
        return first + ResidentIdNumber.checkCharacter(first);
    }

    static String application(long respondentUnit, String channel, String received, String idNumber) {
        return """
                {"channel":"%s","submittedOn":"%s","signedForOn":"%s","learnedOn":"2024-02-01",
                 "applicantKind":"PERSON","applicantName":"申请人甲","applicantIdNumber":"%s","applicantPhone":"13907150099",
                 "applicantTownship":"421202001","respondentUnitId":%d,"actDescription":"罚款决定",
                 "actDate":"2024-01-30","actDocumentNo":"咸市监罚〔2024〕1号","actCategory":"MONETARY","actAmount":2000,
                 "requests":"撤销罚款决定","thirdParties":["第三人乙"]}"""
                .formatted(channel, received, received, idNumber, respondentUnit);
    }

    private ResultActions call(String token, String method, String path, String body) throws Exception {
        var request = "GET".equals(method) ? get(path) : post(path);
        request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request.with(CaseVersions.current(jdbc)));
    }

    private long register(String token, long unit, String received) throws Exception {
        String body = call(token, "POST", "/api/v1/reconsideration/cases", application(unit, "IN_PERSON", received, idNumber()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void registerReviewAcceptAndDecide() throws Exception {
        String id = idNumber();
        String body = call(office, "POST", "/api/v1/reconsideration/cases", application(5, "POST", "2024-03-01", id))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseNumber", containsString("咸安复〔2024〕")))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.receivedOn").value("2024-03-01"))
                .andExpect(jsonPath("$.windowEndsOn").value("2024-04-01"))
                .andExpect(jsonPath("$.late").value(false))
                .andExpect(jsonPath("$.parties[0].idNumberMasked").value(id.substring(0, 4) + "**********" + id.substring(14)))
                .andExpect(jsonPath("$.parties[0].phoneMasked").value("139****0099"))
                .andExpect(jsonPath("$.parties[1].role").value("THIRD_PARTY"))
                .andExpect(jsonPath("$.parties[1].name").value("第三人乙"))
                .andExpect(jsonPath("$.clocks[0].name").value("reconsideration.clock.acceptance"))
                .andExpect(jsonPath("$.clocks[0].deadline").value("2024-03-08"))
                .andReturn().getResponse().getContentAsString();
        long caseId = ((Number) JsonPath.read(body, "$.id")).longValue();
        String stored = jdbc.sql("SELECT id_number_enc FROM reconsideration_party WHERE case_id = :c AND party_role = 'APPLICANT'")
                .param("c", caseId).query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain(id);

        String base = "/api/v1/reconsideration/cases/" + caseId;
        call(office, "POST", base + "/decision", "{\"decisionType\":\"REVOKE\",\"decidedOn\":\"2024-03-05\",\"summary\":\"x\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("不允许此操作")));

        call(office, "POST", base + "/acceptance", "{\"acceptedOn\":\"2024-03-05\",\"procedure\":\"SIMPLIFIED\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.procedure").value("SIMPLIFIED"))
                .andExpect(jsonPath("$.clocks[?(@.name=='reconsideration.clock.decision')].deadline").value("2024-04-07"))
                .andExpect(jsonPath("$.clocks[?(@.name=='reconsideration.clock.service')].deadline").value("2024-03-08"));
        call(office, "POST", base + "/copy-served", "{\"on\":\"2024-03-06\"}")
                .andExpect(jsonPath("$.clocks[?(@.name=='reconsideration.clock.answer')].deadline").value("2024-03-13"));
        call(office, "POST", base + "/decision", "{\"decisionType\":\"REVOKE\",\"decidedOn\":\"2024-03-20\",\"summary\":\"撤销\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.decisionArticle").value(64));
        call(office, "POST", base + "/suspension", "{\"on\":\"2024-03-21\",\"reason\":\"x\"}").andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_event WHERE case_type = 'reconsideration' AND case_id = :c")
                .param("c", caseId).query(Integer.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE target_type = 'reconsideration' AND target_id = :c")
                .param("c", Long.toString(caseId)).query(Integer.class).single()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void anApplicationPastTheReviewPeriodIsDeemedAccepted() throws Exception {
        long caseId = register(office, 5, "2024-03-01");
        String base = "/api/v1/reconsideration/cases/" + caseId;
        call(office, "GET", base, null).andExpect(jsonPath("$.reviewPeriodOver").value(true))
                .andExpect(jsonPath("$.allowedActions", org.hamcrest.Matchers.hasItem("deemAccept")));
        call(office, "POST", base + "/deemed-acceptance", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.deemedAccepted").value(true))
                .andExpect(jsonPath("$.acceptedOn").value("2024-03-08"))
                .andExpect(jsonPath("$.procedure").value("ORDINARY"))
                .andExpect(jsonPath("$.clocks[?(@.name=='reconsideration.clock.decision')].deadline").value("2024-05-07"));
    }

    @Test
    void theDailyCheckDeemsEveryExpiredReviewAccepted(@Autowired ReconsiderationCases cases) throws Exception {
        long caseId = register(office, 5, "2024-04-01");
        cases.deemAcceptedWhereDue();
        assertThat(jdbc.sql("SELECT status FROM reconsideration_case WHERE id = :id").param("id", caseId)
                .query(String.class).single()).isEqualTo("ACCEPTED");
    }

    @Test
    void anOverdueReviewIsADueItemForTheHomePageAndTheDailyJob(@Autowired cn.fazhi.cases.DueItems due) throws Exception {
        long caseId = register(office, 5, "2024-03-01");
        var summary = due.summary(new cn.fazhi.platform.scope.DataScope(cn.fazhi.platform.scope.ScopeLevel.UNIT, 5, "421202"));
        assertThat(summary.overdue()).anySatisfy(item -> {
            assertThat(item.ref().caseId()).isEqualTo(caseId);
            assertThat(item.deadlineName()).isEqualTo("reconsideration.clock.acceptance");
            assertThat(item.deadline()).isEqualTo(java.time.LocalDate.of(2024, 3, 8));
            assertThat(item.path()).isEqualTo("/reconsideration/" + caseId);
        });
        var other = due.summary(new cn.fazhi.platform.scope.DataScope(cn.fazhi.platform.scope.ScopeLevel.UNIT, 6, "421202"));
        assertThat(other.overdue()).noneSatisfy(item -> assertThat(item.ref().caseId()).isEqualTo(caseId));
    }

    @Test
    void aCorrectionReplyRestartsTheAcceptanceClock() throws Exception {
        long caseId = register(office, 5, "2024-03-01");
        String base = "/api/v1/reconsideration/cases/" + caseId;
        call(office, "POST", base + "/correction-notice", "{\"items\":\"身份证复印件；原行政行为决定书\",\"noticeOn\":\"2024-03-04\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CORRECTION_REQUESTED"))
                .andExpect(jsonPath("$.clocks[?(@.name=='reconsideration.clock.correction')].deadline").value("2024-03-18"));
        call(office, "POST", base + "/acceptance", "{\"acceptedOn\":\"2024-03-05\",\"procedure\":\"ORDINARY\"}")
                .andExpect(status().isConflict());
        call(office, "POST", base + "/correction-reply", "{\"on\":\"2024-03-08\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.clocks[0].name").value("reconsideration.clock.acceptance"))
                .andExpect(jsonPath("$.clocks[0].startDate").value("2024-03-08"))
                .andExpect(jsonPath("$.clocks[0].deadline").value("2024-03-15"));
    }

    @Test
    void notAcceptedWithinTheReviewPeriodButNotAfterIt() throws Exception {
        long caseId = register(office, 5, "2024-03-01");
        call(office, "POST", "/api/v1/reconsideration/cases/" + caseId + "/non-acceptance",
                "{\"reasons\":\"不属于本机关管辖\",\"competentOrgan\":\"咸宁市人民政府\",\"decidedOn\":\"2024-03-11\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("已视为受理")));
        call(office, "POST", "/api/v1/reconsideration/cases/" + caseId + "/non-acceptance",
                "{\"reasons\":\"不属于本机关管辖\",\"competentOrgan\":\"咸宁市人民政府\",\"decidedOn\":\"2024-03-07\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NOT_ACCEPTED"))
                .andExpect(jsonPath("$.decisionType").value("NOT_ACCEPTED"))
                .andExpect(jsonPath("$.competentOrgan").value("咸宁市人民政府"));
    }

    @Test
    void silenceAfterACorrectionNoticeIsAbandonment() throws Exception {
        long caseId = register(office, 5, "2024-03-01");
        String base = "/api/v1/reconsideration/cases/" + caseId;
        call(office, "POST", base + "/correction-notice", "{\"items\":\"材料\",\"noticeOn\":\"2024-03-04\"}").andExpect(status().isOk());
        call(office, "POST", base + "/abandonment", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DEEMED_ABANDONED"));
    }

    @Test
    void aLateApplicationIsFlaggedNotRefused() throws Exception {
        String late = application(5, "IN_PERSON", "2024-05-06", idNumber());
        call(office, "POST", "/api/v1/reconsideration/cases", late).andExpect(status().isCreated())
                .andExpect(jsonPath("$.late").value(true)).andExpect(jsonPath("$.status").value("RECEIVED"));
    }

    @Test
    void suspensionStopsTheDecisionClock() throws Exception {
        long caseId = register(office, 5, "2024-03-01");
        String base = "/api/v1/reconsideration/cases/" + caseId;
        call(office, "POST", base + "/acceptance", "{\"acceptedOn\":\"2024-03-01\",\"procedure\":\"ORDINARY\"}").andExpect(status().isOk());
        call(office, "POST", base + "/suspension", "{\"on\":\"2024-03-10\",\"reason\":\"调解\"}")
                .andExpect(jsonPath("$.status").value("SUSPENDED"));
        call(office, "POST", base + "/resumption", "{\"on\":\"2024-03-20\",\"reason\":\"调解不成\"}")
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.clocks[?(@.name=='reconsideration.clock.decision')].deadline").value("2024-05-10"));
    }

    @Test
    void badInputIsAChineseProblemAndSavesNothing() throws Exception {
        int before = jdbc.sql("SELECT COUNT(*) FROM reconsideration_case").query(Integer.class).single();
        String valid = idNumber();
        String invalid = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        call(office, "POST", "/api/v1/reconsideration/cases", application(5, "IN_PERSON", "2024-03-01", invalid))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("公民身份号码不正确（应为18位并通过校验）。"));
        call(office, "POST", "/api/v1/reconsideration/cases", application(5, "IN_PERSON", "2024-03-01", idNumber())
                        .replace("\"actDescription\":\"罚款决定\",", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请填写被申请复议的行政行为。"));
        call(office, "POST", "/api/v1/reconsideration/cases", application(5, "POST", "2099-03-01", idNumber()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("签收日期不能晚于今天。"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reconsideration_case").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void aUnitUserSeesOnlyCasesAgainstTheirUnit() throws Exception {
        long against5 = register(office, 5, "2024-03-01");
        long against6 = register(office, 6, "2024-03-01");
        String unitUser = TestAccounts.token(mvc, accounts.create("rcu", 5, "UNIT_STAFF"), TestAccounts.PASSWORD);
        call(unitUser, "GET", "/api/v1/reconsideration/cases/" + against5, null).andExpect(status().isOk());
        call(unitUser, "GET", "/api/v1/reconsideration/cases/" + against6, null).andExpect(status().isNotFound());
        String list = call(unitUser, "GET", "/api/v1/reconsideration/cases", null).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Integer> units = JsonPath.read(list, "$[*].respondentUnitId");
        assertThat(units).isNotEmpty().containsOnly(5);
        call(unitUser, "POST", "/api/v1/reconsideration/cases/" + against5 + "/acceptance",
                "{\"acceptedOn\":\"2024-03-05\",\"procedure\":\"ORDINARY\"}").andExpect(status().isForbidden());
    }
}
