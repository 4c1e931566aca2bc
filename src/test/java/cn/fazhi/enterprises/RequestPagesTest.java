package cn.fazhi.enterprises;

import static cn.fazhi.FormTokenRequests.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;

/**
 * The staff pages: the desk files a request and receives a complaint through the forms (a bad USCC shows the Chinese
 * message and saves nothing), takes steps from the case pages, lists with the 督办 filter and exports .xlsx; a unit
 * sees only what it holds (404), cannot open the desk's forms (403); a role without {@code enterprises:view} cannot
 * open the lists.
 */
@IntegrationTest
class RequestPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TestAccounts accounts;
    @Autowired UserAccounts users;
    @Autowired Enterprises enterprises;

    RequestPostProcessor as(String username) {
        return user(users.loadDetails(username).orElseThrow());
    }

    @Test
    void theDeskFilesRoutesListsAndExportsAUnitSeesOnlyItsOwn() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        EnterpriseView e = EnterpriseFixtures.register(enterprises, "咸安页面诉求测试公司" + s,
                "135" + ThreadLocalRandom.current().nextInt(10000000, 99999999), List.of());
        String desk = accounts.create("rpd", 44, "BUSINESS_DESK");
        String unitStaff = accounts.create("rpu", 5, "UNIT_STAFF");
        String otherStaff = accounts.create("rpo", 6, "UNIT_STAFF");

        mvc.perform(get("/enterprises/requests/new").with(as(unitStaff))).andExpect(status().isForbidden());
        long before = jdbc.sql("SELECT COUNT(*) FROM enterprise_request").query(Long.class).single();
        mvc.perform(post("/enterprises/requests/new").with(as(desk)).with(formToken()).with(csrf())
                        .param("uscc", "91421202NOSUCHONE1").param("category", "POLICY").param("title", "t" + s)
                        .param("content", "c"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请先在企业名录中登记")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enterprise_request").query(Long.class).single()).isEqualTo(before);
        String location = mvc.perform(post("/enterprises/requests/new").with(as(desk)).with(formToken()).with(csrf())
                        .param("uscc", e.uscc()).param("category", "FEES").param("title", "目录外收费" + s)
                        .param("content", "办理竣工验收时被收取目录外费用。").param("filedOn", "2025-05-06"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll(".*/(\\d+)$", "$1"));
        mvc.perform(get(location).with(as(desk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("目录清单外收费")))
                .andExpect(content().string(containsString("权责清单建议的承办单位")));
        mvc.perform(get(location).with(as(unitStaff))).andExpect(status().isNotFound());
        int v = jdbc.sql("SELECT version FROM enterprise_request WHERE id = :id").param("id", id).query(Integer.class).single();
        mvc.perform(post(location + "/route").with(as(desk)).with(csrf()).param("version", String.valueOf(v))
                        .param("otherUnitId", "5").param("reason", "收费由市场监管局查处").param("on", "2025-05-06"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(as(unitStaff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("待签收")));
        mvc.perform(get(location).with(as(otherStaff))).andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/requests?supervised=true&year=2025").with(as(desk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("目录外收费" + s)));
        mvc.perform(get("/enterprises/requests.xlsx?q=" + s).with(as(desk))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        mvc.perform(get("/enterprises/requests?q=" + s).with(as(otherStaff))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("目录外收费" + s))));

        String complaint = mvc.perform(post("/enterprises/complaints/new").with(as(desk)).with(formToken()).with(csrf())
                        .param("uscc", e.uscc()).param("respondentUnitId", "8").param("amount", "12000")
                        .param("paymentDue", "2025-03-31").param("content", "教育局逾期未付教具款" + s)
                        .param("receivedOn", "2025-06-03"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(complaint).with(as(desk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("不得对投诉人打击报复")))
                .andExpect(content().string(containsString("正式受理")));
        long cid = Long.parseLong(complaint.replaceAll(".*/(\\d+)$", "$1"));
        int cv = jdbc.sql("SELECT version FROM sme_complaint WHERE id = :id").param("id", cid).query(Integer.class).single();
        mvc.perform(post(complaint + "/accept").with(as(desk)).with(csrf()).param("version", String.valueOf(cv))
                .param("on", "2025-06-04")).andExpect(status().is3xxRedirection());
        mvc.perform(get(complaint).with(as(desk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2025-06-18")));
        mvc.perform(get(complaint).with(as(unitStaff))).andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/complaints?q=" + s).with(as(desk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("咸安页面诉求测试公司" + s)));
        mvc.perform(get("/enterprises/complaints.xlsx").with(as(desk))).andExpect(status().isOk());

        String window = accounts.create("rpw", 14, "WINDOW_STAFF");
        mvc.perform(get("/enterprises/requests").with(as(window))).andExpect(status().isForbidden());
        mvc.perform(get("/enterprises/complaints").with(as(window))).andExpect(status().isForbidden());
    }
}
