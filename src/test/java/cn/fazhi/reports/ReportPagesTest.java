package cn.fazhi.reports;

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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;

/**
 * The staff pages: drafting by form, the preview whose figures link to their records, editing with an unknown
 * indicator refused on the page, the steps by form, the template page; a township's staff see nothing of it.
 * Uses 汀泗桥镇 (421202100) in 2012.
 */
@IntegrationTest
class ReportPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAccounts userAccounts;
    @Autowired
    JdbcClient jdbc;

    UserDetails office;
    UserDetails reviewer;
    UserDetails leader;
    UserDetails township;

    @BeforeEach
    void users() {
        office = userAccounts.loadDetails(accounts.create("rpgo", 4, "LAW_OFFICE")).orElseThrow();
        reviewer = userAccounts.loadDetails(accounts.create("rpgr", 4, "LAW_OFFICE")).orElseThrow();
        leader = userAccounts.loadDetails(accounts.create("rpgl", 3, "LEADER")).orElseThrow();
        township = userAccounts.loadDetails(accounts.create("rpgt", 24, "TOWNSHIP_STAFF")).orElseThrow();
    }

    @Test
    void theOfficeDraftsEditsAndSubmitsByPageAndFiguresLinkToTheirRecords() throws Exception {
        String location = mvc.perform(post("/reports").with(cn.fazhi.FormTokenRequests.formToken()).with(user(office)).with(csrf())
                        .param("year", "2012").param("regionCode", "421202100"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/reports/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/reports/".length()));

        mvc.perform(get(location).with(user(office))).andExpect(status().isOk())
                .andExpect(content().string(containsString("汀泗桥镇2012年度法治政府建设工作报告")))
                .andExpect(content().string(containsString(
                        "href=\"/indicators/mediation.disputes.accepted/records?from=2012-01-01&amp;to=2012-12-31&amp;region=421202100\"")))
                .andExpect(content().string(containsString("id=\"step-submit\"")))
                .andExpect(content().string(containsString("还有 11 处“【待填写：……】”没有写")))
                .andExpect(content().string(not(containsString("id=\"step-approve\""))));
        mvc.perform(get("/reports").with(user(office))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/reports/" + id)));

        mvc.perform(get(location + "/edit").with(user(office))).andExpect(status().isOk())
                .andExpect(content().string(containsString("{{mediation.disputes.accepted:count}}")));
        mvc.perform(post(location + "/edit").with(user(office)).with(csrf()).param("title", "{{region}}报告")
                        .param("body", "# 一、成效\n共{{mediation.nothing}}件").param("signature", "{{region}}")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("模板引用了不存在的统计指标：mediation.nothing。")));
        mvc.perform(post(location + "/edit").with(user(office)).with(csrf()).param("title", "{{region}}{{year}}年度报告")
                        .param("body", "# 一、成效\n共受理{{mediation.disputes.accepted}}件。").param("signature", "{{region}}人民政府")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(user(office))).andExpect(status().isOk())
                .andExpect(content().string(containsString("汀泗桥镇2012年度报告")))
                .andExpect(content().string(not(containsString("id=\"report-to-write\""))));

        mvc.perform(post(location + "/steps/submit").with(user(office)).with(csrf()).param("version", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/steps/approve").with(user(leader)).with(csrf()).param("text", "不涉密"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("报告当前的状态不允许此操作")));
        // four eyes: the submitter sees no pass button, and a forged post is refused in Chinese
        mvc.perform(get(location).with(user(office))).andExpect(status().isOk())
                .andExpect(content().string(containsString("提交审核：" + office.getUsername())))
                .andExpect(content().string(not(containsString("id=\"step-pass-review\""))));
        mvc.perform(post(location + "/steps/pass-review").with(user(office)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本轮报告由您提交审核，不能由您本人审核通过或批准")));
        mvc.perform(get(location).with(user(reviewer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"step-pass-review\"")));
        mvc.perform(post(location + "/steps/pass-review").with(user(reviewer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(user(leader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"step-approve\"")))
                .andExpect(content().string(containsString("href=\"/reports/" + id + "/figures/mediation.disputes.accepted\"")));
        mvc.perform(get(location + "/figures/mediation.disputes.accepted").with(user(leader))).andExpect(status().isOk());
        mvc.perform(get(location + "/docx").with(user(leader))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("2012-421202100.docx")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'reports.report.downloaded' AND target_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single()).as("the download is audited").isEqualTo(1);

        // a township's staff hold no reports permission
        mvc.perform(get(location).with(user(township))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT status FROM annual_report WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("SECRECY_REVIEW");
    }

    @Test
    void theTemplatePageShowsTheBuiltInTemplateAndRefusesUnknownIndicators() throws Exception {
        mvc.perform(get("/reports/template").with(user(office))).andExpect(status().isOk())
                .andExpect(content().string(containsString("{{mediation.resolved_amount:yi}}")));
        mvc.perform(post("/reports/template").with(user(office)).with(csrf()).param("title", "t")
                        .param("body", "共{{no.such}}件").param("signature", "s").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("模板引用了不存在的统计指标：no.such。")));
        mvc.perform(get("/reports/template").with(user(leader))).andExpect(status().isForbidden());
    }

    @Test
    void thePublicPortalListsThePublishedReportsEntry() throws Exception {
        mvc.perform(get("/public")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/public/reports\"")));
        mvc.perform(get("/public/reports")).andExpect(status().isOk())
                .andExpect(content().string(containsString("法治政府建设年度报告")));
        mvc.perform(get("/public/reports/999999")).andExpect(status().isNotFound());
    }
}
