package cn.fazhi.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.fazhi.FormTokenRequests;
import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.search.SearchText;

/**
 * Keeping service items against the whole application: a unit creates an item (bad input and an unknown power code
 * save nothing), revises it as a new version (a stale version is refused), publishes its guide (then on the portal,
 * in the catalogues and public in the search source) and withdraws it (then gone from the portal); another unit sees
 * none of it; the staff pages, the export and the claimed matters show it; every change is audited.
 */
@IntegrationTest
class ItemKeepingTest {

    static final String API = "/api/v1/services/items";

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired UserAccounts userAccounts;
    @Autowired JdbcClient jdbc;
    @Autowired ServiceItems items;
    @Autowired GuideSearchSource guides;
    @Autowired ItemClaimedMatters claimed;
    final tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder()
            .findAndAddModules().build();

    long unitA;
    long unitB;
    String staffA;
    String staffB;
    String power;

    @BeforeEach
    void setUp() {
        unitA = newUnit();
        unitB = newUnit();
        staffA = accounts.create("sia", unitA, "UNIT_STAFF");
        staffB = accounts.create("sib", unitB, "UNIT_STAFF");
        power = "TP" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO power_item (code, version_no, power_type, name, matter_key, basis, unit_id, region_code, "
                        + "effective_from, published_on, created_at, created_by) VALUES (:c, 1, 'LICENCE', '测试许可', '测试许可', "
                        + "'《测试条例》第一条', :u, '421202', DATE '2024-01-01', DATE '2024-01-02', CURRENT_TIMESTAMP, 'test')")
                .param("c", power).param("u", unitA).update();
    }

    long newUnit() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO unit (code, name, short_name, type, region_code) SELECT :c, :n, :s, 'DEPARTMENT', region_code "
                        + "FROM unit WHERE id = 5")
                .param("c", "SI" + suffix).param("n", "事项测试单位" + suffix).param("s", "事项" + suffix).update();
        return jdbc.sql("SELECT id FROM unit WHERE code = :c").param("c", "SI" + suffix).query(Long.class).single();
    }

    ResultActions call(MockHttpServletRequestBuilder request, String username, Object body) throws Exception {
        request.header("Authorization", "Bearer " + TestAccounts.token(mvc, username, TestAccounts.PASSWORD))
                .contentType("application/json");
        if (body != null) {
            request.content(json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    ItemForm licence(String name, String powerCode, int promised, LocalDate from, Integer version) {
        return new ItemForm(null, null, name, ServiceItemType.LICENCE, "《测试条例》第一条", ServiceLevel.DISTRICT, false, null,
                20, "《中华人民共和国行政许可法》第四十二条第一款", promised, false, true, powerCode, "具备法定条件。", null,
                "咸安区市民之家", "申请书\n营业执照|复印件|1", null, from, version);
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM service_item WHERE unit_id = :u").param("u", unitA).query(Long.class).single();
    }

    @Test
    void aUnitCreatesRevisesPublishesAndWithdrawsAnItem() throws Exception {
        String name = "测试经营许可" + UUID.randomUUID().toString().substring(0, 6);
        // bad input: a licence without its legal time, an unknown power, a promise longer than the law: nothing saved
        ItemForm noLegal = new ItemForm(null, null, name, ServiceItemType.LICENCE, "《测试条例》第一条",
                ServiceLevel.DISTRICT, false, null, null, null, 5, false, true, null, null, null, null, "申请书", null,
                LocalDate.of(2025, 1, 1), null);
        call(post(API), staffA, noLegal).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("法定时限")));
        call(post(API), staffA, licence(name, "NOPE-1", 5, LocalDate.of(2025, 1, 1), null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("权责清单")));
        call(post(API), staffA, licence(name, power, 25, LocalDate.of(2025, 1, 1), null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("承诺时限")));
        assertThat(count()).isZero();

        String body = call(post(API), staffA, licence(name, power, 5, LocalDate.of(2025, 1, 1), null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();
        ServiceItemView v1 = items.find(id, LocalDate.of(2025, 6, 1)).orElseThrow();
        assertThat(v1.unitId()).isEqualTo(unitA);
        assertThat(v1.powerCode()).isEqualTo(power);
        assertThat(items.materials(v1.versionId())).hasSize(2);

        // revise: a stale version is refused; then version 2 from 2025-07-01 makes it 即办
        call(post(API + "/" + id + "/versions"), staffA, licence(name, power, 0, LocalDate.of(2025, 7, 1), 0))
                .andExpect(status().isConflict());
        call(post(API + "/" + id + "/versions"), staffA, licence(name, power, 0, LocalDate.of(2025, 7, 1), 1))
                .andExpect(status().isOk()).andExpect(jsonPath("$.history.length()").value(2));
        assertThat(items.find(id, LocalDate.of(2025, 6, 30)).orElseThrow().promisedDays()).isEqualTo(5);
        assertThat(items.find(id, LocalDate.of(2025, 7, 1)).orElseThrow().instant()).isTrue();
        assertThat(items.find(id, LocalDate.of(2025, 7, 1)).orElseThrow().versionNo()).isEqualTo(2);

        // another unit sees nothing and cannot change it
        call(get(API + "/" + id), staffB, null).andExpect(status().isNotFound());
        call(post(API + "/" + id + "/versions"), staffB, licence(name, power, 0, LocalDate.of(2025, 9, 1), 2))
                .andExpect(status().isNotFound());

        // not yet published: not on the portal; then published
        String code = v1.code();
        mvc.perform(get("/public/services/guides/" + code)).andExpect(status().isNotFound());
        assertThat(guides.load(List.of(Long.toString(id)))).singleElement().extracting(SearchText::publicText)
                .isEqualTo(false);
        call(post(API + "/" + id + "/publish").param("version", "2"), staffA, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.item.publishedOn").value(LocalDate.now().toString()));
        mvc.perform(get("/public/services/guides/" + code)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("营业执照")))
                .andExpect(content().string(containsString("即办")));
        mvc.perform(get("/public/services/guides").param("q", name)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/public/services/catalogues/licence").param("q", name)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/public/services/catalogues/intermediary").param("q", name)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/public/services/guides/" + code))));
        assertThat(guides.load(List.of(Long.toString(id)))).singleElement().satisfies(t -> {
            assertThat(t.publicText()).isTrue();
            assertThat(t.link()).isEqualTo("/public/services/guides/" + code);
            assertThat(t.body()).contains("营业执照");
        });
        assertThat(claimed.matters()).filteredOn(m -> m.id() == id).singleElement()
                .satisfies(m -> assertThat(m.powerCodes()).containsExactly(power));

        // the staff pages and the export
        var pageUser = userAccounts.loadDetails(staffA).orElseThrow();
        mvc.perform(get("/services/items").param("q", name).with(user(pageUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/services/items/" + id).with(user(pageUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("版本历史")))
                .andExpect(content().string(containsString("2025-07-01")));
        mvc.perform(get("/services/items/" + id + "/edit").with(user(pageUser))).andExpect(status().isOk());
        mvc.perform(get("/services/items.xlsx").with(user(pageUser))).andExpect(status().isOk())
                .andExpect(content().contentType(cn.fazhi.platform.imports.Spreadsheets.XLSX));
        mvc.perform(get("/services/catalogues/licence").with(user(pageUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        var pageUserB = userAccounts.loadDetails(staffB).orElseThrow();
        mvc.perform(get("/services/items/" + id).with(user(pageUserB))).andExpect(status().isNotFound());

        // withdraw: gone from the portal, nothing in force after
        call(post(API + "/" + id + "/withdraw").param("on", "2025-07-01").param("version", "3"), staffA, null)
                .andExpect(status().isBadRequest());
        call(post(API + "/" + id + "/withdraw").param("on", LocalDate.now().toString()).param("version", "3"), staffA,
                null).andExpect(status().isOk());
        mvc.perform(get("/public/services/guides/" + code)).andExpect(status().isNotFound());
        assertThat(items.find(id, LocalDate.now())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE target_type = 'service_item' AND target_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void theCreateFormSavesOnceAndShowsItsErrors() throws Exception {
        var pageUser = userAccounts.loadDetails(staffA).orElseThrow();
        mvc.perform(get("/services/items/new").with(user(pageUser))).andExpect(status().isOk());
        String name = "测试公共服务" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/services/items").with(user(pageUser)).with(csrf()).with(FormTokenRequests.formToken())
                        .param("name", name).param("type", "PUBLIC_SERVICE").param("basis", "《测试条例》第二条")
                        .param("level", "DISTRICT").param("_delegated", "on").param("_joint", "on").param("_online", "on")
                        .param("promisedDays", "3").param("legalDays", "2")
                        .param("effectiveFrom", "2025-02-01").param("materials", "申请表"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("法律条款")));
        assertThat(count()).isZero();
        mvc.perform(post("/services/items").with(user(pageUser)).with(csrf()).with(FormTokenRequests.formToken())
                        .param("name", name).param("type", "PUBLIC_SERVICE").param("basis", "《测试条例》第二条")
                        .param("level", "DISTRICT").param("_delegated", "on").param("_joint", "on").param("promisedDays", "0").param("online", "true")
                        .param("effectiveFrom", "2025-02-01").param("materials", "申请表\n身份证|原件"))
                .andExpect(status().is3xxRedirection());
        assertThat(count()).isEqualTo(1);
        // the staff of another unit cannot keep items of this one
        var pageUserB = userAccounts.loadDetails(staffB).orElseThrow();
        long id = jdbc.sql("SELECT id FROM service_item WHERE unit_id = :u").param("u", unitA).query(Long.class).single();
        mvc.perform(get("/services/items/" + id + "/edit").with(user(pageUserB))).andExpect(status().isNotFound());
    }

    @Test
    void aUnitAgreesItsItemWithAPartnerOnceAndNotBeforeTheFramework() throws Exception {
        String name = "测试跨域事项" + UUID.randomUUID().toString().substring(0, 6);
        String body = call(post(API), staffA, licence(name, null, 5, LocalDate.of(2025, 1, 1), null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();
        String code = items.find(id, LocalDate.of(2025, 2, 1)).orElseThrow().code();
        long partner = jdbc.sql("SELECT id FROM partner_region WHERE name = '东莞市'").query(Long.class).single();
        var pageUser = userAccounts.loadDetails(staffA).orElseThrow();
        var pageUserB = userAccounts.loadDetails(staffB).orElseThrow();
        mvc.perform(get("/services/partners").with(user(pageUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("吉安县"))).andExpect(content().string(containsString("东莞市")));
        mvc.perform(post("/services/partners/" + partner + "/items").with(user(pageUser)).with(csrf())
                        .param("code", code).param("agreedOn", "2023-01-05"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("合作协议签订")));
        mvc.perform(post("/services/partners/" + partner + "/items").with(user(pageUserB)).with(csrf())
                        .param("code", code).param("agreedOn", "2025-03-03"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("没有找到")));
        mvc.perform(post("/services/partners/" + partner + "/items").with(user(pageUser)).with(csrf())
                        .param("code", code).param("agreedOn", "2025-03-03"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/services/partners/" + partner + "/items").with(user(pageUser)).with(csrf())
                        .param("code", code).param("agreedOn", "2025-03-04"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已与该地区约定")));
        mvc.perform(get("/services/partners/" + partner).with(user(pageUserB))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM partner_item WHERE item_id = :i").param("i", id).query(Long.class)
                .single()).isEqualTo(1);
    }
}
