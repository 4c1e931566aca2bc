package cn.fazhi.services;

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

import com.microsoft.playwright.Page;

import cn.fazhi.TestAccounts;
import cn.fazhi.browser.BrowserSession;

/**
 * In a real browser: a citizen on a phone applies online and tracks the application; window staff find an item,
 * receive and accept it in one screen; the department grants and serves it; the citizen sees it finished and rates it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class ApplicationBrowserTest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired JdbcClient jdbc;
    @Autowired TestAccounts accounts;

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
    void aCitizenAppliesOnlineTracksAndRatesWhileTheWindowAndTheDepartmentDecide() {
        long department = ApplicationApiTest.newUnit(jdbc);
        long item = ApplicationApiTest.item(jdbc, department, "PUBLIC_SERVICE", null, 3, true, "TOWNSHIP");
        String code = jdbc.sql("SELECT code FROM service_item WHERE id = :i").param("i", item).query(String.class).single();
        String windowStaff = accounts.create("abw", department, "WINDOW_STAFF");
        String departmentStaff = accounts.create("abd", department, "UNIT_STAFF");

        Page citizen = browser.newPhonePage();
        citizen.navigate(url("/public/services/apply/" + code));
        citizen.locator("#applicantName").fill("赵六");
        citizen.locator("#applicantId").fill("11010519491231002X");
        citizen.locator("#phone").fill("13800138000");
        BrowserSession.screenshot(citizen, "applications-01-apply-phone");
        assertThat(BrowserSession.horizontalOverflow(citizen)).isZero();
        citizen.locator("#apply button[type=submit]").click();
        assertThat(citizen.content()).contains("申请已提交");
        String trackingCode = citizen.locator("#code").textContent().strip();
        String secret = citizen.locator("#secret").textContent().strip();
        BrowserSession.screenshot(citizen, "applications-02-filed-phone");
        citizen.navigate(url("/public/services/track"));
        citizen.locator("#code").fill(trackingCode);
        citizen.locator("#secret").fill(secret);
        citizen.locator("#track button[type=submit]").click();
        assertThat(citizen.locator("#status").textContent()).contains("已收件");
        assertThat(BrowserSession.horizontalOverflow(citizen)).isZero();
        BrowserSession.screenshot(citizen, "applications-03-tracked-phone");

        // the window takes a second application on the intake screen and accepts it at once
        long licence = ApplicationApiTest.item(jdbc, department, "LICENCE", 20, 10, false, "DISTRICT");
        String suffix = jdbc.sql("SELECT code FROM service_item WHERE id = :i").param("i", licence).query(String.class)
                .single().substring(5);
        Page staff = browser.signedIn(url(""), windowStaff, TestAccounts.PASSWORD);
        staff.navigate(url("/services/applications/intake?q=" + suffix));
        staff.locator("#found a").first().click();
        staff.locator("#applicantName").fill("咸安某餐饮店");
        staff.locator("#applicantKind").selectOption("ENTERPRISE");
        staff.locator("#applicantId").fill("91110000600037341L");
        BrowserSession.screenshot(staff, "applications-04-intake");
        staff.locator("#receive button[value=accept]").click();
        assertThat(staff.locator("#status").textContent()).contains("已受理");
        BrowserSession.screenshot(staff, "applications-05-accepted");
        String licencePath = staff.url().replaceFirst("^https?://[^/]+", "");

        // the department decides both
        Page dept = browser.signedIn(url(""), departmentStaff, TestAccounts.PASSWORD);
        dept.navigate(url(licencePath));
        dept.locator("#do-grant").click();
        assertThat(dept.locator("#status").textContent()).contains("已决定");
        dept.locator("#do-serve").click();
        assertThat(dept.locator("#status").textContent()).contains("已办结");
        BrowserSession.screenshot(dept, "applications-06-served");
        long online = jdbc.sql("SELECT a.id FROM service_application a WHERE a.item_id = :i").param("i", item)
                .query(Long.class).single();
        staff.navigate(url("/services/applications/" + online));
        staff.locator("#do-accept").click();
        dept.navigate(url("/services/applications/" + online));
        dept.locator("#do-grant").click();
        dept.locator("#do-serve").click();
        assertThat(dept.locator("#status").textContent()).contains("已办结");

        citizen.navigate(url("/public/services/track"));
        citizen.locator("#code").fill(trackingCode);
        citizen.locator("#secret").fill(secret);
        citizen.locator("#track button[type=submit]").click();
        assertThat(citizen.locator("#status").textContent()).contains("已办结");
        citizen.locator("label:has(#score-5)").click();
        citizen.locator("#rate button[type=submit]").click();
        assertThat(citizen.content()).contains("感谢您的评价").contains("非常满意");
        BrowserSession.screenshot(citizen, "applications-07-rated-phone");
        assertThat(BrowserSession.horizontalOverflow(citizen)).isZero();
    }
}
