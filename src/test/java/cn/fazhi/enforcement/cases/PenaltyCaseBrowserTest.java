package cn.fazhi.enforcement.cases;

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
import com.microsoft.playwright.options.SelectOption;

import cn.fazhi.browser.BrowserSession;

/**
 * In a real browser: the market-supervision bureau's officer (scjg) registers a 重大 penalty case, records an
 * inspection by two certified officers and notifies the party; its legal reviewer (scjgfz, 法律职业资格) passes the
 * review; scjg decides stating the benchmark level and serves the decision, which then shows as decided and served.
 * The demo users' officer records (part A's on the merged branch) are created here through the test fixture.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PenaltyCaseBrowserTest {

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

    private Page signedIn(String username) {
        Page page = browser.newPage();
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill("Fazhi@2026");
        page.locator("main button[type=submit]").click();
        return page;
    }

    private static Locator label(Locator scope, String text) {
        return scope.getByLabel(text, new Locator.GetByLabelOptions().setExact(true));
    }

    private long userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(Long.class).single();
    }

    @Test
    void anOfficerTakesACaseFromFilingToAServedDecision() {
        EnforcementCaseFixtures fx = new EnforcementCaseFixtures(jdbc);
        String suffix = String.valueOf(System.nanoTime() % 100000);
        long reviewer = fx.officer(5, "审核员" + suffix, userId("scjgfz"), true);
        fx.certificate(reviewer, EnforcementCaseFixtures.LONG_AGO, EnforcementCaseFixtures.FAR_AHEAD, "VALID",
                EnforcementCaseFixtures.LONG_AGO);
        fx.certifiedOfficer(5, "甲" + suffix);
        fx.certifiedOfficer(5, "乙" + suffix);
        String violation = "V-BROWSER-" + suffix;
        long level = fx.benchmarkLevel(violation, "1000", "10000");
        LocalDate today = LocalDate.now();

        Page page = signedIn("scjg");
        page.navigate(url("/enforcement/cases/new"));
        Locator main = page.locator("main");
        label(main, "当事人类型").selectOption(new SelectOption().setLabel("法人或其他组织"));
        label(main, "当事人").fill("咸安某食品超市" + suffix);
        label(main, "违法行为代码").fill(violation);
        label(main, "违法行为").fill("销售超过保质期的食品");
        label(main, "案情摘要").fill("执法人员检查发现当事人货架上有超过保质期的食品");
        label(main, "违法行为（实施）日期").fill(today.minusDays(15).toString());
        label(main, "发现日期").fill(today.minusDays(2).toString());
        label(main, "重大执法决定").check();
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator(".notice").textContent()).contains("已立案");
        assertThat(page.locator("h1").textContent()).contains("罚立〔", "调查取证");
        String caseUrl = page.url();
        BrowserSession.screenshot(page, "penalty-01-registered");

        Locator act = page.locator("#step-recordAct");
        label(act, "执法人员").selectOption(new String[] {"甲" + suffix, "乙" + suffix});
        label(act, "已向当事人出示执法证件").check();
        label(act, "笔录摘要").fill("现场检查货架，拍照取证，制作现场检查笔录");
        act.locator("button[type=submit]").click();
        assertThat(page.locator("main").textContent()).contains("现场检查货架", "甲" + suffix, "乙" + suffix);

        page.locator("#step-notify summary").click();
        Locator notice = page.locator("#step-notify");
        label(notice, "罚款").check();
        label(notice, "罚款金额（元）").fill("5000");
        label(notice, "违法事实").fill("销售超过保质期的食品");
        label(notice, "处罚理由").fill("违反《食品安全法》第三十四条");
        label(notice, "处罚依据").fill("《食品安全法》第一百二十四条");
        notice.locator("button[type=submit]").click();
        assertThat(page.locator("h1").textContent()).contains("已告知");
        page.locator("#step-submitReview summary").click();
        page.locator("#step-submitReview button[type=submit]").click();
        assertThat(page.locator("h1").textContent()).contains("法制审核中");
        page.context().close();

        Page reviewerPage = signedIn("scjgfz");
        reviewerPage.navigate(caseUrl);
        Locator review = reviewerPage.locator("#step-passReview");
        label(review, "审核结论").selectOption("PASSED");
        label(review, "审核意见").fill("事实清楚，证据确凿，适用依据正确，程序合法，同意");
        review.locator("button[type=submit]").click();
        assertThat(reviewerPage.locator("h1").textContent()).contains("法制审核通过");
        reviewerPage.context().close();

        Page handler = signedIn("scjg");
        handler.navigate(caseUrl);
        Locator decide = handler.locator("#step-decide");
        label(decide, "适用的裁量基准阶次").selectOption(String.valueOf(level));
        label(decide, "决定内容").fill("罚款人民币五千元");
        BrowserSession.screenshot(handler, "penalty-02-decide");
        decide.locator("button[type=submit]").click();
        assertThat(handler.locator("h1").textContent()).contains("已作出决定");
        assertThat(handler.locator("#decision-number").textContent()).contains("罚决〔");
        handler.locator("#step-serve button[type=submit]").click();
        assertThat(handler.locator("h1").textContent()).contains("已送达");
        assertThat(handler.locator("main").textContent()).contains("在阶次幅度内", "缴款期限").doesNotContain("??");
        BrowserSession.screenshot(handler, "penalty-03-served");
        handler.context().close();
    }
}
