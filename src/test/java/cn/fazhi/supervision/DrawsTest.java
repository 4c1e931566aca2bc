package cn.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;
import cn.fazhi.platform.web.UserFacingException;

/**
 * A draw is committed before it is made (digests and the seed's commitment public, the seed not), made once, and
 * verifiable from the published data alone — by the portal page, the public API and the independent Python verifier.
 */
@IntegrationTest
class DrawsTest {

    @Autowired Draws draws;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    long task() {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO random_task (case_number, status, title, lead_unit_id, region_code, period_from, period_to, "
                        + "created_at, created_by) VALUES (:n, 'PLANNED', '食品经营者监督检查', 5, '421202', DATE '2024-04-01', "
                        + "DATE '2024-06-30', :at, 'test')")
                .param("n", "测试双随机-" + System.nanoTime()).param("at", OffsetDateTime.now()).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Draws.Request request(long task, int entities, int sample) {
        List<DrawFunction.Inspector> inspectors = DrawFunctionTest.inspectors("XA-SCJGJ", 8);
        Set<String> avoid = Set.of(DrawFunction.pairDigest(inspectors.get(0).key(), DrawFunctionTest.entities(entities).get(3)));
        return new Draws.Request(task, DrawFunctionTest.entities(entities), inspectors, avoid, sample,
                DrawFunctionTest.wanted("XA-SCJGJ", 2));
    }

    @Test
    void theCommitmentComesFirstAndTheSeedOnlyWithTheDraw() throws Exception {
        Draws.DrawView committed = draws.commit(request(task(), 300, 15));
        assertThat(committed.status()).isEqualTo(Draws.Status.COMMITTED);
        assertThat(committed.seed()).isNull();
        assertThat(committed.entityDigest()).isEqualTo(DrawFunction.sm3(draws.list(committed.id(), "entities").orElseThrow()));
        mvc.perform(get("/api/v1/public/random-inspections/draws/{id}", committed.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.commitment").value(committed.commitment()))
                .andExpect(jsonPath("$.seed").doesNotExist())
                .andExpect(jsonPath("$.selection").isEmpty());

        Draws.DrawView drawn = draws.draw(committed.id());
        assertThat(drawn.status()).isEqualTo(Draws.Status.DRAWN);
        assertThat(DrawFunction.sm3(drawn.seed())).isEqualTo(committed.commitment());
        assertThat(draws.selection(drawn.id())).hasSize(15);
        assertThat(draws.verify(drawn.id()).verified()).isTrue();
        assertThatThrownBy(() -> draws.draw(drawn.id())).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> draws.abandon(drawn.id(), "重抽")).isInstanceOf(UserFacingException.class);
    }

    @Test
    void theIndependentVerifierRecomputesThePublishedDraw(@TempDir Path dir) throws Exception {
        Draws.DrawView d = draws.draw(draws.commit(request(task(), 2_000, 60)).id());
        String json = mvc.perform(get("/api/v1/public/random-inspections/draws/{id}", d.id())).andExpect(status().isOk())
                .andExpect(jsonPath("$.seed").value(d.seed())).andExpect(jsonPath("$.selection.length()").value(60))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("draw.json"), json);
        for (String kind : List.of("entities", "inspectors", "avoidance")) {
            byte[] text = mvc.perform(get("/api/v1/public/random-inspections/draws/{id}/lists/{kind}", d.id(), kind))
                    .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/plain"))
                    .andReturn().getResponse().getContentAsByteArray();
            Files.write(dir.resolve(kind + ".txt"), text);
        }
        assertThat(python(dir)).contains("VERIFIED").doesNotContain("NOT VERIFIED");

        // a third party holding a list altered by one line sees the difference
        String entities = Files.readString(dir.resolve("entities.txt"));
        Files.writeString(dir.resolve("entities.txt"), entities.substring(entities.indexOf('\n') + 1));
        assertThat(python(dir)).contains("NOT VERIFIED");
    }

    @Test
    void theVerifyPageRecomputesAndUnknownDrawsAreAChineseProblem() throws Exception {
        Draws.DrawView d = draws.draw(draws.commit(request(task(), 100, 5)).id());
        mvc.perform(get("/public/random-inspections/draws/{id}", d.id())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("验证通过")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(d.seed())));
        mvc.perform(get("/api/v1/public/random-inspections/draws/{id}", 987_654_321L)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("没有这次抽取")));
        mvc.perform(get("/api/v1/public/random-inspections/draws/{id}/lists/secret", d.id())).andExpect(status().isNotFound());
    }

    @Test
    void aPendingCommitmentIsListedPubliclyBeforeItsDraw() throws Exception {
        Draws.DrawView d = draws.commit(request(task(), 100, 5));
        mvc.perform(get("/api/v1/public/random-inspections/draws").param("status", "COMMITTED").param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + d.id() + ")].commitment").value(d.commitment()));
        mvc.perform(get("/public/random-inspections/draws")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(d.commitment())));
    }

    @Test
    void anAbandonedDrawStaysPublishedWithItsSeed() {
        Draws.DrawView d = draws.commit(request(task(), 100, 5));
        assertThatThrownBy(() -> draws.abandon(d.id(), " ")).isInstanceOf(UserFacingException.class);
        Draws.DrawView abandoned = draws.abandon(d.id(), "检查人员名录有误，重新冻结");
        assertThat(abandoned.status()).isEqualTo(Draws.Status.ABANDONED);
        assertThat(DrawFunction.sm3(abandoned.seed())).isEqualTo(d.commitment());
        assertThat(draws.selection(d.id())).isEmpty();
        assertThatThrownBy(() -> draws.draw(d.id())).isInstanceOf(UserFacingException.class);
    }

    @Test
    void anInputThatCannotBeDrawnIsRefusedBeforeAnythingIsPublished() {
        long task = task();
        assertThatThrownBy(() -> draws.commit(request(task, 10, 11))).isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "supervision.draw.refused.sampleSize");
        assertThat(draws.ofTask(task)).isEmpty();
    }

    static String python(Path dir) throws Exception {
        Process p = new ProcessBuilder("python3", "tools/verify-draw.py", "--dir", dir.toString()).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
