package cn.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;

/**
 * The random-inspection list (国办发〔2015〕58号): a department's items go draft → published → withdrawn with the version
 * read (a stale one is a 409), bad input is refused in Chinese with nothing saved, another department may not change
 * them (403 when it can see them, 404 when it cannot), the office may, and only published items reach the portal's page
 * and API without login.
 */
@IntegrationTest
class RandomItemsApiTest {

    static final String BASIS = "《中华人民共和国食品安全法》第一百一十条";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    String market;
    String housing;
    String office;
    String township;

    @BeforeEach
    void tokens() throws Exception {
        market = TestAccounts.token(mvc, accounts.create("rimkt", 5, "UNIT_STAFF"), TestAccounts.PASSWORD);
        housing = TestAccounts.token(mvc, accounts.create("rihou", 6, "UNIT_STAFF"), TestAccounts.PASSWORD);
        office = TestAccounts.token(mvc, accounts.create("rifzb", 2, "LAW_OFFICE"), TestAccounts.PASSWORD);
        township = TestAccounts.token(mvc, accounts.create("ritwn", 17, "TOWNSHIP_STAFF"), TestAccounts.PASSWORD);
    }

    ResultActions call(String token, String method, String path, String body) throws Exception {
        var request = switch (method) {
            case "GET" -> get(path);
            case "PUT" -> put(path);
            default -> post(path);
        };
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String item(String code, String name, String ratio) {
        return """
                {"code":"%s","name":"%s","legalBasis":"%s","inspectionMethod":"现场检查","targetScope":"食品经营者",
                 "industryCodes":"F5221, h62","ratioPercent":%s,"frequency":"每年一次"}""".formatted(code, name, BASIS, ratio);
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM random_item").query(Long.class).single();
    }

    long create(String token, String code, String name) throws Exception {
        String body = call(token, "POST", "/api/v1/supervision/random-inspections/items", item(code, name, "5"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.unitId").value(5)).andExpect(jsonPath("$.industryCodes").value("F5221,H62"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void itemsGoFromDraftToPublishedToWithdrawnWithTheVersionRead() throws Exception {
        String code = code();
        long id = create(market, code, "食品销售环节监督检查");
        String base = "/api/v1/supervision/random-inspections/items/" + id;
        call(market, "PUT", base + "?version=0", item(code, "食品销售者监督检查", "3.5")).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.ratioPercent").value(3.5));
        call(market, "PUT", base + "?version=0", item(code, "过期版本", "3")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("已被他人修改")));
        call(market, "POST", base + "/withdraw?version=1", null).andExpect(status().isConflict());
        call(market, "POST", base + "/publish?version=0", null).andExpect(status().isConflict());
        call(market, "POST", base + "/publish", null).andExpect(status().isBadRequest());
        call(market, "POST", base + "/publish?version=1", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED")).andExpect(jsonPath("$.publishedOn").isNotEmpty());
        call(market, "POST", base + "/publish?version=2", null).andExpect(status().isConflict());
        call(market, "POST", base + "/withdraw?version=2", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        call(market, "PUT", base + "?version=3", item(code, "撤回后修改", "3")).andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE target_type = 'random_item' AND target_id = :id ORDER BY id")
                .param("id", String.valueOf(id)).query(String.class).list()).containsExactly(
                        "supervision.registers.item.created", "supervision.registers.item.updated",
                        "supervision.registers.item.published", "supervision.registers.item.withdrawn");
    }

    @Test
    void badItemsAreRefusedInChineseWithNothingSaved() throws Exception {
        long before = count();
        String path = "/api/v1/supervision/random-inspections/items";
        call(market, "POST", path, item(code(), "无依据", "5").replace(BASIS, "有关规定"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("没有法律依据不得抽查")));
        call(market, "POST", path, item(code(), "比例过大", "120")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("抽查比例")));
        call(market, "POST", path, item(code(), "错误行业", "5").replace("F5221, h62", "Z99"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("GB/T 4754")));
        call(market, "POST", path, item(code(), "", "5")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("抽查事项")));
        call(market, "POST", path, "{\"unitId\":6," + item(code(), "替别的部门建", "5").substring(1))
                .andExpect(status().isForbidden());
        call(township, "POST", path, item(code(), "乡镇无权", "5")).andExpect(status().isForbidden());
        String code = code();
        create(market, code, "重复编码");
        call(market, "POST", path, item(code, "重复编码二", "5")).andExpect(status().isConflict());
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void anotherDepartmentCannotChangeTheItemsAndTheOfficeCan() throws Exception {
        String code = code();
        long id = create(market, code, "价格行为检查");
        String base = "/api/v1/supervision/random-inspections/items/" + id;
        // a draft of another department is not even visible
        call(housing, "GET", base, null).andExpect(status().isNotFound());
        call(housing, "POST", base + "/publish?version=0", null).andExpect(status().isNotFound());
        call(office, "POST", base + "/publish?version=0", null).andExpect(status().isOk());
        // published: visible to everyone with supervision:view, still not theirs to change
        call(housing, "GET", base, null).andExpect(status().isOk());
        call(housing, "PUT", base + "?version=1", item(code, "改别人的", "5")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("本部门")));
        call(housing, "POST", base + "/withdraw?version=1", null).andExpect(status().isForbidden());
        call(housing, "GET", "/api/v1/supervision/random-inspections/items?unitId=5&status=DRAFT", null)
                .andExpect(jsonPath("$.items[*].code", not(hasItem(code))));
        call(office, "PUT", base + "?version=1", "{\"unitId\":5," + item(code, "价格行为监督检查", "10").substring(1))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("价格行为监督检查"));
        call(null, "GET", "/api/v1/supervision/random-inspections/items", null).andExpect(status().isUnauthorized());
    }

    @Test
    void onlyPublishedItemsReachThePortalWithoutLogin() throws Exception {
        String draft = code();
        create(market, draft, "草稿事项不公开");
        String published = code();
        long id = create(market, published, "特种设备安全监督检查");
        call(market, "POST", "/api/v1/supervision/random-inspections/items/" + id + "/publish?version=0", null)
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/public/random-inspections/items")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem(published))).andExpect(jsonPath("$[*].code", not(hasItem(draft))))
                .andExpect(jsonPath("$[?(@.code == '" + published + "')].department").value("咸安区市场监督管理局"))
                .andExpect(jsonPath("$[0].version").doesNotExist());
        mvc.perform(get("/api/v1/public/random-inspections/items?unitId=6"))
                .andExpect(jsonPath("$[*].code", not(hasItem(published))));
        mvc.perform(get("/public/random-inspections/items")).andExpect(status().isOk())
                .andExpect(content().string(containsString("特种设备安全监督检查")))
                .andExpect(content().string(not(containsString("草稿事项不公开"))))
                .andExpect(content().string(containsString(BASIS)));
        mvc.perform(get("/public")).andExpect(content().string(containsString("/public/random-inspections/items")));
    }
}
