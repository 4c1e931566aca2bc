package cn.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

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
 * The staff pages: the office records a clue through the form (one-time token; a bad form saves nothing and shows the
 * Chinese message), lists, filters and exports the register, opens a clue with its links, timeline and actions; a
 * supervised unit's staff get 404 for a clue not addressed to them and no record form; the reconsideration and
 * litigation case pages show the chain's links.
 */
@IntegrationTest
class CluePagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts testAccounts;
    @Autowired UserAccounts accounts;
    @Autowired JdbcClient jdbc;

    UserDetails as(String username) {
        return accounts.loadDetails(username).orElseThrow();
    }

    @Test
    void theOfficeRecordsListsExportsAndOpensAClue() throws Exception {
        UserDetails office = as(testAccounts.create("pof", 2, "LAW_OFFICE"));
        String marker = "页面测试线索" + System.nanoTime() % 100000;
        long before = jdbc.sql("SELECT COUNT(*) FROM supervision_clue").query(Long.class).single();
        mvc.perform(post("/supervision/clues").with(FormTokenRequests.formToken()).with(user(office)).with(csrf())
                        .param("source", "COMPLAINT").param("unitId", "5").param("summary", " ")
                        .param("receivedOn", LocalDate.now().toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写线索内容。")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM supervision_clue").query(Long.class).single()).isEqualTo(before);
        String location = mvc.perform(post("/supervision/clues").with(FormTokenRequests.formToken()).with(user(office))
                        .with(csrf()).param("source", "HOTLINE").param("unitId", "5").param("summary", marker)
                        .param("receivedOn", LocalDate.now().toString()).param("complainant", "李某"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/supervision/clues/\\d+");
        mvc.perform(get(location).with(user(office))).andExpect(status().isOk())
                .andExpect(content().string(containsString(marker))).andExpect(content().string(containsString("李某")))
                .andExpect(content().string(containsString("开始核查")))
                .andExpect(content().string(containsString("关联记录".isEmpty() ? "" : "case-links")));
        mvc.perform(get("/supervision/clues").param("q", marker).param("source", "HOTLINE").param("unitId", "5")
                        .param("year", Integer.toString(LocalDate.now().getYear())).with(user(office)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(marker)))
                .andExpect(content().string(containsString("共 1 条")));
        mvc.perform(get("/supervision/clues/export.xlsx").param("q", marker).with(user(office)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type",
                        containsString("spreadsheetml")));
        mvc.perform(get("/supervision/letters").with(user(office))).andExpect(status().isOk());
        // the unit concerned: nothing addressed to it yet, no record form
        UserDetails unitStaff = as(testAccounts.create("pst", 5, "UNIT_STAFF"));
        mvc.perform(get(location).with(user(unitStaff))).andExpect(status().isNotFound());
        mvc.perform(get("/supervision/clues/new").with(user(unitStaff))).andExpect(status().isForbidden());
        mvc.perform(get("/supervision/clues").with(user(unitStaff))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(marker))));
    }

    @Test
    void theReconsiderationAndLitigationPagesShowTheLinks() throws Exception {
        UserDetails admin = as("admin");
        long rc = jdbc.sql("SELECT id FROM reconsideration_case ORDER BY id DESC").query(Long.class).list().get(0);
        mvc.perform(get("/reconsideration/" + rc).with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("case-links")));
        long lc = jdbc.sql("SELECT id FROM litigation_case ORDER BY id DESC").query(Long.class).list().get(0);
        mvc.perform(get("/litigation/" + lc).with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("case-links")));
    }
}
