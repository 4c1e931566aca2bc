package cn.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;

/**
 * Both avoidance rules end to end (回避): a declared relation between an inspector and an entity keeps the pair apart
 * in every draw, and the inspectors drawn for an entity the last time it was drawn are not drawn for it again — only
 * the last time: the pair drawn two draws ago may come back. Both rules are in the published avoidance list as
 * H(key|uscc), so the public verification recomputes the same selection.
 */
@IntegrationTest
class RandomTaskAvoidanceTest {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Draws draws;

    static final String TASKS = "/api/v1/supervision/random-inspections/tasks";

    String token;
    long item;

    String call(String path, String body) throws Exception {
        return mvc.perform(post(path).content(body).header("Authorization", "Bearer " + token).contentType("application/json"))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
    }

    int version(long id) {
        return jdbc.sql("SELECT version FROM random_task WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    /** A task on the one entity, committed and drawn; returns its draw. */
    Draws.DrawView drawTask() throws Exception {
        long id = ((Number) JsonPath.read(call(TASKS, """
                {"title":"回避测试","itemIds":[%d],"periodFrom":"%s","periodTo":"%s"}
                """.formatted(item, LocalDate.now(), LocalDate.now().plusMonths(1))), "$.id")).longValue();
        call(TASKS + "/" + id + "/commit", "{\"version\":" + version(id) + "}");
        call(TASKS + "/" + id + "/draw", "{\"version\":" + version(id) + "}");
        return draws.ofTask(id).get(0);
    }

    Set<String> inspectors(Draws.DrawView d) {
        return new HashSet<>(draws.selection(d.id()).get(0).inspectors());
    }

    @Test
    void declaredRelationsAndLastTimesPairsAreNeverDrawnTogether() throws Exception {
        RandomTaskFixture fixture = new RandomTaskFixture(jdbc);
        long unit = fixture.unit("回避测试局");
        List<String> officers = List.of(fixture.officer(unit, "甲"), fixture.officer(unit, "乙"), fixture.officer(unit, "丙"),
                fixture.officer(unit, "丁"), fixture.officer(unit, "戊"));
        item = fixture.item(unit, "回避测试事项", 100);
        String entity = fixture.entities(1).get(0);
        String related = officers.get(0);
        fixture.avoid(related, entity);
        token = TestAccounts.token(mvc, accounts.create("rav", unit, "UNIT_STAFF"), TestAccounts.PASSWORD);

        Draws.DrawView first = drawTask();
        Set<String> firstPair = inspectors(first);
        assertThat(firstPair).hasSize(2).doesNotContain(related);
        assertThat(draws.list(first.id(), "avoidance").orElseThrow())
                .isEqualTo(DrawFunction.pairDigest(related, entity) + "\n");

        Draws.DrawView second = drawTask();
        Set<String> secondPair = inspectors(second);
        Set<String> expected = new HashSet<>(officers);
        expected.remove(related);
        expected.removeAll(firstPair);
        assertThat(secondPair).isEqualTo(expected);
        assertThat(second.avoidanceCount()).isEqualTo(3);
        assertThat(draws.list(second.id(), "avoidance").orElseThrow())
                .contains(DrawFunction.pairDigest(related, entity))
                .contains(firstPair.stream().map(k -> DrawFunction.pairDigest(k, entity)).toList());
        assertThat(draws.verify(second.id()).verified()).isTrue();

        // only the last time: the pair of the first draw is drawable again, the second's and the declared one not
        Draws.DrawView third = drawTask();
        assertThat(inspectors(third)).isEqualTo(firstPair);
        assertThat(draws.verify(third.id()).verified()).isTrue();
    }
}
