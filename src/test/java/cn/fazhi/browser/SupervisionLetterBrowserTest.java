package cn.fazhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

/**
 * In a real browser: the supervision office ({@code fzb}) records a complaint about the market regulation bureau,
 * verifies it and issues a 监督通知书; the bureau's staff ({@code scjg}) sign in, find it among their clues and answer
 * it; the office accepts the reply and closes the clue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SupervisionLetterBrowserTest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

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

    private void signIn(Page page, String username) {
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill("Fazhi@2026");
        page.locator("main button[type=submit]").click();
    }

    @Test
    void theOfficeIssuesANoticeTheUnitAnswersItAndTheOfficeClosesIt() {
        String marker = "浏览器测试投诉" + System.nanoTime() % 100000;
        Page page = browser.newPage();

        signIn(page, "fzb");
        page.locator("nav.sidebar").getByText("执法监督线索").click();
        page.getByText("登记监督线索").first().click();
        page.getByLabel("线索来源").selectOption(new SelectOption().setLabel("投诉举报"));
        page.getByLabel("被监督单位").selectOption(new SelectOption().setLabel("咸安区市场监督管理局"));
        page.getByLabel("线索内容").fill(marker + "：反映对同一商户一个月内重复检查三次");
        BrowserSession.screenshot(page, "supervision-01-record-clue");
        page.locator("main form.stack button[type=submit]").click();
        assertThat(page.locator(".notice").textContent()).contains("监督线索已登记");
        String cluePath = page.url().replaceFirst("^https?://[^/]+", "");

        page.locator("#do-verify").click();
        page.getByLabel("核查情况").fill("经调阅检查记录，一个月内确有三次检查，未说明理由。");
        page.locator("#do-findings").click();
        page.getByLabel("文书种类").selectOption(new SelectOption().setValue("NOTICE"));
        page.getByLabel("文书内容").fill("请说明对该商户多次检查的依据，并提供检查记录。");
        page.locator("#do-issue").click();
        assertThat(page.locator("#clue-status").textContent()).contains("待答复");
        assertThat(page.locator(".letter-number").first().textContent()).startsWith("咸安执监通〔");
        BrowserSession.screenshot(page, "supervision-02-notice-issued");
        page.getByText("退出登录").click();

        signIn(page, "scjg");
        page.navigate(url("/supervision/clues?q=" + marker));
        page.locator("main table a").first().click();
        assertThat(page.url()).endsWith(cluePath);
        assertThat(page.locator("main").textContent()).contains("监督通知书");
        assertThat(page.locator("#do-accept").count()).isZero();
        page.getByLabel("答复内容").fill("经自查，三次检查分别系投诉核查、专项整治和复查，现提供检查记录。");
        BrowserSession.screenshot(page, "supervision-03-unit-replies");
        page.locator("#do-reply").click();
        assertThat(page.locator("#clue-status").textContent()).contains("已答复");
        assertThat(page.locator(".letter-reply").textContent()).contains("经自查");
        page.getByText("退出登录").click();

        signIn(page, "fzb");
        page.navigate(url(cluePath));
        page.locator("#do-accept").click();
        assertThat(page.locator("#clue-status").textContent()).contains("已办结");
        assertThat(page.locator("main").textContent()).contains("认可日期");
        BrowserSession.screenshot(page, "supervision-04-closed");
    }
}
