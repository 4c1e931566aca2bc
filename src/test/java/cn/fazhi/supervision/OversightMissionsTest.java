package cn.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.FormTokenRequests;
import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * 法治督察 missions through the API and the pages: the office plans (bad input → a Chinese problem, nothing saved),
 * notifies and starts a mission; only a participating inspector records findings, each raising a rectification
 * problem that the mission lists; the report needs its six parts and renders as DOCX and PDF; a written mission's
 * target submits its self-inspection report once; a unit sees only the missions that target it. All dates are today
 * (never 2023: the demo year's figures stay exact).
 */
@IntegrationTest
class OversightMissionsTest {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts userAccounts;
    @Autowired OversightMissions missionsFacade;
    @Autowired OversightTodos todos;
    @Autowired cn.fazhi.rectification.Problems problems;
    @Autowired Clues clues;

    String office;
    String inspector;
    String bystander;
    String staffA;
    String staffC;
    long unitA;
    long unitB;
    long unitC;
    long pooled;
    String officeName;
    String inspectorName;
    String staffAName;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void setUp() throws Exception {
        unitA = unit("督察对象甲");
        unitB = unit("督察对象乙");
        unitC = unit("督察无关丙");
        officeName = accounts.create("ovo", 2, "LAW_OFFICE");
        office = TestAccounts.token(mvc, officeName, TestAccounts.PASSWORD);
        inspectorName = accounts.create("ovi", 2, "INSPECTOR");
        inspector = TestAccounts.token(mvc, inspectorName, TestAccounts.PASSWORD);
        bystander = TestAccounts.token(mvc, accounts.create("ovb", 2, "INSPECTOR"), TestAccounts.PASSWORD);
        staffAName = accounts.create("ova", unitA, "UNIT_STAFF");
        staffA = TestAccounts.token(mvc, staffAName, TestAccounts.PASSWORD);
        staffC = TestAccounts.token(mvc, accounts.create("ovc", unitC, "UNIT_STAFF"), TestAccounts.PASSWORD);
        pooled = appoint("测督察", inspectorName);
    }

    long unit(String name) {
        String code = "T-OV-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO unit (code, name, short_name, type, parent_id, region_code, sort_order) "
                        + "VALUES (:c, :n, :s, 'DEPARTMENT', 3, '421202', 900)")
                .param("c", code).param("n", name + code).param("s", name).update();
        return jdbc.sql("SELECT id FROM unit WHERE code = :c").param("c", code).query(Long.class).single();
    }

    long appoint(String name, String username) throws Exception {
        String body = call(office, "/api/v1/supervision/oversight/inspectors", """
                {"name":"%s","kind":"LAWYER","affiliation":"湖北测试律师事务所","phone":"13912345678","username":%s,
                 "appointedOn":"%s","appointmentDoc":"咸法办〔%d〕9号","termEndsOn":"%s"}""".formatted(name,
                username == null ? "null" : "\"" + username + "\"", today, today.getYear(), today.plusYears(3)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.phoneMasked").value("139****5678"))
                .andExpect(jsonPath("$.status").value("SERVING")).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    ResultActions call(String token, String path, String body) throws Exception {
        var request = body == null ? get(path) : post(path).content(body);
        return mvc.perform(request.header("Authorization", "Bearer " + token).contentType("application/json"));
    }

    /** Whether a unit's staff (supervision:respond) has the mission among its self-report to-dos. */
    boolean waiting(long unit, long missionId) {
        Caller staff = new Caller() {
            @Override
            public DataScope scope() {
                return new DataScope(ScopeLevel.UNIT, unit, "421202");
            }

            @Override
            public boolean can(String permission) {
                return SupervisionPermissions.RESPOND.equals(permission);
            }
        };
        return todos.todos(staff, 500).stream().filter(g -> g.labelKey().equals("supervision.oversight.todo.selfReport"))
                .flatMap(g -> g.items().stream()).anyMatch(i -> i.ref().caseId() == missionId);
    }

    long missions() {
        return jdbc.sql("SELECT COUNT(*) FROM oversight_mission").query(Long.class).single();
    }

    long plan(String kind, String topic) throws Exception {
        String body = call(office, "/api/v1/supervision/oversight/missions", """
                {"kind":"%s","topic":"%s","startedOn":"%s","endsOn":"%s","targetUnitIds":[%d,%d],"inspectorIds":[%d]}"""
                .formatted(kind, topic, today, today.plusDays(10), unitA, unitB, pooled))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.caseNumber", matchesPattern("咸安督察〔\\d{4}〕\\d+号")))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    int version(long id) {
        return jdbc.sql("SELECT version FROM oversight_mission WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    String path(long id, String step) {
        return "/api/v1/supervision/oversight/missions/" + id + "/" + step;
    }

    @Test
    void badInputIsAChineseProblemAndNothingIsSaved() throws Exception {
        long before = missions();
        call(office, "/api/v1/supervision/oversight/missions", """
                {"kind":"ON_SITE","topic":" ","startedOn":"%s","endsOn":"%s","targetUnitIds":[%d],"inspectorIds":[%d]}"""
                .formatted(today, today.plusDays(3), unitA, pooled))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("督察主题")));
        call(office, "/api/v1/supervision/oversight/missions", """
                {"kind":"ON_SITE","topic":"实地督察","startedOn":"%s","endsOn":"%s","targetUnitIds":[%d],"inspectorIds":[]}"""
                .formatted(today, today.plusDays(3), unitA))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("至少选择一名")));
        call(office, "/api/v1/supervision/oversight/missions", """
                {"kind":"SPECIAL","topic":"专项督察","startedOn":"%s","endsOn":"%s","targetUnitIds":[%d, 99999999]}"""
                .formatted(today, today.plusDays(3), unitA))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("被督察单位")));
        call(office, "/api/v1/supervision/oversight/missions", """
                {"kind":"SPECIAL","topic":"专项督察","startedOn":"%s","endsOn":"%s","targetUnitIds":[%d]}"""
                .formatted(today, today.minusDays(3), unitA))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("结束日期")));
        // an inspector appointed later than the start is not serving on it
        call(office, "/api/v1/supervision/oversight/missions", """
                {"kind":"ON_SITE","topic":"实地督察","startedOn":"%s","endsOn":"%s","targetUnitIds":[%d],"inspectorIds":[%d]}"""
                .formatted(today.minusDays(5), today.plusDays(3), unitA, pooled))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("不在任")));
        call(office, "/api/v1/supervision/oversight/missions", """
                {"kind":"INSPECTION","topic":"未知方式","startedOn":"%s","endsOn":"%s","targetUnitIds":[%d]}"""
                .formatted(today, today.plusDays(3), unitA))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("kind")));
        assertThat(missions()).isEqualTo(before);
        // the pool refuses a bad phone and a missing document number, nothing saved
        long inspectors = jdbc.sql("SELECT COUNT(*) FROM oversight_inspector").query(Long.class).single();
        call(office, "/api/v1/supervision/oversight/inspectors", """
                {"name":"错电话","kind":"LAWYER","affiliation":"某所","phone":"12345","appointedOn":"%s",
                 "appointmentDoc":"咸法办〔2026〕1号","termEndsOn":"%s"}""".formatted(today, today.plusYears(3)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("联系电话")));
        call(office, "/api/v1/supervision/oversight/inspectors", """
                {"name":"缺文号","kind":"LAWYER","affiliation":"某所","appointedOn":"%s","termEndsOn":"%s"}"""
                .formatted(today, today.plusYears(3)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("聘任文号")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM oversight_inspector").query(Long.class).single()).isEqualTo(inspectors);
        // only the office plans and appoints
        call(staffA, "/api/v1/supervision/oversight/missions", """
                {"kind":"SPECIAL","topic":"越权","startedOn":"%s","endsOn":"%s","targetUnitIds":[%d]}"""
                .formatted(today, today.plusDays(3), unitA)).andExpect(status().isForbidden());
        call(inspector, "/api/v1/supervision/oversight/inspectors", """
                {"name":"越权","kind":"LAWYER","affiliation":"某所","appointedOn":"%s","appointmentDoc":"1号","termEndsOn":"%s"}"""
                .formatted(today, today.plusYears(3))).andExpect(status().isForbidden());
    }

    @Test
    void anOnSiteMissionRunsFromPlanToReportAndEachFindingRaisesAProblem() throws Exception {
        long id = plan("ON_SITE", "行政执法三项制度实地督察");
        call(office, path(id, "notify"), "{\"version\":" + version(id) + "}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NOTIFIED")).andExpect(jsonPath("$.selfReportDueOn").doesNotExist());
        call(office, path(id, "start"), "{\"version\":" + version(id) + "}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UNDER_WAY"));
        // the participating inspector has it on the to-do list
        long me = accounts.idOf(inspectorName);
        Caller inspectorCaller = new Caller() {
            @Override
            public DataScope scope() {
                return new DataScope(ScopeLevel.DISTRICT, 2, "421202");
            }

            @Override
            public boolean can(String permission) {
                return SupervisionPermissions.INSPECT.equals(permission);
            }

            @Override
            public Long userId() {
                return me;
            }
        };
        assertThat(todos.todos(inspectorCaller, 500).stream()
                .filter(g -> g.labelKey().equals("supervision.oversight.todo.recordFinding"))
                .flatMap(g -> g.items().stream()).anyMatch(i -> i.ref().caseId() == id)).isTrue();
        // the office may not record findings (no supervision:inspect), nor an inspector who does not take part
        String finding = "{\"version\":%d,\"unitId\":%d,\"problem\":\"行政处罚决定未按期公示\","
                + "\"ruleBreached\":\"《行政处罚法》第四十八条\",\"deadline\":\"%s\"}";
        call(office, path(id, "findings"), finding.formatted(version(id), unitA, today.plusDays(30)))
                .andExpect(status().isForbidden());
        call(bystander, path(id, "findings"), finding.formatted(version(id), unitA, today.plusDays(30)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(containsString("参加本次督察")));
        // a unit that is not a target, a deadline in the past: refused, no problem raised
        call(inspector, path(id, "findings"), finding.formatted(version(id), unitC, today.plusDays(30)))
                .andExpect(status().isBadRequest());
        call(inspector, path(id, "findings"), finding.formatted(version(id), unitA, today.minusDays(1)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("整改期限")));
        call(office, "/api/v1/supervision/oversight/missions/" + id + "/problems", null).andExpect(jsonPath("$.length()").value(0));
        call(inspector, path(id, "findings"), finding.formatted(version(id), unitA, today.plusDays(30)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.findings.length()").value(1));
        call(inspector, path(id, "findings"), "{\"version\":%d,\"unitId\":%d,\"problem\":\"领导班子学法未达2次\"}"
                .formatted(version(id), unitB)).andExpect(status().isOk()).andExpect(jsonPath("$.findings.length()").value(2));
        call(office, "/api/v1/supervision/oversight/missions/" + id + "/problems", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].sourceType").value("oversight"))
                .andExpect(jsonPath("$[0].sourcePath").value("/supervision/oversight/missions/" + id))
                .andExpect(jsonPath("$[0].status").value("OPEN"))
                .andExpect(jsonPath("$[0].deadline").value(today.plusDays(30).toString()));
        // the report needs all six parts; then it renders as DOCX and PDF
        call(office, path(id, "complete-findings"), "{\"version\":" + version(id) + "}").andExpect(status().isOk());
        call(office, "/api/v1/supervision/oversight/missions/" + id + "/report.pdf", null).andExpect(status().isConflict());
        call(office, path(id, "report"), "{\"version\":%d,\"progress\":\"听取汇报\",\"results\":\"总体较好\"}"
                .formatted(version(id))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("第十七条")));
        call(office, path(id, "report"), """
                {"version":%d,"progress":"听取汇报、查阅案卷","results":"总体较好","responsibility":"主要负责人履职",
                 "problems":"发现问题2个","causes":"重视不够","recommendations":"限期整改"}""".formatted(version(id)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REPORTED"));
        byte[] docx = call(office, "/api/v1/supervision/oversight/missions/" + id + "/report.docx", null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(docx, 0, 2)).isEqualTo("PK");
        byte[] pdf = call(staffA, "/api/v1/supervision/oversight/missions/" + id + "/report.pdf", null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 4)).isEqualTo("%PDF");
        call(office, path(id, "close"), "{\"version\":" + version(id) + "}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        // a stale version is a conflict, a step out of turn too
        call(office, path(id, "close"), "{\"version\":0}").andExpect(status().isConflict());
        // the inspector's participation is derived
        call(office, "/api/v1/supervision/oversight/inspectors/" + pooled, null).andExpect(jsonPath("$.missions").value(1));
        // the timeline and the audit trail have every step
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_event WHERE case_type = 'oversight' AND case_id = :id")
                .param("id", id).query(Long.class).single()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void aUnitSeesOnlyTheMissionsThatTargetIt() throws Exception {
        long id = plan("SPECIAL", "规范性文件专项督察");
        call(staffA, "/api/v1/supervision/oversight/missions/" + id, null).andExpect(status().isOk());
        call(staffC, "/api/v1/supervision/oversight/missions/" + id, null).andExpect(status().isNotFound());
        call(staffA, "/api/v1/supervision/oversight/missions?size=500", null)
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
        call(staffC, "/api/v1/supervision/oversight/missions?size=500", null)
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
        call(staffC, "/api/v1/supervision/oversight/missions/" + id + "/problems", null).andExpect(status().isNotFound());
        // a target may not take the office's steps
        call(staffA, path(id, "notify"), "{\"version\":" + version(id) + "}").andExpect(status().isForbidden());
        call(office, path(id, "cancel"), "{\"version\":" + version(id) + "}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
    }

    @Test
    void aWrittenMissionsTargetSubmitsItsSelfInspectionReportOnce() throws Exception {
        long id = plan("WRITTEN", "法治政府建设书面督察");
        call(office, path(id, "notify"), "{\"version\":%d,\"selfReportDueOn\":\"%s\"}".formatted(version(id),
                today.minusDays(1))).andExpect(status().isBadRequest());
        call(office, path(id, "notify"), "{\"version\":" + version(id) + "}").andExpect(status().isOk())
                .andExpect(jsonPath("$.selfReportDueOn").value(today.plusDays(20).toString()));
        call(staffA, "/api/v1/supervision/oversight/missions/" + id + "/actions", null)
                .andExpect(jsonPath("$", hasItem("selfReport")));
        // the target has a to-do and a deadline on the kernel's due list; the unit not targeted has neither
        assertThat(waiting(unitA, id)).isTrue();
        assertThat(waiting(unitC, id)).isFalse();
        assertThat(missionsFacade.openDeadlines(new DataScope(ScopeLevel.UNIT, unitA, "421202"), today.plusDays(30)))
                .anySatisfy(d -> assertThat(d.ref().caseId()).isEqualTo(id));
        assertThat(missionsFacade.openDeadlines(new DataScope(ScopeLevel.UNIT, unitC, "421202"), today.plusDays(30)))
                .noneSatisfy(d -> assertThat(d.ref().caseId()).isEqualTo(id));
        call(staffA, path(id, "self-report"), "{\"version\":%d,\"text\":\"\"}".formatted(version(id)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("自查报告")));
        UserDetails staff = userAccounts.loadDetails(staffAName).orElseThrow();
        mvc.perform(multipart("/supervision/oversight/missions/" + id + "/selfReport")
                        .file(new MockMultipartFile("files", "自查台账.txt", "text/plain", "台账".getBytes()))
                        .param("version", String.valueOf(version(id))).param("text", "已全面自查，形成报告。")
                        .with(user(staff)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        call(staffA, path(id, "self-report"), "{\"version\":%d,\"text\":\"再次报送\"}".formatted(version(id)))
                .andExpect(status().isConflict());
        assertThat(waiting(unitA, id)).isFalse();
        assertThat(missionsFacade.openDeadlines(new DataScope(ScopeLevel.UNIT, unitA, "421202"), today.plusDays(30)))
                .noneSatisfy(d -> assertThat(d.ref().caseId()).isEqualTo(id));
        call(staffC, path(id, "self-report"), "{\"version\":%d,\"text\":\"不相干\"}".formatted(version(id)))
                .andExpect(status().isNotFound());
        // the second target reports through the API with an attachment
        String staffB = TestAccounts.token(mvc, accounts.create("ovbb", unitB, "UNIT_STAFF"), TestAccounts.PASSWORD);
        mvc.perform(multipart("/api/v1/supervision/oversight/missions/" + id + "/self-report")
                        .file(new MockMultipartFile("files", "制度清单.txt", "text/plain", "清单".getBytes()))
                        .param("version", String.valueOf(version(id))).param("text", "乙单位自查报告")
                        .header("Authorization", "Bearer " + staffB))
                .andExpect(status().isOk()).andExpect(jsonPath("$.targets[1].selfReport").value("乙单位自查报告"));
        call(office, "/api/v1/supervision/oversight/missions/" + id, null)
                .andExpect(jsonPath("$.targets[0].selfReport").value("已全面自查，形成报告。"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_attachment WHERE case_type = 'oversight' AND case_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(2);
        mvc.perform(get("/supervision/oversight/missions/" + id).with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("自查台账.txt")));
    }

    @Test
    void thePagesListPlanAndShowAMissionWithItsProblemsAndExport() throws Exception {
        UserDetails officeUser = userAccounts.loadDetails(officeName).orElseThrow();
        UserDetails inspectorUser = userAccounts.loadDetails(inspectorName).orElseThrow();
        mvc.perform(get("/supervision/oversight/missions/new").with(user(officeUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("测督察")));
        String location = mvc.perform(post("/supervision/oversight/missions").with(user(officeUser)).with(csrf())
                        .with(FormTokenRequests.formToken()).param("kind", "ON_SITE").param("topic", "页面实地督察")
                        .param("startedOn", today.toString()).param("endsOn", today.plusDays(5).toString())
                        .param("targetUnitIds", String.valueOf(unitA)).param("inspectorIds", String.valueOf(pooled)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post(location + "/notify").with(user(officeUser)).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/start").with(user(officeUser)).with(csrf()).param("version", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(user(inspectorUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("记录发现的问题")));
        mvc.perform(post(location + "/recordFinding").with(user(inspectorUser)).with(csrf()).param("version", "2")
                        .param("unitId", String.valueOf(unitA)).param("problem", "执法全过程记录不完整")
                        .param("enforcementClue", "true"))
                .andExpect(status().is3xxRedirection());
        // the finding concerns enforcement: its problem also opened a supervision clue, linked to the problem
        long problemId = problems.bySource("oversight", id).get(0).id();
        assertThat(clues.bySource(ClueSource.OVERSIGHT, "rectification", problemId)).get()
                .satisfies(c -> assertThat(c.unitId()).isEqualTo(unitA))
                .satisfies(c -> assertThat(c.summary()).isEqualTo("执法全过程记录不完整"));
        mvc.perform(get(location).with(user(officeUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("执法全过程记录不完整")))
                .andExpect(content().string(containsString("咸安整改")))
                .andExpect(content().string(containsString("待整改")));
        // a bad step on the page shows the Chinese error on the mission page
        mvc.perform(post(location + "/recordFinding").with(user(inspectorUser)).with(csrf()).param("version", "3")
                        .param("unitId", String.valueOf(unitA)).param("problem", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写发现的问题")));
        mvc.perform(get("/supervision/oversight/missions").param("q", "页面实地").with(user(officeUser)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("页面实地督察")));
        byte[] xlsx = mvc.perform(get("/supervision/oversight/missions/export").param("q", "页面实地").with(user(officeUser)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
        mvc.perform(get("/supervision/oversight/inspectors").param("q", "测督察").with(user(officeUser)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("139****5678")))
                .andExpect(content().string(not(containsString("13912345678"))));
        byte[] pool = mvc.perform(get("/supervision/oversight/inspectors/export").with(user(officeUser)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pool, 0, 2)).isEqualTo("PK");
        mvc.perform(get("/supervision/oversight/inspectors/" + pooled).with(user(officeUser))).andExpect(status().isOk());
        mvc.perform(get("/").with(user(officeUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/supervision/oversight/missions")));
        assertThat(id).isPositive();
    }

    @Test
    void anInspectorIsDismissedAndNoLongerServes() throws Exception {
        long other = appoint("解聘测", null);
        call(office, "/api/v1/supervision/oversight/inspectors/" + other + "/dismiss", "{\"version\":0,\"dismissedOn\":\"%s\"}"
                .formatted(today.minusDays(1))).andExpect(status().isBadRequest());
        call(office, "/api/v1/supervision/oversight/inspectors/" + other + "/dismiss", "{\"version\":0}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISMISSED"));
        call(office, "/api/v1/supervision/oversight/missions", """
                {"kind":"ON_SITE","topic":"实地督察","startedOn":"%s","endsOn":"%s","targetUnitIds":[%d],"inspectorIds":[%d]}"""
                .formatted(today, today.plusDays(3), unitA, other))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("不在任")));
        // linking an account already linked is refused
        call(office, "/api/v1/supervision/oversight/inspectors", """
                {"name":"重复","kind":"LAWYER","affiliation":"某所","username":"%s","appointedOn":"%s",
                 "appointmentDoc":"咸法办〔2026〕2号","termEndsOn":"%s"}""".formatted(inspectorName, today, today.plusYears(3)))
                .andExpect(status().isBadRequest());
    }
}
