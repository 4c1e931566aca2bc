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

    @Test
    void eachRoleSeesItsWaitingWorkLinkedToTheCaseWithACountInTheMenu() throws Exception {
        String wenquan = jdbc.sql("SELECT region_code FROM unit WHERE id = 18").query(String.class).single();
        String tracking = disputes.apply(new PublicApplication("申请人甲", idNumber(), "13907159999", "被申请人乙", null,
                wenquan, null, DisputeCategory.NEIGHBOUR, "待办测试：邻里排水纠纷", BigDecimal.ZERO)).trackingCode();
        long dispute = jdbc.sql("SELECT id FROM dispute WHERE tracking_code = :c").param("c", tracking)
                .query(Long.class).single();

        String mediator = home("tiaojie");
        assertThat(mediator).contains("网上调解申请待受理", "href=\"/mediation/" + dispute + "\"", "class=\"nav-badge\"");
        assertThat(home("maqiao")).as("another township's staff").doesNotContain("href=\"/mediation/" + dispute + "\"");

        LocalDate today = LocalDate.now();
        String code = reconsideration.applyOnline(new RegisterApplication(null, today, null, today, PartyKind.PERSON,
                "申请人丁", idNumber(), null, null, "421202001", null, 5L, "待办测试行为", today, null,
                ActCategory.OTHER, null, "撤销", List.of(), null, null, null)).trackingCode();
        long application = jdbc.sql("SELECT id FROM reconsideration_case WHERE tracking_code = :c").param("c", code)
                .query(Long.class).single();
        assertThat(home("fzb")).contains("复议申请待审查受理", "href=\"/reconsideration/" + application + "\"");
        assertThat(home("tiaojie")).doesNotContain("复议申请待审查受理");

        var office = accounts.loadDetails("fzb").orElseThrow().user();
        long report = reports.create(new Create(2019, "421202"), office).id();
        reports.step(report, ReportStep.SUBMIT, new StepForm(null, null), office);
        reports.step(report, ReportStep.PASS_REVIEW, new StepForm(null, null),
                accounts.loadDetails("shenhe").orElseThrow().user());
        String leader = home("leader");
        assertThat(leader).contains("年度报告待保密审查和审批", "href=\"/reports/" + report + "\"");
        assertThat(home("fzb")).as("the office may not approve").doesNotContain("年度报告待保密审查和审批");

        // point 22: the report's figure table names its figures, never by their internal ids (legal_cases.total)
        String reportPage = mvc.perform(get("/reports/" + report).with(user(accounts.loadDetails("fzb").orElseThrow())))
                .andReturn().getResponse().getContentAsString();
        assertThat(reportPage).contains("id=\"figures-h\"").doesNotContainPattern(">\\s*[a-z_]+\\.[a-z_.]+\\s*<");
    }
}
