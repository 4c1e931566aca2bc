package cn.fazhi.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

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
 * In a real browser: the window clerk {@code chuangkou} registers an application received for 吉安县 (OUT), sends the
 * materials, records the partner's result and delivers it to the applicant; the list shows it delivered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class CrossRegionBrowserTest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired JdbcClient jdbc;

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

    /** An item of the 人社局-like unit 9 in force since 2024, agreed with 吉安县 on 2024-01-02. */
    private String agreedItem() {
        String code = "XRB-" + UUID.randomUUID().toString().substring(0, 10);
        jdbc.sql("INSERT INTO service_item (code, unit_id, region_code, created_at, created_by, published_on) "
                        + "SELECT :c, id, region_code, :at, 'test', DATE '2024-01-01' FROM unit WHERE id = 9")
                .param("c", code).param("at", OffsetDateTime.now()).update();
        long id = jdbc.sql("SELECT id FROM service_item WHERE code = :c").param("c", code).query(Long.class).single();
        jdbc.sql("INSERT INTO service_item_version (item_id, version_no, effective_from, name, item_type, basis, level, "
                        + "promised_days) VALUES (:i, 1, DATE '2024-01-01', '城乡居民基本养老保险关系转移接续', "
                        + "'PUBLIC_SERVICE', '社会保险法第十九条', 'DISTRICT', 5)").param("i", id).update();
        jdbc.sql("INSERT INTO partner_item (partner_id, item_id, agreed_on, created_at, created_by) SELECT p.id, :i, "
                + "DATE '2024-01-02', :at, 'test' FROM partner_region p WHERE p.name = '吉安县'")
                .param("i", id).param("at", OffsetDateTime.now()).update();
        return code;
    }

    @Test
    void theWindowClerkRegistersAnOutHandOverAndRecordsItsSteps() {
        String code = agreedItem();
        String applicant = "李" + (System.nanoTime() % 1000);
        LocalDate today = LocalDate.now();
        Page page = browser.signedIn(url(""), "chuangkou", TestAccounts.DEMO_PASSWORD);
        page.navigate(url("/services/cross-region"));
        assertThat(page.content()).contains("跨域通办件");
        page.getByText("登记通办件").first().click();
        page.locator("#direction").selectOption("OUT");
        page.locator("#partnerId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("吉安县"));
        page.locator("#itemCode").fill(code);
        page.locator("#receivedOn").fill(today.minusDays(2).toString());
        page.locator("#applicantName").fill(applicant);
        page.locator("#applicantId").fill("11010519491231002X");
        page.locator("#applicantPhone").fill("13800138000");
        BrowserSession.screenshot(page, "crossregion-01-form");
        page.locator("form.stack button[type=submit]").click();
        // no materials: refused in Chinese, the form keeps what was typed
        assertThat(page.content()).contains("请填写收取的材料。");
        assertThat(page.locator("#applicantName").inputValue()).isEqualTo(applicant);
        page.locator("#materials").fill("身份证复印件、参保缴费凭证");
        page.locator("form.stack button[type=submit]").click();
        assertThat(page.locator("h1").textContent()).contains("咸安通办〔").contains("已收件");
        assertThat(page.content()).contains("1101**********002X").doesNotContain("11010519491231002X");
        BrowserSession.screenshot(page, "crossregion-02-received");
        String casePage = page.url();
        page.navigate(url(""));
        assertThat(page.content()).contains("待寄递材料的通办件");
        page.navigate(casePage);

        page.locator("#on-send").fill(today.minusDays(2).toString());
        page.locator("#way").fill("EMS 快递 1088");
        page.locator("#step-send button[type=submit]").click();
        assertThat(page.locator("h1").textContent()).contains("材料已寄递");
        page.locator("#on-result").fill(today.minusDays(1).toString());
        page.locator("#outcome-result").fill("吉安县已办结，同意转移");
        page.locator("#step-result button[type=submit]").click();
        assertThat(page.locator("h1").textContent()).contains("已有办理结果");
        page.locator("#step-deliver button[type=submit]").click();
        assertThat(page.locator("h1").textContent()).contains("已送达");
        assertThat(page.content()).contains("登记通办件").contains("寄递材料").contains("送达申请人");
        BrowserSession.screenshot(page, "crossregion-03-delivered");

        page.navigate(url("/services/cross-region?direction=OUT&status=DELIVERED"));
        assertThat(page.content()).contains(applicant).contains("吉安县");
        BrowserSession.screenshot(page, "crossregion-04-list");
        var export = page.request().get(url("/services/cross-region.xlsx?direction=OUT&status=DELIVERED"));
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.headers().get("content-type")).contains("spreadsheetml");
        assertThat(export.body().length).isGreaterThan(1000);
    }
}
