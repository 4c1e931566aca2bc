package cn.fazhi.errands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

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
import cn.fazhi.platform.demo.DemoPeople;

/**
 * In a real browser: the township (wenquan) registers a beneficiary and records the authorisation of the agent daiban
 * with the signed consent; daiban, on a phone-sized screen, records an errand for the beneficiary, hands over the
 * receipt and completes it; the beneficiary confirms it on the public page with the receipt, on a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class ErrandBrowserTest {

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

    private Page phoneSignedIn(String username) {
        Page page = browser.newPhonePage();
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(TestAccounts.DEMO_PASSWORD);
        page.locator("main button[type=submit]").click();
        return page;
    }

    @Test
    void theAgentRecordsAndCompletesAnErrandThatTheBeneficiaryConfirms() throws Exception {
        DemoPeople people = new DemoPeople(new Random());
        String name = "测试老人" + people.personName();
        long agent = jdbc.sql("SELECT a.id FROM errand_agent a JOIN app_user u ON u.id = a.user_id WHERE u.username = 'daiban'")
                .query(Long.class).single();

        Page staff = browser.signedIn(url(""), "wenquan", TestAccounts.DEMO_PASSWORD);
        staff.navigate(url("/errands/beneficiaries/new"));
        staff.locator("#name").fill(name);
        staff.locator("#idNumber").fill(people.idNumber("421202"));
        staff.locator("#phone").fill(people.mobile());
        staff.locator("#village").fill("新屋社区");
        staff.locator("#reason").selectOption("ELDERLY_ALONE");
        staff.locator("#reasonNote").fill("");
        staff.locator("#contactName").fill("王女士");
        staff.locator("#contactPhone").fill(people.mobile());
        staff.locator("form#beneficiary button[type=submit]").click();
        assertThat(staff.locator("h1").textContent()).contains(name);
        staff.locator("#agentId").selectOption(String.valueOf(agent));
        staff.locator("input[name=scopes][value=PURCHASE]").check();
        staff.locator("input[name=scopes][value=PAY_POWER]").check();
        staff.locator("#validFrom").fill(LocalDate.now().minusDays(1).toString());
        staff.locator("#validTo").fill(LocalDate.now().plusMonths(6).toString());
        Path consent = Files.createTempFile("consent", ".pdf");
        Files.writeString(consent, "%PDF-1.4 signed consent");
        staff.locator("#consent").setInputFiles(consent);
        staff.locator("form#grant button[type=submit]").click();
        assertThat(staff.content()).contains("代购").contains("代缴电费").contains("consent");
        BrowserSession.screenshot(staff, "errands-01-authorised");

        Page phone = phoneSignedIn("daiban");
        phone.navigate(url("/errands/my"));
        assertThat(phone.content()).contains(name);
        assertThat(BrowserSession.horizontalOverflow(phone)).isZero();
        BrowserSession.screenshot(phone, "errands-02-my");
        phone.navigate(url("/errands/my/new"));
        phone.locator("#beneficiaryId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(name));
        phone.locator("#kind").selectOption("PAYMENT");
        phone.locator("#utility").selectOption("GAS");
        phone.locator("#accountNo").fill("8800112233");
        phone.locator("form#errand button[type=submit]").click();
        assertThat(phone.content()).contains("超出授权范围");
        phone.locator("#utility").selectOption("POWER");
        phone.locator("form#errand button[type=submit]").click();
        assertThat(phone.locator("h1").textContent()).contains("已登记");
        String code = phone.locator("#receipt-code").textContent().strip();
        String secret = phone.locator("#receipt-secret").textContent().strip();
        assertThat(BrowserSession.horizontalOverflow(phone)).isZero();
        BrowserSession.screenshot(phone, "errands-03-receipt");
        phone.locator("#open-errand").click();
        phone.locator("#amount").fill("120.00");
        phone.locator("#text").fill("已在营业厅缴纳电费");
        phone.locator("form#complete button[type=submit]").click();
        assertThat(phone.locator("#status").textContent()).contains("待确认");
        assertThat(BrowserSession.horizontalOverflow(phone)).isZero();
        BrowserSession.screenshot(phone, "errands-04-done");

        Page family = browser.newPhonePage();
        family.navigate(url("/public/errands/confirm"));
        family.locator("#code").fill(code);
        family.locator("#secret").fill(secret);
        family.locator("form#open button[type=submit]").click();
        assertThat(family.locator("#amount").textContent()).contains("120.00");
        assertThat(family.content()).contains("电费").contains("8800112233");
        assertThat(BrowserSession.horizontalOverflow(family)).isZero();
        BrowserSession.screenshot(family, "errands-05-confirm");
        family.locator("#satisfaction-5").check();
        family.locator("#confirm").click();
        assertThat(family.locator("#status").textContent()).contains("已确认");
        BrowserSession.screenshot(family, "errands-06-confirmed");

        staff.navigate(url("/errands?q=" + name));
        assertThat(staff.content()).contains("已确认");
        BrowserSession.screenshot(staff, "errands-07-list");
    }
}
