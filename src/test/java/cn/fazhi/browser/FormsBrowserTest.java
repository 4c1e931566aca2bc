package cn.fazhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/**
 * Issue 10, points 20 and 21 in a real browser: a citizen applies for mediation and reloads the "申请已提交" page —
 * still one application, and the secret is not shown again; a mediator's form with three mistakes shows all three at once and
 * keeps the ID number and phones that were typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FormsBrowserTest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private long applications(String summary) {
        return jdbc.sql("SELECT COUNT(*) FROM dispute WHERE summary = :s").param("s", summary).query(Long.class).single();
    }

    private static Locator label(Locator scope, String text) {
        return scope.getByLabel(text, new Locator.GetByLabelOptions().setExact(true));
    }

    @Test
    void reloadingTheReceiptOrSubmittingAgainFilesOneApplication() {
        String summary = "楼上住户装修噪音持续到深夜，多次协商未果。" + System.nanoTime();
        Page page = browser.newPage();
        Locator main = page.locator("main");
        page.navigate(url("/public/mediation/apply"));
        label(main, "申请人姓名").fill("黄秀英");
        label(main, "申请人公民身份号码").fill(ResidentIds.random(LocalDate.of(1980, 5, 6)));
        label(main, "申请人联系电话").fill("13971650001");
        label(main, "对方当事人姓名或名称").fill("周建华");
        label(main, "乡镇（街道）").selectOption(new SelectOption().setLabel("马桥镇"));
        label(main, "纠纷类型").selectOption(new SelectOption().setLabel("邻里"));
        label(main, "纠纷事实和请求").fill(summary);
        main.getByRole(AriaRole.BUTTON).last().click();

        assertThat(page.url()).endsWith("/public/mediation/applied");
        String secret = page.locator("#tracking-secret").textContent();
        assertThat(secret).isNotBlank();
        BrowserSession.screenshot(page, "forms-01-public-receipt");
        assertThat(applications(summary)).isEqualTo(1);

        page.reload();
        assertThat(page.locator("#receipt-shown").textContent()).contains("不会重复提交");
        assertThat(page.content()).doesNotContain(secret);
        BrowserSession.screenshot(page, "forms-02-public-receipt-reloaded");
        assertThat(applications(summary)).isEqualTo(1);

        // back on the form page: it comes with a fresh token and empty personal fields (pages are not cached)
        page.goBack();
        assertThat(page.url()).endsWith("/public/mediation/apply");
        assertThat(label(main, "申请人公民身份号码").inputValue()).isEmpty();
        assertThat(applications(summary)).isEqualTo(1);
    }

    @Test
    void aStaffFormWithThreeMistakesShowsAllThreeAndKeepsWhatWasTyped() {
        Page page = browser.signedIn(url(""), "tiaojie", "Fazhi@2026");
        Locator main = page.locator("main");
        page.navigate(url("/mediation/new"));
        label(main, "纠纷类型").selectOption(new SelectOption().setLabel("邻里"));
        label(main, "乡镇（街道）").selectOption(new SelectOption().setLabel("温泉街道"));
        label(main, "纠纷简要情况").fill("宅基地界址争议。");
        Locator applicant = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("申请人").setExact(true));
        Locator respondent = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("被申请人").setExact(true));
        label(applicant, "姓名或名称").fill("冯德明");
        label(applicant, "公民身份号码或统一社会信用代码").fill("421202197005051230");
        label(applicant, "联系电话").fill("1397165");
        label(respondent, "姓名或名称").fill("冯德亮");
        label(respondent, "联系电话").fill("0715-12");
        main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("登记").setExact(true)).click();

        Locator summary = page.locator("#form-errors li");
        assertThat(summary.count()).isEqualTo(3);
        assertThat(page.locator("#form-errors").textContent()).contains("申请人的公民身份号码不正确",
                "申请人的联系电话格式不正确", "被申请人的联系电话格式不正确");
        assertThat(label(applicant, "公民身份号码或统一社会信用代码").inputValue()).isEqualTo("421202197005051230");
        assertThat(label(applicant, "联系电话").inputValue()).isEqualTo("1397165");
        assertThat(label(respondent, "联系电话").inputValue()).isEqualTo("0715-12");
        assertThat(page.locator("#applicantPhone-error").textContent()).contains("联系电话格式不正确");
        BrowserSession.screenshot(page, "forms-04-staff-three-errors");
    }
}
