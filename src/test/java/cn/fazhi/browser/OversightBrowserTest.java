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
 * In a real browser: the office ({@code fzb}) plans an on-site inspection of the market regulation bureau with the
 * demo inspector {@code duchayuan}, notifies and starts it; {@code duchayuan} records a finding on the mission page;
 * the rectification problem it raised appears on the mission page with its number and state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OversightBrowserTest {

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

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void theOfficePlansAMissionTheInspectorRecordsAFindingAndTheProblemAppears() {
        String topic = "浏览器实地督察" + System.nanoTime() % 100000;
        Page office = browser.signedIn(url(""), "fzb", "Fazhi@2026");
        office.navigate(url("/supervision/oversight/missions/new"));
        office.locator("#kind").selectOption("ON_SITE");
        office.locator("#topic").fill(topic);
        office.locator("#startedOn").fill(LocalDate.now().toString());
        office.locator("#endsOn").fill(LocalDate.now().plusDays(7).toString());
        office.locator("#targetUnitIds label").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("咸安区市场监督管理局")).locator("input").first().check();
        office.locator("#inspectorIds label").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("周强")).locator("input").first().check();
        office.locator("main form button[type=submit]").click();
        assertThat(office.locator("#mission-status").textContent()).contains("已制定");
        BrowserSession.screenshot(office, "oversight-01-planned");
        office.locator("#do-notify").click();
        assertThat(office.locator("#mission-status").textContent()).contains("已通知");
        office.locator("#do-start").click();
        assertThat(office.locator("#mission-status").textContent()).contains("督察中");
        String missionUrl = office.url();

        Page inspector = browser.signedIn(url(""), "duchayuan", "Fazhi@2026");
        inspector.navigate(missionUrl);
        inspector.locator("#findingProblem").fill("行政处罚决定未在7个工作日内公示");
        inspector.locator("#findingRule").fill("《行政处罚法》第四十八条");
        inspector.locator("#findingDeadline").fill(LocalDate.now().plusDays(30).toString());
        inspector.locator("#do-recordFinding").click();
        assertThat(inspector.locator("#problems").textContent()).contains("行政处罚决定未在7个工作日内公示")
                .contains("咸安整改").contains("待整改");
        BrowserSession.screenshot(inspector, "oversight-02-finding");

        office.navigate(missionUrl);
        assertThat(office.locator("#problems").textContent()).contains("咸安区市场监督管理局").contains("待整改");
        assertThat(office.locator(".case-links").textContent()).contains("咸安整改");
    }
}
