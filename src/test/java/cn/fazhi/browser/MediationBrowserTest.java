package cn.fazhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.PeriodUnit;

/**
 * In a real browser: the 温泉街道 mediator registers a neighbours' dispute, accepts it, records a session and a written
 * agreement, sees the 30-day judicial-confirmation window (人民调解法 Art. 33, last day moved to a working day) and
 * downloads the 人民调解协议书 as PDF; the 马桥镇 user cannot open the dispute.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MediationBrowserTest {

    /** Received, accepted, mediated and agreed in September 2026, so the 30 days run into the National Day holiday. */
    private static final LocalDate RECEIVED_ON = LocalDate.of(2026, 9, 1);
    private static final LocalDate ACCEPTED_ON = LocalDate.of(2026, 9, 2);
    private static final LocalDate SESSION_ON = LocalDate.of(2026, 9, 3);
    private static final LocalDate EFFECTIVE_ON = LocalDate.of(2026, 9, 5);
    private static final LocalDate PERFORMANCE_BY = LocalDate.of(2026, 10, 30);

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    LegalCalendar calendar;

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

    private static Locator label(Locator scope, String text) {
        return scope.getByLabel(text, new Locator.GetByLabelOptions().setExact(true));
    }

    private static Locator group(Page page, String legend) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend).setExact(true));
    }

    /** Opens the step's disclosure (its summary, as a person would click it) and returns its form. */
    private static Locator step(Page page, String name) {
        Locator details = page.locator("section[aria-labelledby=actions-h] details").filter(new Locator.FilterOptions()
                .setHas(page.locator("summary", new Page.LocatorOptions().setHasText(
                        BrowserSession.exactly(name)))));
        details.locator("summary").click();
        return details.locator("form");
    }

    private static void submit(Locator form, String name) {
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    @Test
    void mediatorTakesADisputeToAWrittenAgreementAndPrintsIt() throws Exception {
        String applicant = "汪春兰";
        String respondent = "石建军";
        String applicantId = ResidentIds.random(LocalDate.of(1972, 3, 15));
        String respondentId = ResidentIds.random(LocalDate.of(1969, 8, 30));
        Page page = browser.newPage();
        Locator main = page.locator("main");

        signIn(page, "tiaojie", "Fazhi@2026");
        page.locator("nav.sidebar").getByText("人民调解", new Locator.GetByTextOptions().setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("登记纠纷")).click();
        assertThat(page.locator("h1").textContent()).contains("登记纠纷");

        label(main, "纠纷类型").selectOption(new SelectOption().setLabel("邻里"));
        label(main, "乡镇（街道）").selectOption(new SelectOption().setLabel("温泉街道"));
        label(main, "收案日期").fill(RECEIVED_ON.toString());
        label(main, "涉及金额（元）").fill("8600");
        label(main, "纠纷简要情况").fill("两户因排水沟渠改道导致一方院墙受损，申请人要求赔偿修缮费用。");
        Locator applicantGroup = group(page, "申请人");
        label(applicantGroup, "类型").selectOption(new SelectOption().setLabel("自然人"));
        label(applicantGroup, "姓名或名称").fill(applicant);
        label(applicantGroup, "公民身份号码或统一社会信用代码").fill(applicantId);
        label(applicantGroup, "联系电话").fill("13971651122");
        Locator respondentGroup = group(page, "被申请人");
        label(respondentGroup, "类型").selectOption(new SelectOption().setLabel("自然人"));
        label(respondentGroup, "姓名或名称").fill(respondent);
        label(respondentGroup, "公民身份号码或统一社会信用代码").fill(respondentId);
        label(respondentGroup, "联系电话").fill("13872153344");
        BrowserSession.screenshot(page, "mediation-01-register-form");
        submit(main, "登记");

        assertThat(page.locator(".notice").textContent()).contains("纠纷已登记");
        assertThat(page.url()).matches(".*/mediation/\\d+$");
        String disputeUrl = page.url();
        String parties = page.locator("section[aria-labelledby=parties-h]").textContent();
        assertThat(parties).contains(applicant, respondent, "138****3344")
                .as("ID numbers and phones are shown masked").doesNotContain(applicantId).doesNotContain("13971651122");
        assertThat(page.locator("h1").textContent()).contains("已登记");
        BrowserSession.screenshot(page, "mediation-02-registered");

        Locator accept = step(page, "受理");
        label(accept, "日期").fill(ACCEPTED_ON.toString());
        submit(accept, "受理");
        assertThat(page.locator("h1").textContent()).contains("已受理");

        Locator session = step(page, "记录调解");
        label(session, "日期").fill(SESSION_ON.toString());
        label(session, "参加调解的调解员").fill("温泉街道人民调解委员会 调解员");
        label(session, "调解情况记录").fill("双方到场，现场查看院墙受损情况，就修缮费用进行协商。");
        BrowserSession.screenshot(page, "mediation-03-session-form");
        submit(session, "记录调解");
        assertThat(page.locator("h1").textContent()).contains("调解中");
        assertThat(page.locator("section[aria-labelledby=sessions-h]").textContent()).contains(SESSION_ON.toString(), "现场查看");

        Locator agreement = step(page, "达成调解协议");
        label(agreement, "协议形式").selectOption(new SelectOption().setLabel("书面协议"));
        label(agreement, "协议内容、履行方式").fill("被申请人一次性赔偿申请人院墙修缮费用人民币陆仟元，并恢复排水沟渠原走向。");
        label(agreement, "协议金额（元）").fill("6000");
        label(agreement, "协议生效日期").fill(EFFECTIVE_ON.toString());
        label(agreement, "履行期限").fill(PERFORMANCE_BY.toString());
        BrowserSession.screenshot(page, "mediation-04-agreement-form");
        submit(agreement, "达成调解协议");

        assertThat(page.locator("h1").textContent()).contains("达成协议");
        String agreed = page.locator("section[aria-labelledby=agreement-h]").textContent();
        LocalDate confirmationDue = calendar.deadline(EFFECTIVE_ON, 30, PeriodUnit.DAYS).deadline();
        assertThat(confirmationDue).as("day 30 (2026-10-05) falls in the National Day holiday and moves to a working day")
                .isAfter(EFFECTIVE_ON.plusDays(30));
        assertThat(agreed).contains("书面协议", EFFECTIVE_ON.toString(), PERFORMANCE_BY.toString(), "6,000.00",
                "司法确认申请期限", confirmationDue.toString());
        assertThat(page.content()).doesNotContain("??");
        BrowserSession.screenshot(page, "mediation-05-agreement-and-confirmation-deadline");

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("人民调解协议书（PDF）").setExact(true)).click());
        Path pdf = BrowserSession.SCREENSHOTS.resolve("mediation-06-agreement.pdf");
        download.saveAs(pdf);
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        StringBuilder text = new StringBuilder();
        PdfReader reader = new PdfReader(bytes);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.append(extractor.getTextFromPage(p));
            }
        } finally {
            reader.close();
        }
        assertThat(text.toString()).contains("人民调解协议书", applicant, respondent);

        // the mediator's language is kept on the account: switch to English, look, and always switch back
        page.locator("header").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("English")).click();
        try {
            page.navigate(disputeUrl);
            String english = page.locator("main").textContent();
            assertThat(english).contains("Agreed", "Judicial confirmation window", confirmationDue.toString())
                    .doesNotContain("??").doesNotContain("司法确认").doesNotContain("书面协议");
            BrowserSession.screenshot(page, "mediation-09-dispute-page-english");
        } finally {
            page.locator("header").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("中文")).click();
        }
        assertThat(page.locator("main").textContent()).contains("达成协议");

        Page phone = browser.newPhonePage();
        signIn(phone, "tiaojie", "Fazhi@2026");
        phone.navigate(disputeUrl);
        BrowserSession.screenshot(phone, "mediation-07-phone-dispute-page");
        assertThat(BrowserSession.horizontalOverflow(phone)).as("the dispute page fits a 390-px phone").isLessThanOrEqualTo(0);
        phone.context().close();

        Page other = browser.newPage();
        signIn(other, "maqiao", "Fazhi@2026");
        com.microsoft.playwright.Response response = other.navigate(disputeUrl);
        assertThat(response.status()).isEqualTo(404);
        assertThat(other.locator("main").textContent()).contains("未找到").doesNotContain(applicant).doesNotContain(respondent);
        BrowserSession.screenshot(other, "mediation-08-other-township-not-found");
        other.context().close();
        page.context().close();
    }
}
