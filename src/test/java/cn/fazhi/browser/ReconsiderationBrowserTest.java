package cn.fazhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.PeriodUnit;

/**
 * In a real browser: a citizen applies for administrative reconsideration on the public portal and tracks it with the
 * code and secret; the 法制办 (fzb) finds the application, sees the five-working-day acceptance review (行政复议法
 * Art. 30) and, after accepting it under the ordinary procedure, the sixty-day decision period (Art. 62); the citizen's
 * tracking page then shows the acceptance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReconsiderationBrowserTest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    LegalCalendar calendar;

    @Autowired
    Clock clock;

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

    private static Locator button(Page page, String name) {
        return page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private void signIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(password);
        page.locator("main button[type=submit]").click();
    }

    /** What the citizen keeps after applying. */
    record Receipt(String caseNumber, String code, String secret) {}

    /** A citizen in 温泉街道 applies online against the market regulator; the receipt page gives code and secret. */
    private Receipt apply(Page page, String name, String idNumber, String phone, String screenshotPrefix) {
        page.navigate(url("/public"));
        if (screenshotPrefix != null) {
            BrowserSession.screenshot(page, screenshotPrefix + "-01-public-portal");
        }
        page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("网上申请行政复议")).click();
        assertThat(page.locator("h1").textContent()).contains("网上申请行政复议");

        LocalDate today = LocalDate.now(clock);
        label(page, "知道行政行为之日").fill(today.minusDays(12).toString());
        label(page, "申请人类型").selectOption(new SelectOption().setLabel("公民"));
        label(page, "申请人名称").fill(name);
        label(page, "公民身份号码").fill(idNumber);
        label(page, "联系电话").fill(phone);
        label(page, "申请人所在镇（街道）").selectOption(new SelectOption().setLabel("温泉街道"));
        label(page, "住址").fill("温泉街道金桂路 8 号");
        label(page, "被申请人").selectOption(new SelectOption().setLabel("咸安区市场监督管理局"));
        label(page, "被申请复议的行政行为").fill("对申请人经营的食品店作出责令停业整顿的决定");
        label(page, "行政行为作出日期").fill(today.minusDays(14).toString());
        label(page, "文书编号").fill("咸市监处字〔2026〕" + (System.nanoTime() % 1000) + "号");
        label(page, "行政行为类别").selectOption(new SelectOption().setLabel("其他行政行为"));
        label(page, "复议请求").fill("请求撤销该决定");
        assertThat(page.content()).as("no untranslated message keys").doesNotContain("??");
        if (screenshotPrefix != null) {
            BrowserSession.screenshot(page, screenshotPrefix + "-02-application-form");
            // a typo in the ID number (wrong check character): refused with a message, the rest of the form kept
            String typo = idNumber.substring(0, 17) + (idNumber.charAt(17) == '0' ? '1' : '0');
            label(page, "公民身份号码").fill(typo);
            button(page, "提交申请").click();
            assertThat(page.locator("main").textContent()).contains("公民身份号码不正确");
            assertThat(label(page, "申请人名称").inputValue()).isEqualTo(name);
            assertThat(label(page, "复议请求").inputValue()).isEqualTo("请求撤销该决定");
            BrowserSession.screenshot(page, screenshotPrefix + "-03-id-typo-refused");
            label(page, "公民身份号码").fill(idNumber);
            label(page, "联系电话").fill(phone);
        }
        button(page, "提交申请").click();

        assertThat(page.locator("h1").textContent()).contains("申请已提交");
        String notice = page.locator(".notice").textContent();
        String caseNumber = notice.substring(notice.indexOf("案号") + 2).replace("。", "").trim();
        String code = page.locator("#tracking-code").textContent().trim();
        String secret = page.locator("#tracking-secret").textContent().trim();
        assertThat(caseNumber).isNotBlank();
        assertThat(code).isNotBlank();
        assertThat(secret).isNotBlank().isNotEqualTo(code);
        if (screenshotPrefix != null) {
            BrowserSession.screenshot(page, screenshotPrefix + "-04-application-received");
        }
        return new Receipt(caseNumber, code, secret);
    }

    private void track(Page page, String code, String secret) {
        page.navigate(url("/public/reconsideration/track"));
        label(page, "查询码").fill(code);
        label(page, "密码").fill(secret);
        button(page, "查询").click();
    }

    @Test
    void citizenAppliesOnlineAndTracksWithCodeAndSecretOnly() {
        Page page = browser.newPage();
        String idNumber = ResidentIds.random(LocalDate.of(1979, 4, 18));
        Receipt mine = apply(page, "程晓梅", idNumber, "13907151234", "reconsideration");

        // someone else applies too: their data must never show on my tracking page
        Page other = browser.newPage();
        Receipt theirs = apply(other, "郑国栋", ResidentIds.random(LocalDate.of(1966, 11, 2)), "13807159876", null);
        other.context().close();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("行政复议办理进度查询")).first().click();
        label(page, "查询码").fill(mine.code());
        label(page, "密码").fill(theirs.secret());
        button(page, "查询").click();
        assertThat(page.locator("main").textContent()).contains("查询码或查询密码不正确");
        assertThat(page.locator("#result-h").count()).isZero();
        assertThat(page.content()).doesNotContain(mine.caseNumber()).doesNotContain("程晓梅");
        BrowserSession.screenshot(page, "reconsideration-05-wrong-secret-refused");

        track(page, mine.code(), mine.secret());
        String result = page.locator("main section").textContent();
        assertThat(page.locator("#result-h").textContent()).isEqualTo(mine.caseNumber());
        assertThat(result).contains("受理审查中", LocalDate.now(clock).toString());
        String html = page.content();
        assertThat(html).doesNotContain("??");
        assertThat(html).as("a public page shows no personal data, not even the applicant's own")
                .doesNotContain("程晓梅").doesNotContain(idNumber).doesNotContain(idNumber.substring(0, 6) + "*")
                .doesNotContain("13907151234").doesNotContain("****1234").doesNotContain("金桂路")
                .doesNotContain("郑国栋").doesNotContain(theirs.caseNumber()).doesNotContain(mine.secret());
        BrowserSession.screenshot(page, "reconsideration-06-tracking-status");

        Page phone = browser.newPhonePage();
        phone.navigate(url("/public/reconsideration/apply"));
        BrowserSession.screenshot(phone, "reconsideration-07-phone-application-form");
        assertThat(BrowserSession.horizontalOverflow(phone)).as("the form fits a 390-px phone").isLessThanOrEqualTo(0);
        phone.context().close();
        page.context().close();
    }

    @Test
    void lawOfficeAcceptsAndTheDeadlinesShownAreThoseOfTheLaw() {
        Page citizen = browser.newPage();
        Receipt receipt = apply(citizen, "范文静", ResidentIds.random(LocalDate.of(1988, 2, 29)), "13607153456", null);
        LocalDate receivedOn = LocalDate.now(clock);

        Page page = browser.newPage();
        signIn(page, "fzb", "Fazhi@2026");
        page.locator("nav.sidebar").getByText("行政复议案件").click();
        page.getByLabel("案号或申请人").fill(receipt.caseNumber());
        button(page, "查询").click();
        assertThat(page.locator("main table tbody").textContent()).contains(receipt.caseNumber(), "范文静", "受理审查中");
        BrowserSession.screenshot(page, "reconsideration-08-staff-finds-application");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(receipt.caseNumber())).click();

        assertThat(page.locator("h1").textContent()).contains(receipt.caseNumber(), "受理审查中");
        LocalDate reviewDue = calendar.deadline(receivedOn, 5, PeriodUnit.WORKING_DAYS).deadline();
        assertThat(clockRow(page, "受理审查（五个工作日）").locator("td").nth(1).textContent()).isEqualTo(receivedOn.toString());
        assertThat(clockRow(page, "受理审查（五个工作日）").locator("td").nth(2).textContent())
                .as("Art. 30: five working days after receipt").contains(reviewDue.toString());
        assertThat(page.locator("main").textContent()).contains("网上申请").doesNotContain("??");
        BrowserSession.screenshot(page, "reconsideration-09-acceptance-review-deadline");

        Locator actions = page.locator("section[aria-labelledby=actions-h]");
        assertThat(actions.locator("form[action$='/acceptance']").isVisible()).as("steps stay folded until chosen").isFalse();
        actions.locator("summary", new Locator.LocatorOptions().setHasText(BrowserSession.exactly("受理"))).click();
        Locator accept = actions.locator("form[action$='/acceptance']");
        LocalDate acceptedOn = LocalDate.parse(accept.getByLabel("受理日期").inputValue());
        assertThat(acceptedOn).as("the form proposes today").isEqualTo(receivedOn);
        accept.getByLabel("审理程序").selectOption(new SelectOption().setLabel("普通程序"));
        accept.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("受理").setExact(true)).click();

        assertThat(page.locator("h1").textContent()).contains("已受理（审理中）");
        LocalDate decisionDue = calendar.deadline(acceptedOn, 60, PeriodUnit.DAYS).deadline();
        assertThat(clockRow(page, "审理期限").locator("td").nth(2).textContent())
                .as("Art. 62: sixty days after acceptance").contains(decisionDue.toString());
        assertThat(clockRow(page, "受理审查（五个工作日）").locator("td").nth(3).textContent()).contains("已完成");
        assertThat(page.locator("main").textContent()).contains("普通程序");
        BrowserSession.screenshot(page, "reconsideration-10-accepted-decision-deadline");

        track(citizen, receipt.code(), receipt.secret());
        String result = citizen.locator("main section").textContent();
        assertThat(result).contains("已受理（审理中）", acceptedOn.toString(), decisionDue.toString());
        BrowserSession.screenshot(citizen, "reconsideration-11-tracking-accepted");

        // the same in English: every label, status and date caption has an English text
        citizen.navigate(url("/public/reconsideration/track?lang=en"));
        citizen.locator("#code").fill(receipt.code());
        citizen.locator("#secret").fill(receipt.secret());
        citizen.locator("main form button[type=submit]").click();
        String english = citizen.locator("main").textContent();
        assertThat(english).contains("Accepted (being heard)", decisionDue.toString()).doesNotContain("??")
                .doesNotContain("受理");
        BrowserSession.screenshot(citizen, "reconsideration-13-tracking-accepted-english");

        Page phone = browser.newPhonePage();
        signIn(phone, "fzb", "Fazhi@2026");
        phone.navigate(page.url());
        BrowserSession.screenshot(phone, "reconsideration-12-phone-case-page");
        assertThat(BrowserSession.horizontalOverflow(phone)).as("the case page fits a 390-px phone").isLessThanOrEqualTo(0);
        phone.context().close();
        citizen.context().close();
        page.context().close();
    }

    private static Locator clockRow(Page page, String name) {
        return page.locator("section[aria-labelledby=clocks-h] tbody tr")
                .filter(new Locator.FilterOptions().setHas(page.locator("td:first-child", new Page.LocatorOptions()
                        .setHasText(BrowserSession.exactly(name)))));
    }
}
