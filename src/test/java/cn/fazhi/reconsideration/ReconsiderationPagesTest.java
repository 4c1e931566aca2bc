package cn.fazhi.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.fazhi.IntegrationTest;
import static cn.fazhi.FormTokenRequests.formToken;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;

/** Staff pages and the public portal: register through the form, act on the case page, apply online and track. */
@IntegrationTest
class ReconsiderationPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    JdbcClient jdbc;

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String received, String name,
            String idNumber) {
        if (received != null) {
            request.param("submittedOn", received);
        }
        // confirmDuplicate: a random test ID number may meet another test's application (the look-alike warning)
        return request.with(formToken()).param("confirmDuplicate", "true").param("learnedOn", "2024-02-01")
                .param("applicantKind", "PERSON")
                .param("applicantName", name).param("applicantIdNumber", idNumber)
                .param("applicantTownship", "421202106").param("respondentUnitId", "5")
                .param("actDescription", "罚款").param("actCategory", "MONETARY").param("actAmount", "500")
                .param("requests", "撤销");
    }

    @Test
    void staffRegisterThroughTheFormAndAcceptOnTheCasePage() throws Exception {
        var office = user(userAccounts.loadDetails(accounts.create("rcp", 4, "LAW_OFFICE")).orElseThrow());
        String location = mvc.perform(form(post("/reconsideration"), "2024-03-01", "页面申请人", ReconsiderationApiTest.idNumber())
                        .param("channel", "IN_PERSON").with(office).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/reconsideration/\\d+");
        mvc.perform(get(location).with(office)).andExpect(status().isOk())
                .andExpect(content().string(containsString("受理审查（五个工作日）")))
                .andExpect(content().string(containsString("视为受理")))
                .andExpect(content().string(containsString("2024-03-08")));
        mvc.perform(post(location + "/acceptance").with(CaseVersions.current(jdbc)).param("acceptedOn", "2024-03-04").param("procedure", "ORDINARY")
                .with(office).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(office)).andExpect(content().string(containsString("已受理（审理中）")));
        mvc.perform(post(location + "/acceptance").with(CaseVersions.current(jdbc)).param("acceptedOn", "2024-03-04").param("procedure", "ORDINARY")
                .with(office).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("不允许此操作")));
        mvc.perform(get("/reconsideration").param("township", "421202106").with(office)).andExpect(status().isOk())
                .andExpect(content().string(containsString("页面申请人")));
    }

    @Test
    void theDecisionAndTheOpinionLetterPrintAsDocxAndPdf(@Autowired cn.fazhi.documents.Documents documents)
            throws Exception {
        var office = user(userAccounts.loadDetails(accounts.create("rcd", 4, "LAW_OFFICE")).orElseThrow());
        String location = mvc.perform(form(post("/reconsideration"), "2024-03-01", "文书申请人", ReconsiderationApiTest.idNumber())
                        .param("channel", "IN_PERSON").with(office).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location + "/documents/decision/pdf").with(office)).andExpect(status().isConflict());
        mvc.perform(post(location + "/acceptance").with(CaseVersions.current(jdbc)).param("acceptedOn", "2024-03-04").param("procedure", "ORDINARY")
                .with(office).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/decision").with(CaseVersions.current(jdbc)).param("decisionType", "CONFIRM_ILLEGAL").param("decidedOn", "2024-04-20")
                .param("summary", "程序违法").with(office).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/opinion-letter").with(CaseVersions.current(jdbc)).param("on", "2024-04-21").param("content", "规范执法程序")
                .with(office).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(office)).andExpect(content().string(containsString("/documents/decision/docx")))
                .andExpect(content().string(containsString("意见书整改报送（六十日）")));
        byte[] docx = mvc.perform(get(location + "/documents/decision/docx").with(office)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(docx, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
        byte[] pdf = mvc.perform(get(location + "/documents/opinion/pdf").with(office)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        String caseId = location.substring(location.lastIndexOf('/') + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'reconsideration.document.downloaded' "
                + "AND target_id = :id").param("id", caseId).query(Long.class).single()).as("both downloads audited")
                .isEqualTo(2);
        var unitUser = user(userAccounts.loadDetails(accounts.create("rcv", 5, "UNIT_STAFF")).orElseThrow());
        mvc.perform(get(location + "/documents/decision/pdf").with(unitUser)).andExpect(status().isForbidden());
    }

    @Test
    void aFormWithErrorsIsShownAgainInChineseAndSavesNothing() throws Exception {
        var office = user(userAccounts.loadDetails(accounts.create("rcp", 4, "LAW_OFFICE")).orElseThrow());
        int before = jdbc.sql("SELECT COUNT(*) FROM reconsideration_case").query(Integer.class).single();
        mvc.perform(form(post("/reconsideration"), "2024-03-01", "", ReconsiderationApiTest.idNumber())
                        .param("channel", "IN_PERSON").with(office).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写申请人名称。")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reconsideration_case").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void applyOnlineThenTrackWithTheSecretOnly() throws Exception {
        String name = "网上申请人" + System.nanoTime();
        String id = ReconsiderationApiTest.idNumber();
        var receipt = (cn.fazhi.reconsideration.TrackingReceipt) mvc
                .perform(form(post("/public/reconsideration/apply"), null, name, id).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("receipt");
        String code = receipt.trackingCode();
        String secret = receipt.secret();
        // the kernel keeps the receipt (cases.TrackingReceipts): the secret only salted and hashed
        String stored = jdbc.sql("SELECT secret_hash FROM case_tracking WHERE case_type = 'reconsideration' AND code = :c")
                .param("c", code).query(String.class).single();
        assertThat(stored).hasSize(64).doesNotContain(secret);

        mvc.perform(post("/public/reconsideration/track").param("code", code).param("secret", secret).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("受理审查中")))
                .andExpect(content().string(not(containsString(name))))
                .andExpect(content().string(not(containsString(id.substring(14)))));
        String wrong = secret.equals("00000000") ? "11111111" : "00000000";
        mvc.perform(post("/public/reconsideration/track").param("code", code).param("secret", wrong).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("查询码或查询密码不正确")))
                .andExpect(content().string(not(containsString("受理审查中"))));
        mvc.perform(get("/public/reconsideration/apply")).andExpect(status().isOk());
    }

    /**
     * Issue 10, point 16: the day of knowledge before the act's date is refused on the staff form and on the public
     * portal (Chinese, nothing saved); an application after the sixty days (Art. 20(1)) is taken, and the applicant on
     * the portal and the staff on the case page are told, with the dates, that the window appears to have passed.
     */
    @Test
    void anImpossibleDayOfKnowledgeIsRefusedAndALateApplicationIsTold() throws Exception {
        var office = user(userAccounts.loadDetails(accounts.create("rcl", 4, "LAW_OFFICE")).orElseThrow());
        int before = jdbc.sql("SELECT COUNT(*) FROM reconsideration_case").query(Integer.class).single();
        String refusal = "知道行政行为之日（2024-02-01）不能早于行政行为作出之日（2024-02-10）。";
        mvc.perform(form(post("/reconsideration"), "2024-03-01", "早知申请人", ReconsiderationApiTest.idNumber())
                        .param("actDate", "2024-02-10").param("channel", "IN_PERSON").with(office).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString(refusal)));
        mvc.perform(form(post("/public/reconsideration/apply"), null, "早知申请人", ReconsiderationApiTest.idNumber())
                        .param("actDate", "2024-02-10").with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString(refusal)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reconsideration_case").query(Integer.class).single()).isEqualTo(before);

        // known since 2024-02-01: the window ended on 2024-04-01, long before today
        String today = java.time.LocalDate.now().toString();
        assertThat(receiptPage(form(post("/public/reconsideration/apply"), null, "迟到申请人" + System.nanoTime(),
                        ReconsiderationApiTest.idNumber()).with(csrf())))
                .contains("id=\"tracking-code\"")
                .contains("按您填写的知道行政行为之日 2024-02-01 计算，六十日申请期限已于 2024-04-01 届满，本申请于 "
                        + today + " 提交")
                .contains("第二十条第二款");
        String location = mvc.perform(form(post("/reconsideration"), "2024-05-06", "迟到申请人", ReconsiderationApiTest.idNumber())
                        .param("channel", "IN_PERSON").with(office).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(office)).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "按知道行政行为之日 2024-02-01 计算，六十日申请期限已于 2024-04-01 届满，申请于 2024-05-06 收到")));
        // in time: no warning
        assertThat(receiptPage(form(post("/public/reconsideration/apply"), null, "准时申请人" + System.nanoTime(),
                        ReconsiderationApiTest.idNumber()).with(r -> {
                            r.setParameter("learnedOn", today);
                            return r;
                        }).with(csrf())))
                .contains("id=\"tracking-code\"")
                .doesNotContain("六十日申请期限已于");
    }

    @Test
    void pagesNeedThePermission() throws Exception {
        var mediator = user(userAccounts.loadDetails(accounts.create("rcm", 17, "MEDIATOR")).orElseThrow());
        mvc.perform(get("/reconsideration").with(mediator)).andExpect(status().isForbidden());
        mvc.perform(get("/reconsideration")).andExpect(status().is3xxRedirection());
    }

    private static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    /** A public application, followed like a browser through its redirect to the receipt page (post/redirect/get). */
    private String receiptPage(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        var result = mvc.perform(request).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/public/reconsideration/applied")).andReturn();
        return mvc.perform(get("/public/reconsideration/applied").cookie(result.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
