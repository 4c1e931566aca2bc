package cn.fazhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;

import cn.fazhi.platform.identifiers.Uscc;
import cn.fazhi.supervision.DrawFunction;
import cn.fazhi.supervision.Draws;

/**
 * In a real browser on a phone-sized viewport, no login: a citizen finds a pending draw's commitment in the public
 * index before the draw, and after the draw opens its verify page, which recomputes the selection from the published
 * lists and the revealed seed and says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RandomDrawVerifyBrowserTest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Draws draws;

    @BeforeAll
    static void start() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void aCitizenOnAPhoneSeesTheCommitmentFirstAndThenVerifiesTheDraw() {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        String title = "食品经营者日常监督检查（浏览器测试" + System.nanoTime() % 100000 + "）";
        jdbc.sql("INSERT INTO random_task (case_number, status, title, lead_unit_id, region_code, period_from, period_to, "
                        + "created_at, created_by) VALUES (:n, 'PLANNED', :t, 5, '421202', DATE '2026-04-01', DATE '2026-06-30', "
                        + ":at, 'test')")
                .param("n", "咸安双随机测〔2026〕" + System.nanoTime() % 100000 + "号").param("t", title)
                .param("at", OffsetDateTime.now()).update(keys, "id");
        List<String> entities = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String first17 = String.format("91421202MB%07d", i);
            entities.add(first17 + Uscc.checkCharacter(first17));
        }
        List<DrawFunction.Inspector> inspectors = List.of(new DrawFunction.Inspector("42XA0001", "XA-SCJGJ"),
                new DrawFunction.Inspector("42XA0002", "XA-SCJGJ"), new DrawFunction.Inspector("42XA0003", "XA-SCJGJ"),
                new DrawFunction.Inspector("42XA0004", "XA-SCJGJ"));
        Draws.DrawView committed = draws.commit(new Draws.Request(keys.getKeyAs(Long.class), entities, inspectors, Set.of(),
                6, new java.util.TreeMap<>(java.util.Map.of("XA-SCJGJ", 2))));

        Page phone = browser.newPhonePage();
        phone.navigate("http://localhost:" + port + "/public/random-inspections/draws?status=COMMITTED");
        assertThat(phone.locator("main").textContent()).contains(title).contains(committed.commitment());
        assertThat(BrowserSession.horizontalOverflow(phone)).isLessThanOrEqualTo(0);
        BrowserSession.screenshot(phone, "random-draw-01-commitment-published");

        Draws.DrawView drawn = draws.draw(committed.id());
        phone.navigate("http://localhost:" + port + "/public/random-inspections/draws/" + drawn.id());
        assertThat(phone.locator("#verdict").textContent()).contains("验证通过");
        assertThat(phone.locator("main").textContent()).contains(drawn.seed()).contains("市场监督管理局");
        assertThat(phone.locator("#selection tbody tr").count()).isEqualTo(6);
        assertThat(BrowserSession.horizontalOverflow(phone)).isLessThanOrEqualTo(0);
        BrowserSession.screenshot(phone, "random-draw-02-verified");
    }
}
