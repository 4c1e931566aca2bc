package cn.fazhi.publicity;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;
import cn.idev.excel.FastExcel;

/**
 * The staff and portal pages: the office sees 普法责任制落实情况 for 2023 with the seven units doing too little named,
 * and every list with its .xlsx; a unit (scjg) sees only its own lists and activities, records an activity (a bad one
 * shows the Chinese error and saves nothing) and starts its own list but cannot publish; a cadre without the permission
 * gets 403 and no menu entry; the portal pages show names and sending bodies only, no phones.
 */
@IntegrationTest
class PublicityPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts userAccounts;
    @Autowired TestAccounts accounts;

    UserDetails as(String username) {
        return userAccounts.loadDetails(username).orElseThrow();
    }

    @Test
    void theOfficeSeesTheBalanceAndEveryListExports() throws Exception {
        mvc.perform(get("/publicity/fulfilment?year=2023").with(user(as("fzb")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2023年普法责任制落实情况")))
                .andExpect(content().string(containsString("落实不到位的单位（7 家）")))
                .andExpect(content().string(containsString("咸安区司法局")));
        byte[] sheet = mvc.perform(get("/publicity/fulfilment.xlsx?year=2023").with(user(as("fzb"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(sheet)).sheet().doReadSync();
        assertThat(rows).hasSize(78);
        assertThat(rows.stream().filter(r -> "落实不到位".equals(r.get(6))).count()).isEqualTo(7);
        for (String path : List.of("/publicity/duty-lists", "/publicity/activities", "/publicity/reports",
                "/publicity/head-talks", "/publicity/schools", "/publicity/vice-principals", "/publicity/villages")) {
            mvc.perform(get(path).with(user(as("fzb")))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("导出 Excel")));
            mvc.perform(get(path + ".xlsx").with(user(as("fzb")))).andExpect(status().isOk());
        }
        mvc.perform(get("/publicity/villages").with(user(as("fzb")))).andExpect(content().string(containsString("肖桥村")));
        mvc.perform(get("/publicity/head-talks?year=2023").with(user(as("fzb"))))
                .andExpect(content().string(containsString("共 9 条")));
        mvc.perform(get("/publicity/vice-principals?year=2023&shortOnly=true").with(user(as("fzb"))))
                .andExpect(content().string(containsString("共 5 条")));
        long report = jdbc.sql("SELECT MIN(id) FROM pub_duty_report").query(Long.class).single();
        mvc.perform(get("/publicity/reports/" + report).with(user(as("fzb")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("共 5 条")));
    }

    @Test
    void aUnitSeesItsOwnAndRecordsAnActivityButCannotPublish() throws Exception {
        mvc.perform(get("/publicity/duty-lists").with(user(as("scjg")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("咸安区市场监督管理局")))
                .andExpect(content().string(not(containsString("咸安区住房和城乡建设局"))));
        mvc.perform(get("/publicity/activities?year=2023").with(user(as("scjg")))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("区住建局</td>"))));
        long others = jdbc.sql("SELECT MIN(id) FROM pub_duty_list WHERE unit_id = 6").query(Long.class).single();
        mvc.perform(get("/publicity/duty-lists/" + others).with(user(as("scjg")))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"item\""))));

        long before = jdbc.sql("SELECT COUNT(*) FROM pub_activity").query(Long.class).single();
        mvc.perform(post("/publicity/activities/new").with(user(as("scjg"))).with(formToken()).with(csrf())
                        .param("heldOn", LocalDate.now().toString()).param("kind", "CONSUMER_DAY").param("title", "")
                        .param("place", "市民之家").param("participants", "50").param("materials", "100"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("“活动主题”为必填项")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pub_activity").query(Long.class).single()).isEqualTo(before);
        mvc.perform(post("/publicity/activities/new").with(user(as("scjg"))).with(formToken()).with(csrf())
                        .param("heldOn", LocalDate.now().toString()).param("kind", "CONSUMER_DAY")
                        .param("title", "食品安全法进市场").param("place", "温泉农贸市场").param("participants", "50")
                        .param("materials", "100"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT DISTINCT unit_id FROM pub_activity WHERE title = '食品安全法进市场'").query(Long.class)
                .list()).containsExactly(5L);

        int next = LocalDate.now().getYear() + 1;
        long unit = jdbc.sql("SELECT MIN(u.id) FROM unit u WHERE u.id BETWEEN 45 AND 88 AND NOT EXISTS "
                + "(SELECT 1 FROM pub_duty_list l WHERE l.unit_id = u.id AND l.list_year = :y)").param("y", next)
                .query(Long.class).single();
        String staff = accounts.create("ppu", unit, "UNIT_STAFF");
        mvc.perform(post("/publicity/duty-lists/new").with(user(as(staff))).with(formToken()).with(csrf())
                .param("year", String.valueOf(next))).andExpect(status().is3xxRedirection());
        long list = jdbc.sql("SELECT id FROM pub_duty_list WHERE unit_id = :u AND list_year = :y").param("u", unit)
                .param("y", next)
                .query(Long.class).single();
        mvc.perform(post("/publicity/duty-lists/" + list + "/items").with(user(as(staff))).with(formToken()).with(csrf())
                        .param("content", "科学技术普及法").param("audience", "科技企业").param("form", "专题讲座")
                        .param("timing", "5月科技活动周").param("plannedCount", "abc"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/publicity/duty-lists/" + list + "/items").with(user(as(staff))).with(formToken()).with(csrf())
                        .param("content", "科学技术普及法").param("audience", "科技企业").param("form", "专题讲座")
                        .param("timing", "5月科技活动周").param("plannedCount", "4"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/publicity/duty-lists/" + list + "/submit").with(user(as(staff))).with(formToken()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/publicity/duty-lists/" + list + "/publish").with(user(as(staff))).with(formToken()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/publicity/duty-lists/" + list + "/publish").with(user(as("fzb"))).with(formToken()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM pub_duty_list WHERE id = :id").param("id", list).query(String.class)
                .single()).isEqualTo("PUBLISHED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action LIKE 'publicity.list.%' AND target_id = :id")
                .param("id", String.valueOf(list)).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void aCadreWithoutThePermissionSeesNothingAndTheMenuFollowsTheRole() throws Exception {
        mvc.perform(get("/publicity/fulfilment").with(user(as("ganbu")))).andExpect(status().isForbidden());
        mvc.perform(get("/publicity/duty-lists.xlsx").with(user(as("ganbu")))).andExpect(status().isForbidden());
        mvc.perform(get("/").with(user(as("ganbu")))).andExpect(content().string(not(containsString("/publicity/fulfilment"))));
        mvc.perform(get("/").with(user(as("fzb")))).andExpect(content().string(containsString("/publicity/fulfilment")));
        mvc.perform(get("/publicity/activities/new").with(user(as("leader")))).andExpect(status().isForbidden());
    }

    @Test
    void thePortalShowsNamesAndSendingBodiesOnly() throws Exception {
        mvc.perform(get("/public/publicity/vice-principals").param("q", "温泉")).andExpect(status().isOk())
                .andExpect(content().string(containsString("温泉中心小学")))
                .andExpect(content().string(containsString("（公安机关）")))
                .andExpect(content().string(not(containsString("派出所副所长"))))
                .andExpect(content().string(not(containsString("退休"))));
        mvc.perform(get("/public/publicity/duties").param("q", "市场监督")).andExpect(status().isOk())
                .andExpect(content().string(containsString("咸安区市场监督管理局2023年度普法责任清单")));
        mvc.perform(get("/public/publicity/duties").param("page", "-3")).andExpect(status().isOk());
        mvc.perform(get("/public")).andExpect(content().string(containsString("/public/publicity/duties")));
    }
}
