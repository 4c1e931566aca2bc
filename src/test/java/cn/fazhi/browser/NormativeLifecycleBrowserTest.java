package cn.fazhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;

/**
 * In a real browser, the rule-of-law office runs the whole drafting lifecycle of a normative document: drafts it,
 * edits the draft, opens public comment, records a comment and answers it, submits it for legality review, records
 * the review, the collective decision, signs and publishes it with its number and files it, after which it is in force.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NormativeLifecycleBrowserTest {

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

    private static void submit(Page page, String formAction) {
        page.locator("form[action$='" + formAction + "'] button[type=submit]").click();
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM normative_document WHERE id = :id").param("id", id).query(String.class).single();
    }

    @Test
    void theOfficeDraftsEditsConsultsReviewsDecidesPublishesAndFilesADocument() {
        LocalDate today = LocalDate.now();
        String marker = "试" + (char) ('甲' + (int) (System.nanoTime() % 10)) + (System.nanoTime() % 1000);
        Page page = browser.signedIn(url(""), "fzb", "Fazhi@2026");

        page.navigate(url("/normative/new"));
        page.getByLabel("标题").fill("咸安区农贸市场管理办法" + marker);
        page.locator("#body").fill("第一条 为规范农贸市场管理，制定本办法。");
        page.getByLabel("主题词（逗号分隔）").fill("市场监管");
        BrowserSession.screenshot(page, "normative-lifecycle-01-draft");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("#doc-status").textContent()).contains("起草中");
        long id = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));

        // edit the draft: title, text and tags
        page.locator("#edit-draft").click();
        assertThat(page.getByLabel("标题").inputValue()).isEqualTo("咸安区农贸市场管理办法" + marker);
        page.getByLabel("标题").fill("咸安区农贸市场管理办法" + marker + "（修改稿）");
        page.locator("#body").fill("第一条 为规范农贸市场管理，保障食用农产品质量安全，制定本办法。\n第二条 本办法适用于本区农贸市场。");
        page.getByLabel("主题词（逗号分隔）").fill("市场监管，食品安全");
        BrowserSession.screenshot(page, "normative-lifecycle-02-edit");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("h1").textContent()).contains("（修改稿）");
        assertThat(page.locator(".document-text").textContent()).contains("保障食用农产品质量安全");
        assertThat(page.locator("main").textContent()).contains("市场监管, 食品安全");

        // public comment for a period that has already ended, one comment recorded and then answered
        page.locator("#cf").fill(today.minusDays(30).toString());
        page.locator("#ct").fill(today.minusDays(1).toString());
        submit(page, "/comment-period");
        assertThat(page.locator("#doc-status").textContent()).contains("征求意见");
        page.locator("#con").fill(today.minusDays(10).toString());
        page.locator("#cs").fill("温泉街道居民李某");
        page.locator("#cc").fill("建议明确农贸市场的开放时间。");
        submit(page, "/comments");
        assertThat(page.locator("#comments-h").isVisible()).isTrue();
        assertThat(page.locator(".comments li").textContent()).contains("建议明确农贸市场的开放时间", "尚未答复");
        page.locator(".comments li textarea[name=response]").fill("已在第二条中增加开放时间的规定。");
        page.locator(".comments li input[name=adopted]").check();
        page.locator(".comments li button[type=submit]").click();
        assertThat(page.locator(".comment-answer").textContent()).contains("已采纳", "已在第二条中增加开放时间的规定");
        BrowserSession.screenshot(page, "normative-lifecycle-03-comment-answered");

        // legality review by the justice bureau, collective decision, signing and publication, filing
        submit(page, "/submit-review");
        assertThat(page.locator("#doc-status").textContent()).contains("合法性审核");
        page.locator("#rb").selectOption("JUSTICE_BUREAU");
        page.locator("#rr").fill("区司法局 王审");
        page.locator("#rres").selectOption("PASSED");
        page.locator("#rf").fill("制定主体、权限和程序合法，内容未违法增加义务。");
        page.locator("#ron").fill(today.toString());
        submit(page, "/review");
        assertThat(page.locator("#doc-status").textContent()).contains("集体审议");
        page.locator("#dm").fill("区政府第30次常务会议");
        page.locator("#don").fill(today.toString());
        submit(page, "/decision");
        assertThat(page.locator("main").textContent()).contains("区政府第30次常务会议");

        // a malformed number is refused in Chinese; the right one publishes the document
        page.locator("#sn").fill("咸安政规[" + today.getYear() + "]第01号");
        page.locator("#son").fill(today.toString());
        page.locator("#spo").fill(today.toString());
        page.locator("#seo").fill(today.toString());
        submit(page, "/sign");
        assertThat(page.locator(".alert").textContent()).isNotBlank();
        assertThat(status(id)).isEqualTo("COLLECTIVE_DECISION");
        String number = "咸安测规" + (char) ('甲' + (int) (System.nanoTime() % 10)) + "〔" + today.getYear() + "〕"
                + (System.nanoTime() % 90_000 + 1) + "号";
        page.locator("#sn").fill(number);
        page.locator("#son").fill(today.toString());
        page.locator("#spo").fill(today.toString());
        page.locator("#seo").fill(today.toString());
        submit(page, "/sign");
        assertThat(page.locator("#doc-status").textContent()).contains("已公布");
        assertThat(page.locator("main").textContent()).contains(number);
        page.locator("#fw").fill("咸宁市人民政府");
        page.locator("#fon").fill(today.toString());
        submit(page, "/filing");
        assertThat(page.locator("#doc-status").textContent()).contains("现行有效");
        // a published document has no edit button and its comment answers are final
        assertThat(page.locator("#edit-draft").count()).isZero();
        assertThat(page.locator(".comments li form").count()).isZero();
        BrowserSession.screenshot(page, "normative-lifecycle-04-in-force");
        assertThat(status(id)).isEqualTo("IN_FORCE");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE target_type = 'normative' AND target_id = :id AND action IN "
                        + "('normative.document.edited', 'normative.document.commentRecorded', 'normative.document.commentAnswered')")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(3);
    }
}
