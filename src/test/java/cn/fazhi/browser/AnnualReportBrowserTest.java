package cn.fazhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/**
 * In a real browser: the rule-of-law office (fzb) drafts the 2023 report of 向阳湖镇, follows a figure to its records
 * and submits it; a second office member (shenhe) passes the internal review (freezing the figures) — fzb may not pass
 * their own submission; the leader records the secrecy review and approves; the office publishes; a citizen on a phone reads it on the public portal without logging in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AnnualReportBrowserTest {

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

    private static Locator button(Page page, String name) {
        return page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private Page signIn(String username) {
        return browser.signedIn(url(""), username, "Fazhi@2026");
    }

    @Test
    void theOfficeDraftsReviewsAndPublishesAndThePublicReadsIt() {
        Page office = signIn("fzb");
        office.navigate(url("/reports"));
        office.locator("select[name=year]").selectOption("2023");
        office.locator("select[name=regionCode]").selectOption(new SelectOption().setLabel("向阳湖镇"));
        BrowserSession.screenshot(office, "report-01-list");
        button(office, "起草报告").click();

        assertThat(office.locator("h1.report-title").textContent()).isEqualTo("向阳湖镇2023年度法治政府建设工作报告");
        assertThat(office.locator("#report-status").textContent()).isEqualTo("起草中");
        assertThat(office.content()).as("no untranslated message keys").doesNotContain("??");
        Locator figure = office.locator("article a.report-figure[data-indicator='mediation.disputes.accepted']");
        assertThat(figure.count()).isEqualTo(1);
        String accepted = figure.textContent();
        assertThat(accepted).matches("[0-9,]+");
        String reportUrl = office.url();
        BrowserSession.screenshot(office, "report-02-draft-preview");
        figure.click();
        assertThat(office.url()).contains("/indicators/mediation.disputes.accepted/records")
                .contains("from=2023-01-01").contains("to=2023-12-31").contains("region=421202101");
        BrowserSession.screenshot(office, "report-03-figure-records");

        office.navigate(reportUrl);
        button(office, "提交内部审核").click();
        assertThat(office.locator("#report-status").textContent()).isEqualTo("内部审核中");
        assertThat(button(office, "审核通过，送保密审查").count()).as("four eyes: no passing one's own submission").isZero();
        office.context().close();

        Page reviewer = signIn("shenhe");
        reviewer.navigate(reportUrl);
        assertThat(reviewer.locator("#report-submitted-by").textContent()).contains("fzb");
        button(reviewer, "审核通过，送保密审查").click();
        assertThat(reviewer.locator("#report-status").textContent()).isEqualTo("保密审查中");
        assertThat(reviewer.locator("main").textContent()).contains("数字已于");
        assertThat(reviewer.locator("article a.report-figure[data-indicator='mediation.disputes.accepted']").getAttribute("href"))
                .endsWith("/figures/mediation.disputes.accepted");
        BrowserSession.screenshot(reviewer, "report-04-frozen-in-secrecy-review");
        reviewer.screenshot(new Page.ScreenshotOptions()
                .setPath(BrowserSession.SCREENSHOTS.resolve("report-04b-frozen-top.png")));
        reviewer.context().close();

        Page leader = signIn("leader");
        leader.navigate(reportUrl);
        leader.locator("#text-approve").fill("经保密审查，报告不涉及国家秘密和工作秘密，可以公开。");
        button(leader, "保密审查通过，批准").click();
        assertThat(leader.locator("#report-status").textContent()).isEqualTo("已批准");
        BrowserSession.screenshot(leader, "report-05-approved");
        leader.context().close();

        Page publisher = signIn("fzb");
        publisher.navigate(reportUrl);
        button(publisher, "公开发布").click();
        assertThat(publisher.locator("#report-status").textContent()).isEqualTo("已公开");
        publisher.context().close();

        Page citizen = browser.newPhonePage();
        citizen.navigate(url("/public"));
        citizen.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("法治政府建设年度报告")).click();
        BrowserSession.screenshot(citizen, "report-06-public-list-phone");
        citizen.locator("main").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("向阳湖镇2023年度法治政府建设工作报告")).click();
        assertThat(citizen.locator("h1.report-title").textContent()).isEqualTo("向阳湖镇2023年度法治政府建设工作报告");
        assertThat(citizen.locator("article").textContent()).contains("全年受理人民调解案件" + accepted + "起")
                .contains("五、其他需要报告的情况");
        assertThat(citizen.locator("article a").count()).as("no links into staff pages").isZero();
        assertThat(citizen.locator("#public-pdf").getAttribute("href")).endsWith("/pdf");
        assertThat(BrowserSession.horizontalOverflow(citizen)).isZero();
        BrowserSession.screenshot(citizen, "report-07-public-report-phone");
        citizen.screenshot(new Page.ScreenshotOptions()
                .setPath(BrowserSession.SCREENSHOTS.resolve("report-08-public-report-phone-top.png")));
        citizen.context().close();
    }
}
