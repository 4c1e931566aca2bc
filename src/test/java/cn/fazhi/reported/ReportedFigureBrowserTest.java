package cn.fazhi.reported;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
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
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.reports.AnnualReports;
import cn.fazhi.reports.ReportForms.Create;
import cn.fazhi.reports.ReportForms.EditText;
import cn.fazhi.reports.ReportViews.Report;

/**
 * In a real browser: the police unit ({@code gongan}) submits a figure from its own system with its evidence, the
 * office ({@code fzb}) approves it, and the 2023 district report drafted from a text citing the figure shows it with
 * its provenance next to it and in the figures list. A figure of a definition of its own, so that no demo figure
 * changes; the 2023 report is removed afterwards (another year when one already exists).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
class ReportedFigureBrowserTest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;
    @Autowired AnnualReports reports;

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
    void theOfficeApprovesAReportedFigureAndTheReportShowsItWithItsProvenance() throws Exception {
        String code = "browser_" + UUID.randomUUID().toString().substring(0, 6).replace('-', '0');
        var used = jdbc.sql("SELECT report_year FROM annual_report WHERE region_code = '421202'").query(Integer.class).set();
        int year = !used.contains(2023) ? 2023 : java.util.stream.IntStream.rangeClosed(2000, 2022)
                .filter(y -> !used.contains(y)).findFirst().orElseThrow();
        jdbc.sql("INSERT INTO reported_definition (code, name, figure_unit, unit_id, source_system, created_at, created_by) "
                        + "VALUES (:c, :n, 'PERCENT', 10, :s, :at, 'test')")
                .param("c", code).param("n", "电信网络诈骗案件破案率同比提升（浏览器测试）").param("s", "公安机关反诈案件统计系统")
                .param("at", OffsetDateTime.now()).update();
        long definition = jdbc.sql("SELECT id FROM reported_definition WHERE code = :c").param("c", code)
                .query(Long.class).single();
        Path evidence = Files.createTempFile("evidence", ".txt");
        Files.writeString(evidence, "反诈中心年度统计表截图说明", StandardCharsets.UTF_8);

        Page police = browser.signedIn(url(""), "gongan", TestAccounts.DEMO_PASSWORD);
        police.navigate(url("/reported-figures/new?definition=" + definition));
        police.locator("#periodYear").fill(String.valueOf(year));
        police.locator("#value").fill("21.5");
        police.locator("#evidence").setInputFiles(evidence);
        police.locator("#note").fill("数据取自反诈中心年度统计表");
        BrowserSession.screenshot(police, "reported-01-submit");
        police.locator("form.stack button[type=submit]").click();
        assertThat(police.locator("#status").textContent()).contains("待审核");
        assertThat(police.content()).doesNotContain("id=\"do-approve\"");
        long id = Long.parseLong(police.url().replaceAll(".*/reported-figures/(\\d+).*", "$1"));
        BrowserSession.screenshot(police, "reported-02-submitted");

        Page office = browser.signedIn(url(""), "fzb", TestAccounts.DEMO_PASSWORD);
        office.navigate(url("/reported-figures?status=SUBMITTED"));
        assertThat(office.content()).contains("电信网络诈骗案件破案率同比提升（浏览器测试）");
        office.navigate(url("/reported-figures/" + id));
        assertThat(office.locator("#evidence").textContent()).contains(".txt");
        BrowserSession.screenshot(office, "reported-03-to-approve");
        office.locator("#do-approve").click();
        assertThat(office.locator("#status").textContent()).contains("已审核通过");
        BrowserSession.screenshot(office, "reported-04-approved");

        CurrentUser fzb = users.loadDetails("fzb").orElseThrow().user();
        Report drafted = reports.create(new Create(year, "421202"), fzb);
        try {
            reports.editText(drafted.id(), new EditText("{{region}}{{year}}年度法治政府建设工作报告",
                    "# 一、主要举措和成效\n严厉打击电信网络诈骗，破案率同比提升{{reported." + code + ":percent}}。",
                    "{{region}}人民政府", drafted.version()), fzb);
            office.navigate(url("/reports/" + drafted.id()));
            String provenance = "填报：区公安分局 · 审核：依法治区办 张明（";
            assertThat(office.locator(".report-doc").textContent()).contains("破案率同比提升21.5%").contains(provenance);
            assertThat(office.locator("td.figure-provenance[data-indicator='reported." + code + "']").textContent())
                    .startsWith(provenance);
            BrowserSession.screenshot(office, "reported-05-report");
            office.locator("a.report-figure[data-indicator='reported." + code + "']").click();
            assertThat(office.url()).endsWith("/reported-figures/" + id);
            BrowserSession.screenshot(office, "reported-06-drilldown");
        } finally {
            jdbc.sql("DELETE FROM annual_report_review WHERE report_id = :id").param("id", drafted.id()).update();
            jdbc.sql("DELETE FROM annual_report WHERE id = :id").param("id", drafted.id()).update();
        }
    }
}
