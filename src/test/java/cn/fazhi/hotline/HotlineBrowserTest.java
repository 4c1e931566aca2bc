package cn.fazhi.hotline;

import static org.assertj.core.api.Assertions.assertThat;

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
 * In a real browser: the 12345 operator takes a ticket in, sees the suggested unit with its reason and dispatches it;
 * the unit signs for it and replies; the operator visits the caller and the ticket is closed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class HotlineBrowserTest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired JdbcClient jdbc;
    @Autowired TestAccounts accounts;
    @Autowired Categories categories;

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
    void aTicketGoesFromIntakeThroughDispatchToTheVisit() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO unit (code, name, short_name, type, region_code) VALUES (:c, :n, :s, 'DEPARTMENT', '421202')")
                .param("c", "HB" + s).param("n", "热线浏览器测试局" + s).param("s", "热测" + s).update();
        long unit = jdbc.sql("SELECT id FROM unit WHERE code = :c").param("c", "HB" + s).query(Long.class).single();
        CategoryView category = categories.create(new CategoryCommand("B" + s, "噪声扰民" + s, null, Urgency.NORMAL, null,
                null, null, unit, false, true, 0, null));
        String operator = accounts.create("hbo", 43, "HOTLINE_OPERATOR");
        String staff = accounts.create("hbs", unit, "UNIT_STAFF");

        Page page = browser.signedIn(url(""), operator, TestAccounts.PASSWORD);
        page.navigate(url("/hotline/intake"));
        page.locator("#categoryId").selectOption(String.valueOf(category.id()));
        page.locator("#callerName").fill("王小明");
        page.locator("#callerPhone").fill("13900002222");
        page.locator("#title").fill("夜间施工噪声扰民");
        page.locator("#content").fill("温泉街道某工地夜间十一点后仍在施工，噪声很大。");
        BrowserSession.screenshot(page, "hotline-01-intake");
        page.locator("form.stack button[type=submit]").click();
        assertThat(page.locator("h1").textContent()).contains("待派单");
        assertThat(page.content()).contains("建议承办单位").contains("热线浏览器测试局" + s)
                .contains("分类“噪声扰民" + s + "”的默认承办单位").contains("139****2222");
        BrowserSession.screenshot(page, "hotline-02-dispatch");
        page.locator("#step-dispatch button[type=submit]").click();
        assertThat(page.locator("h1").textContent()).contains("待签收");
        long id = Long.parseLong(page.url().replaceAll(".*/hotline/tickets/(\\d+).*", "$1"));

        Page unitPage = browser.signedIn(url(""), staff, TestAccounts.PASSWORD);
        assertThat(unitPage.content()).contains("待签收的工单");
        unitPage.navigate(url("/hotline/tickets/" + id));
        unitPage.locator("#step-sign button[type=submit]").click();
        assertThat(unitPage.locator("h1").textContent()).contains("办理中");
        unitPage.locator("#text-reply").fill("已责令施工单位停止夜间施工，并办理夜间施工许可。");
        unitPage.locator("#step-reply button[type=submit]").click();
        assertThat(unitPage.locator("h1").textContent()).contains("待回访");
        BrowserSession.screenshot(unitPage, "hotline-03-replied");

        page.navigate(url("/hotline/tickets?status=REPLIED"));
        assertThat(page.content()).contains("夜间施工噪声扰民");
        page.navigate(url("/hotline/tickets/" + id));
        page.locator("#satisfaction").selectOption("SATISFIED");
        page.locator("#text-visit").fill("来电人表示噪声已停止");
        page.locator("#step-visit button[type=submit]").click();
        assertThat(page.locator("h1").textContent()).contains("已办结");
        assertThat(page.content()).contains("满意").contains("派单记录").contains("回访");
        BrowserSession.screenshot(page, "hotline-04-closed");

        page.navigate(url("/hotline/tickets?supervised=true"));
        BrowserSession.screenshot(page, "hotline-05-supervised");
        page.navigate(url("/hotline/categories"));
        assertThat(page.content()).contains("噪声扰民" + s).contains("签收 1 个工作日，办理 5 个工作日");
        BrowserSession.screenshot(page, "hotline-06-categories");
    }
}
