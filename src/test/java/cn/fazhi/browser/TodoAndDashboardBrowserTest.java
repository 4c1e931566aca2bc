package cn.fazhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.mediation.DisputeCategory;
import cn.fazhi.mediation.Disputes;
import cn.fazhi.mediation.PublicApplication;
import cn.fazhi.platform.identifiers.ResidentIdNumber;
import cn.fazhi.reports.AnnualReports;
import cn.fazhi.reports.ReportForms.Create;
import cn.fazhi.reports.ReportForms.StepForm;
import cn.fazhi.reports.ReportStep;

/**
 * In a real browser (issue 10, points 17 and 18): the township's mediator signs in and finds the online application in
 * the to-do list with a count in the menu, one click from the case; the leader finds the report awaiting approval;
 * the office lands on the dashboard, whose year prints without a separator and whose figures are grouped by area, the
 * all-zero areas folded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TodoAndDashboardBrowserTest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;
    @Autowired
    Disputes disputes;
    @Autowired
    AnnualReports reports;
    @Autowired
    UserAccounts accounts;
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

    private Page signedIn(String username) {
        Page page = browser.signedIn("http://localhost:" + port, username, "Fazhi@2026");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return page;
    }

    private static long badge(Page page) {
        String text = page.locator("nav.sidebar a[href='/'] .nav-badge").innerText().strip();
        return Long.parseLong(text);
    }

    @Test
    void theMediatorAndTheLeaderSeeTheirWaitingWorkOneClickFromTheCase() {
        String wenquan = jdbc.sql("SELECT region_code FROM unit WHERE id = 18").query(String.class).single();
        String idStart = "4212021991071" + String.format("%04d", (int) (Math.random() * 10000));
        disputes.apply(new PublicApplication("网上申请人", idStart + ResidentIdNumber.checkCharacter(idStart),
                "13907158888", "邻居乙", null, wenquan, null, DisputeCategory.NEIGHBOUR, "楼上漏水，协商未果",
                BigDecimal.ZERO));

        Page mediator = signedIn("tiaojie");
        assertThat(mediator.url()).endsWith("/");
        assertThat(mediator.locator("[data-todo='mediation.todo.online']").innerText()).contains("网上调解申请待受理");
        assertThat(badge(mediator)).isGreaterThanOrEqualTo(1);
        BrowserSession.screenshot(mediator, "todo-tiaojie");
        // one click from the case (the group lists the oldest five; earlier runs may have left older ones)
        String first = mediator.locator("[data-todo='mediation.todo.online'] li a").first().getAttribute("href");
        mediator.locator("[data-todo='mediation.todo.online'] li a").first().click();
        mediator.waitForURL("**" + first);
        assertThat(mediator.locator("h1").innerText()).contains("咸安温泉调");

        var office = accounts.loadDetails("fzb").orElseThrow().user();
        long report = reports.create(new Create(unusedReportYear(), "421202"), office).id();
        reports.step(report, ReportStep.SUBMIT, new StepForm(null, null), office);
        reports.step(report, ReportStep.PASS_REVIEW, new StepForm(null, null),
                accounts.loadDetails("shenhe").orElseThrow().user());
        Page leader = signedIn("leader");
        leader.navigate("http://localhost:" + port + "/");
        assertThat(leader.locator("[data-todo='reports.todo.approve']").innerText()).contains("年度报告待保密审查和审批");
        assertThat(badge(leader)).isGreaterThanOrEqualTo(1);
        BrowserSession.screenshot(leader, "todo-leader");
        String firstReport = leader.locator("[data-todo='reports.todo.approve'] li a").first().getAttribute("href");
        leader.locator("[data-todo='reports.todo.approve'] li a").first().click();
        leader.waitForURL("**" + firstReport);
        assertThat(firstReport).startsWith("/reports/");
        assertThat(jdbc.sql("SELECT status FROM annual_report WHERE id = :id").param("id", report).query(String.class)
                .single()).isEqualTo("SECRECY_REVIEW");

        Page fzb = signedIn("fzb");
        fzb.navigate("http://localhost:" + port + "/");
        assertThat(fzb.locator("#todo").innerText()).doesNotContain("年度报告待保密审查和审批");
        BrowserSession.screenshot(fzb, "todo-fzb");
    }

    @Test
    void theDashboardOpensOnItsDefaultYearWithFiguresGroupedByAreaAndZeroAreasFolded() {
        Page page = signedIn("fzb");
        page.waitForURL("**/dashboard");
        String year = page.locator("select[name=year] option[selected]").getAttribute("value");
        LocalDate today = LocalDate.now();
        if (today.getMonthValue() < 4) {
            assertThat(Integer.parseInt(year)).as("a year of a few weeks is not the default").isLessThan(today.getYear());
        }
        assertThat(page.locator("h1").innerText()).startsWith(year + "年").doesNotContain(",");
        assertThat(page.locator("details.area").count()).isGreaterThanOrEqualTo(5);
        BrowserSession.screenshot(page, "dashboard-default-year");

        page.navigate("http://localhost:" + port + "/dashboard?year=2019&region=421202");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("details.area[data-area='mediation']").getAttribute("open")).isNull();
        assertThat(page.locator("details.area[data-area='mediation'] summary").innerText()).contains("均为零");
        BrowserSession.screenshot(page, "dashboard-folded-areas");
        page.locator("details.area[data-area='mediation'] summary").click();
        assertThat(page.locator("details.area[data-area='mediation'] a.figure").first().isVisible()).isTrue();

        page.navigate("http://localhost:" + port + "/dashboard?year=2023&region=421202");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("details.area[data-area='mediation']").getAttribute("open")).isNotNull();
        BrowserSession.screenshot(page, "dashboard-2023-areas");
    }

    /** A year without a district report yet (the database may be kept between runs). */
    private int unusedReportYear() {
        var used = jdbc.sql("SELECT report_year FROM annual_report WHERE region_code = '421202'").query(Integer.class).set();
        return java.util.stream.IntStream.rangeClosed(2000, 2022).filter(y -> !used.contains(y)).findFirst().orElseThrow();
    }
}
