package cn.fazhi.enterprises;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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
 * In a real browser: a verified enterprise files a request on a phone (390 × 844, nothing wider than the screen); the
 * desk sees the unit the 权责清单 suggests with its reason and routes it; the unit signs for it and answers; the desk
 * closes it; on the phone the enterprise reads the answer and rates it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class RequestBrowserTest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired JdbcClient jdbc;
    @Autowired TestAccounts accounts;
    @Autowired Enterprises enterprises;

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
    void anEnterpriseFilesOnAPhoneTheDeskRoutesTheUnitAnswersTheEnterpriseRates() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        String digits = String.valueOf(ThreadLocalRandom.current().nextInt(100000, 999999));
        jdbc.sql("INSERT INTO unit (code, name, short_name, type, region_code) VALUES (:c, :n, :s, 'DEPARTMENT', '421202')")
                .param("c", "RB" + s).param("n", "诉求浏览器测试局" + s).param("s", "诉浏" + s).update();
        long unit = jdbc.sql("SELECT id FROM unit WHERE code = :c").param("c", "RB" + s).query(Long.class).single();
        jdbc.sql("INSERT INTO power_item (code, version_no, power_type, name, matter_key, basis, unit_id, region_code, "
                        + "effective_from, published_on, created_at, created_by) VALUES (:c, 1, 'LICENCE', :n, :n, "
                        + "'《危险化学品安全管理条例》第三十三条', :u, '421202', DATE '2024-01-01', DATE '2024-01-02', :at, 'test')")
                .param("c", "RB-" + s).param("n", "危险化学品经营许可" + digits).param("u", unit)
                .param("at", OffsetDateTime.now()).update();
        String phone = "136" + digits + "88";
        EnterpriseView e = EnterpriseFixtures.register(enterprises, "咸安浏览器诉求化工有限公司" + s, phone, List.of());
        String desk = accounts.create("rbd", 44, "BUSINESS_DESK");
        String staff = accounts.create("rbs", unit, "UNIT_STAFF");

        Page mobile = browser.newPhonePage();
        mobile.navigate(url("/public/enterprises/code/" + e.deskToken()));
        mobile.locator("#phone").fill(phone);
        mobile.locator("main button[type=submit]").click();
        mobile.locator("#svc-request").click();
        mobile.locator("#category").selectOption("APPROVAL");
        mobile.locator("#title").fill("危险化学品经营许可" + digits + "延续");
        mobile.locator("#content").fill("我公司危险化学品经营许可" + digits + "将于下月到期，申请延续需要哪些材料？");
        BrowserSession.screenshot(mobile, "requests-01-phone-file");
        assertThat(BrowserSession.horizontalOverflow(mobile)).isZero();
        mobile.locator("main form.stack button[type=submit]").click();
        assertThat(mobile.locator("#status").textContent()).contains("待分派");
        long id = Long.parseLong(mobile.url().replaceAll(".*/public/enterprises/requests/(\\d+).*", "$1"));
        BrowserSession.screenshot(mobile, "requests-02-phone-filed");
        assertThat(BrowserSession.horizontalOverflow(mobile)).isZero();

        Page deskPage = browser.signedIn(url(""), desk, TestAccounts.PASSWORD);
        deskPage.navigate(url("/enterprises/requests/" + id));
        assertThat(deskPage.content()).contains("权责清单建议的承办单位").contains("诉求浏览器测试局" + s)
                .contains("危险化学品经营许可" + digits).contains("《危险化学品安全管理条例》第三十三条");
        BrowserSession.screenshot(deskPage, "requests-03-route-with-suggestion");
        deskPage.locator("#step-route button[type=submit]").click();
        assertThat(deskPage.locator("h1").textContent()).contains("待签收");

        Page unitPage = browser.signedIn(url(""), staff, TestAccounts.PASSWORD);
        unitPage.navigate(url("/enterprises/requests/" + id));
        unitPage.locator("#step-sign button[type=submit]").click();
        assertThat(unitPage.locator("h1").textContent()).contains("办理中");
        unitPage.locator("#text-answer").fill("延续申请需提交申请书、安全评价报告和从业人员培训证明，可在政务服务网全程办理。");
        unitPage.locator("#step-answer button[type=submit]").click();
        assertThat(unitPage.locator("h1").textContent()).contains("已答复");
        BrowserSession.screenshot(unitPage, "requests-04-unit-answered");

        deskPage.navigate(url("/enterprises/requests/" + id));
        deskPage.locator("#step-close button[type=submit]").click();
        assertThat(deskPage.locator("h1").textContent()).contains("已办结");

        mobile.navigate(url("/public/enterprises/requests/" + id));
        assertThat(mobile.locator("#answer").textContent()).contains("安全评价报告");
        mobile.locator("#rating-VERY_SATISFIED").check();
        mobile.locator("#note").fill("答复清楚，办理及时");
        BrowserSession.screenshot(mobile, "requests-05-phone-rate");
        assertThat(BrowserSession.horizontalOverflow(mobile)).isZero();
        mobile.locator("section form.stack button[type=submit]").click();
        assertThat(mobile.locator("#status").textContent()).contains("已评价");
        assertThat(mobile.locator("#rating-given").textContent()).contains("非常满意");
        mobile.navigate(url("/public/enterprises/requests"));
        assertThat(mobile.content()).contains("危险化学品经营许可" + digits + "延续");
        BrowserSession.screenshot(mobile, "requests-06-phone-progress");
        assertThat(BrowserSession.horizontalOverflow(mobile)).isZero();
        deskPage.navigate(url("/enterprises/requests?q=" + digits));
        BrowserSession.screenshot(deskPage, "requests-07-list");
    }
}
