package cn.fazhi.reported;

import static cn.fazhi.FormTokenRequests.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.cases.Todos;
import cn.fazhi.documents.Block;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;
import cn.fazhi.reports.AnnualReports;
import cn.fazhi.reports.ReportForms.Create;
import cn.fazhi.reports.ReportForms.EditText;
import cn.fazhi.reports.ReportForms.StepForm;
import cn.fazhi.reports.ReportStep;
import cn.fazhi.reports.ReportViews.Figure;
import cn.fazhi.reports.ReportViews.Report;

/**
 * Reported figures end to end: the office defines a figure, the unit named submits it with evidence (only its own
 * unit's, never without evidence, never a bad value: a Chinese problem and nothing saved), the office approves or
 * returns it (never its own submission), a later approved submission supersedes the earlier one (kept). Only an
 * approved figure is the indicator's value, reaches a report (with its provenance on the page, in the DOCX/PDF annex
 * and in the frozen snapshot) or an API reading. Each test uses its own definitions and a district report year no
 * other test uses (2000–2022).
 */
@IntegrationTest
class ReportedFiguresTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TestAccounts accounts;
    @Autowired UserAccounts users;
    @Autowired Indicators indicators;
    @Autowired AnnualReports reports;
    @Autowired Todos todos;

    private final ObjectMapper json = new ObjectMapper();
    String office;
    String office2;
    String police;
    String market;
    String s;

    @BeforeEach
    void accounts() {
        s = UUID.randomUUID().toString().substring(0, 6).replace('-', '0');
        office = accounts.create("rfo", 2, "LAW_OFFICE");
        office2 = accounts.create("rfr", 2, "LAW_OFFICE");
        police = accounts.create("rfp", 10, "UNIT_STAFF");
        market = accounts.create("rfm", 5, "UNIT_STAFF");
    }

    RequestPostProcessor as(String username) {
        return user(users.loadDetails(username).orElseThrow());
    }

    CurrentUser me(String username) {
        return users.loadDetails(username).orElseThrow().user();
    }

    long define(String code, String measure, long unit) throws Exception {
        String body = mvc.perform(post("/api/v1/reported-figures/definitions").with(as(office)).with(csrf())
                        .contentType("application/json").content(json.writeValueAsString(Map.of("code", code, "name",
                                "测试填报指标" + code, "figureUnit", measure, "unitId", unit, "sourceSystem", "测试系统"))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.indicatorId").value("reported." + code))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    ResultActions submit(String who, long definition, int year, String value, boolean evidence) throws Exception {
        var request = multipart("/api/v1/reported-figures").param("definitionId", String.valueOf(definition))
                .param("periodYear", String.valueOf(year)).param("value", value).param("note", "测试");
        if (evidence) {
            request.file(new MockMultipartFile("evidence", "evidence.txt", "text/plain",
                    "来源系统截图说明".getBytes(StandardCharsets.UTF_8)));
        }
        return mvc.perform(request.with(as(who)).with(csrf()));
    }

    long submitted(String who, long definition, int year, String value) throws Exception {
        String body = submit(who, definition, year, value, true).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SUBMITTED")).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    ResultActions decide(String who, long id, String step, String reason) throws Exception {
        int version = JsonPath.read(mvc.perform(get("/api/v1/reported-figures/" + id).with(as(office)))
                .andReturn().getResponse().getContentAsString(), "$.submission.version");
        Map<String, Object> body = new java.util.HashMap<>(Map.of("version", version));
        if (reason != null) {
            body.put("reason", reason);
        }
        return mvc.perform(post("/api/v1/reported-figures/" + id + "/steps/" + step).with(as(who)).with(csrf())
                .contentType("application/json").content(json.writeValueAsString(body)));
    }

    BigDecimal value(String code, int year) {
        return indicators.find("reported." + code).orElseThrow()
                .value(IndicatorQuery.year(year, "421202", new DataScope(ScopeLevel.DISTRICT, 2, "421202")));
    }

    long rows(long definition) {
        return jdbc.sql("SELECT COUNT(*) FROM reported_figure WHERE definition_id = :d").param("d", definition)
                .query(Long.class).single();
    }

    int unusedReportYear() {
        var used = jdbc.sql("SELECT report_year FROM annual_report WHERE region_code = '421202'").query(Integer.class).set();
        return java.util.stream.IntStream.rangeClosed(2000, 2022).map(y -> 2022 - (y - 2000))
                .filter(y -> !used.contains(y)).findFirst().orElseThrow();
    }

    @Test
    void submissionApprovalReturnAndSupersedeOnlyTheApprovedFigureIsTheIndicator() throws Exception {
        String code = "t_flow_" + s;
        long definition = define(code, "COUNT", 10);
        assertThat(indicators.all()).extracting(i -> i.id()).contains("reported." + code);
        long first = submitted(police, definition, 2021, "42");
        assertThat(value(code, 2021)).as("an unapproved figure is no value").isNull();
        mvc.perform(get("/api/v1/indicators/reported." + code).param("year", "2021").with(as(office)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.value").isEmpty())
                .andExpect(jsonPath("$.provenance").isEmpty());
        // the office has the approval waiting; the unit may not approve
        assertThat(todos.of(caller(office), 10).stream().anyMatch(g -> g.labelKey().equals("reported.todo.approve")))
                .isTrue();
        decide(police, first, "approve", null).andExpect(status().isForbidden());

        decide(office, first, "approve", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decidedByName").isNotEmpty());
        assertThat(value(code, 2021)).isEqualByComparingTo("42");
        assertThat(value(code, 2020)).as("another year has no figure").isNull();
        String provenance = indicators.find("reported." + code).orElseThrow().provenance(
                IndicatorQuery.year(2021, "421202", new DataScope(ScopeLevel.DISTRICT, 2, "421202")));
        assertThat(provenance).startsWith("填报：区公安分局 · 审核：").endsWith("）");
        mvc.perform(get("/api/v1/indicators/reported." + code).param("year", "2021").with(as(office)))
                .andExpect(jsonPath("$.value").value(42)).andExpect(jsonPath("$.provenance").value(provenance));
        // the drill-down goes to the approved submission, not to a records list
        mvc.perform(get("/indicators/reported." + code + "/records").param("year", "2021").with(as(office)))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/reported-figures/" + first));

        long second = submitted(police, definition, 2021, "43");
        assertThat(value(code, 2021)).as("a new submission waits; the approved one stands").isEqualByComparingTo("42");
        decide(office, second, "return", " ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("退回时须写明理由。"));
        decide(office, second, "return", "与系统报表不一致").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"));
        assertThat(todos.of(caller(police), 10).stream().anyMatch(g -> g.labelKey().equals("reported.todo.returned")))
                .isTrue();
        assertThat(value(code, 2021)).isEqualByComparingTo("42");

        long third = submitted(police, definition, 2021, "44");
        decide(office, third, "approve", null).andExpect(status().isOk());
        assertThat(value(code, 2021)).isEqualByComparingTo("44");
        mvc.perform(get("/api/v1/reported-figures/" + first).with(as(office)))
                .andExpect(jsonPath("$.submission.status").value("SUPERSEDED"))
                .andExpect(jsonPath("$.submission.supersededBy").value(third));
        assertThat(rows(definition)).as("history kept").isEqualTo(3);
        assertThat(todos.of(caller(police), 10).stream().anyMatch(g -> g.labelKey().equals("reported.todo.returned")))
                .as("the returned one was submitted anew").isFalse();
    }

    @Test
    void fourEyesScopeAndBadInputSaveNothing() throws Exception {
        String code = "t_rules_" + s;
        long definition = define(code, "PERCENT", 10);
        // one person who may both submit and approve (the system administrator's role, at the police unit)
        String both = accounts.create("rfb", 10, "SYS_ADMIN");
        long own = submitted(both, definition, 2021, "14.8");
        decide(both, own, "approve", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("审核人不能是填报人本人。"));
        mvc.perform(get("/api/v1/reported-figures/" + own).with(as(both)))
                .andExpect(jsonPath("$.actions").isEmpty());
        decide(office, own, "approve", null).andExpect(status().isOk());

        long before = rows(definition);
        submit(market, definition, 2021, "1", true).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("只能填报本单位的指标")));
        submit(police, definition, 2021, "1", false).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("请上传依据材料")));
        submit(police, definition, 2021, "-120", true).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("百分比")));
        submit(police, definition, 2099, "1", true).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("所属年度")));
        submit(office, definition, 2021, "1", true).andExpect(status().isForbidden());
        assertThat(rows(definition)).as("nothing saved").isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_attachment WHERE case_type = 'reported_figure' AND case_id NOT IN "
                + "(SELECT id FROM reported_figure)").query(Long.class).single()).isZero();

        // scope: another unit neither lists nor reads the police unit's submissions
        mvc.perform(get("/api/v1/reported-figures/" + own).with(as(market))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reported-figures").param("q", s).with(as(market)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/reported-figures").param("q", s).with(as(police)))
                .andExpect(jsonPath("$.total").value(1));
        // a bad definition is refused in Chinese
        mvc.perform(post("/api/v1/reported-figures/definitions").with(as(office)).with(csrf())
                        .contentType("application/json").content(json.writeValueAsString(Map.of("code", "Bad Code",
                                "name", "x", "figureUnit", "COUNT", "unitId", 10, "sourceSystem", "s"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("代码")));
        mvc.perform(post("/api/v1/reported-figures/definitions").with(as(police)).with(csrf())
                        .contentType("application/json").content(json.writeValueAsString(Map.of("code", "x_" + s,
                                "name", "x", "figureUnit", "COUNT", "unitId", 10, "sourceSystem", "s"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnapprovedFigureNeverReachesAReportAndAnApprovedOneCarriesItsProvenance() throws Exception {
        String code = "t_report_" + s;
        long definition = define(code, "COUNT", 10);
        int year = unusedReportYear();
        long pending = submitted(police, definition, year, "117000");
        Report drafted = reports.create(new Create(year, "421202"), me(office));
        Report report = reports.editText(drafted.id(), new EditText("{{region}}{{year}}年度报告",
                "# 一、成效\n月均业务量同比下降{{reported." + code + ":count_wan}}件，共{{reported." + code + ":count}}件。",
                "{{region}}人民政府", drafted.version()), me(office));
        Figure figure = figure(report, code);
        assertThat(figure.value()).as("unapproved: no value in the report").isNull();
        assertThat(figure.provenance()).isNull();
        assertThat(report.blocks().get(1).text()).doesNotContain("117,000").doesNotContain("11.7").contains("—");
        assertThat(reports.document(report).blocks()).noneMatch(b -> b instanceof Block.Paragraph p
                && p.text().contains("117"));

        decide(office, pending, "approve", null).andExpect(status().isOk());
        report = reports.get(report.id(), me(office));
        figure = figure(report, code);
        assertThat(figure.value()).isEqualByComparingTo("117000");
        assertThat(figure.provenance()).startsWith("填报：区公安分局 · 审核：");
        assertThat(figure.href()).isEqualTo("/reported-figures/" + pending);
        assertThat(report.blocks().get(1).text()).contains("11.7万").contains("117,000");
        String provenance = figure.provenance();
        assertThat(report.blocks().get(1).segments()).filteredOn(seg -> seg.figure())
                .hasSize(2).allSatisfy(seg -> assertThat(seg.provenance()).isEqualTo(provenance));
        // the DOCX/PDF print it in an annex of sources
        List<Block> blocks = reports.document(report).blocks();
        assertThat(blocks).anyMatch(b -> b instanceof Block.Heading h && h.text().contains("填报数据来源"));
        assertThat(blocks).anyMatch(b -> b instanceof Block.Paragraph p && p.text().contains(provenance));
        assertThat(reports.docx(report.id(), me(office)).body()).isNotEmpty();
        // the page shows it next to the figure and in the figures list
        mvc.perform(get("/reports/" + report.id()).with(as(office))).andExpect(status().isOk())
                .andExpect(content().string(containsString(provenance)))
                .andExpect(content().string(containsString("class=\"report-provenance\"")));

        // frozen: the snapshot keeps value and provenance although a later figure is approved
        reports.step(report.id(), ReportStep.SUBMIT, new StepForm(null, null), me(office));
        reports.step(report.id(), ReportStep.PASS_REVIEW, new StepForm(null, null), me(office2));
        long later = submitted(police, definition, year, "120000");
        decide(office, later, "approve", null).andExpect(status().isOk());
        assertThat(value(code, year)).isEqualByComparingTo("120000");
        Report frozen = reports.get(report.id(), me(office));
        assertThat(frozen.frozenAt()).isNotNull();
        assertThat(figure(frozen, code).value()).isEqualByComparingTo("117000");
        assertThat(figure(frozen, code).provenance()).isEqualTo(provenance);
        assertThat(reports.document(frozen).blocks())
                .anyMatch(b -> b instanceof Block.Paragraph p && p.text().contains(provenance));
    }

    @Test
    void pagesListSubmitShowApproveAndExport() throws Exception {
        String code = "t_pages_" + s;
        long definition = define(code, "COUNT", 10);
        mvc.perform(get("/reported-figures/new").with(as(police))).andExpect(status().isOk())
                .andExpect(content().string(containsString("测试填报指标" + code)));
        mvc.perform(get("/reported-figures/new").with(as(office))).andExpect(status().isForbidden());
        long before = rows(definition);
        mvc.perform(multipart("/reported-figures/new").param("definitionId", String.valueOf(definition))
                        .param("periodYear", "2021").param("value", "9").with(as(police)).with(formToken()).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请上传依据材料")));
        assertThat(rows(definition)).isEqualTo(before);
        String location = mvc.perform(multipart("/reported-figures/new")
                        .file(new MockMultipartFile("evidence", "e.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)))
                        .param("definitionId", String.valueOf(definition)).param("periodYear", "2021").param("value", "9")
                        .with(as(police)).with(formToken()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll(".*/reported-figures/(\\d+)$", "$1"));
        mvc.perform(get("/reported-figures/" + id).with(as(office))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"step-approve\"")))
                .andExpect(content().string(containsString("e.txt")));
        mvc.perform(get("/reported-figures/" + id).with(as(police))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"step-approve\""))));
        mvc.perform(get("/reported-figures/" + id).with(as(market))).andExpect(status().isNotFound());
        mvc.perform(post("/reported-figures/" + id + "/approve").param("version", "0").with(as(office)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/reported-figures/" + id).with(as(office)))
                .andExpect(content().string(containsString("已审核通过")));
        mvc.perform(get("/reported-figures").param("q", s).with(as(office))).andExpect(status().isOk())
                .andExpect(content().string(containsString("测试填报指标" + code)));
        mvc.perform(get("/reported-figures.xlsx").param("q", s).with(as(office))).andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get("/reported-figures/definitions").with(as(office))).andExpect(status().isOk())
                .andExpect(content().string(containsString("reported." + code)));
        mvc.perform(get("/reported-figures/definitions/" + definition).with(as(police))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已审核通过")));
        String mediator = accounts.create("rfx", 18, "MEDIATOR");
        mvc.perform(get("/reported-figures").with(as(mediator))).andExpect(status().isForbidden());
    }

    cn.fazhi.platform.scope.Caller caller(String username) {
        CurrentUser u = me(username);
        return new cn.fazhi.platform.scope.Caller() {
            @Override
            public DataScope scope() {
                return u.scope();
            }

            @Override
            public boolean can(String permission) {
                return u.can(permission);
            }

            @Override
            public String username() {
                return u.username();
            }
        };
    }

    private static Figure figure(Report report, String code) {
        return report.figures().stream().filter(f -> f.indicatorId().equals("reported." + code)).findFirst()
                .orElseThrow();
    }
}
