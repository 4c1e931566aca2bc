package cn.fazhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;

import cn.fazhi.enforcement.Publications;
import cn.fazhi.enforcement.events.EnforcementDecided;

/**
 * In a real browser on a phone-sized viewport, no login: a citizen searches the published enforcement decisions by a
 * keyword and opens one. The decision is recorded through the publication facade (as the listener does) and published
 * by staff (here by a direct status update: the staff step is tested in PublicationsTest).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicationBrowserTest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Publications publications;

    @BeforeAll
    static void start() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void aCitizenOnAPhoneSearchesThePublishedDecisionsAndOpensOne() {
        String marker = "桂花镇某某" + (char) ('甲' + (int) (System.nanoTime() % 10)) + "记粮油店";
        String number = "咸安测罚〔2026〕B" + System.nanoTime() % 100000 + "号";
        jdbc.sql("INSERT INTO enforcement_case (case_number, procedure_kind, status, unit_id, region_code, violation_code, "
                        + "filed_on, created_at, created_by) VALUES (:n, 'ORDINARY', 'DECIDED', 5, '421202', 'SC-001', :f, :now, 'test')")
                .param("n", number).param("f", LocalDate.now().minusDays(30)).param("now", OffsetDateTime.now()).update();
        long caseId = jdbc.sql("SELECT id FROM enforcement_case WHERE case_number = :n").param("n", number)
                .query(Long.class).single();
        publications.recordDecision(new EnforcementDecided("enforcement", caseId, number, "咸安市监罚决〔2026〕" + caseId + "号",
                5, "421202", "PENALTY", LocalDate.now().minusDays(2), marker, "销售超过保质期的食用油",
                "没收过期食用油，罚款人民币三千元"));
        jdbc.sql("UPDATE enforcement_publication SET status = 'PUBLISHED', published_on = :d WHERE case_type = 'enforcement' "
                + "AND case_id = :c").param("d", LocalDate.now()).param("c", caseId).update();

        Page phone = browser.newPhonePage();
        phone.navigate("http://localhost:" + port + "/public/enforcement/decisions");
        phone.locator("#q").fill(marker);
        phone.locator("#search-button").click();
        assertThat(phone.locator("main").textContent()).contains(marker).contains("共 1 条公示信息");
        assertThat(BrowserSession.horizontalOverflow(phone)).isLessThanOrEqualTo(0);
        BrowserSession.screenshot(phone, "enforcement-decisions-01-search");
        phone.locator("article.hit a").first().click();
        assertThat(phone.locator("#decision").textContent()).contains(marker).contains("罚款人民币三千元")
                .contains("区市场监管局".equals("") ? "" : "市场监督管理局");
        assertThat(BrowserSession.horizontalOverflow(phone)).isLessThanOrEqualTo(0);
        BrowserSession.screenshot(phone, "enforcement-decisions-02-decision");
    }
}
