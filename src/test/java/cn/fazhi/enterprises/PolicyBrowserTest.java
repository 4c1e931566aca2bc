package cn.fazhi.enterprises;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

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

/**
 * In a real browser, on a phone-sized screen: an enterprise opens its desk code's address, verifies with the legal
 * representative's phone, finds a policy it qualifies for with the explanation shown (the ones it qualifies for first)
 * and applies; then the deciding unit sees the application on its list, accepts and grants it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class PolicyBrowserTest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired JdbcClient jdbc;
    @Autowired TestAccounts accounts;
    @Autowired Enterprises enterprises;
    @Autowired PolicyMatcher matcher;

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

    long policy(long unit, String title, String conditions) {
        jdbc.sql("INSERT INTO enterprise_policy (issuer_unit_id, title, doc_number, summary, valid_from, valid_to, benefit, "
                        + "amount_cap, decider_unit_id, decider_region_code, status, published_on, created_at, created_by) "
                        + "VALUES (44, :t, '咸安测〔2026〕9号', '支持温泉街道小微企业稳定经营。', DATE '2026-01-01', DATE '2030-12-31', "
                        + "'一次性奖励2万元', 20000, :u, '421202', 'PUBLISHED', DATE '2026-01-01', :at, 'test')")
                .param("t", title).param("u", unit).param("at", OffsetDateTime.now()).update();
        long id = jdbc.sql("SELECT id FROM enterprise_policy WHERE title = :t").param("t", title).query(Long.class).single();
        int position = 0;
        for (PolicyCondition c : PolicyCondition.parse(conditions)) {
            jdbc.sql("INSERT INTO enterprise_policy_condition (policy_id, sort_order, attribute, operator, cond_value) "
                    + "VALUES (:p, :s, :a, :o, :v)").param("p", id).param("s", ++position).param("a", c.attribute().name())
                    .param("o", c.operator().name()).param("v", c.value()).update();
        }
        return id;
    }

    @Test
    void anEnterpriseScansItsCodeFindsAPolicyItQualifiesForAndApplies() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        jdbc.sql("INSERT INTO unit (code, name, short_name, type, region_code) VALUES (:c, :n, :s, 'DEPARTMENT', '421202')")
                .param("c", "PB" + s).param("n", "兑现浏览器测试局" + s).param("s", "兑测" + s).update();
        long unit = jdbc.sql("SELECT id FROM unit WHERE code = :c").param("c", "PB" + s).query(Long.class).single();
        String staff = accounts.create("pbs", unit, "UNIT_STAFF");
        policy(unit, "温泉小微稳岗奖励" + s, "REGION IN 421202001\nSIZE IN MICRO,SMALL\nEMPLOYEES GE 10");
        policy(unit, "规上企业壮大奖励" + s, "REGION IN 421202001\nREVENUE GE 5000");
        matcher.invalidate();
        String phone = "1397773" + String.format("%04d", (int) (Math.random() * 10000));
        EnterpriseView e = EnterpriseFixtures.register(enterprises, "咸安浏览器兑现测试有限公司" + s, phone, List.of());

        Page page = browser.newPhonePage();
        page.navigate(url("/public/enterprises/code/" + e.deskToken()));
        page.locator("#phone").fill(phone);
        page.locator("#verify button[type=submit]").click();
        page.locator("#svc-policies").click();
        page.locator("#q").fill(s);
        page.locator("form[role=search] button[type=submit]").click();
        assertThat(page.locator("#matched-for").textContent()).contains(e.name());
        List<String> titles = page.locator("#policies > li h2").allTextContents();
        assertThat(titles).hasSize(2);
        assertThat(titles.get(0)).contains("温泉小微稳岗奖励" + s);
        assertThat(page.locator("#policies > li").first().textContent()).contains("符合申报条件")
                .contains("符合：注册地在温泉街道").contains("符合：从业人数 45 人，不少于 10 人");
        assertThat(page.locator("#policies > li").last().textContent()).contains("不符合：营业收入低于 5000 万元");
        assertThat(BrowserSession.horizontalOverflow(page)).isZero();
        BrowserSession.screenshot(page, "policies-01-phone-matches");

        page.locator("#policies > li h2 a").first().click();
        assertThat(page.locator("#explanation").textContent()).contains("符合：企业规模为小型");
        BrowserSession.screenshot(page, "policies-02-phone-policy");
        page.locator("#apply").click();
        page.locator("#amountRequested").fill("20000");
        page.locator("#statement").fill("本企业从业人数45人，全年未裁员，申请稳岗奖励。");
        page.locator("#materials").fill("营业执照复印件\n社保缴费证明");
        assertThat(BrowserSession.horizontalOverflow(page)).isZero();
        BrowserSession.screenshot(page, "policies-03-phone-apply");
        page.locator("#apply-form button[type=submit]").click();
        assertThat(page.locator("#status").textContent()).contains("待受理");
        String number = page.locator("h1 span").first().textContent().strip();
        assertThat(number).startsWith("咸安兑现〔");
        assertThat(page.content()).contains("符合：注册地在温泉街道");
        assertThat(BrowserSession.horizontalOverflow(page)).isZero();
        BrowserSession.screenshot(page, "policies-04-phone-submitted");

        Page desk = browser.signedIn(url(""), staff, TestAccounts.PASSWORD);
        desk.navigate(url("/enterprises/policy-applications?q=" + s));
        assertThat(desk.content()).contains(number).contains(e.name());
        desk.locator("table a").first().click();
        assertThat(desk.locator("#explanation").textContent()).contains("符合：注册地在温泉街道");
        desk.locator("#step-accept button[type=submit]").click();
        assertThat(desk.locator("#status").textContent()).contains("审核中");
        desk.locator("#amount-grant").fill("20000");
        desk.locator("#step-grant button[type=submit]").click();
        assertThat(desk.locator("#status").textContent()).contains("已核定待拨付");
        BrowserSession.screenshot(desk, "policies-05-unit-granted");
    }
}
