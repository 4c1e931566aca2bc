package cn.fazhi.reconsideration;

import static cn.fazhi.FormTokenRequests.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;

/** Issue 10, points 20 and 21 on the reconsideration forms: receipt by redirect, look-alikes, every error at once. */
@IntegrationTest
class ReconsiderationFormsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    JdbcClient jdbc;

    long cases() {
        return jdbc.sql("SELECT COUNT(*) FROM reconsideration_case").query(Long.class).single();
    }

    static MockHttpServletRequestBuilder application(MockHttpServletRequestBuilder request, String idNumber) {
        return request.with(csrf()).param("learnedOn", "2024-02-01").param("applicantKind", "PERSON")
                .param("applicantName", "申请人己").param("applicantIdNumber", idNumber)
                .param("applicantPhone", "13907150088").param("respondentUnitId", "6")
                .param("actDescription", "罚款").param("actCategory", "MONETARY").param("requests", "撤销");
    }

    static RequestPostProcessor set(String name, String value) {
        return request -> {
            request.setParameter(name, value);
            return request;
        };
    }

    @Test
    void theOnlineReceiptIsShownOnceAndAResubmissionFilesNothing() throws Exception {
        String html = mvc.perform(get("/public/reconsideration/apply")).andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("name=\"_formToken\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        long before = cases();
        var first = mvc.perform(application(post("/public/reconsideration/apply"), ReconsiderationApiTest.idNumber())
                        .param("_formToken", m.group(1)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/public/reconsideration/applied"))
                .andReturn();
        TrackingReceipt receipt = (TrackingReceipt) first.getFlashMap().get("receipt");
        var session = first.getResponse().getCookie("SESSION");
        assertThat(mvc.perform(get("/public/reconsideration/applied").cookie(session)).andReturn().getResponse()
                .getContentAsString()).contains(receipt.secret());
        assertThat(mvc.perform(get("/public/reconsideration/applied").cookie(session)).andReturn().getResponse()
                .getContentAsString()).contains("id=\"receipt-shown\"").doesNotContain(receipt.secret());
        mvc.perform(application(post("/public/reconsideration/apply"), ReconsiderationApiTest.idNumber())
                        .param("_formToken", m.group(1)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/public/reconsideration/applied"));
        assertThat(cases()).isEqualTo(before + 1);
    }

    @Test
    void staffAreWarnedOfAnApplicationLikeAnOnlineOneAndConfirmToRegister() throws Exception {
        var office = user(userAccounts.loadDetails(accounts.create("rcf", 4, "LAW_OFFICE")).orElseThrow());
        String id = ReconsiderationApiTest.idNumber();
        mvc.perform(application(post("/public/reconsideration/apply"), id).with(formToken()))
                .andExpect(status().is3xxRedirection());
        long online = jdbc.sql("SELECT MAX(id) FROM reconsideration_case").query(Long.class).single();
        String received = jdbc.sql("SELECT received_on FROM reconsideration_case WHERE id = :id").param("id", online)
                .query(String.class).single();
        long before = cases();
        String page = mvc.perform(application(post("/reconsideration"), id).with(office).with(formToken())
                        .param("channel", "IN_PERSON").param("submittedOn", received))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"lookalikes\"", "href=\"/reconsideration/" + online + "\"");
        assertThat(cases()).isEqualTo(before);
        String location = mvc.perform(application(post("/reconsideration"), id).with(office).with(formToken())
                        .param("channel", "IN_PERSON").param("submittedOn", received).param("confirmDuplicate", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        // the online application's page warns staff about the registration like it, and the other way round
        assertThat(mvc.perform(get("/reconsideration/" + online).with(office)).andReturn().getResponse()
                .getContentAsString()).contains("id=\"lookalikes\"", "href=\"" + location + "\"");
    }

    @Test
    void theFormShowsEveryErrorAtOnceAndKeepsTheTypedIdNumberAndPhone() throws Exception {
        long before = cases();
        String page = mvc.perform(application(post("/public/reconsideration/apply"), "421202198503120000")
                        .with(formToken()).with(set("applicantPhone", "99")).with(set("requests", ""))
                        .with(set("applicantName", "")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("公民身份号码不正确", "联系电话格式不正确", "请填写复议请求。", "请填写申请人名称。",
                "value=\"421202198503120000\"", "value=\"99\"", "id=\"form-errors\"");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void theApiListsEveryErrorOfAnApplication() throws Exception {
        String bearer = TestAccounts.token(mvc, accounts.create("rcfapi", 4, "LAW_OFFICE"), TestAccounts.PASSWORD);
        long before = cases();
        mvc.perform(post("/api/v1/reconsideration/cases").header("Authorization", "Bearer " + bearer)
                        .contentType("application/json").content("""
                                {"channel":"IN_PERSON","submittedOn":"2024-03-01","learnedOn":"2024-02-01",
                                 "applicantKind":"PERSON","applicantName":"","applicantIdNumber":"421202198503120000",
                                 "applicantPhone":"99","respondentUnitId":6,"actDescription":"罚款",
                                 "actCategory":"MONETARY","requests":"撤销"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "applicantName", "applicantIdNumber", "applicantPhone")))
                .andExpect(jsonPath("$.errors[*].message").value(org.hamcrest.Matchers.hasItem("请填写申请人名称。")));
        assertThat(cases()).isEqualTo(before);
    }
}
