package cn.fazhi.enterprises.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

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
import cn.fazhi.enterprises.EnterpriseFixtures;
import cn.fazhi.enterprises.EnterpriseView;
import cn.fazhi.enterprises.Enterprises;
import cn.fazhi.enterprises.InspectionSeeds;
import cn.fazhi.platform.crypto.PersonalDataCipher;

/**
 * In a real browser on a phone (390 × 844): the desk prints an enterprise's code card; the enterprise opens its code's
 * address, verifies with the legal representative's phone, sees the six services and its inspections ("无事不扰"),
 * and rates the desk service — nothing wider than the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class DeskBrowserTest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired JdbcClient jdbc;
    @Autowired TestAccounts accounts;
    @Autowired Enterprises enterprises;
    @Autowired PersonalDataCipher cipher;

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
    void anEnterpriseOpensItsCodeOnAPhoneAndSeesItsServicesAndInspections() {
        EnterpriseView e = EnterpriseFixtures.register(enterprises, "咸宁香城茶业有限公司", "13912340801",
                List.of(new EnterpriseView.Certification("HIGH_TECH", LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 1))));
        LocalDate today = LocalDate.now();
        InspectionSeeds.randomTask(jdbc, e.uscc(), "茶叶加工企业食品安全双随机抽查", today.plusDays(15), null);
        InspectionSeeds.enforcementInspection(jdbc, cipher, e.uscc(), "食品生产许可条件检查", today);

        Page staff = browser.signedIn(url(""), accounts.create("dbd", 44, "BUSINESS_DESK"), TestAccounts.PASSWORD);
        staff.navigate(url("/enterprises/register/" + e.id()));
        assertThat(staff.locator("#desk-url").textContent()).isEqualTo(url("/public/enterprises/code/" + e.deskToken()));
        assertThat(((Number) staff.evaluate("() => document.getElementById('desk-qr').naturalWidth")).intValue())
                .isGreaterThan(100);
        BrowserSession.screenshot(staff, "desk-01-staff-enterprise");
        staff.navigate(url("/enterprises/register/" + e.id() + "/card"));
        assertThat(staff.content()).contains(e.name()).contains("扫码");
        BrowserSession.screenshot(staff, "desk-02-code-card");

        Page phone = browser.newPhonePage();
        phone.navigate(url("/public/enterprises/code/" + e.deskToken()));
        assertThat(phone.content()).contains(e.name());
        phone.locator("#phone").fill("13912340801");
        BrowserSession.screenshot(phone, "desk-03-verify");
        phone.locator("#verify button[type=submit]").click();
        assertThat(phone.url()).endsWith("/public/enterprises/desk");
        assertThat(phone.locator("#desk-services li").count()).isEqualTo(6);
        assertThat(phone.locator("#desk-services").textContent()).contains("惠企政策查询").contains("政策兑现申请")
                .contains("提交诉求").contains("诉求办理进度").contains("涉企检查（无事不扰）").contains("服务评价");
        assertThat(BrowserSession.horizontalOverflow(phone)).isZero();
        BrowserSession.screenshot(phone, "desk-04-desk");

        phone.locator("#svc-inspections").click();
        assertThat(phone.locator("#inspections").textContent()).contains("茶叶加工企业食品安全双随机抽查").contains("已列入计划")
                .contains("食品生产许可条件检查").contains("未发现问题").contains("已接受检查 1 次");
        assertThat(BrowserSession.horizontalOverflow(phone)).isZero();
        BrowserSession.screenshot(phone, "desk-05-inspections");

        phone.navigate(url("/public/enterprises/rating"));
        phone.locator("#rate-general label:has(#score-general-5)").click();
        phone.locator("#comment-general").fill("办事很方便，扫码就能看到检查安排。");
        phone.locator("#rate-general button[type=submit]").click();
        assertThat(phone.content()).contains("评价已提交").contains("本年度已评价");
        assertThat(BrowserSession.horizontalOverflow(phone)).isZero();
        BrowserSession.screenshot(phone, "desk-06-rated");
    }
}
