package cn.fazhi.services;

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

import cn.fazhi.browser.BrowserSession;

/**
 * In a real browser: the market-supervision bureau (scjg) creates a service item with its materials, publishes its
 * guide, and a citizen finds the guide on a phone by a word of its name, reads it and prints it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ItemBrowserTest {

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

    private static Locator label(Page page, String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    @Test
    void aBureauPublishesAGuideAndACitizenReadsItOnAPhone() {
        String name = "食品经营许可（延续）测试" + System.nanoTime() % 100000;
        Page page = browser.signedIn(url(""), "scjg", "Fazhi@2026");
        page.navigate(url("/services/items"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新增事项")).click();
        label(page, "事项名称").fill(name);
        label(page, "设定依据").fill("《中华人民共和国食品安全法》第三十五条");
        label(page, "法定时限（工作日）").fill("20");
        label(page, "法定时限依据条款").fill("《中华人民共和国行政许可法》第四十二条第一款");
        label(page, "承诺时限（工作日）").fill("0");
        label(page, "申请材料").fill("食品经营许可延续申请书\n营业执照|电子证照|1\n食品安全管理制度|复印件|1|可选");
        label(page, "办理地点").fill("咸安区市民之家二楼市场监管窗口");
        label(page, "生效日期").fill("2025-01-01");
        BrowserSession.screenshot(page, "services-01-item-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.locator("h1").textContent()).contains(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布办事指南")).click();
        assertThat(page.locator("main").textContent()).contains("办事指南已于").doesNotContain("??");
        BrowserSession.screenshot(page, "services-02-item");
        page.context().close();

        Page phone = browser.newPhonePage();
        phone.navigate(url("/public"));
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("办事指南")).first().click();
        label(phone, "事项名称或编码").fill(name);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
        assertThat(phone.locator("h1").textContent()).contains(name, "办事指南");
        assertThat(phone.locator("main").textContent()).contains("营业执照", "即办（当场办结）", "20个工作日", "不收费")
                .doesNotContain("??");
        assertThat(BrowserSession.horizontalOverflow(phone)).isZero();
        BrowserSession.screenshot(phone, "services-03-guide-phone");
        phone.context().close();
    }
}
