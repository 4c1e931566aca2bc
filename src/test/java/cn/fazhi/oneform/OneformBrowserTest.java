package cn.fazhi.oneform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import cn.fazhi.TestAccounts;
import cn.fazhi.browser.BrowserSession;

/**
 * In a real browser, on the demo register: the village clerk {@code cunwei} files a change request for a person of
 * 淦河社区; township staff {@code wenquan} approves it and produces the 低保 roster as .xlsx and PDF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class OneformBrowserTest {

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

    @Test
    void aClerkAsksTheTownshipApprovesAndProducesAForm() {
        Page clerk = browser.signedIn(url(""), "cunwei", TestAccounts.DEMO_PASSWORD);
        clerk.navigate(url("/oneform/persons"));
        assertThat(clerk.content()).contains("淦河社区").doesNotContain("金桂社区</td>");
        BrowserSession.screenshot(clerk, "oneform-01-clerk-register");
        clerk.locator("table tbody tr td a").first().click();
        String name = clerk.locator("h1").textContent().strip();
        clerk.locator("#kind").selectOption("SET_ATTRIBUTE");
        clerk.locator("#attribute").selectOption("FAMILY_PLANNING_SUPPORT");
        clerk.locator("#source").fill("区卫健局计生特扶信息");
        clerk.locator("#date").fill("2025-06-01");
        clerk.locator("#reason").fill("入户核实符合计生特扶条件");
        clerk.locator("#evidence").fill("计生特扶审批表");
        BrowserSession.screenshot(clerk, "oneform-02-clerk-request");
        clerk.locator("form.stack button[type=submit]").click();
        assertThat(clerk.content()).contains("等待乡镇（街道）审核").contains("待审核");
        String changeUrl = clerk.url();

        Page town = browser.signedIn(url(""), "wenquan", TestAccounts.DEMO_PASSWORD);
        town.navigate(url("/oneform/changes?status=PENDING"));
        assertThat(town.content()).contains(name);
        town.navigate(changeUrl);
        BrowserSession.screenshot(town, "oneform-03-review");
        town.locator("#approve").click();
        assertThat(town.locator("#change-status").textContent()).contains("已通过");
        town.locator("dd a").first().click();
        assertThat(town.content()).contains("计生特扶").contains("区卫健局计生特扶信息");
        BrowserSession.screenshot(town, "oneform-04-person");

        town.navigate(url("/oneform/forms"));
        town.locator("text=低保对象花名册").click();
        assertThat(town.content()).contains("淦河社区").contains("合计");
        BrowserSession.screenshot(town, "oneform-05-form");
        Download xlsx = town.waitForDownload(() -> town.locator("#download-xlsx").click());
        assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
        Download pdf = town.waitForDownload(() -> town.locator("#download-pdf").click());
        assertThat(pdf.suggestedFilename()).endsWith(".pdf");
        assertThat(pdf.failure()).isNull();

    }
}
