package cn.fazhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

/**
 * In a real browser: the market-supervision bureau (scjg) submits a contract with its draft for legality review; the
 * rule-of-law office (fzb) assigns it to the justice bureau, writes the opinion and prints it as PDF; the office adds
 * opens the intermediary-service list, now a view of the service items, and a citizen reads it on a phone without
 * signing in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LegalityBrowserTest {

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

    private void signIn(Page page, String username) {
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill("Fazhi@2026");
        page.locator("main button[type=submit]").click();
    }

    private static Locator label(Page page, String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    @Test
    void aUnitSubmitsAContractAndTheBureauWritesAndPrintsTheOpinion() throws Exception {
        String title = "城区道路保洁服务合同" + System.nanoTime() % 100000;
        Page page = browser.newPage();
        signIn(page, "scjg");
        page.navigate(url("/legality/reviews/new"));
        label(page, "送审类型").selectOption(new SelectOption().setLabel("合同"));
        label(page, "名称").fill(title);
        label(page, "相对方").fill("咸宁某环境服务有限公司");
        label(page, "相对方统一社会信用代码").fill("91421202MA4C5XK3L0");
        label(page, "金额（元）").fill("860000");
        label(page, "主要内容").fill("保洁范围、服务标准、考核与付款");
        Path draft = Files.createTempFile("draft", ".pdf");
        Files.write(draft, "%PDF-1.4\n% draft contract\n".getBytes(StandardCharsets.US_ASCII));
        label(page, "送审稿").setInputFiles(draft);
        BrowserSession.screenshot(page, "legality-01-submit-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交送审")).click();
        // The USCC above has a wrong check character: the form comes back with the Chinese message and the values.
        assertThat(page.locator(".alert").textContent()).contains("统一社会信用代码", "不正确");
        assertThat(label(page, "名称").inputValue()).isEqualTo(title);
        String base = "91421202MA4C5XK3L";
        label(page, "相对方统一社会信用代码").fill(base + cn.fazhi.platform.identifiers.Uscc.checkCharacter(base));
        label(page, "送审稿").setInputFiles(draft);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交送审")).click();
        assertThat(page.locator(".notice").textContent()).contains("已提交");
        assertThat(page.locator("h1").textContent()).contains("咸安法审〔", "已送审");
        String reviewUrl = page.url();
        assertThat(reviewUrl).matches(".*/legality/reviews/\\d+$");
        assertThat(page.locator("main").textContent()).contains("送审稿", "860,000.00").doesNotContain("??");
        BrowserSession.screenshot(page, "legality-02-submitted");
        page.context().close();

        Page office = browser.newPage();
        signIn(office, "fzb");
        office.navigate(url("/legality/reviews"));
        office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                office.locator("tr", new Page.LocatorOptions().setHasText(title)).locator("a").first().textContent()))
                .first().click();
        label(office, "审查人").selectOption("BUREAU");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("分派审查")).click();
        assertThat(office.locator("h1").textContent()).contains("审查中");
        label(office, "审查结论").selectOption(new SelectOption().setLabel("修改后通过"));
        label(office, "审查意见").fill("第五条考核标准应量化。\n第九条付款节点应与考核结果挂钩。");
        BrowserSession.screenshot(office, "legality-03-opinion-form");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("出具意见书")).click();
        assertThat(office.locator("h1").textContent()).contains("已出具意见");
        BrowserSession.screenshot(office, "legality-04-concluded");
        Download download = office.waitForDownload(() -> office.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("PDF 版").setExact(true)).click());
        Path pdf = BrowserSession.SCREENSHOTS.resolve("legality-05-opinion.pdf");
        download.saveAs(pdf);
        byte[] bytes = Files.readAllBytes(pdf);
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
        assertThat(text.toString().replaceAll("\\s", "")).contains("法律审查意见书", "第五条考核标准应量化",
                "修改后，可按程序办理");
        office.context().close();
    }

    @Test
    void theCataloguesAreViewsOfTheServiceItemsForTheOfficeAndOnAPhone() {
        Page office = browser.newPage();
        signIn(office, "fzb");
        office.navigate(url("/legality/lists/intermediary"));
        assertThat(office.url()).endsWith("/services/catalogues/intermediary");
        assertThat(office.locator("h1").textContent()).contains("中介服务事项清单");
        assertThat(office.locator("main").textContent()).contains("特种设备定期检验").doesNotContain("??");
        BrowserSession.screenshot(office, "legality-06-catalogue-of-items");
        office.context().close();

        Page phone = browser.newPhonePage();
        phone.navigate(url("/public"));
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("政务服务目录与清单")).click();
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("中介服务事项清单")).click();
        assertThat(phone.url()).endsWith("/public/services/catalogues/intermediary");
        assertThat(phone.locator("main").textContent()).contains("特种设备定期检验", "区市场监督管理局")
                .doesNotContain("??");
        assertThat(BrowserSession.horizontalOverflow(phone)).isZero();
        BrowserSession.screenshot(phone, "legality-07-public-catalogue-phone");
        phone.context().close();
    }
}
