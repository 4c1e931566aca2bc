package cn.fazhi.errands;

import static cn.fazhi.FormTokenRequests.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.platform.demo.DemoPeople;
import cn.idev.excel.FastExcel;

/**
 * The staff pages: a township's staff (wenquan) see only their township's agents, masked, in the list and the .xlsx;
 * an agent cannot open the staff pages but has their own; a form with a bad ID number shows the Chinese error and saves
 * nothing; the menu shows each entry only to roles that may open it.
 */
@IntegrationTest
class ErrandPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts userAccounts;

    UserDetails as(String username) {
        return userAccounts.loadDetails(username).orElseThrow();
    }

    @Test
    void aTownshipSeesItsOwnAgentsMaskedAndAnAgentOnlyTheirOwnPages() throws Exception {
        mvc.perform(get("/errands/agents").with(user(as("wenquan")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("温泉街道")))
                .andExpect(content().string(not(containsString("浮山街道"))))
                .andExpect(content().string(containsString("**********")));
        byte[] sheet = mvc.perform(get("/errands/agents.xlsx").with(user(as("wenquan")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(sheet)).sheet().doReadSync();
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get(3)).isEqualTo("温泉街道");
            assertThat(r.get(1)).contains("*");
        });
        assertThat((long) rows.size()).isEqualTo(jdbc.sql("SELECT COUNT(*) FROM errand_agent WHERE region_code = '421202001'")
                .query(Long.class).single());
        mvc.perform(get("/errands/beneficiaries.xlsx").with(user(as("wenquan")))).andExpect(status().isOk());
        mvc.perform(get("/errands.xlsx").with(user(as("wenquan")))).andExpect(status().isOk());

        long agent = jdbc.sql("SELECT MIN(id) FROM errand_agent WHERE region_code = '421202001'").query(Long.class).single();
        long reveals = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'errands.agent.revealed'")
                .query(Long.class).single();
        mvc.perform(get("/errands/agents/" + agent).with(user(as("wenquan")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/reveal")))
                .andExpect(content().string(not(containsString("id=\"revealed\""))));
        mvc.perform(post("/errands/agents/" + agent + "/reveal").with(user(as("wenquan"))).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"revealed\"")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'errands.agent.revealed'")
                .query(Long.class).single()).isEqualTo(reveals + 1);
        mvc.perform(post("/errands/agents/" + agent + "/reveal").with(user(as("daiban"))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/errands/agents").with(user(as("daiban")))).andExpect(status().isForbidden());
        mvc.perform(get("/errands").with(user(as("daiban")))).andExpect(status().isForbidden());
        mvc.perform(get("/errands/my").with(user(as("daiban")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("我的服务对象")));
        mvc.perform(get("/").with(user(as("daiban")))).andExpect(content().string(containsString("/errands/my")))
                .andExpect(content().string(not(containsString("href=\"/errands/agents\""))));
        mvc.perform(get("/errands/my").with(user(as("wenquan")))).andExpect(status().isForbidden());
        long other = jdbc.sql("SELECT MIN(id) FROM errand WHERE region_code = '421202002'").query(Long.class).single();
        mvc.perform(get("/errands/" + other).with(user(as("wenquan")))).andExpect(status().isNotFound());
        long othersErrand = jdbc.sql("SELECT MIN(e.id) FROM errand e JOIN errand_agent a ON a.id = e.agent_id "
                + "WHERE e.region_code = '421202001' AND (a.user_id IS NULL)").query(Long.class).single();
        mvc.perform(get("/errands/my/" + othersErrand).with(user(as("daiban")))).andExpect(status().isNotFound());
    }

    @Test
    void aBadFormShowsTheChineseErrorAndSavesNothing() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM errand_agent").query(Long.class).single();
        String ok = new DemoPeople(new Random()).idNumber("421202");
        String bad = ok.substring(0, 17) + (ok.charAt(17) == '1' ? '2' : '1');
        mvc.perform(post("/errands/agents/new").with(user(as("wenquan"))).with(csrf()).with(formToken())
                        .param("name", "张三").param("idNumber", bad).param("phone", "13912345678")
                        .param("village", "淦河社区"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("form-errors")))
                .andExpect(content().string(containsString("身份号码")));
        mvc.perform(post("/errands/beneficiaries/new").with(user(as("wenquan"))).with(csrf()).with(formToken())
                        .param("name", "李四").param("idNumber", ok).param("village", "淦河社区").param("reason", "OTHER"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("其他")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM errand_agent").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM errand_beneficiary WHERE name = '李四' AND created_by = 'wenquan'")
                .query(Long.class).single()).isZero();
    }
}
