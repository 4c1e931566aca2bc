package cn.fazhi.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;

/**
 * The rectification machinery over the API and the pages, against the whole application: the unit plans, reports
 * progress with evidence and submits; the issuing side returns, accepts (验收销号) and re-opens; the whole history
 * shows; bad input and a stale version save nothing; another unit's staff get 404 and a unit cannot accept its own
 * problem.
 */
@IntegrationTest
class ProblemApiTest {

    static final String API = "/api/v1/supervision/rectification/problems";
    static final AtomicLong SOURCE = new AtomicLong(880_000L + (System.nanoTime() % 10_000) * 10);

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired UserAccounts userAccounts;
    @Autowired JdbcClient jdbc;
    @Autowired Problems problems;

    long unitA;
    long unitB;
    String staffA;
    String staffB;
    String office;
    String inspectorA;
    LocalDate today;

    @BeforeEach
    void setUp() throws Exception {
        unitA = newUnit(jdbc);
        unitB = newUnit(jdbc);
        staffA = accounts.create("rpa", unitA, "UNIT_STAFF");
        staffB = accounts.create("rpb", unitB, "UNIT_STAFF");
        office = accounts.create("rpo", 4, "LAW_OFFICE");
        inspectorA = accounts.create("rpi", unitA, "INSPECTOR");
        today = LocalDate.now();
    }

    /** A new unit in the district (region of unit 5), so that every test counts inside its own unit. */
    static long newUnit(JdbcClient jdbc) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO unit (code, name, short_name, type, region_code) SELECT :c, :n, :s, 'DEPARTMENT', region_code "
                        + "FROM unit WHERE id = 5")
                .param("c", "RP" + suffix).param("n", "整改测试单位" + suffix).param("s", "整改" + suffix).update();
        return jdbc.sql("SELECT id FROM unit WHERE code = :c").param("c", "RP" + suffix).query(Long.class).single();
    }

    ProblemView raise(long unit, long issuer, LocalDate found, LocalDate deadline, String finding) {
        long source = SOURCE.incrementAndGet();
        return problems.raise(new RaiseProblem("oversight", source, "咸安督察〔2026〕" + source + "号",
                "/supervision/missions/" + source, finding, "法治政府建设与责任落实督察工作规定第十八条", unit, issuer, found,
                deadline));
    }

    ResultActions upload(MockMultipartHttpServletRequestBuilder request, String username) throws Exception {
        request.header("Authorization", "Bearer " + TestAccounts.token(mvc, username, TestAccounts.PASSWORD));
        return mvc.perform(request);
    }

    ResultActions call(MockHttpServletRequestBuilder request, String username, String body) throws Exception {
        request.header("Authorization", "Bearer " + TestAccounts.token(mvc, username, TestAccounts.PASSWORD))
                .contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    @Test
    void theUnitPlansReportsAndSubmitsTheIssuerReturnsAcceptsAndReopens() throws Exception {
        ProblemView p = raise(unitA, 4, today.minusDays(5), null, "未按要求公示行政检查结果");
        String one = API + "/" + p.id();
        call(get(one), staffA, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.problem.status").value("OPEN"))
                .andExpect(jsonPath("$.problem.deadline").value(today.minusDays(5).plusDays(30).toString()))
                .andExpect(jsonPath("$.actions[0]").value("plan"))
                .andExpect(jsonPath("$.links[0].label").value(p.sourceLabel()));
        call(get(one), office, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.actions").value(not(hasItem("plan"))))
                .andExpect(jsonPath("$.actions").value(hasItem("extend")));

        call(post(one + "/steps/plan"), staffA, "{\"text\":\"建立公示台账，每月核对\",\"on\":\"" + today.minusDays(4)
                + "\",\"version\":0}").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.plannedOn").value(today.minusDays(4).toString()));
        call(post(one + "/steps/progress"), staffA, "{\"text\":\"已补公示12条\",\"version\":1}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS")).andExpect(jsonPath("$.version").value(2));
        MockMultipartFile evidence = new MockMultipartFile("file", "公示截图.pdf", "application/pdf",
                "%PDF-1.4 evidence".getBytes());
        upload(multipart(one + "/attachments").file(evidence).param("kind", "evidence"), staffA)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.fileName").value("公示截图.pdf"));
        upload(multipart(one + "/attachments").file(evidence).param("kind", "bogus"), staffA)
                .andExpect(status().isBadRequest());
        call(post(one + "/steps/submit"), staffA, "{\"text\":\"全部补公示\",\"version\":2}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED")).andExpect(jsonPath("$.submittedOn").value(today.toString()));
        call(post(one + "/steps/return"), office, "{\"text\":\"缺少公示网址\",\"version\":3}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        call(post(one + "/steps/submit"), staffA, "{\"text\":\"附公示网址\",\"version\":4}").andExpect(status().isOk());
        // a unit never accepts its own problem, even holding the permission
        call(post(one + "/steps/accept"), inspectorA, "{\"version\":5}").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("不能验收")));
        call(post(one + "/steps/accept"), office, "{\"text\":\"整改到位\",\"version\":5}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED")).andExpect(jsonPath("$.closedOn").value(today.toString()))
                .andExpect(jsonPath("$.overdue").value(false));
        assertThat(problems.find(p.id()).orElseThrow().closedOnTime()).isTrue();
        call(post(one + "/steps/reopen"), office, "{\"text\":\"问题反弹\",\"version\":6}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS")).andExpect(jsonPath("$.reopenedCount").value(1))
                .andExpect(jsonPath("$.closedOn").doesNotExist());

        call(get(one), staffA, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.reports.length()").value(7))
                .andExpect(jsonPath("$.reports[*].kind").value(hasItem("PLAN")))
                .andExpect(jsonPath("$.reports[*].kind").value(hasItem("REOPEN")))
                .andExpect(jsonPath("$.attachments.length()").value(1))
                .andExpect(jsonPath("$.timeline[*].action").value(hasItem("closed")))
                .andExpect(jsonPath("$.timeline[*].action").value(hasItem("attached")))
                .andExpect(jsonPath("$.timeline[*].action").value(hasItem("reopened")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE target_type = 'rectification' AND target_id = :id "
                + "AND action LIKE 'rectification.problem.%'").param("id", String.valueOf(p.id())).query(Long.class).single())
                .isEqualTo(8);

        // the pages: the detail with its history and files, the list, the export
        var pageUser = userAccounts.loadDetails(staffA).orElseThrow();
        mvc.perform(get("/rectification/problems/" + p.id()).with(user(pageUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("建立公示台账，每月核对")))
                .andExpect(content().string(containsString("公示截图.pdf")))
                .andExpect(content().string(containsString("报告整改进展")))
                .andExpect(content().string(containsString(p.sourceLabel())));
        mvc.perform(get("/rectification/problems").param("q", "未按要求公示行政检查").with(user(pageUser)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(p.caseNumber())));
        mvc.perform(get("/rectification/problems.xlsx").with(user(pageUser))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        mvc.perform(post("/rectification/problems/" + p.id() + "/progress").param("text", "").param("version", "7")
                        .with(user(pageUser)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写整改进展或完成情况")));
        mvc.perform(post("/rectification/problems/" + p.id() + "/progress").param("text", "继续整改").param("version", "7")
                        .with(user(pageUser)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var officeUser = userAccounts.loadDetails(office).orElseThrow();
        mvc.perform(post("/rectification/problems/" + p.id() + "/progress").param("text", "代为报告").param("version", "8")
                        .with(user(officeUser)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/rectification/problems/" + p.id() + "/nonsense").param("version", "8")
                        .with(user(pageUser)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void badInputAndAStaleVersionSaveNothing() throws Exception {
        ProblemView p = raise(unitA, 4, today.minusDays(2), today.plusDays(20), "未落实重大执法决定法制审核");
        String one = API + "/" + p.id();
        call(post(one + "/steps/nonsense"), staffA, "{\"version\":0}").andExpect(status().isNotFound());
        call(post(one + "/steps/plan"), staffA, "{\"text\":\"方案\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").exists());
        call(post(one + "/steps/plan"), staffA, "{\"text\":\"方案\",\"version\":3}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("该记录已被他人修改，请刷新后重新操作。"));
        call(post(one + "/steps/plan"), staffA, "{\"text\":\" \",\"version\":0}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请填写整改方案。"));
        call(post(one + "/steps/plan"), staffA, "{\"text\":\"方案\",\"on\":\"" + today.plusDays(1) + "\",\"version\":0}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("日期不能晚于今天。"));
        call(post(one + "/steps/plan"), staffA, "{\"text\":\"方案\",\"on\":\"" + today.minusDays(3) + "\",\"version\":0}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("不能早于发现问题的日期")));
        call(post(one + "/steps/plan"), staffA, "{\"text\":\"方案\",\"on\":\"not-a-date\",\"version\":0}")
                .andExpect(status().isBadRequest());
        call(post(one + "/steps/submit"), staffA, "{\"text\":\"完成\",\"version\":0}").andExpect(status().isConflict());
        call(post(one + "/steps/extend"), office, "{\"text\":\"情况复杂\",\"deadline\":\"" + today.plusDays(10)
                + "\",\"version\":0}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("须晚于现在的期限")));
        call(post(one + "/steps/extend"), staffA, "{\"text\":\"想延期\",\"deadline\":\"" + today.plusDays(60)
                + "\",\"version\":0}").andExpect(status().isForbidden());
        call(get(API).param("size", "0"), staffA, null).andExpect(status().isBadRequest());
        call(get(API).param("status", "BOGUS"), staffA, null).andExpect(status().isBadRequest());
        ProblemView after = problems.find(p.id()).orElseThrow();
        assertThat(after.version()).isZero();
        assertThat(after.status()).isEqualTo(ProblemStatus.OPEN);
        assertThat(problems.reports(p.id())).isEmpty();

        call(post(one + "/steps/extend"), office, "{\"text\":\"情况复杂\",\"deadline\":\"" + today.plusDays(60)
                + "\",\"version\":0}").andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value(today.plusDays(60).toString()))
                .andExpect(jsonPath("$.status").value("OPEN"));
        assertThat(problems.reports(p.id())).singleElement().satisfies(r -> assertThat(r.kind()).isEqualTo("EXTEND"));
    }

    @Test
    void anotherUnitSeesNothingAndTheListFilters() throws Exception {
        ProblemView late = raise(unitA, 4, today.minusDays(40), today.minusDays(10), "执法公示不及时");
        ProblemView fine = raise(unitA, 4, today.minusDays(1), today.plusDays(29), "执法人员未亮证");
        call(get(API + "/" + late.id()), staffB, null).andExpect(status().isNotFound());
        call(post(API + "/" + late.id() + "/steps/plan"), staffB, "{\"text\":\"x\",\"version\":0}")
                .andExpect(status().isNotFound());
        upload(multipart(API + "/" + late.id() + "/attachments").file(new MockMultipartFile("file", "a.pdf",
                "application/pdf", "%PDF-1.4 x".getBytes())), staffB).andExpect(status().isNotFound());
        call(get(API), staffB, null).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        call(get(API), staffA, null).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(2));
        call(get(API).param("overdue", "true"), staffA, null).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(late.id())).andExpect(jsonPath("$.items[0].overdue").value(true));
        call(get(API).param("status", "OPEN").param("sourceType", "oversight").param("unitId", String.valueOf(unitA))
                .param("year", String.valueOf(today.getYear())), office, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id").value(hasItem((int) fine.id())));
        call(get(API).param("q", "未亮证"), staffA, null).andExpect(jsonPath("$.total").value(1));
        call(get(API).param("size", "1").param("page", "1"), staffA, null).andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.page").value(1));
        var pageUserB = userAccounts.loadDetails(staffB).orElseThrow();
        mvc.perform(get("/rectification/problems/" + late.id()).with(user(pageUserB))).andExpect(status().isNotFound());
        mvc.perform(get("/rectification/problems").with(user(pageUserB))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(late.caseNumber()))));
    }
}
