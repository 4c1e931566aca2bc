package cn.fazhi.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;

import cn.fazhi.TestAccounts;
import cn.fazhi.browser.BrowserSession;

/**
 * In a real browser: a unit's staff member sees the problem in the to-do list, submits the plan, reports progress
 * with an evidence file and submits it for acceptance; the office accepts and closes it (验收销号).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class RectificationBrowserTest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired JdbcClient jdbc;
    @Autowired TestAccounts accounts;
    @Autowired Problems problems;

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
    void theUnitRectifiesAndTheOfficeCloses() throws Exception {
        long unit = ProblemApiTest.newUnit(jdbc);
        String staff = accounts.create("rbs", unit, "UNIT_STAFF");
        String office = accounts.create("rbo", 4, "LAW_OFFICE");
        long source = 990_500L + System.nanoTime() % 10_000;
        ProblemView p = problems.raise(new RaiseProblem("oversight", source, "咸安督察〔2026〕" + source + "号",
                "/rectification/problems", "行政执法公示信息更新不及时", "国办发〔2018〕118号", unit, 4,
                LocalDate.now().minusDays(3), null));

        Page page = browser.signedIn(url(""), staff, TestAccounts.PASSWORD);
        assertThat(page.content()).contains("待制定整改方案的问题");
        page.navigate(url("/rectification/problems"));
        assertThat(page.content()).contains(p.caseNumber()).contains("待制定方案");
        BrowserSession.screenshot(page, "rectification-01-list");
        page.getByText(p.caseNumber()).first().click();
        page.locator("#text-plan").fill("建立公示信息每周核对制度");
        page.locator("#step-plan button[type=submit]").click();
        assertThat(page.locator("h1").textContent()).contains("整改中");
        page.locator("#text-progress").fill("已更新公示信息38条");
        Path evidence = Files.createTempFile("evidence", ".pdf");
        Files.writeString(evidence, "%PDF-1.4 evidence");
        page.locator("#file-progress").setInputFiles(evidence);
        page.locator("#step-progress button[type=submit]").click();
        assertThat(page.content()).contains("已更新公示信息38条").contains(evidence.getFileName().toString());
        page.locator("#text-submit").fill("全部更新完毕");
        page.locator("#step-submit button[type=submit]").click();
        assertThat(page.locator("h1").textContent()).contains("待验收");
        BrowserSession.screenshot(page, "rectification-02-submitted");

        Page officePage = browser.signedIn(url(""), office, TestAccounts.PASSWORD);
        officePage.navigate(url("/rectification/problems/" + p.id()));
        officePage.locator("#text-accept").fill("经核查整改到位");
        officePage.locator("#step-accept button[type=submit]").click();
        assertThat(officePage.locator("h1").textContent()).contains("已销号");
        assertThat(officePage.content()).contains("经核查整改到位").contains("验收销号");
        BrowserSession.screenshot(officePage, "rectification-03-closed");
        assertThat(problems.find(p.id()).orElseThrow().status()).isEqualTo(ProblemStatus.CLOSED);
        Files.deleteIfExists(evidence);
    }
}
