package cn.fazhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;

import cn.fazhi.TestAccounts;
import cn.fazhi.platform.identifiers.Uscc;

/**
 * In a real browser: the market regulation bureau ({@code scjg}) plans a random-inspection task from one of its
 * published items, freezes the lists, draws, records the result of the drawn entity and publishes; then, on a phone
 * and without signing in, the draw's verify page says 验证通过 and the public results page lists the task.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RandomInspectionBrowserTest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void start() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A published item of the bureau (unit 5) on an industry code of its own, and two register entities under it. */
    private long item() {
        String unique = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String industry = "T" + String.format("%06d", Math.abs(unique.hashCode()) % 1_000_000);
        String code = "TB-" + unique;
        jdbc.sql("INSERT INTO random_item (code, name, legal_basis, unit_id, region_code, inspection_method, target_scope, "
                        + "industry_codes, ratio_percent, frequency, status, published_on, created_at, created_by) VALUES (:c, "
                        + "'网络餐饮服务监督检查', '《网络餐饮服务食品安全监督管理办法》第三十条', 5, '421202', '现场检查', "
                        + "'入网餐饮服务提供者', :ind, 50, '每年一次', 'PUBLISHED', :on, :now, 'test')")
                .param("c", code).param("ind", industry).param("on", LocalDate.of(2024, 2, 1))
                .param("now", OffsetDateTime.now()).update();
        for (int i = 0; i < 2; i++) {
            String first17 = "92421202" + String.format("%09d", Math.abs((unique + i).hashCode()) % 1_000_000_000);
            jdbc.sql("INSERT INTO random_entity (uscc, name, industry_code, region_code, address, risk_level, status, "
                            + "registered_on, updated_at, updated_by) VALUES (:u, :n, :ind, '421202001', '温泉路8号', 'LOW', "
                            + "'ACTIVE', :on, :now, 'test')")
                    .param("u", first17 + Uscc.checkCharacter(first17)).param("n", "咸安区桂香外卖小馆" + unique + i)
                    .param("ind", industry + "1").param("on", LocalDate.of(2024, 2, 1)).param("now", OffsetDateTime.now())
                    .update();
        }
        return jdbc.sql("SELECT id FROM random_item WHERE code = :c").param("c", code).query(Long.class).single();
    }

    @Test
    void theBureauDrawsRecordsAndPublishesAndAnyoneVerifiesTheDraw() {
        long item = item();
        String title = "网络餐饮服务双随机抽查" + System.nanoTime() % 100000;
        Page page = browser.signedIn(url(""), "scjg", TestAccounts.DEMO_PASSWORD);
        page.navigate(url("/supervision/random-inspections/tasks"));
        page.locator("#new-task").click();
        page.locator("#title").fill(title);
        page.locator("input[name=itemIds][value='" + item + "']").check();
        BrowserSession.screenshot(page, "random-01-plan");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("#task-status").textContent()).isEqualTo("已制定");
        String number = page.locator("h1 span").first().textContent();
        assertThat(number).startsWith("咸安双随机〔" + LocalDate.now().getYear() + "〕");

        page.locator("#submit-commit").click();
        assertThat(page.locator("#task-status").textContent()).isEqualTo("名单已冻结");
        page.locator("#submit-draw").click();
        assertThat(page.locator("#task-status").textContent()).isEqualTo("已抽取");
        assertThat(page.locator("#selection").textContent()).contains("桂香外卖小馆");
        BrowserSession.screenshot(page, "random-02-drawn");

        page.locator("#findings-1").fill("现场检查：平台公示信息与实际一致，未发现问题");
        page.locator("#result-1 button[type=submit]").click();
        assertThat(page.locator("#selection").textContent()).contains("合格");
        page.locator("#submit-complete").click();
        assertThat(page.locator("#task-status").textContent()).isEqualTo("结果已录入");
        page.locator("#submit-publish").click();
        assertThat(page.locator("#task-status").textContent()).isEqualTo("已公示");
        BrowserSession.screenshot(page, "random-03-published");
        String verify = page.locator("#draws .verify-link").first().getAttribute("href");

        Page phone = browser.newPhonePage();
        phone.navigate(url(verify));
        assertThat(phone.locator("#verdict").textContent()).contains("验证通过");
        assertThat(BrowserSession.horizontalOverflow(phone)).isLessThanOrEqualTo(0);
        BrowserSession.screenshot(phone, "random-04-verify");
        phone.navigate(url("/public/random-inspections/results"));
        phone.locator("#q").fill(number);
        phone.locator("#search-button").click();
        assertThat(phone.locator("main").textContent()).contains(number).contains(title).contains("共 1 个已公示的抽查任务");
        assertThat(BrowserSession.horizontalOverflow(phone)).isLessThanOrEqualTo(0);
        BrowserSession.screenshot(phone, "random-05-results");
        phone.locator("article.hit .verify-link").first().click();
        assertThat(phone.locator("#verdict").textContent()).contains("验证通过");
    }
}
