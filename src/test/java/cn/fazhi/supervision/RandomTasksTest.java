package cn.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.cases.CaseLinks;
import cn.fazhi.cases.DueItem;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * A task end to end over the API (create → commit → draw → results → complete → publish), the results' rules (the
 * drawn inspectors only, each certified on the day; 移交立案 registers a penalty case linked both ways; a finding about
 * the unit opens a clue), abandoning and committing again, bad input (Chinese problem, nothing saved) and scope.
 */
@IntegrationTest
class RandomTasksTest {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired RandomTasks tasks;
    @Autowired CaseLinks links;
    @Autowired Draws draws;
    @Autowired UserAccounts userAccounts;

    RandomTaskFixture fixture;
    long unit;
    long item;
    List<String> officers;
    List<String> entities;
    String staff;
    String head;
    String otherStaff;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new RandomTaskFixture(jdbc);
        unit = fixture.unit("抽查测试局");
        officers = List.of(fixture.officer(unit, "甲检查"), fixture.officer(unit, "乙检查"), fixture.officer(unit, "丙检查"),
                fixture.officer(unit, "丁检查"));
        item = fixture.item(unit, "食品经营者监督检查", 50);
        entities = fixture.entities(8);
        staff = TestAccounts.token(mvc, accounts.create("rts", unit, "UNIT_STAFF"), TestAccounts.PASSWORD);
        head = TestAccounts.token(mvc, accounts.create("rth", unit, "UNIT_HEAD"), TestAccounts.PASSWORD);
        otherStaff = TestAccounts.token(mvc, accounts.create("rto", fixture.unit("另一局"), "UNIT_STAFF"), TestAccounts.PASSWORD);
    }

    ResultActions call(String token, String path, String body) throws Exception {
        var request = body == null ? get(path) : post(path).content(body);
        return mvc.perform(request.header("Authorization", "Bearer " + token).contentType("application/json"));
    }

    static final String TASKS = "/api/v1/supervision/random-inspections/tasks";

    long create() throws Exception {
        LocalDate today = LocalDate.now();
        String body = call(staff, TASKS, """
                {"title":"食品经营者双随机抽查","itemIds":[%d],"periodFrom":"%s","periodTo":"%s"}
                """.formatted(item, today, today.plusMonths(2))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PLANNED")).andExpect(jsonPath("$.joint").value(false))
                .andExpect(jsonPath("$.caseNumber").value(containsString("咸安双随机〔" + today.getYear() + "〕")))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    int version(long id) {
        return jdbc.sql("SELECT version FROM random_task WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    String result(long id, String uscc, String outcome, List<String> inspectors, String extra) {
        return """
                {"version":%d,"uscc":"%s","outcome":"%s","inspectedOn":"%s","findings":"现场检查：证照齐全，台账完整","inspectors":[%s]%s}
                """.formatted(version(id), uscc, outcome, LocalDate.now(),
                String.join(",", inspectors.stream().map(k -> "\"" + k + "\"").toList()), extra);
    }

    @Test
    void aTaskGoesFromPlanToPublishedAndEveryDrawIsVerifiable() throws Exception {
        long id = create();
        call(staff, TASKS + "/" + id + "/commit", "{\"version\":" + version(id) + "}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMMITTED"));
        // abandoned with a reason, it stays public; the task is committed again
        call(staff, TASKS + "/" + id + "/abandon", "{\"version\":" + version(id) + ",\"reason\":\" \"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请填写原因。"));
        call(staff, TASKS + "/" + id + "/abandon", "{\"version\":" + version(id) + ",\"reason\":\"检查人员名录有误\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PLANNED"));
        call(staff, TASKS + "/" + id + "/commit", "{\"version\":" + version(id) + "}").andExpect(status().isOk());
        call(staff, TASKS + "/" + id + "/draw", "{\"version\":" + version(id) + "}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAWN")).andExpect(jsonPath("$.drawnOn").value(LocalDate.now().toString()));
        List<Draws.DrawView> all = draws.ofTask(id);
        assertThat(all).extracting(Draws.DrawView::status).containsExactly(Draws.Status.ABANDONED, Draws.Status.DRAWN);
        Draws.DrawView drawn = all.get(1);
        // 8 candidates × 50 % = 4 drawn, 2 inspectors each from the unit
        assertThat(drawn.sampleSize()).isEqualTo(4);
        assertThat(drawn.entityCount()).isEqualTo(8);
        assertThat(draws.verify(drawn.id()).verified()).isTrue();

        List<RandomTaskView.Selected> picked = tasks.selection(id);
        assertThat(picked).hasSize(4).allSatisfy(s -> assertThat(s.inspectors()).hasSize(2));
        RandomTaskView.Selected a = picked.get(0);
        RandomTaskView.Selected b = picked.get(1);
        RandomTaskView.Selected c = picked.get(2);
        RandomTaskView.Selected d = picked.get(3);
        List<String> keysA = a.inspectors().stream().map(RandomTaskView.Inspector::key).toList();
        String notDrawn = officers.stream().filter(k -> !keysA.contains(k)).findFirst().orElseThrow();

        // an inspector who was not drawn for the entity is refused, nothing is saved
        call(staff, TASKS + "/" + id + "/results", result(id, a.uscc(), "PASSED", List.of(keysA.get(0), notDrawn), ""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("不是该检查对象的抽中检查人员")));
        call(staff, TASKS + "/" + id + "/results", result(id, a.uscc(), "PASSED", List.of(keysA.get(0)), ""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("不得少于 2 名")));
        assertThat(tasks.results(id)).isEmpty();

        call(staff, TASKS + "/" + id + "/results", result(id, a.uscc(), "PASSED", keysA, "")).andExpect(status().isOk());
        call(staff, TASKS + "/" + id + "/results", result(id, a.uscc(), "PASSED", keysA, "")).andExpect(status().isConflict());
        call(staff, TASKS + "/" + id + "/results", result(id, b.uscc(), "ORDERED_TO_RECTIFY", keys(b), ""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("整改期限")));
        call(staff, TASKS + "/" + id + "/results", result(id, b.uscc(), "ORDERED_TO_RECTIFY", keys(b),
                ",\"rectifyDueOn\":\"" + LocalDate.now().plusDays(15) + "\"")).andExpect(status().isOk());
        call(staff, TASKS + "/" + id + "/results", result(id, c.uscc(), "TRANSFERRED", keys(c),
                ",\"violationName\":\"经营超过保质期的食品\",\"clueSummary\":\"执法人员未按规定出示执法证件\""))
                .andExpect(status().isOk());
        // not complete while an entity has no result
        call(staff, TASKS + "/" + id + "/complete", "{\"version\":" + version(id) + "}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("还有 1 户")));
        call(staff, TASKS + "/" + id + "/results", result(id, d.uscc(), "NOT_FOUND", keys(d), "")).andExpect(status().isOk());

        // 移交立案: a penalty case with the entity as party, linked both ways; the clue is opened and linked
        RandomTaskView.Result transferred = tasks.results(id).stream().filter(r -> r.uscc().equals(c.uscc())).findFirst()
                .orElseThrow();
        assertThat(transferred.penaltyCaseId()).isNotNull();
        assertThat(jdbc.sql("SELECT unit_id FROM enforcement_case WHERE id = :id").param("id", transferred.penaltyCaseId())
                .query(Long.class).single()).isEqualTo(unit);
        assertThat(links.of(RandomTasks.ref(id))).extracting(CaseLinks.Linked::relation).contains("transferred", "raised");
        assertThat(links.of(cn.fazhi.enforcement.EnforcementCases.ref(transferred.penaltyCaseId())))
                .anySatisfy(l -> assertThat(l.caseId()).isEqualTo(id));
        assertThat(transferred.clueId()).isNotNull();

        // re-inspection of the order to rectify
        call(staff, TASKS + "/" + id + "/reinspect", """
                {"version":%d,"uscc":"%s","reinspectedOn":"%s","rectified":true,"findings":"已完成整改"}
                """.formatted(version(id), b.uscc(), LocalDate.now())).andExpect(status().isOk());

        call(staff, TASKS + "/" + id + "/complete", "{\"version\":" + version(id) + "}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESULTS_RECORDED"))
                .andExpect(jsonPath("$.publishDueOn").value(tasks.publishDue(LocalDate.now()).toString()));
        // the publication falls due: on the due list of the unit's scope
        DataScope scope = new DataScope(ScopeLevel.UNIT, unit, "421202");
        assertThat(tasks.openDeadlines(scope, LocalDate.now().plusYears(1))).extracting(DueItem::ref)
                .contains(RandomTasks.ref(id));
        call(staff, TASKS + "/" + id + "/publish", "{\"version\":" + version(id) + ",\"on\":\"" + LocalDate.now().minusYears(1)
                + "\"}").andExpect(status().isBadRequest());
        call(staff, TASKS + "/" + id + "/publish", "{\"version\":" + version(id) + "}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED")).andExpect(jsonPath("$.publishedLate").value(false));
        assertThat(tasks.openDeadlines(scope, LocalDate.now().plusYears(1))).extracting(DueItem::ref)
                .doesNotContain(RandomTasks.ref(id));

        // 一公开: the public page and API list it, with the draws' verify pages
        String number = jdbc.sql("SELECT case_number FROM random_task WHERE id = :id").param("id", id).query(String.class).single();
        mvc.perform(get("/public/random-inspections/results").param("q", number)).andExpect(status().isOk())
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("/public/random-inspections/draws/" + drawn.id())));
        mvc.perform(get("/api/v1/public/random-inspections/results").param("q", number)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].results.length()").value(4))
                .andExpect(jsonPath("$.items[0].draws.length()").value(2))
                .andExpect(jsonPath("$.items[0].counts.TRANSFERRED").value(1));
        mvc.perform(get("/public/random-inspections/draws/{id}", drawn.id())).andExpect(status().isOk())
                .andExpect(content().string(containsString("验证通过")));
        // timeline and audit of every step
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_event WHERE case_type = 'random_inspection' AND case_id = :id")
                .param("id", id).query(Long.class).single()).isGreaterThanOrEqualTo(11);
    }

    List<String> keys(RandomTaskView.Selected s) {
        return s.inspectors().stream().map(RandomTaskView.Inspector::key).toList();
    }

    @Test
    void badInputIsAChineseProblemAndSavesNothing() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM random_task WHERE lead_unit_id = :u").param("u", unit).query(Long.class).single();
        LocalDate today = LocalDate.now();
        call(staff, TASKS, "{\"title\":\"无事项\",\"itemIds\":[],\"periodFrom\":\"" + today + "\",\"periodTo\":\"" + today + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("抽查事项")));
        call(staff, TASKS, """
                {"title":"期间颠倒","itemIds":[%d],"periodFrom":"%s","periodTo":"%s"}
                """.formatted(item, today, today.minusDays(1))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("检查结束日期不能早于开始日期。"));
        call(staff, TASKS, """
                {"title":"不存在的事项","itemIds":[987654321],"periodFrom":"%s","periodTo":"%s"}
                """.formatted(today, today)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("不存在或尚未公布")));
        call(staff, TASKS, """
                {"title":"比例","itemIds":[%d],"periodFrom":"%s","periodTo":"%s","ratioPercent":150}
                """.formatted(item, today, today)).andExpect(status().isBadRequest());
        call(staff, TASKS, "{\"title\":\"坏日期\",\"itemIds\":[1],\"periodFrom\":\"2024-13-45\"}")
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM random_task WHERE lead_unit_id = :u").param("u", unit).query(Long.class).single())
                .isEqualTo(before);
        // a step without its version
        long id = create();
        call(staff, TASKS + "/" + id + "/commit", "{}").andExpect(status().isBadRequest());
        call(staff, TASKS + "/" + id + "/draw", "{\"version\":" + version(id) + "}").andExpect(status().isConflict());
        assertThat(draws.ofTask(id)).isEmpty();
    }

    @Test
    void cancellingACommittedTaskAbandonsItsDrawWhichStaysPublic() throws Exception {
        long id = create();
        call(staff, TASKS + "/" + id + "/commit", "{\"version\":" + version(id) + "}").andExpect(status().isOk());
        call(staff, TASKS + "/" + id + "/cancel", "{\"version\":" + version(id) + ",\"reason\":\"\"}")
                .andExpect(status().isBadRequest());
        call(staff, TASKS + "/" + id + "/cancel", "{\"version\":" + version(id) + ",\"reason\":\"上级统一部署，本任务取消\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        Draws.DrawView d = draws.ofTask(id).get(0);
        assertThat(d.status()).isEqualTo(Draws.Status.ABANDONED);
        assertThat(d.abandonedReason()).isEqualTo("上级统一部署，本任务取消");
        mvc.perform(get("/api/v1/public/random-inspections/draws/{id}", d.id())).andExpect(status().isOk())
                .andExpect(jsonPath("$.seed").value(d.seed()));
        call(staff, TASKS + "/" + id + "/draw", "{\"version\":" + version(id) + "}").andExpect(status().isConflict());
    }

    @Test
    void anotherUnitGetsNotFoundAndViewersCannotStep() throws Exception {
        long id = create();
        call(otherStaff, TASKS + "/" + id, null).andExpect(status().isNotFound());
        call(otherStaff, TASKS + "/" + id + "/commit", "{\"version\":" + version(id) + "}").andExpect(status().isNotFound());
        call(head, TASKS + "/" + id, null).andExpect(status().isOk());
        call(head, TASKS + "/" + id + "/commit", "{\"version\":" + version(id) + "}").andExpect(status().isForbidden());
        call(head, TASKS, """
                {"title":"无权","itemIds":[%d],"periodFrom":"%s","periodTo":"%s"}
                """.formatted(item, LocalDate.now(), LocalDate.now())).andExpect(status().isForbidden());
        assertThat(JsonPath.<Integer>read(call(otherStaff, TASKS, null).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(), "$.total")).isZero();
        // another unit's staff cannot lead a task on items of this unit alone
        call(otherStaff, TASKS, """
                {"title":"他人事项","itemIds":[%d],"periodFrom":"%s","periodTo":"%s"}
                """.formatted(item, LocalDate.now(), LocalDate.now())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("本单位")));
        // pages: the list, the task, the export, the form (staff) — and the viewer sees no step forms
        var me = user(userAccounts.loadDetails(accounts.create("rtp", unit, "UNIT_STAFF")).orElseThrow());
        var viewer = user(userAccounts.loadDetails(accounts.create("rtv", unit, "UNIT_HEAD")).orElseThrow());
        mvc.perform(get("/supervision/random-inspections/tasks").with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("食品经营者双随机抽查")));
        mvc.perform(get("/supervision/random-inspections/tasks/" + id).with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("冻结名单并公布种子承诺")));
        mvc.perform(get("/supervision/random-inspections/tasks/" + id).with(viewer)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("step-commit"))));
        mvc.perform(get("/supervision/random-inspections/tasks/new").with(me)).andExpect(status().isOk());
        mvc.perform(get("/supervision/random-inspections/tasks/new").with(viewer)).andExpect(status().isForbidden());
        mvc.perform(get("/supervision/random-inspections/tasks/export.xlsx").with(me)).andExpect(status().isOk())
                .andExpect(content().contentType(cn.fazhi.platform.imports.Spreadsheets.XLSX));
        mvc.perform(get("/supervision/random-inspections/merge-proposals").with(me)).andExpect(status().isOk());
    }
}
