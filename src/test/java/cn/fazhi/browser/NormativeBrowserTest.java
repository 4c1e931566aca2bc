package cn.fazhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

import cn.fazhi.search.SearchChanges;

/**
 * In a real browser: the rule-of-law office runs a cleanup campaign over one unit's documents and publishes it; a
 * citizen on a phone searches the public register, sees highlighted snippets, reads a document and the cleanup result.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NormativeBrowserTest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    SearchChanges searchChanges;

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

    /** Two documents in force of 咸安区市民之家 (unit 14, used by no other test), written as the register stores them. */
    private List<Long> documentsInForce(String marker) {
        List<Long> ids = new ArrayList<>();
        LocalDate published = LocalDate.now().minusDays(40);
        String[][] docs = {
                {"咸安区市民之家" + marker + "代办服务规范", "第一条 为老年人、残疾人提供免费代办服务。第二条 代办员应当保护申请人的个人信息。"},
                {"咸安区市民之家" + marker + "窗口服务评价办法", "第一条 办事群众可以对窗口服务进行评价。第二条 差评应当在三个工作日内回访。"}};
        tx.executeWithoutResult(s -> {
            for (String[] d : docs) {
                GeneratedKeyHolder keys = new GeneratedKeyHolder();
                jdbc.sql("INSERT INTO normative_document (unit_id, region_code, doc_number, title, body, status, review_result, "
                                + "published_on, effective_on, expires_on, created_at, created_by) VALUES (14, '421202', :n, :t, :b, "
                                + "'IN_FORCE', 'PASSED', :p, :p, :x, :at, 'test')")
                        .param("n", "测试民规〔%d〕%d号".formatted(published.getYear(), (System.nanoTime() % 90_000) + 1))
                        .param("t", d[0]).param("b", d[1]).param("p", published).param("x", published.plusYears(5))
                        .param("at", OffsetDateTime.now()).update(keys, "id");
                long id = keys.getKey().longValue();
                searchChanges.changed("normative", id);
                ids.add(id);
            }
        });
        return ids;
    }

    @Test
    void officeRunsACleanupAndACitizenSearchesAndReads() {
        String marker = "试" + (char) ('甲' + (int) (System.nanoTime() % 10));
        List<Long> ids = documentsInForce(marker);
        Page page = browser.newPage();
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill("fzb");
        page.getByLabel("密码").fill("Fazhi@2026");
        page.locator("main button[type=submit]").click();

        page.locator("nav.sidebar").getByText("规范性文件清理").click();
        page.getByLabel("清理名称").fill("市民之家规范性文件清理");
        page.getByLabel("公布日期自").fill(LocalDate.now().minusDays(60).toString());
        page.getByLabel("公布日期至").fill(LocalDate.now().toString());
        page.locator("#cu").selectOption(new SelectOption().setLabel("咸安区市民之家"));
        BrowserSession.screenshot(page, "normative-01-new-cleanup");
        page.getByText("发起", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#cleanup-status").textContent()).contains("审查中");
        for (Long id : ids) {
            assertThat(page.locator("#item-" + id).count()).isEqualTo(1);
        }
        page.locator("#item-" + ids.get(0) + " select").selectOption("CONTINUE");
        page.locator("#item-" + ids.get(0) + " input[name=reason]").fill("符合现行规定，继续有效");
        page.locator("#item-" + ids.get(0) + " button").click();
        // not all reviewed: publishing is refused with the reason
        page.locator("#publish-cleanup").click();
        assertThat(page.locator(".alert").textContent()).contains("没有清理意见");
        page.locator("#item-" + ids.get(1) + " select").selectOption("ABOLISH");
        page.locator("#item-" + ids.get(1) + " input[name=reason]").fill("已被新的评价制度代替");
        page.locator("#item-" + ids.get(1) + " button").click();
        assertThat(jdbc.sql("SELECT status FROM normative_document WHERE id = :id").param("id", ids.get(1))
                .query(String.class).single()).as("no status change before publication").isEqualTo("IN_FORCE");
        BrowserSession.screenshot(page, "normative-02-cleanup-reviewed");
        page.locator("#publish-cleanup").click();
        assertThat(page.locator("#cleanup-status").textContent()).contains("已公布");
        BrowserSession.screenshot(page, "normative-03-cleanup-published");
        assertThat(jdbc.sql("SELECT status FROM normative_document WHERE id = :id").param("id", ids.get(1))
                .query(String.class).single()).isEqualTo("ABOLISHED");

        // a citizen on a phone, no login
        Page phone = browser.newPhonePage();
        phone.navigate(url("/public/normative"));
        phone.locator("#q").fill("代办 " + marker);
        long deadline = System.currentTimeMillis() + 15_000;
        do {
            phone.locator("#search-button").click();
        } while (phone.locator("#hits mark").count() == 0 && System.currentTimeMillis() < deadline);
        assertThat(phone.locator("#hits").textContent()).contains(marker + "代办服务规范");
        assertThat(phone.locator("#hits mark").first().textContent()).isIn("代办", marker);
        assertThat(BrowserSession.horizontalOverflow(phone)).isLessThanOrEqualTo(0);
        BrowserSession.screenshot(phone, "normative-04-citizen-search");
        phone.locator("#hits a").first().click();
        assertThat(phone.locator("#doc-title").textContent()).contains("代办服务规范");
        assertThat(phone.locator("#doc-body").textContent()).contains("免费代办服务");
        BrowserSession.screenshot(phone, "normative-05-citizen-reads");
        phone.navigate(url("/public/normative/cleanups"));
        phone.getByText("市民之家规范性文件清理").first().click();
        assertThat(phone.locator("main").textContent()).contains("废止", "窗口服务评价办法", "继续有效");
        assertThat(BrowserSession.horizontalOverflow(phone)).isLessThanOrEqualTo(0);
        BrowserSession.screenshot(phone, "normative-06-citizen-cleanup-result");
    }
}
