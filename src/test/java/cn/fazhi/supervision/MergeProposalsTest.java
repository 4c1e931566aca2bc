package cn.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;

/**
 * 进一次门、查多项事: two departments' single tasks in overlapping periods on overlapping entities are proposed for
 * merging; accepting makes one joint task (both departments' items, one inspector from each per entity) before any
 * draw; a declined proposal is recorded with its reason and not proposed again; tasks that do not overlap are not
 * proposed.
 */
@IntegrationTest
class MergeProposalsTest {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Draws draws;

    static final String BASE = "/api/v1/supervision/random-inspections";

    ResultActions call(String token, String path, String body) throws Exception {
        var request = body == null ? get(path) : post(path).content(body);
        return mvc.perform(request.header("Authorization", "Bearer " + token).contentType("application/json"));
    }

    int version(long id) {
        return jdbc.sql("SELECT version FROM random_task WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    long task(String token, long item, LocalDate from, LocalDate to) throws Exception {
        String body = call(token, BASE + "/tasks", """
                {"title":"合并测试","itemIds":[%d],"periodFrom":"%s","periodTo":"%s"}
                """.formatted(item, from, to)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void overlappingTasksOfTwoDepartmentsAreProposedAndMergedIntoOneJointTask() throws Exception {
        RandomTaskFixture fixture = new RandomTaskFixture(jdbc);
        long market = fixture.unit("合并市监");
        long health = fixture.unit("合并卫健");
        List<String> m = List.of(fixture.officer(market, "市监甲"), fixture.officer(market, "市监乙"));
        List<String> h = List.of(fixture.officer(health, "卫健甲"), fixture.officer(health, "卫健乙"));
        long marketItem = fixture.item(market, "食品经营检查", 50);
        long healthItem = fixture.item(health, "公共场所卫生检查", 50);
        fixture.entities(6);
        String marketStaff = TestAccounts.token(mvc, accounts.create("mgm", market, "UNIT_STAFF"), TestAccounts.PASSWORD);
        String healthStaff = TestAccounts.token(mvc, accounts.create("mgh", health, "UNIT_STAFF"), TestAccounts.PASSWORD);
        String office = TestAccounts.token(mvc, accounts.create("mgo", 2, "LAW_OFFICE"), TestAccounts.PASSWORD);
        LocalDate today = LocalDate.now();
        long a = task(marketStaff, marketItem, today, today.plusMonths(2));
        long b = task(healthStaff, healthItem, today.plusMonths(1), today.plusMonths(3));
        long later = task(healthStaff, healthItem, today.plusMonths(4), today.plusMonths(5));

        String proposals = call(office, BASE + "/merge-proposals", null).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<Integer> overlap = JsonPath.read(proposals, "$[?(@.first.id == " + a + " && @.second.id == " + b + ")].overlap");
        assertThat(overlap).containsExactly(6);
        assertThat(JsonPath.<List<Object>>read(proposals, "$[?(@.first.id == " + a + " && @.second.id == " + later + ")]")).isEmpty();
        // a unit sees only proposals within its own scope: neither side of another department
        assertThat(JsonPath.<List<Object>>read(call(marketStaff, BASE + "/merge-proposals", null).andReturn().getResponse()
                .getContentAsString(), "$[?(@.second.id == " + b + ")]")).isEmpty();

        call(office, BASE + "/merge-proposals/accept", """
                {"firstTask":%d,"secondTask":%d,"firstVersion":%d,"secondVersion":%d}
                """.formatted(a, b, version(a), version(b))).andExpect(status().isOk())
                .andExpect(jsonPath("$.joint").value(true)).andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.periodTo").value(today.plusMonths(3).toString()));
        assertThat(jdbc.sql("SELECT status FROM random_task WHERE id = :id").param("id", b).query(String.class).single())
                .isEqualTo("MERGED");
        assertThat(jdbc.sql("SELECT accepted FROM random_merge_decision WHERE first_task = :a AND second_task = :b")
                .param("a", a).param("b", b).query(Boolean.class).single()).isTrue();
        // the joint task draws one inspector from each department per entity
        call(marketStaff, BASE + "/tasks/" + a + "/commit", "{\"version\":" + version(a) + "}").andExpect(status().isOk());
        call(marketStaff, BASE + "/tasks/" + a + "/draw", "{\"version\":" + version(a) + "}").andExpect(status().isOk());
        Draws.DrawView d = draws.ofTask(a).get(0);
        assertThat(d.perEntity()).containsOnlyKeys(fixture.unitCode(market), fixture.unitCode(health)).containsValues(1, 1);
        assertThat(draws.selection(d.id())).allSatisfy(p -> assertThat(p.inspectors()).hasSize(2)
                .anyMatch(m::contains).anyMatch(h::contains));

        // declining: recorded with its reason, not proposed again (the older task is the first of a pair)
        long c = later;
        later = task(marketStaff, marketItem, today.plusMonths(4), today.plusMonths(5));
        call(office, BASE + "/merge-proposals/decline", """
                {"firstTask":%d,"secondTask":%d,"reason":" "}
                """.formatted(c, later)).andExpect(status().isBadRequest());
        call(office, BASE + "/merge-proposals/decline", """
                {"firstTask":%d,"secondTask":%d,"reason":"检查重点不同，分别开展"}
                """.formatted(c, later)).andExpect(status().isOk());
        assertThat(JsonPath.<List<Object>>read(call(office, BASE + "/merge-proposals", null).andReturn().getResponse()
                .getContentAsString(), "$[?(@.first.id == " + c + ")]")).isEmpty();
        assertThat(jdbc.sql("SELECT reason FROM random_merge_decision WHERE first_task = :a").param("a", c)
                .query(String.class).single()).isEqualTo("检查重点不同，分别开展");
        call(office, BASE + "/merge-proposals/accept", """
                {"firstTask":%d,"secondTask":%d,"firstVersion":0,"secondVersion":0}
                """.formatted(c, later)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("合并建议已不存在")));
    }
}
