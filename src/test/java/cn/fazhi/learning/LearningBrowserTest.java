package cn.fazhi.learning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import cn.fazhi.TestAccounts;
import cn.fazhi.browser.BrowserSession;

/**
 * In a real browser on a 390×844 screen: the cadre ganbu opens 我的考试, starts the market bureau's test of this year,
 * answers every question (each saved as it is given — the page says so per question and the database holds it),
 * submits and sees the score and the verdict; no page scrolls sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class LearningBrowserTest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired JdbcClient jdbc;

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

    /** ganbu's attempt at this year's unit test, if an earlier run on the same database left one, is taken back. */
    private void freshAttempt() {
        String mine = "SELECT at.id FROM learning_attempt at JOIN learning_cadre c ON c.id = at.cadre_id "
                + "JOIN app_user u ON u.id = c.user_id JOIN learning_test t ON t.id = at.test_id "
                + "WHERE u.username = 'ganbu' AND NOT t.district_wide";
        jdbc.sql("DELETE FROM learning_answer WHERE attempt_id IN (" + mine + ")").update();
        jdbc.sql("DELETE FROM learning_attempt WHERE id IN (" + mine + ")").update();
    }

    @Test
    void ganbuTakesATestOnAPhoneAndSeesTheScore() {
        freshAttempt();
        Page phone = browser.newPhonePage();
        phone.navigate(url("/login"));
        phone.getByLabel("用户名").fill("ganbu");
        phone.getByLabel("密码").fill(TestAccounts.DEMO_PASSWORD);
        phone.locator("main button[type=submit]").click();
        phone.navigate(url("/learning/my"));
        assertThat(phone.content()).contains("区市场监管局干部学法考试").contains("习近平法治思想");
        assertThat(BrowserSession.horizontalOverflow(phone)).isZero();
        BrowserSession.screenshot(phone, "learning-01-my-tests");

        phone.locator("#my-tests button.start").first().click();
        assertThat(phone.locator("h1")).containsText("区市场监管局干部学法考试");
        assertThat(phone.locator("#remaining")).containsText("剩余时间");
        Locator questions = phone.locator("fieldset.question");
        int n = questions.count();
        assertThat(n).isEqualTo(10);
        for (int i = 0; i < n; i++) {
            Locator q = questions.nth(i);
            Locator inputs = q.locator("input");
            inputs.nth(0).check();
            if ("MULTIPLE".equals(q.getAttribute("data-kind"))) {
                inputs.nth(1).check();
            }
            assertThat(q.locator(".saved")).hasText("已保存");
        }
        long attempt = Long.parseLong(phone.url().replaceAll(".*/attempts/(\\d+).*", "$1"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM learning_answer WHERE attempt_id = :a").param("a", attempt)
                .query(Long.class).single()).isEqualTo(10L);
        assertThat(BrowserSession.horizontalOverflow(phone)).isZero();
        BrowserSession.screenshot(phone, "learning-02-answering");

        phone.locator("form#submit button[type=submit]").click();
        assertThat(phone.locator("#score")).containsText("成绩");
        assertThat(phone.locator("#verdict")).containsText("合格分数线 60 分");
        String score = jdbc.sql("SELECT CAST(score AS VARCHAR(10)) FROM learning_attempt WHERE id = :a").param("a", attempt)
                .query(String.class).single();
        score = new java.math.BigDecimal(score).stripTrailingZeros().toPlainString();
        assertThat(phone.locator("#score")).containsText(score);
        assertThat(BrowserSession.horizontalOverflow(phone)).isZero();
        BrowserSession.screenshot(phone, "learning-03-score");
        phone.navigate(url("/learning/my"));
        assertThat(phone.content()).contains(score);
    }
}
