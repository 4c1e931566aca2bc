package cn.fazhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.mediation.TrackingReceipt;

/**
 * Issue 10, points 20 and 21, through the mediation forms (the mechanism is the platform's, shared by every create
 * form): post/redirect/get with a one-time token, the duplicate warning, all errors at once with the typed values kept.
 */
@IntegrationTest
class FormSubmissionTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"_formToken\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    JdbcClient jdbc;

    UserDetails staff;

    @BeforeEach
    void users() {
        staff = userAccounts.loadDetails(accounts.create("formwq", 18, "MEDIATOR")).orElseThrow();
    }

    /** A valid resident ID number not used before (the PostgreSQL test database keeps earlier runs' disputes). */
    static String freshId() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        String first = "421202" + LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20000))
                .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", random.nextInt(1000));
        return first + cn.fazhi.platform.identifiers.ResidentIdNumber.checkCharacter(first);
    }

    long disputes() {
        return jdbc.sql("SELECT COUNT(*) FROM dispute").query(Long.class).single();
    }

    String token(String html) {
        Matcher m = TOKEN.matcher(html);
        assertThat(m.find()).as("the form carries a one-time token").isTrue();
        return m.group(1);
    }

    MockHttpServletRequestBuilder publicApplication(String token, String summary) {
        return post("/public/mediation/apply").with(csrf()).param("_formToken", token)
                .param("applicantName", "孙某").param("applicantIdNumber", "421202199001011232")
                .param("applicantPhone", "13600002222").param("respondentName", "周某")
                .param("townshipCode", "421202106").param("category", "NEIGHBOUR").param("summary", summary);
    }

    MockHttpServletRequestBuilder staffRegistration(String token, String applicantId, String respondent) {
        return post("/mediation").with(user(staff)).with(csrf()).param("_formToken", token)
                .param("channel", "WALK_IN").param("category", "NEIGHBOUR").param("townshipCode", "421202001")
                .param("receivedOn", LocalDate.now().minusDays(2).toString()).param("amount", "0")
                .param("summary", "邻里通道纠纷").param("applicantKind", "PERSON").param("applicantName", "吴某")
                .param("applicantIdentifier", applicantId).param("applicantPhone", "13807150001")
                .param("respondentKind", "PERSON").param("respondentName", respondent);
    }

    /** Replaces a parameter of a prepared request. */
    static org.springframework.test.web.servlet.request.RequestPostProcessor set(String name, String value) {
        return request -> {
            request.setParameter(name, value);
            return request;
        };
    }

    String newFormToken() throws Exception {
        return token(mvc.perform(get("/mediation/new").with(user(staff))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void thePublicReceiptIsReachedByRedirectAndNeitherARefreshNorAResubmissionFilesAgain() throws Exception {
        String token = token(mvc.perform(get("/public/mediation/apply")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        long before = disputes();
        var first = mvc.perform(publicApplication(token, "楼上漏水纠纷"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/public/mediation/applied"))
                .andReturn();
        TrackingReceipt receipt = (TrackingReceipt) first.getFlashMap().get("receipt");
        assertThat(disputes()).isEqualTo(before + 1);
        // the receipt page, in the same session, shows the code and secret once (from the flash attributes)
        var session = first.getResponse().getCookie("SESSION");
        mvc.perform(get("/public/mediation/applied").cookie(session))
                .andExpect(content().string(containsString(receipt.secret())));
        // reloading it shows that the application was submitted, without the secret, and files nothing
        mvc.perform(get("/public/mediation/applied").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"receipt-shown\"")))
                .andExpect(content().string(not(containsString(receipt.secret()))));
        // the browser re-sending the POST (back, then submit again) is sent to the receipt page, nothing filed
        mvc.perform(publicApplication(token, "楼上漏水纠纷"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/public/mediation/applied"))
                .andExpect(flash().attribute("receipt", (Object) null));
        assertThat(disputes()).isEqualTo(before + 1);
    }

    @Test
    void aReplayedTokenOnAStaffFormCreatesNothingAndLeadsToTheCaseCreatedFirst() throws Exception {
        String token = newFormToken();
        String id = freshId();
        long before = disputes();
        String location = mvc.perform(staffRegistration(token, id, "郑某"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/mediation/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(staffRegistration(token, id, "郑某"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(location))
                .andExpect(flash().attribute("noticeKey", "error.form.alreadySubmitted"));
        assertThat(disputes()).isEqualTo(before + 1);
        // without a token (or with a made-up one) nothing is saved and the answer says why, in Chinese
        mvc.perform(staffRegistration("made-up", freshId(), "冯某"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("该表单已失效")));
        assertThat(disputes()).isEqualTo(before + 1);
    }

    @Test
    void aFormShownAgainWithErrorsCanBeCorrectedAndSubmittedOnce() throws Exception {
        String token = newFormToken();
        long before = disputes();
        mvc.perform(staffRegistration(token, "421202198512124569", "韩某")).andExpect(status().isOk());
        mvc.perform(staffRegistration(token, freshId(), "韩某")).andExpect(status().is3xxRedirection());
        assertThat(disputes()).isEqualTo(before + 1);
    }

    @Test
    void aNewDisputeLikeAnExistingOneIsRegisteredOnlyAfterStaffConfirm() throws Exception {
        String id = freshId();
        String first = mvc.perform(staffRegistration(newFormToken(), id, "某建筑公司"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long before = disputes();
        mvc.perform(staffRegistration(newFormToken(), id, "某建筑公司"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"lookalikes\"")))
                .andExpect(content().string(containsString("href=\"" + first + "\"")))
                .andExpect(content().string(containsString("name=\"confirmDuplicate\"")));
        assertThat(disputes()).isEqualTo(before);
        // another respondent is no look-alike
        mvc.perform(staffRegistration(newFormToken(), id, "另一家公司")).andExpect(status().is3xxRedirection());
        String second = mvc.perform(staffRegistration(newFormToken(), id, "某建筑公司").param("confirmDuplicate", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(disputes()).isEqualTo(before + 2);
        // the case page warns too, with a link to the other case
        mvc.perform(get(second).with(user(staff)))
                .andExpect(content().string(containsString("id=\"lookalikes\"")))
                .andExpect(content().string(containsString("href=\"" + first + "\"")));
    }

    @Test
    void aStaffFormWithSeveralBadFieldsShowsEveryMessageAndKeepsWhatWasTyped() throws Exception {
        long before = disputes();
        String html = mvc.perform(staffRegistration(newFormToken(), "421202198512124569", "")
                        .with(set("applicantPhone", "12345")).with(set("summary", "")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("申请人的公民身份号码不正确", "申请人的联系电话格式不正确", "请填写纠纷简要情况",
                "请填写被申请人姓名或名称", "id=\"form-errors\"", "id=\"applicantPhone-error\"",
                "id=\"applicantIdentifier-error\"");
        assertThat(html).contains("value=\"12345\"", "value=\"421202198512124569\"");
        assertThat(disputes()).isEqualTo(before);
    }

    @Test
    void textThatIsNoDateOrNumberIsShownBackWithItsMessage() throws Exception {
        long before = disputes();
        String id = freshId();
        String html = mvc.perform(staffRegistration(newFormToken(), id, "郑某")
                        .with(set("amount", "八百")).with(set("receivedOn", "2026-13-45")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("请填写数字", "日期格式不正确", "value=\"八百\"", "value=\"2026-13-45\"",
                "value=\"" + id + "\"");
        assertThat(disputes()).isEqualTo(before);
    }

    @Test
    void thePublicFormWithSeveralBadFieldsShowsEveryMessageAndKeepsWhatWasTyped() throws Exception {
        long before = disputes();
        String token = token(mvc.perform(get("/public/mediation/apply")).andReturn().getResponse().getContentAsString());
        String html = mvc.perform(publicApplication(token, "").with(set("applicantIdNumber", "421202199001011233"))
                        .with(set("applicantPhone", "0715")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("申请人的公民身份号码不正确", "申请人的联系电话格式不正确", "请填写纠纷简要情况",
                "value=\"0715\"", "value=\"421202199001011233\"");
        assertThat(html).doesNotContain("tracking-secret");
        assertThat(disputes()).isEqualTo(before);
        // the form shown again carries a fresh token
        assertThat(token(html)).isNotEqualTo(token);
    }

    @Test
    void theApiListsEveryFieldError() throws Exception {
        String bearer = TestAccounts.token(mvc, accounts.create("formapi", 18, "TOWNSHIP_STAFF"), TestAccounts.PASSWORD);
        long before = disputes();
        mvc.perform(post("/api/v1/mediation/disputes").header("Authorization", "Bearer " + bearer)
                        .contentType("application/json")
                        .content("""
                                {"channel":"WALK_IN","townshipCode":"421202001","amount":-1,
                                 "parties":[{"role":"APPLICANT","kind":"PERSON","name":"","phone":"123"},
                                            {"role":"RESPONDENT","kind":"PERSON","name":"某"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(6)))
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("category", "receivedOn",
                        "summary", "amount", "parties[0].name", "parties[0].phone")))
                .andExpect(jsonPath("$.errors[*].message", org.hamcrest.Matchers.hasItem("请选择纠纷类型。")));
        assertThat(disputes()).isEqualTo(before);
    }
}
