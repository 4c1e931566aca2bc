package cn.fazhi.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.mediation.DisputeCategory;
import cn.fazhi.mediation.Disputes;
import cn.fazhi.mediation.PublicApplication;
import cn.fazhi.platform.identifiers.ResidentIdNumber;
import cn.fazhi.reconsideration.ReconsiderationCases;
import cn.fazhi.reconsideration.ReconsiderationForms.RegisterApplication;
import cn.fazhi.reconsideration.domain.ActCategory;
import cn.fazhi.reconsideration.domain.PartyKind;
import cn.fazhi.reports.AnnualReports;
import cn.fazhi.reports.ReportForms.Create;
import cn.fazhi.reports.ReportForms.StepForm;
import cn.fazhi.reports.ReportStep;

/**
 * The to-do list (待办) on the home page and its count in the menu, per role and scope (issue 10, point 17): the
 * township's mediator sees the online application, the office the reconsideration application to review, the leader
 * the report awaiting approval — each one click from its case — and nobody sees another township's work.
 */
@IntegrationTest
class TodoListTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Disputes disputes;
    @Autowired
    ReconsiderationCases reconsideration;
    @Autowired
    AnnualReports reports;

    private String home(String username) throws Exception {
        return mvc.perform(get("/").with(user(accounts.loadDetails(username).orElseThrow())))
                .andReturn().getResponse().getContentAsString();
    }

    private static String idNumber() {
        String first = "4212021990061" + String.format("%04d", (int) (Math.random() * 10000));
        return first + ResidentIdNumber.checkCharacter(first);
    }

    /** The count a home page shows for a to-do group; 0 when the group is not there. */
    private static long count(String page, String label) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-todo=\"" + java.util.regex.Pattern.quote(label)
                + "\">\\s*<h3><a [^>]*>[^<]*</a>\\s*<span class=\"nav-badge\">(\\d+)</span>").matcher(page);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** The ids of the cases a to-do group lists (their links, {@code prefix} + id). */
    private static List<Long> listed(String page, String label, String prefix) {
        int at = page.indexOf("data-todo=\"" + label + "\"");
        assertThat(at).as(label).isPositive();
        String group = page.substring(at, page.indexOf("</div>", at));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<li><a href=\"" + prefix + "(\\d+)\"").matcher(group);
        List<Long> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    @Test
    void eachRoleSeesItsWaitingWorkLinkedToTheCaseWithACountInTheMenu() throws Exception {
        String online = "mediation.todo.online";
        long mediatorBefore = count(home("tiaojie"), online);
        long otherTownshipBefore = count(home("maqiao"), online);
        String wenquan = jdbc.sql("SELECT region_code FROM unit WHERE id = 18").query(String.class).single();
        String tracking = disputes.apply(new PublicApplication("申请人甲", idNumber(), "13907159999", "被申请人乙", null,
                wenquan, null, DisputeCategory.NEIGHBOUR, "待办测试：邻里排水纠纷", BigDecimal.ZERO)).trackingCode();
        long dispute = jdbc.sql("SELECT case_id FROM case_tracking WHERE case_type = 'mediation' AND code = :c").param("c", tracking)
                .query(Long.class).single();

        String mediator = home("tiaojie");
        assertThat(mediator).contains("网上调解申请待受理", "class=\"nav-badge\"");
        assertThat(count(mediator, online)).isEqualTo(mediatorBefore + 1);
        List<Long> listed = listed(mediator, online, "/mediation/");
        assertThat(listed).isNotEmpty().allSatisfy(id -> assertThat(jdbc.sql("SELECT COUNT(*) FROM dispute WHERE id = :id "
                + "AND status = 'REGISTERED' AND channel = 'ONLINE_PORTAL' AND township_code = :t").param("id", id)
                .param("t", wenquan).query(Long.class).single()).as("an online application of the township").isOne());
        if (mediatorBefore < 5) { // the home page lists the first five, the oldest first
            assertThat(listed).contains(dispute);
        }
        assertThat(count(home("maqiao"), online)).as("another township's staff").isEqualTo(otherTownshipBefore);

        String review = "reconsideration.todo.review";
        long officeBefore = count(home("fzb"), review);
        LocalDate today = LocalDate.now();
        reconsideration.applyOnline(new RegisterApplication(null, today, null, today, PartyKind.PERSON,
                "申请人丁", idNumber(), null, null, "421202001", null, 5L, "待办测试行为", today, null,
                ActCategory.OTHER, null, "撤销", List.of(), null, null, null));
        String office = home("fzb");
        assertThat(office).contains("复议申请待审查受理");
        assertThat(count(office, review)).isEqualTo(officeBefore + 1);
        assertThat(listed(office, review, "/reconsideration/")).isNotEmpty().allSatisfy(id -> assertThat(jdbc.sql(
                "SELECT status FROM reconsideration_case WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("RECEIVED"));
        assertThat(home("tiaojie")).doesNotContain("复议申请待审查受理");

        String approve = "reports.todo.approve";
        long leaderBefore = count(home("leader"), approve);
        var drafter = accounts.loadDetails("fzb").orElseThrow().user();
        long report = reports.create(new Create(unusedReportYear(), "421202"), drafter).id();
        reports.step(report, ReportStep.SUBMIT, new StepForm(null, null), drafter);
        reports.step(report, ReportStep.PASS_REVIEW, new StepForm(null, null),
                accounts.loadDetails("shenhe").orElseThrow().user());
        String leader = home("leader");
        assertThat(leader).contains("年度报告待保密审查和审批");
        assertThat(count(leader, approve)).isEqualTo(leaderBefore + 1);
        assertThat(listed(leader, approve, "/reports/")).isNotEmpty().allSatisfy(id -> assertThat(jdbc.sql(
                "SELECT status FROM annual_report WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("SECRECY_REVIEW"));
        assertThat(home("fzb")).as("the office may not approve").doesNotContain("年度报告待保密审查和审批");

        // point 22: the report's figure table names its figures, never by their internal ids (legal_cases.total)
        String reportPage = mvc.perform(get("/reports/" + report).with(user(accounts.loadDetails("fzb").orElseThrow())))
                .andReturn().getResponse().getContentAsString();
        assertThat(reportPage).contains("id=\"figures-h\"").doesNotContainPattern(">\\s*[a-z_]+\\.[a-z_.]+\\s*<");
    }

    /** A year without a district report yet (the database may be kept between runs). */
    private int unusedReportYear() {
        var used = jdbc.sql("SELECT report_year FROM annual_report WHERE region_code = '421202'").query(Integer.class).set();
        return java.util.stream.IntStream.rangeClosed(2000, 2022).filter(y -> !used.contains(y)).findFirst().orElseThrow();
    }
}
