package cn.fazhi.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.cases.DueItem;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The annual report over the API: drafting from the template, live figures that refresh until the secrecy review
 * freezes them, a snapshot (figures and their records) that survives later data changes, the flow's permissions,
 * refusals as Chinese problems, and the public portal showing only published reports. Each test owns one year of
 * 温泉街道 (2011, 2013–2016), which no demo data and no other test uses.
 */
@IntegrationTest
class AnnualReportsApiTest {

    private static final String WENQUAN = "421202001";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AnnualReports reports;

    private final ObjectMapper json = new ObjectMapper();
    String office;
    String reviewer;
    String leader;
    String mediator;

    @BeforeEach
    void tokens() throws Exception {
        office = TestAccounts.token(mvc, accounts.create("rpo", 4, "LAW_OFFICE"), TestAccounts.PASSWORD);
        reviewer = TestAccounts.token(mvc, accounts.create("rpr", 4, "LAW_OFFICE"), TestAccounts.PASSWORD);
        leader = TestAccounts.token(mvc, accounts.create("rpl", 3, "LEADER"), TestAccounts.PASSWORD);
        mediator = TestAccounts.token(mvc, accounts.create("rpm", 18, "MEDIATOR"), TestAccounts.PASSWORD);
    }

    @Test
    void figuresRefreshUntilFrozenAndTheSnapshotSurvivesDataChanges() throws Exception {
        dispute("RPT2014-A", "2014-03-01");
        long id = create(2014, WENQUAN);
        assertThat(accepted(id)).isEqualByComparingTo("1");
        assertThat(text(id)).contains("全年受理人民调解案件1起").contains("现将温泉街道2014年度法治政府建设工作情况报告如下");

        dispute("RPT2014-B", "2014-12-31");
        assertThat(accepted(id)).as("live figures refresh while DRAFT").isEqualByComparingTo("2");
        assertThat(text(id)).contains("全年受理人民调解案件2起");

        step(id, office, "submit", null).andExpect(status().isOk());
        dispute("RPT2014-C", "2014-06-01");
        assertThat(accepted(id)).as("still live in internal review").isEqualByComparingTo("3");

        step(id, reviewer, "pass-review", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SECRECY_REVIEW"))
                .andExpect(jsonPath("$.frozenAt").isNotEmpty());
        assertThat(accepted(id)).isEqualByComparingTo("3");

        // data changes after freezing: a new dispute, and one of the frozen ones moved out of the year
        dispute("RPT2014-D", "2014-07-01");
        dispute("RPT2014-E", "2014-08-01");
        jdbc.sql("UPDATE dispute SET accepted_on = :d WHERE case_number = 'RPT2014-A'")
                .param("d", LocalDate.of(2015, 1, 2)).update();
        assertThat(accepted(id)).as("frozen figures do not follow the data").isEqualByComparingTo("3");
        assertThat(text(id)).contains("全年受理人民调解案件3起");
        String records = mvc.perform(get("/api/v1/reports/" + id + "/figures/mediation.disputes.accepted/records")
                        .header("Authorization", "Bearer " + office))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(3))
                .andReturn().getResponse().getContentAsString();
        List<String> references = JsonPath.read(records, "$.items[*].reference");
        assertThat(references).containsExactlyInAnyOrder("RPT2014-A", "RPT2014-B", "RPT2014-C");
        List<String> links = JsonPath.read(read(id), "$.figures[?(@.indicatorId == 'mediation.disputes.accepted')].href");
        assertThat(links.get(0)).isEqualTo("/reports/" + id + "/figures/mediation.disputes.accepted");

        // returned to draft: the snapshot goes and the figures are live again (B, C, D, E; A moved to 2015)
        step(id, leader, "reject", "数据需复核").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.rejectReason").value("数据需复核"))
                .andExpect(jsonPath("$.frozenAt").isEmpty());
        assertThat(accepted(id)).isEqualByComparingTo("4");
        assertThat(text(id)).contains("全年受理人民调解案件4起");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM annual_report_record WHERE report_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSumPlaceholderPrintsOneFigureAndKeepsEachTermsRecords() throws Exception {
        dispute("RPT2006-A", "2006-04-01");
        dispute("RPT2006-B", "2006-09-30");
        long id = create(2006, WENQUAN);
        int version = JsonPath.read(read(id), "$.version");
        String sum = "mediation.disputes.accepted+mediation.disputes.received";
        mvc.perform(put("/api/v1/reports/" + id + "/text").header("Authorization", "Bearer " + office)
                        .contentType("application/json").content(json.writeValueAsString(Map.of("title",
                                "{{region}}{{year}}年度报告", "body", "# 一、成效\n受理和登记合计{{ mediation.disputes.accepted + "
                                        + "mediation.disputes.received :count}}件。", "signature", "{{region}}",
                                "version", version))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.blocks[1].segments[1].text").value("4"))
                .andExpect(jsonPath("$.blocks[1].segments[1].indicatorId").value(sum))
                .andExpect(jsonPath("$.blocks[1].segments[1].href").isEmpty());
        List<String> cited = JsonPath.read(read(id), "$.figures[*].indicatorId");
        assertThat(cited).containsExactly("mediation.disputes.accepted", "mediation.disputes.received");

        step(id, office, "submit", null).andExpect(status().isOk());
        step(id, reviewer, "pass-review", null).andExpect(status().isOk());
        dispute("RPT2006-C", "2006-10-01");
        assertThat(text(id)).as("frozen: the sum of the kept figures").contains("受理和登记合计4件");
        List<Integer> kept = JsonPath.read(read(id), "$.figures[*].recordCount");
        assertThat(kept).containsExactly(2, 2);
    }

    @Test
    void theFlowRunsToPublicationWithEachStepsPermission() throws Exception {
        long id = create(2015, WENQUAN);
        step(id, leader, "submit", null).andExpect(status().isForbidden());
        step(id, office, "approve", "不涉密").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("状态")));
        step(id, office, "submit", null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("INTERNAL_REVIEW"));
        mvc.perform(put("/api/v1/reports/" + id + "/text").header("Authorization", "Bearer " + office)
                        .contentType("application/json")
                        .content(json.writeValueAsString(Map.of("title", "t", "body", "b", "signature", "s", "version", 1))))
                .andExpect(status().isConflict());
        step(id, leader, "pass-review", null).andExpect(status().isForbidden());
        step(id, reviewer, "pass-review", null).andExpect(status().isOk());
        step(id, office, "approve", "不涉密").andExpect(status().isForbidden());
        step(id, leader, "approve", " ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请填写保密审查结论。"));
        step(id, leader, "approve", "经保密审查，不涉及国家秘密").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.signedOn").isNotEmpty());
        step(id, leader, "reject", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请填写退回原因。"));
        // nothing unpublished is public
        mvc.perform(get("/public/reports/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/public/reports/" + id + "/pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/public/reports")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(containsString("/public/reports/" + id + "\""))));
        step(id, leader, "publish", null).andExpect(status().isForbidden());
        step(id, office, "publish", null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
        step(id, office, "reject", "晚了").andExpect(status().isConflict());
        step(id, office, "fly", null).andExpect(status().isNotFound());

        mvc.perform(get("/public/reports")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("/public/reports/" + id)));
        mvc.perform(get("/public/reports/" + id)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("温泉街道2015年度法治政府建设工作报告")));
        mvc.perform(get("/public/reports/" + id + "/pdf")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType("application/pdf"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE target_type = 'annual_report' AND target_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void nobodyPassesOrApprovesTheirOwnWorkAndRefusalsAreAudited() throws Exception {
        // one person holding every permission of the flow: still refused where the four-eyes rule says
        String all = accounts.create("rpa", 4, "LAW_OFFICE");
        jdbc.sql("INSERT INTO user_role (user_id, role_id) SELECT id, 7 FROM app_user WHERE username = :u")
                .param("u", all).update();
        String allToken = TestAccounts.token(mvc, all, TestAccounts.PASSWORD);
        long id = create(2012, WENQUAN);
        step(id, allToken, "submit", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.submittedBy").value(all));
        assertThat((List<String>) JsonPath.read(read(allToken, id), "$.possibleSteps")).containsExactly("REJECT");
        step(id, allToken, "pass-review", null).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("本轮报告由您提交审核")));
        step(id, reviewer, "pass-review", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.reviewedBy").isNotEmpty());
        step(id, allToken, "approve", "不涉密").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("本轮报告由您提交审核")));
        // the reviewer, given the approval permission too, may not approve what they reviewed
        String reviewerName = JsonPath.read(read(id), "$.reviewedBy");
        jdbc.sql("INSERT INTO user_role (user_id, role_id) SELECT id, 7 FROM app_user WHERE username = :u")
                .param("u", reviewerName).update();
        String reviewerAll = TestAccounts.token(mvc, reviewerName, TestAccounts.PASSWORD);
        step(id, reviewerAll, "approve", "不涉密").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("您已对本报告进行了内部审核")));
        assertThat(jdbc.sql("SELECT status FROM annual_report WHERE id = :id").param("id", id).query(String.class).single())
                .as("nothing moved").isEqualTo("SECRECY_REVIEW");
        assertThat(jdbc.sql("SELECT action || ' ' || outcome || ' ' || actor FROM audit_event WHERE target_type = "
                        + "'annual_report' AND target_id = :id AND outcome = 'FAILURE' ORDER BY seq")
                .param("id", String.valueOf(id)).query(String.class).list())
                .containsExactly("reports.report.pass-review.refused FAILURE " + all,
                        "reports.report.approve.refused FAILURE " + all,
                        "reports.report.approve.refused FAILURE " + reviewerName);
        step(id, leader, "approve", "不涉密").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));

        // a return to DRAFT starts a new round: the earlier submitter may now review someone else's submission
        step(id, leader, "reject", "重新核对").andExpect(status().isOk())
                .andExpect(jsonPath("$.submittedBy").isEmpty()).andExpect(jsonPath("$.reviewedBy").isEmpty());
        step(id, office, "submit", null).andExpect(status().isOk());
        step(id, allToken, "pass-review", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SECRECY_REVIEW"));
    }

    @Test
    void aFrozenRateKeepsItsDenominatorsRecordsOnceAndItsLinkStillOpensThem() throws Exception {
        dispute("RPT2008-A", "2008-02-01");
        dispute("RPT2008-B", "2008-05-01");
        dispute("RPT2008-C", "2008-09-01");
        long id = create(2008, WENQUAN);
        int version = JsonPath.read(read(id), "$.version");
        mvc.perform(put("/api/v1/reports/" + id + "/text").header("Authorization", "Bearer " + office)
                        .contentType("application/json").content(json.writeValueAsString(Map.of("title",
                                "{{region}}{{year}}年度报告", "body", "# 一、成效\n受理{{mediation.disputes.accepted}}起，"
                                        + "调解成功率{{mediation.resolution_rate}}，成功{{mediation.disputes.resolved}}起。",
                                "signature", "{{region}}", "version", version))))
                .andExpect(status().isOk());
        step(id, office, "submit", null).andExpect(status().isOk());
        step(id, reviewer, "pass-review", null).andExpect(status().isOk());

        // accepted and the rate show the same three records, kept once under the denominator (accepted)
        assertThat(jdbc.sql("SELECT f.indicator_id || '>' || s.records_of || ':' || f.record_count FROM "
                        + "annual_report_figure f JOIN annual_report_figure_source s ON s.report_id = f.report_id AND "
                        + "s.indicator_id = f.indicator_id WHERE f.report_id = :id ORDER BY f.indicator_id")
                .param("id", id).query(String.class).list())
                .containsExactly("mediation.disputes.accepted>mediation.disputes.accepted:3",
                        "mediation.disputes.resolved>mediation.disputes.resolved:0",
                        "mediation.resolution_rate>mediation.disputes.accepted:3");
        assertThat(jdbc.sql("SELECT indicator_id || ':' || COUNT(*) FROM annual_report_record WHERE report_id = :id "
                        + "GROUP BY indicator_id").param("id", id).query(String.class).list())
                .containsExactly("mediation.disputes.accepted:3");
        List<String> links = JsonPath.read(read(id), "$.figures[?(@.indicatorId == 'mediation.resolution_rate')].href");
        assertThat(links).containsExactly("/reports/" + id + "/figures/mediation.resolution_rate");
        String records = mvc.perform(get("/api/v1/reports/" + id + "/figures/mediation.resolution_rate/records")
                        .header("Authorization", "Bearer " + office))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.indicatorId").value("mediation.resolution_rate"))
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(records, "$.items[*].reference"))
                .containsExactlyInAnyOrder("RPT2008-A", "RPT2008-B", "RPT2008-C");
        mvc.perform(get("/api/v1/reports/" + id + "/figures/mediation.disputes.resolved/records")
                        .header("Authorization", "Bearer " + office))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
    }

    /**
     * The district's 2019 report (no other test drafts it), as of days in 2020 and 2021 with a 3-working-day-like
     * horizon: warned before anyone drafts it, from inside the window on; then by the report's own deadlines; then
     * nothing once published.
     */
    @Test
    void theDistrictsReportIsWarnedAboutBeforeItExistsUntilPublished() throws Exception {
        DataScope district = new DataScope(ScopeLevel.DISTRICT, 4, "421202");
        assertThat(missing(district, "2020-02-20", "2020-02-25")).as("before the window").isEmpty();
        assertThat(missing(district, "2020-02-26", "2020-03-02")).as("submission inside the window")
                .containsExactly("reports.deadline.notDrafted.submission 2020-03-01");
        assertThat(missing(district, "2020-03-02", "2020-03-05")).as("submission past due")
                .containsExactly("reports.deadline.notDrafted.submission 2020-03-01");
        assertThat(missing(district, "2020-04-02", "2020-04-07")).as("both past due")
                .containsExactly("reports.deadline.notDrafted.submission 2020-03-01",
                        "reports.deadline.notDrafted.publication 2020-03-31");
        assertThat(reports.openDeadlines(district, LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 7)))
                .as("in the next year 2019 is no longer tracked").filteredOn(d -> d.ref().caseId() == 0)
                .extracting(DueItem::caseNumber).doesNotContain("2019");
        DueItem item = reports.openDeadlines(district, LocalDate.of(2020, 4, 2), LocalDate.of(2020, 4, 7)).stream()
                .filter(d -> d.ref().caseId() == 0).findFirst().orElseThrow();
        assertThat(item.caseNumber()).isEqualTo("2019");
        assertThat(item.title()).isEqualTo("咸安区2019年度法治政府建设工作报告");
        assertThat(item.path()).isEqualTo("/reports");
        assertThat(item.regionCode()).isEqualTo("421202");
        assertThat(missing(new DataScope(ScopeLevel.TOWNSHIP, 18, WENQUAN), "2020-04-02", "2020-04-07"))
                .as("a township's staff are not warned about the district's report").isEmpty();

        long id = create(2019, "421202");
        assertThat(missing(district, "2020-04-02", "2020-04-07")).as("drafted: no longer missing").isEmpty();
        assertThat(reports.openDeadlines(district, LocalDate.of(2020, 4, 2), LocalDate.of(2020, 4, 7)))
                .filteredOn(d -> d.ref().caseId() == id).extracting(DueItem::deadlineName)
                .containsExactlyInAnyOrder("reports.deadline.submission", "reports.deadline.publication");
        step(id, office, "submit", null).andExpect(status().isOk());
        step(id, reviewer, "pass-review", null).andExpect(status().isOk());
        step(id, leader, "approve", "不涉密").andExpect(status().isOk());
        step(id, office, "publish", null).andExpect(status().isOk());
        assertThat(reports.openDeadlines(district, LocalDate.of(2020, 4, 2), LocalDate.of(2020, 4, 7)))
                .as("published: nothing to warn about").noneMatch(d -> d.ref().caseId() == id || d.ref().caseId() == 0
                        && d.caseNumber().equals("2019"));
    }

    @Test
    void unknownIndicatorsInATemplateAreRefusedNamingThem() throws Exception {
        long id = create(2016, WENQUAN);
        int version = JsonPath.read(read(id), "$.version");
        String body = "# 一、主要举措和成效\n全年受理{{mediation.disputes.accepted}}起，办理{{no.such.figure:count}}件，"
                + "另有{{other.missing}}件。";
        mvc.perform(put("/api/v1/reports/" + id + "/text").header("Authorization", "Bearer " + office)
                        .contentType("application/json").content(json.writeValueAsString(
                                Map.of("title", "{{region}}{{year}}年度报告", "body", body, "signature", "{{region}}",
                                        "version", version))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("模板引用了不存在的统计指标：no.such.figure、other.missing。请核对指标编号。"));
        mvc.perform(put("/api/v1/reports/template").header("Authorization", "Bearer " + office)
                        .contentType("application/json").content(json.writeValueAsString(
                                Map.of("title", "t", "body", body, "signature", "s", "version", 0))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("no.such.figure")));
        mvc.perform(put("/api/v1/reports/" + id + "/text").header("Authorization", "Bearer " + office)
                        .contentType("application/json").content(json.writeValueAsString(
                                Map.of("title", "t", "body", "受理{{mediation.disputes.accepted:pct}}起", "signature", "s",
                                        "version", version))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("pct")));
        // nothing was saved; a valid edit is
        assertThat((String) JsonPath.read(read(id), "$.bodySource")).doesNotContain("no.such.figure");
        mvc.perform(put("/api/v1/reports/" + id + "/text").header("Authorization", "Bearer " + office)
                        .contentType("application/json").content(json.writeValueAsString(
                                Map.of("title", "{{region}}{{year}}年度报告", "body",
                                        "# 一、成效\n受理{{mediation.disputes.accepted:count}}起。", "signature",
                                        "{{region}}办事处", "version", version))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("温泉街道2016年度报告"))
                .andExpect(jsonPath("$.blocks[1].segments[1].indicatorId").value("mediation.disputes.accepted"));
        // deadlines of an unpublished report: 1 March and 31 March of the next year
        List<DueItem> due = reports.openDeadlines(new DataScope(ScopeLevel.TOWNSHIP, 18, WENQUAN), LocalDate.of(2017, 12, 31))
                .stream().filter(d -> d.ref().caseId() == id).toList();
        assertThat(due).extracting(DueItem::deadline).containsExactlyInAnyOrder(LocalDate.of(2017, 3, 1),
                LocalDate.of(2017, 3, 31));
        assertThat(reports.openDeadlines(new DataScope(ScopeLevel.TOWNSHIP, 20, "421202002"), LocalDate.of(2017, 12, 31)))
                .noneMatch(d -> d.ref().caseId() == id);
    }

    @Test
    void badInputAndOtherScopesAreRefused() throws Exception {
        create(2013, "421202002");
        mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer " + office).contentType("application/json")
                        .content("{\"year\":2013,\"regionCode\":\"421202002\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("2013年度浮山街道的报告已存在。"));
        mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer " + office).contentType("application/json")
                        .content("{\"year\":2013,\"regionCode\":\"999999\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("999999")));
        mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer " + office).contentType("application/json")
                        .content("{\"year\":2999,\"regionCode\":\"421202\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer " + mediator).contentType("application/json")
                        .content("{\"year\":2013,\"regionCode\":\"421202001\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports")).andExpect(status().isUnauthorized());
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private long create(int year, String region) throws Exception {
        String body = mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer " + office)
                        .contentType("application/json")
                        .content("{\"year\":" + year + ",\"regionCode\":\"" + region + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private String read(long id) throws Exception {
        return read(office, id);
    }

    private String read(String token, long id) throws Exception {
        return mvc.perform(get("/api/v1/reports/" + id).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private BigDecimal accepted(long id) throws Exception {
        List<Object> values = JsonPath.read(read(id), "$.figures[?(@.indicatorId == 'mediation.disputes.accepted')].value");
        return new BigDecimal(values.get(0).toString());
    }

    private String text(long id) throws Exception {
        List<String> texts = JsonPath.read(read(id), "$.blocks[*].segments[*].text");
        return String.join("", texts);
    }

    /** The "not drafted yet" warnings for the district's report of the year before {@code today}, as name and date. */
    private List<String> missing(DataScope scope, String today, String until) {
        int year = LocalDate.parse(today).getYear() - 1;
        return reports.openDeadlines(scope, LocalDate.parse(today), LocalDate.parse(until)).stream()
                .filter(d -> d.ref().caseId() == 0 && d.caseNumber().equals(String.valueOf(year)))
                .map(d -> d.deadlineName() + " " + d.deadline()).toList();
    }

    private ResultActions step(long id, String token, String step, String text) throws Exception {
        String body = text == null ? "{}" : json.writeValueAsString(Map.of("text", text));
        return mvc.perform(post("/api/v1/reports/" + id + "/steps/" + step).header("Authorization", "Bearer " + token)
                .contentType("application/json").content(body));
    }

    private void dispute(String number, String acceptedOn) {
        LocalDate accepted = LocalDate.parse(acceptedOn);
        jdbc.sql("INSERT INTO dispute (case_number, number_scope, committee_id, channel, category, status, township_code, "
                        + "unit_id, received_on, summary, amount, accepted_on, created_at, created_by) VALUES (:n, 'RPT', 2, "
                        + "'WALK_IN', 'NEIGHBOUR', 'ACCEPTED', :t, 18, :r, 'fixture', 1000, :acc, :at, 'test')")
                .param("n", number).param("t", WENQUAN).param("r", accepted).param("acc", accepted)
                .param("at", OffsetDateTime.now()).update();
    }
}
