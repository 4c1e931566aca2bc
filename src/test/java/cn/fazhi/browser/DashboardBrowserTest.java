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
import com.microsoft.playwright.options.LoadState;

/**
 * In a real browser: the demo leader signs in and lands on the dashboard, picks 2023, clicks the figure of disputes
 * accepted and lands on its 8,608 records; back on the dashboard, clicks June's bar of the monthly chart and lands on
 * June's records. On a phone the dashboard fits the screen, and its weight over the wire is measured.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardBrowserTest {

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

    private void signIn(Page page) {
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill("leader");
        page.getByLabel("密码").fill("Fazhi@2026");
        page.locator("main button[type=submit]").click();
        page.waitForURL("**/dashboard");
    }

    @Test
    void aLeaderOpensTheDashboardClicksAFigureAndLandsOnItsRecords() {
        Page page = browser.newPage();
        signIn(page);
        page.locator("select[name=year]").selectOption("2023");
        page.waitForURL(u -> u.contains("/dashboard?year=2023"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction("() => document.querySelector('#chart-months canvas') !== null");
        BrowserSession.screenshot(page, "dashboard-2023");
        Locator accepted = page.locator("a.figure[data-indicator='mediation.disputes.accepted']");
        assertThat(accepted.innerText()).contains("8,608");
        assertThat(page.locator("a.figure[data-indicator='mediation.resolution_rate']").innerText()).contains("99.5");
        assertThat(page.locator("a.figure[data-indicator='legal_cases.total']").innerText()).contains("121");
        accepted.click();
        page.waitForURL("**/indicators/mediation.disputes.accepted/records**");
        assertThat(page.locator("#records caption").innerText()).contains("8,608");
        assertThat(page.locator("#records tbody tr")).isNotNull();
        assertThat(page.locator("#records tbody tr").count()).isEqualTo(50);
        BrowserSession.screenshot(page, "dashboard-records");
        page.locator("#records tbody tr a").first().click();
        page.waitForURL("**/mediation/*");
        assertThat(page.locator("h1").innerText()).containsPattern("咸安\\p{IsHan}+调〔2023〕\\d+号");

        page.navigate(url("/dashboard?year=2023&region=421202"));
        page.waitForFunction("() => document.querySelector('#chart-months canvas') !== null");
        page.waitForTimeout(1500);
        // More modules contribute figures than fit above the charts: bring the chart into the viewport first
        page.locator("#chart-months").scrollIntoViewIfNeeded();
        // The middle of June's bar, in page pixels, from the chart's own axes
        @SuppressWarnings("unchecked")
        java.util.List<Number> point = (java.util.List<Number>) page.evaluate("() => {"
                + " const el = document.getElementById('chart-months'); const chart = echarts.getInstanceByDom(el);"
                + " const value = chart.getOption().series[0].data[5];"
                + " const p = chart.convertToPixel({xAxisIndex: 0, yAxisIndex: 0}, [5, value / 2]);"
                + " const r = el.getBoundingClientRect(); return [r.left + p[0], r.top + p[1]]; }");
        double x = point.get(0).doubleValue();
        double y = point.get(1).doubleValue();
        page.mouse().click(x, y);
        page.waitForURL(u -> u.contains("/records?") && u.contains("from=2023-06-01"));
        assertThat(page.url()).contains("to=2023-06-30");
        assertThat(page.locator("#records caption").innerText()).doesNotContain("共 0 条");
        BrowserSession.screenshot(page, "dashboard-june-records");
    }

    @Test
    void onAPhoneTheDashboardFitsAndItsWeightIsMeasured() {
        Page page = browser.newPhonePage();
        signIn(page);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        long first = transferred(page);
        page.navigate(url("/dashboard?year=2023&region=421202"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction("() => document.querySelector('#chart-months canvas') !== null");
        long repeat = transferred(page);
        BrowserSession.screenshot(page, "dashboard-phone");
        assertThat(BrowserSession.horizontalOverflow(page)).isZero();
        System.out.println("Dashboard weight over the wire on a phone: first visit " + first + " bytes, repeat visit "
                + repeat + " bytes");
        // ECharts (1 MB raw) travels gzipped; the page and its data are a few kilobytes
        assertThat(first).isBetween(100_000L, 600_000L);
        assertThat(repeat).isLessThan(first);
    }

    /** Bytes over the wire (compressed, headers included) of the current page and its resources. */
    private static long transferred(Page page) {
        return ((Number) page.evaluate("() => performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource')).reduce((s, e) => s + e.transferSize, 0)"))
                .longValue();
    }
}
