package cn.fazhi.enforcement.coercion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.FormTokenRequests;
import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;

/**
 * The coercion pages: an officer registers a seizure through the form (all errors shown at once, in Chinese, nothing
 * saved), the head approves it on the case page, the officer takes it with two certified officers; a step refused
 * re-renders the page with the reason; the list, its search and its Excel export; another unit gets 404.
 */
@IntegrationTest
class CoercionPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    JdbcClient jdbc;

    UserDetails as(String username) {
        return userAccounts.loadDetails(username).orElseThrow();
    }

    @Test
    void registerApproveTakeThroughThePages() throws Exception {
        UserDetails officer = as(accounts.create("qzym", 5, "UNIT_STAFF"));
        UserDetails head = as(accounts.create("qzyl", 5, "UNIT_HEAD"));
        UserDetails stranger = as(accounts.create("qzyw", 6, "UNIT_STAFF"));
        CoercionOfficerFixture fixture = new CoercionOfficerFixture(jdbc);
        long a = fixture.certified(5, "页面甲");
        long b = fixture.certified(5, "页面乙");

        String form = mvc.perform(get("/enforcement/coercions/new").with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("登记行政强制案件", "扣押");
        long before = jdbc.sql("SELECT COUNT(*) FROM coercion_case WHERE unit_id = 5").query(Long.class).single();
        String errors = mvc.perform(post("/enforcement/coercions").with(user(officer)).with(csrf())
                        .with(FormTokenRequests.formToken()).param("kind", "MEASURE").param("measureType", "SEIZE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("请填写当事人", "请填写标的", "请填写理由", "请填写依据");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM coercion_case WHERE unit_id = 5").query(Long.class).single()).isEqualTo(before);

        String location = mvc.perform(post("/enforcement/coercions").with(user(officer)).with(csrf())
                        .with(FormTokenRequests.formToken()).param("kind", "MEASURE").param("measureType", "SEIZE")
                        .param("partyName", "咸宁页面测试有限公司").param("subject", "冷库内冻品30箱")
                        .param("reason", "涉嫌来源不明").param("legalBasis", "《食品安全法》第一百一十条"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        String page = mvc.perform(get("/enforcement/coercions/" + id).with(user(head))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("待批准", "负责人批准", "咸宁页面测试有限公司").doesNotContain("PROPOSED");
        mvc.perform(post("/enforcement/coercions/" + id + "/approve").with(user(head)).with(csrf())
                        .param("version", "0").param("approvedOn", "2025-09-01"))
                .andExpect(status().is3xxRedirection());

        // a refused step shows the page again with the reason (one officer only)
        String refused = mvc.perform(post("/enforcement/coercions/" + id + "/take").with(user(officer)).with(csrf())
                        .param("version", "1").param("measureOn", "2025-09-02").param("officerIds", String.valueOf(a))
                        .param("certificateShown", "true").param("partyPresent", "true").param("partyNotified", "true")
                        .param("rightsTold", "true").param("statementsHeard", "true").param("siteRecord", "true")
                        .param("signed", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("执法人员不得少于2人");
        mvc.perform(post("/enforcement/coercions/" + id + "/take").with(user(officer)).with(csrf())
                        .param("version", "1").param("measureOn", "2025-09-02").param("officerIds", String.valueOf(a))
                        .param("officerIds", String.valueOf(b))
                        .param("certificateShown", "true").param("partyPresent", "true").param("partyNotified", "true")
                        .param("rightsTold", "true").param("statementsHeard", "true").param("siteRecord", "true")
                        .param("signed", "true"))
                .andExpect(status().is3xxRedirection());
        String inForce = mvc.perform(get("/enforcement/coercions/" + id).with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(inForce).contains("措施实施中", "2025-10-09", "未上传（不能进入下一步）", "第十八条程序清单");

        String list = mvc.perform(get("/enforcement/coercions").param("keyword", "页面测试").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("咸宁页面测试有限公司", "冷库内冻品30箱");
        byte[] xlsx = mvc.perform(get("/enforcement/coercions/export.xlsx").param("keyword", "页面测试").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(xlsx).startsWith((byte) 'P', (byte) 'K');

        mvc.perform(get("/enforcement/coercions/" + id).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/enforcement/coercions/new").with(user(as(accounts.create("qzyv", 5, "LEGAL_REVIEWER")))))
                .andExpect(status().isForbidden());
    }
}
