package cn.fazhi.responsibilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;

import cn.fazhi.TestAccounts;
import cn.fazhi.browser.BrowserSession;

/**
 * In a real browser: the office imports a list from .xlsx and publishes it; a citizen finds the power on the public
 * page on a phone; the office opens the overlaps and gaps page and follows evidence links (a power claiming an
 * overlapping matter, the enforcement body of a matter without a power).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class PowerBrowserTest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired TestAccounts accounts;
    @Autowired Responsibilities responsibilities;

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
    void theOfficePublishesACitizenFindsAndTheOfficeFollowsTheEvidence() throws Exception {
        String office = accounts.create("rbo", 2, "LAW_OFFICE");
        String tag = UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String code = "T-BR-" + tag;
        String name = "温泉景区索道运营许可" + tag;
        Path file = Files.createTempFile("powers", ".xlsx");
        Files.write(file, PowerApiTest.xlsx(List.of("职权编码", "职权类型", "职权名称", "实施依据", "实施主体", "生效日期", "责任事项"),
                List.of(List.of(code, "行政许可", name, "《湖北省旅游条例》第二十二条", "区市场监管局",
                        LocalDate.now().toString(), "受理、审查、决定、送达、监管"))));

        Page page = browser.signedIn(url(""), office, TestAccounts.PASSWORD);
        page.navigate(url("/responsibilities"));
        page.locator("#file").setInputFiles(file);
        page.locator("form[action$='/responsibilities/import'] button[type=submit]").click();
        assertThat(page.content()).contains("已导入 1 项").contains(name);
        BrowserSession.screenshot(page, "responsibilities-01-imported");
        page.locator("#publish").click();
        assertThat(page.content()).contains("清单已公布");
        assertThat(responsibilities.inForce(code, LocalDate.now())).isPresent();

        Page citizen = browser.newPhonePage();
        citizen.navigate(url("/public/responsibilities"));
        citizen.locator("#q").fill("索道运营");
        citizen.locator("form[role=search] button[type=submit]").click();
        assertThat(citizen.content()).contains(name).contains("咸安区市场监督管理局");
        assertThat(BrowserSession.horizontalOverflow(citizen)).isZero();
        BrowserSession.screenshot(citizen, "responsibilities-02-public-phone");
        citizen.getByText(name).first().click();
        assertThat(citizen.locator("h1").textContent()).contains(name);
        assertThat(citizen.content()).contains("《湖北省旅游条例》第二十二条").contains("受理、审查、决定、送达、监管");

        page.navigate(url("/responsibilities/issues?on=2023-06-30"));
        assertThat(page.content()).contains("职责交叉（4 项）").contains("砍伐城市树木审批");
        BrowserSession.screenshot(page, "responsibilities-03-issues");
        page.locator("#overlaps + ol a").first().click();
        assertThat(page.locator("h1").textContent()).contains("审批");
        assertThat(page.content()).contains("版本记录");
        page.goBack();
        page.locator("#gaps + div table tbody tr td:nth-child(2) a").first().click();
        assertThat(page.url()).contains("/enforcement/bodies/");
        BrowserSession.screenshot(page, "responsibilities-04-evidence");
        Files.deleteIfExists(file);
    }
}
