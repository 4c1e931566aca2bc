package cn.fazhi.supervision;

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

import java.time.LocalDate;
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
import cn.fazhi.enforcement.OfficerCommands;
import cn.fazhi.enforcement.Officers;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The registers' staff pages: the menu entries, the item list with its filters, export and form (an error shown on the
 * form with nothing saved; publish from the detail page), the entity list and the import page listing row errors, the
 * inspector page where a unit declares and withdraws a relation, and the permissions of each page.
 */
@IntegrationTest
class RandomItemPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Officers officers;

    UserDetails office;
    UserDetails market;
    UserDetails township;

    @BeforeEach
    void users() {
        office = userAccounts.loadDetails(accounts.create("rpfzb", 2, "LAW_OFFICE")).orElseThrow();
        market = userAccounts.loadDetails(accounts.create("rpmkt", 5, "UNIT_STAFF")).orElseThrow();
        township = userAccounts.loadDetails(accounts.create("rptwn", 17, "TOWNSHIP_STAFF")).orElseThrow();
    }

    @Test
    void aDepartmentKeepsItsItemsOnThePages() throws Exception {
        mvc.perform(get("/").with(user(market))).andExpect(content().string(containsString("/supervision/random-inspections/items")))
                .andExpect(content().string(containsString("/supervision/random-inspections/inspectors")));
        mvc.perform(get("/supervision/random-inspections/items").param("unitId", "5").param("status", "PUBLISHED")
                .param("q", "检查").with(user(market))).andExpect(status().isOk())
                .andExpect(content().string(containsString("随机抽查事项清单")));
        mvc.perform(get("/supervision/random-inspections/items/export").with(user(market))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        mvc.perform(get("/supervision/random-inspections/items/new").with(user(market))).andExpect(status().isOk());
        long before = jdbc.sql("SELECT COUNT(*) FROM random_item").query(Long.class).single();
        String code = "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        mvc.perform(post("/supervision/random-inspections/items").with(user(market)).with(csrf())
                .with(FormTokenRequests.formToken()).param("unitId", "5").param("code", code).param("name", "广告发布监督检查")
                .param("legalBasis", "有关文件").param("ratioPercent", "5").param("frequency", "每年一次"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("没有法律依据不得抽查")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM random_item").query(Long.class).single()).isEqualTo(before);
        String location = mvc.perform(post("/supervision/random-inspections/items").with(user(market)).with(csrf())
                .with(FormTokenRequests.formToken()).param("unitId", "5").param("code", code).param("name", "广告发布监督检查")
                .param("legalBasis", "《中华人民共和国广告法》第四十九条").param("ratioPercent", "5").param("frequency", "每年一次")
                .param("industryCodes", "L72")).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).with(user(market))).andExpect(status().isOk())
                .andExpect(content().string(containsString("广告发布监督检查"))).andExpect(content().string(containsString("发布")));
        mvc.perform(post(location + "/publish").param("version", "0").with(user(market)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/random-inspections/items").param("unitId", "5"))
                .andExpect(content().string(containsString("广告发布监督检查")));
        mvc.perform(get(location + "/edit").with(user(market))).andExpect(status().isOk());
        mvc.perform(get("/supervision/random-inspections/items/new").with(user(township))).andExpect(status().isForbidden());
    }

    @Test
    void theOfficeImportsEntitiesOnTheImportPage() throws Exception {
        mvc.perform(get("/supervision/random-inspections/entities").param("industry", "F").param("region", "421202001")
                .param("status", "ACTIVE").with(user(market))).andExpect(status().isOk())
                .andExpect(content().string(containsString("检查对象名录库")))
                .andExpect(content().string(not(containsString("/supervision/random-inspections/entities/import\""))));
        mvc.perform(get("/supervision/random-inspections/entities/import").with(user(market))).andExpect(status().isForbidden());
        mvc.perform(get("/supervision/random-inspections/entities").with(user(township))).andExpect(status().isForbidden());
        mvc.perform(get("/supervision/random-inspections/entities/import").with(user(office))).andExpect(status().isOk());
        mvc.perform(get("/supervision/random-inspections/entities/import/template").with(user(office)))
                .andExpect(status().isOk());
        long before = jdbc.sql("SELECT COUNT(*) FROM random_entity").query(Long.class).single();
        byte[] bad = TargetRegisterFixtures.xlsx(List.of(
                List.of(TargetRegisterFixtures.uscc(), "页面导入公司", "F5211", "温泉街道", "", "", "", ""),
                List.of("123", "代码错误的公司", "F5211", "温泉街道", "", "", "", "")));
        mvc.perform(multipart("/supervision/random-inspections/entities/import")
                .file(new MockMultipartFile("file", "e.xlsx", "application/octet-stream", bad)).with(user(office)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("第 3 行")))
                .andExpect(content().string(containsString("全部未保存")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM random_entity").query(Long.class).single()).isEqualTo(before);
        String uscc = TargetRegisterFixtures.uscc();
        byte[] good = TargetRegisterFixtures.xlsx(List.of(List.of(uscc, "页面导入公司", "F5211", "温泉街道", "", "", "", "")));
        mvc.perform(multipart("/supervision/random-inspections/entities/import")
                .file(new MockMultipartFile("file", "e.xlsx", "application/octet-stream", good)).with(user(office)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/supervision/random-inspections/entities").param("q", uscc).with(user(office)))
                .andExpect(content().string(containsString("页面导入公司")));
        long id = jdbc.sql("SELECT id FROM random_entity WHERE uscc = :u").param("u", uscc).query(Long.class).single();
        mvc.perform(get("/supervision/random-inspections/entities/" + id).with(user(market))).andExpect(status().isOk());
        mvc.perform(post("/supervision/random-inspections/entities/" + id).with(user(office)).with(csrf())
                .param("version", "0").param("uscc", uscc).param("name", "页面修改公司").param("regionCode", "421202002")
                .param("status", "ACTIVE").param("registeredOn", "2024-02-03")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/supervision/random-inspections/entities/export").param("q", uscc).with(user(market)))
                .andExpect(status().isOk());
    }

    @Test
    void aUnitDeclaresAndWithdrawsARelationOnTheInspectorPage() throws Exception {
        DataScope district = new DataScope(ScopeLevel.DISTRICT, 2, "421202");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long officer = officers.register(new OfficerCommands.Officer(5L, null, null, "页面检查员" + tag,
                InspectorRegisterApiTest.idNumber(), null, null, false, null, false, true), district).id();
        officers.issue(officer, new OfficerCommands.Certificate("T" + Long.toString(System.nanoTime(), 36).toUpperCase()
                + "77", "咸宁市人民政府", "市场监管", LocalDate.of(2024, 1, 1), LocalDate.now().plusYears(2)), district);
        String uscc = TargetRegisterFixtures.uscc();
        jdbc.sql("INSERT INTO random_entity (uscc, name, region_code, status, updated_at, updated_by) VALUES "
                + "(:u, '页面回避公司', '421202001', 'ACTIVE', CURRENT_TIMESTAMP, 'test')").param("u", uscc).update();
        mvc.perform(get("/supervision/random-inspections/inspectors").param("q", tag).with(user(market)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("页面检查员" + tag)));
        mvc.perform(get("/supervision/random-inspections/inspectors/export").with(user(market))).andExpect(status().isOk());
        mvc.perform(post("/supervision/random-inspections/inspectors/" + officer + "/avoidance").with(user(market))
                .with(csrf()).with(FormTokenRequests.formToken()).param("uscc", uscc).param("reason", "OTHER"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写“说明”")));
        mvc.perform(post("/supervision/random-inspections/inspectors/" + officer + "/avoidance").with(user(market))
                .with(csrf()).with(FormTokenRequests.formToken()).param("uscc", uscc).param("reason", "INTEREST")
                .param("declaredOn", LocalDate.now().toString())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/supervision/random-inspections/inspectors/" + officer).with(user(market)))
                .andExpect(content().string(containsString("页面回避公司"))).andExpect(content().string(containsString("利害关系")));
        long id = jdbc.sql("SELECT id FROM random_avoidance WHERE officer_id = :o").param("o", officer).query(Long.class)
                .single();
        mvc.perform(post("/supervision/random-inspections/avoidance/" + id + "/withdraw").with(user(market)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM random_avoidance WHERE officer_id = :o").param("o", officer)
                .query(Long.class).single()).isZero();
        mvc.perform(get("/supervision/random-inspections/inspectors").with(user(township))).andExpect(status().isForbidden());
    }
}
