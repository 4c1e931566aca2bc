package cn.fazhi.enforcement.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
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
 * The penalty case pages: register through the form (every error at once, nothing saved), record an act on the case
 * page (a refusal re-renders the page in Chinese), the list with its search and the .xlsx export, and the scope (404).
 */
@IntegrationTest
class EnforcementCasePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    JdbcClient jdbc;

    EnforcementCaseFixtures fx;
    long unit;
    UserDetails handler;
    UserDetails stranger;
    long officerA;
    long officerB;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void setUp() {
        fx = new EnforcementCaseFixtures(jdbc);
        unit = fx.unit();
        handler = userAccounts.loadDetails(accounts.create("ecp", unit, "UNIT_STAFF")).orElseThrow();
        stranger = userAccounts.loadDetails(accounts.create("ecq", fx.unit(), "UNIT_STAFF")).orElseThrow();
        officerA = fx.certifiedOfficer(unit, "孙执法");
        officerB = fx.certifiedOfficer(unit, "周执法");
    }

    @Test
    void aCaseIsRegisteredAndAnActRecordedThroughThePages() throws Exception {
        mvc.perform(get("/enforcement/cases/new").with(user(handler))).andExpect(status().isOk())
                .andExpect(content().string(containsString("行政处罚立案")));
        long before = fx.casesIn(unit);
        mvc.perform(post("/enforcement/cases").with(user(handler)).with(csrf()).with(FormTokenRequests.formToken())
                        .param("partyKind", "ORGANISATION").param("partyName", "").param("violationCode", "")
                        .param("violationName", "无照经营").param("summary", "未取得营业执照从事经营")
                        .param("actOn", today.minusDays(10).toString()).param("discoveredOn", today.toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写当事人名称")))
                .andExpect(content().string(containsString("请填写违法行为代码")));
        assertThat(fx.casesIn(unit)).isEqualTo(before);
        mvc.perform(post("/enforcement/cases").with(user(handler)).with(csrf()).with(FormTokenRequests.formToken())
                        .param("partyKind", "ORGANISATION").param("partyName", "咸安某商贸有限公司")
                        .param("violationCode", "V-PAGE").param("violationName", "无照经营")
                        .param("summary", "未取得营业执照从事经营").param("actOn", today.minusYears(3).toString())
                        .param("discoveredOn", today.toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("第三十六条")));
        assertThat(fx.casesIn(unit)).isEqualTo(before);
        String location = mvc.perform(post("/enforcement/cases").with(user(handler)).with(csrf())
                        .with(FormTokenRequests.formToken())
                        .param("partyKind", "ORGANISATION").param("partyName", "咸安某商贸有限公司")
                        .param("violationCode", "V-PAGE").param("violationName", "无照经营")
                        .param("summary", "未取得营业执照从事经营").param("actOn", today.minusDays(10).toString())
                        .param("discoveredOn", today.toString()).param("filedOn", today.toString()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/enforcement/cases/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(fx.casesIn(unit)).isEqualTo(before + 1);

        mvc.perform(get("/enforcement/cases/" + id).with(user(handler))).andExpect(status().isOk())
                .andExpect(content().string(containsString("记录调查取证")))
                .andExpect(content().string(containsString("孙执法")))
                .andExpect(content().string(containsString("调查取证</span>")));
        mvc.perform(post("/enforcement/cases/" + id + "/acts").with(user(handler)).with(csrf())
                        .param("version", String.valueOf(fx.version(id))).param("actKind", "INSPECTION")
                        .param("actOn", today.toString()).param("officerIds", String.valueOf(officerA))
                        .param("certificatesShown", "true").param("notes", "现场检查"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("不得少于2人")));
        mvc.perform(post("/enforcement/cases/" + id + "/acts").with(user(handler)).with(csrf())
                        .param("version", String.valueOf(fx.version(id))).param("actKind", "INSPECTION")
                        .param("actOn", today.toString()).param("officerIds", String.valueOf(officerA))
                        .param("officerIds", String.valueOf(officerB)).param("certificatesShown", "true")
                        .param("notes", "现场检查，制作笔录"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/enforcement/cases/" + id).with(user(handler))).andExpect(status().isOk())
                .andExpect(content().string(containsString("现场检查，制作笔录")))
                .andExpect(content().string(containsString("记录调查取证")));

        mvc.perform(get("/enforcement/cases").param("keyword", "咸安某商贸").with(user(handler))).andExpect(status().isOk())
                .andExpect(content().string(containsString("咸安某商贸有限公司")));
        mvc.perform(get("/enforcement/cases/export").with(user(handler))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        mvc.perform(get("/enforcement/cases/" + id).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/enforcement/cases").with(user(stranger))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("咸安某商贸有限公司"))));
    }

    @Test
    void theListPagesAndShowsNoInternalCodes() throws Exception {
        mvc.perform(get("/enforcement/cases").with(user(handler))).andExpect(status().isOk())
                .andExpect(content().string(containsString("行政处罚案件")))
                .andExpect(content().string(org.hamcrest.Matchers.not(matchesPattern("(?s).*>INVESTIGATING<.*"))));
    }
}
