package cn.fazhi.responsibilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.FormTokenRequests;
import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;

/**
 * The staff pages of the list (menu entries, filters, export, the new-power form with its error shown and nothing
 * saved, a power with its versions and the new-version form, the import page listing row reasons), the overlaps and
 * gaps page with its evidence and export, the public page without login, and who may see what.
 */
@IntegrationTest
class PowerPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired UserAccounts userAccounts;
    @Autowired JdbcClient jdbc;

    UserDetails office;
    UserDetails market;
    UserDetails township;

    @BeforeEach
    void users() {
        office = userAccounts.loadDetails(accounts.create("rgfzb", 2, "LAW_OFFICE")).orElseThrow();
        market = userAccounts.loadDetails(accounts.create("rgmkt", 5, "UNIT_STAFF")).orElseThrow();
        township = userAccounts.loadDetails(accounts.create("rgtwn", 17, "TOWNSHIP_STAFF")).orElseThrow();
    }

    @Test
    void aDepartmentKeepsItsPowersOnThePages() throws Exception {
        mvc.perform(get("/").with(user(market))).andExpect(content().string(containsString("/responsibilities/issues")));
        mvc.perform(get("/responsibilities").param("unitId", "5").param("powerType", "LICENCE").param("q", "食品")
                .with(user(market))).andExpect(status().isOk())
                .andExpect(content().string(containsString("食品经营许可（新办）")))
                .andExpect(content().string(containsString("下载导入模板")))
                .andExpect(content().string(not(containsString("公布清单"))));
        mvc.perform(get("/responsibilities.xlsx").param("q", "食品").with(user(market))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        mvc.perform(get("/responsibilities/template").with(user(market))).andExpect(status().isOk());
        mvc.perform(get("/responsibilities/new").with(user(market))).andExpect(status().isOk());
        String code = "T-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        mvc.perform(post("/responsibilities").with(user(market)).with(csrf()).with(FormTokenRequests.formToken())
                .param("code", code).param("powerType", "LICENCE").param("name", "温泉度假村开业许可").param("basis", "有关规定")
                .param("unitId", "5").param("effectiveFrom", "2025-04-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("书名号")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM power_item WHERE code = :c").param("c", code).query(Long.class).single())
                .isZero();
        String location = mvc.perform(post("/responsibilities").with(user(market)).with(csrf())
                .with(FormTokenRequests.formToken()).param("code", code).param("powerType", "LICENCE")
                .param("name", "温泉度假村开业许可").param("basis", "《湖北省旅游条例》第二十条").param("unitId", "5")
                .param("effectiveFrom", "2025-04-01").param("duties", "受理、审查、决定"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(market))).andExpect(status().isOk())
                .andExpect(content().string(containsString("温泉度假村开业许可")))
                .andExpect(content().string(containsString("未公布")))
                .andExpect(content().string(containsString("版本记录")));
        mvc.perform(get(location).with(user(township))).andExpect(status().isNotFound());
        mvc.perform(post("/responsibilities/publish").with(user(market)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void theImportPageListsRowReasons() throws Exception {
        byte[] bad = PowerApiTest.xlsx(List.of("职权编码", "职权类型", "职权名称", "实施依据", "实施主体", "生效日期"),
                List.of(List.of("T-PG-1", "行政许可", "", PowerApiTest.BASIS, "区市场监管局", "2025-03-01")));
        mvc.perform(multipart("/responsibilities/import")
                .file(new MockMultipartFile("file", "p.xlsx", "application/octet-stream", bad)).with(user(market)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("第 2 行“职权名称”：不能为空")))
                .andExpect(content().string(containsString("全部未导入")));
    }

    @Test
    void theOfficeSeesOverlapsAndGapsWithEvidence() throws Exception {
        mvc.perform(get("/responsibilities/issues").param("on", "2023-06-30").with(user(office))).andExpect(status().isOk())
                .andExpect(content().string(containsString("砍伐城市树木审批")))
                .andExpect(content().string(containsString("咸安区林业局")))
                .andExpect(content().string(containsString("没有对应的清单职权")))
                .andExpect(content().string(containsString("查证：2023-06-30 有效的已公布清单")))
                .andExpect(content().string(containsString("/enforcement/bodies/")));
        mvc.perform(get("/responsibilities/issues.xlsx").param("on", "2023-06-30").with(user(office)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        mvc.perform(get("/responsibilities").with(user(office))).andExpect(status().isOk())
                .andExpect(content().string(containsString("公布清单")));
    }

    @Test
    void citizensFindPublishedPowersWithoutLogin() throws Exception {
        mvc.perform(get("/public")).andExpect(content().string(containsString("/public/responsibilities")));
        String page = mvc.perform(get("/public/responsibilities").param("q", "特困人员认定").param("unitId", "17"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("特困人员认定（申请）")))
                .andExpect(content().string(containsString("咸安区温泉街道办事处")))
                .andReturn().getResponse().getContentAsString();
        String link = page.replaceAll("(?s).*href=\"(/public/responsibilities/\\d+)\".*", "$1");
        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("社会救助暂行办法")))
                .andExpect(content().string(containsString("责任事项")));
        mvc.perform(get("/public/responsibilities").param("type", "NOPE").param("q", "x".repeat(300)))
                .andExpect(status().isOk());
        mvc.perform(get("/public/responsibilities/999999999")).andExpect(status().isNotFound());
    }
}
