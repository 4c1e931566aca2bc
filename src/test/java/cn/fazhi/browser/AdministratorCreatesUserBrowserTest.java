package cn.fazhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;

/**
 * In a real browser: the demo administrator signs in, creates a township user, signs out; the new user signs in,
 * is made to change the initial password, and sees only what the township role allows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AdministratorCreatesUserBrowserTest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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

    private void signIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(password);
        page.locator("main button[type=submit]").click();
    }

    @Test
    void administratorCreatesAUserWhoSeesOnlyWhatTheRoleAllows() {
        String username = "wq" + (System.currentTimeMillis() % 1_000_000);
        Page page = browser.newPage();

        signIn(page, "admin", "Fazhi@2026");
        assertThat(page.locator("h1").textContent()).contains("系统管理员");
        BrowserSession.screenshot(page, "01-admin-home");

        page.locator("nav.sidebar").getByText("用户管理").click();
        page.getByText("新建用户").click();
        page.getByLabel("用户名").fill(username);
        page.getByLabel("姓名").fill("温泉街道 新同事");
        page.getByLabel("所属单位").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("温泉街道综治中心"));
        page.getByLabel("乡镇（街道）工作人员").check();
        page.getByLabel("初始密码（用户首次登录须修改）").fill("Init@Pass2026");
        page.getByLabel("联系电话").fill("13907157777");
        BrowserSession.screenshot(page, "02-admin-new-user-form");
        page.locator("main form.stack button[type=submit]").click();
        assertThat(page.locator(".notice").textContent()).contains("用户已创建");
        assertThat(page.content()).contains("139****7777");
        BrowserSession.screenshot(page, "03-admin-user-created");

        page.getByText("退出登录").click();
        signIn(page, username, "Init@Pass2026");
        assertThat(page.url()).endsWith("/account/password");
        page.getByLabel("当前密码").fill("Init@Pass2026");
        page.getByLabel("新密码", new Page.GetByLabelOptions().setExact(true)).fill("Mine@Pass2026");
        page.getByLabel("确认新密码").fill("Mine@Pass2026");
        page.locator("main button[type=submit]").click();
        assertThat(page.locator("h1").textContent()).contains("温泉街道 新同事");
        BrowserSession.screenshot(page, "04-new-user-home");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = :u").param("u", username)
                .query(Long.class).single()).as("the session lives in the database, for any node").isEqualTo(1);

        String menu = page.locator("nav.sidebar").textContent();
        assertThat(menu).contains("用户管理", "单位管理").doesNotContain("角色与权限", "审计日志", "访问令牌");

        page.navigate(url("/admin/users"));
        String users = page.locator("main table").textContent();
        assertThat(users).contains(username, "wenquan").doesNotContain("maqiao", "admin");
        assertThat(page.locator("text=新建用户").count()).isZero();
        BrowserSession.screenshot(page, "05-new-user-sees-own-township");

        page.navigate(url("/admin/audit"));
        assertThat(page.locator("main").textContent()).contains("无权访问");
        BrowserSession.screenshot(page, "06-new-user-refused-audit");
    }
}
