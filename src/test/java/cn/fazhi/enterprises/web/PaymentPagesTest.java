package cn.fazhi.enterprises.web;

import static cn.fazhi.FormTokenRequests.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.enterprises.EnterpriseFixtures;
import cn.fazhi.enterprises.EnterpriseView;
import cn.fazhi.enterprises.Enterprises;
import cn.fazhi.identity.domain.UserAccounts;

/**
 * The SME payment pages: a unit records a payment through the form (a term over 60 days comes back as a Chinese form
 * error, nothing saved), records the late payment and sees days overdue and interest, lists and exports its own; the
 * publication page lists it as missing with the late warning until it publishes; the desk's list shows it.
 */
@IntegrationTest
class PaymentPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired UserAccounts userAccounts;
    @Autowired Enterprises enterprises;
    @Autowired JdbcClient jdbc;

    RequestPostProcessor as(String username) {
        return user(userAccounts.loadDetails(username).orElseThrow());
    }

    @Test
    void aUnitRecordsPaysListsAndPublishesThroughThePages() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO unit (code, name, short_name, type, region_code) VALUES (:c, :n, :s, 'DEPARTMENT', '421202')")
                .param("c", "PP" + s).param("n", "页面款项局" + s).param("s", "页" + s).update();
        long unit = jdbc.sql("SELECT id FROM unit WHERE code = :c").param("c", "PP" + s).query(Long.class).single();
        String staff = accounts.create("ppu", unit, "UNIT_STAFF");
        String other = accounts.create("ppo", 5, "UNIT_STAFF");
        String desk = accounts.create("ppd", 44, "BUSINESS_DESK");
        EnterpriseView e = EnterpriseFixtures.register(enterprises, "页面款项测试有限公司", "13912340901", List.of());

        mvc.perform(get("/enterprises/payments/new").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("付款期限（日）")));
        long before = jdbc.sql("SELECT COUNT(*) FROM sme_payment").query(Long.class).single();
        mvc.perform(post("/enterprises/payments").with(as(staff)).with(formToken()).with(csrf()).param("uscc", e.uscc())
                        .param("contractNo", "PP-" + s).param("subject", "会议服务").param("amount", "12000")
                        .param("startKind", "DELIVERY").param("startOn", "2025-04-01").param("termDays", "90"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("最长不得超过60日")));
        mvc.perform(post("/enterprises/payments").with(as(staff)).with(formToken()).with(csrf()).param("uscc", e.uscc())
                        .param("contractNo", "PP-" + s).param("subject", "会议服务").param("amount", "abc")
                        .param("startKind", "DELIVERY").param("startOn", "2025-04-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("合同金额应为大于0的金额")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sme_payment").query(Long.class).single()).isEqualTo(before);
        String location = mvc.perform(post("/enterprises/payments").with(as(staff)).with(formToken()).with(csrf())
                        .param("uscc", e.uscc()).param("contractNo", "PP-" + s).param("subject", "会议服务")
                        .param("amount", "12000").param("startKind", "ACCEPTANCE").param("startOn", "2025-04-01"))
                .andExpect(redirectedUrlPattern("/enterprises/payments/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2025-05-01")))
                .andExpect(content().string(containsString("验收合格之日")));
        mvc.perform(get(location).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(post(location + "/paid").with(as(staff)).with(csrf()).param("paidOn", "2025-05-11")
                        .param("paidAmount", "12000"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(as(staff)))
                .andExpect(content().string(containsString("逾期 10 天")))
                .andExpect(content().string(containsString("60.00")));
        mvc.perform(get("/enterprises/payments").param("q", "PP-" + s).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("页面款项测试有限公司")))
                .andExpect(content().string(containsString("逾期 10 天")));
        mvc.perform(get("/enterprises/payments").param("q", "PP-" + s).with(as(other)))
                .andExpect(content().string(not(containsString("页面款项测试有限公司"))));
        mvc.perform(get("/enterprises/payments").param("q", "PP-" + s).param("overdue", "true").param("year", "2025")
                        .with(as(desk)))
                .andExpect(content().string(containsString("页面款项测试有限公司")));
        mvc.perform(get("/enterprises/register/" + e.id()).with(as(desk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("PP-" + s)));
        mvc.perform(get("/enterprises/payments.xlsx").param("q", "PP-" + s).with(as(staff)))
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));

        mvc.perform(get("/enterprises/payments/publications").param("year", "2025").with(as(staff)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("页面款项局" + s)))
                .andExpect(content().string(containsString("未在 2026-03-31 前公示")))
                .andExpect(content().string(containsString("publish-" + unit)));
        mvc.perform(post("/enterprises/payments/publications").with(as(staff)).with(csrf()).param("unitId",
                String.valueOf(unit)).param("year", "2025")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/enterprises/payments/publications").param("year", "2025").with(as(desk)))
                .andExpect(content().string(not(containsString("publish-" + unit))))
                .andExpect(content().string(containsString("页面款项局" + s)));
        mvc.perform(get("/public/enterprises/overdue-payments/2025")).andExpect(status().isOk())
                .andExpect(content().string(containsString("页面款项局" + s)))
                .andExpect(content().string(containsString("2025 年末逾期未支付中小企业账款公示")));
    }
}
