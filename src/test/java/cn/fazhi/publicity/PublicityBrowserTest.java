package cn.fazhi.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;

import cn.fazhi.TestAccounts;
import cn.fazhi.browser.BrowserSession;

/**
 * In a real browser on a phone-sized screen (390×844), without signing in: a citizen searches the published 普法责任清单
 * for the market regulator and reads its items, then finds the 法治副校长 of a school with their sending body and no
 * phone number; no page scrolls sideways. The office sees the units doing too little on 普法责任制落实情况.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class PublicityBrowserTest {

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

    @Test
    void aCitizenReadsTheDutyListsAndTheVicePrincipalsOnAPhone() {
        Page phone = browser.newPhonePage();
        assertThat(phone.viewportSize().width).isEqualTo(390);
        phone.navigate(url("/public/publicity/duties"));
        assertThat(phone.locator("h1").textContent()).contains("普法责任清单公示");
        phone.locator("#q").fill("市场监督");
        phone.locator("main form[role=search] button[type=submit]").click();
        assertThat(phone.locator("article.duty-list").count()).isPositive();
        assertThat(phone.locator("article.duty-list h2").first().textContent()).contains("咸安区市场监督管理局");
        assertThat(phone.locator("article.duty-list li").count()).isPositive();
        assertThat(BrowserSession.horizontalOverflow(phone)).isZero();
        BrowserSession.screenshot(phone, "publicity-01-duties-phone");

        phone.navigate(url("/public/publicity/vice-principals"));
        phone.locator("#q").fill("温泉中心小学");
        phone.locator("main form[role=search] button[type=submit]").click();
        assertThat(phone.locator("article.school").count()).isEqualTo(1);
        String text = phone.locator("article.school").first().textContent();
        assertThat(text).contains("温泉中心小学").containsPattern("（(公安机关|人民法院|人民检察院|司法行政部门)）");
        assertThat(text).doesNotContainPattern("1[3-9]\\d{9}");
        assertThat(BrowserSession.horizontalOverflow(phone)).isZero();
        BrowserSession.screenshot(phone, "publicity-02-vice-principals-phone");
    }

    @Test
    void theOfficeSeesTheUnitsDoingTooLittle() {
        Page staff = browser.signedIn(url(""), "fzb", TestAccounts.DEMO_PASSWORD);
        staff.navigate(url("/publicity/fulfilment?year=2023"));
        assertThat(staff.locator("#short h2").textContent()).contains("7");
        assertThat(staff.locator("#short li").count()).isEqualTo(7);
        BrowserSession.screenshot(staff, "publicity-03-fulfilment");
    }
}
