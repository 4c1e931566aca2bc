package cn.fazhi.enterprises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.cases.CaseLinks;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.TodoGroup;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;
import cn.fazhi.supervision.Clues;

/**
 * Enterprise requests and SME payment complaints over the API against the whole application: the desk files a
 * request, sees the unit the 权责清单 suggests with its reason and matched words, chooses another unit only with a
 * reason; that unit returns it; the suggested unit signs, is escalated, answers late; the desk closes and records the
 * rating; the figures of the unit follow. A unit sees only the requests routed to it; bad input and a stale version
 * save nothing; a request about enforcement opens a supervision clue linked both ways; a late request is on the 督办
 * list, the to-dos and the warnings. A complaint runs Arts. 24, 25: accepted, passed on late, extended within 90 days
 * with the head's approval, escalated, concluded on time; a large enterprise cannot complain.
 */
@IntegrationTest
class EnterpriseRequestsTest {

    static final String API = "/api/v1/enterprises/requests";
    static final String SME = "/api/v1/enterprises/sme-complaints";

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Enterprises enterprises;
    @Autowired EnterpriseRequests requests;
    @Autowired RequestTodos todos;
    @Autowired Indicators indicators;
    @Autowired Clues clues;
    @Autowired CaseLinks links;

    long unitA;
    long unitB;
    String nameA;
    String staffA;
    String staffB;
    String desk;
    String digits;
    EnterpriseView enterprise;

    @BeforeEach
    void setUp() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        unitA = newUnit("诉求甲局" + s);
        unitB = newUnit("诉求乙局" + s);
        nameA = "诉求甲局" + s;
        staffA = accounts.create("rqa", unitA, "UNIT_STAFF");
        staffB = accounts.create("rqb", unitB, "UNIT_STAFF");
        desk = accounts.create("rqd", 44, "BUSINESS_DESK");
        digits = String.valueOf(ThreadLocalRandom.current().nextInt(100000, 999999));
        jdbc.sql("INSERT INTO power_item (code, version_no, power_type, name, matter_key, basis, unit_id, region_code, "
                        + "effective_from, published_on, created_at, created_by) VALUES (:c, 1, 'INSPECTION', :n, :n, "
                        + "'《城镇燃气管理条例》第十五条', :u, '421202', DATE '2024-01-01', DATE '2024-01-02', :at, 'test')")
                .param("c", "RQ-" + s).param("n", "氢燃料电池加注站" + digits + "经营许可").param("u", unitA)
                .param("at", OffsetDateTime.now()).update();
        enterprise = EnterpriseFixtures.register(enterprises, "咸安诉求测试氢能有限公司" + s, "139" + digits + "01", List.of());
    }

    long newUnit(String name) {
        String s = UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO unit (code, name, short_name, type, region_code) VALUES (:c, :n, :s, 'DEPARTMENT', '421202')")
                .param("c", "RQ" + s).param("n", name).param("s", "诉" + s).update();
        return jdbc.sql("SELECT id FROM unit WHERE code = :c").param("c", "RQ" + s).query(Long.class).single();
    }

    ResultActions call(MockHttpServletRequestBuilder request, String username, String body) throws Exception {
        request.header("Authorization", "Bearer " + TestAccounts.token(mvc, username, TestAccounts.PASSWORD))
                .contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    long file(String category, String filedOn) throws Exception {
        String json = call(post(API), desk, "{\"uscc\":\"" + enterprise.uscc() + "\",\"category\":\"" + category
                + "\",\"title\":\"氢燃料电池加注站" + digits + "审批缓慢\",\"content\":\"我公司申请建设氢燃料电池加注站" + digits
                + "，经营许可审批三个月无进展。\",\"filedOn\":\"" + filedOn + "\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("FILED"))
                .andExpect(jsonPath("$.caseNumber").value(containsString("咸安企诉〔" + filedOn.substring(0, 4) + "〕")))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    int version(long id) {
        return jdbc.sql("SELECT version FROM enterprise_request WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    ResultActions step(long id, String step, String user, String extra) throws Exception {
        return call(post(API + "/" + id + "/steps/" + step), user, "{\"version\":" + version(id) + extra + "}");
    }

    BigDecimal figure(String id, long unit, int year) {
        return indicators.find(id).orElseThrow()
                .value(IndicatorQuery.year(year, "421202", new DataScope(ScopeLevel.UNIT, unit, "421202")));
    }

    @Test
    void aRequestIsRoutedWithTheSuggestionReturnedAnsweredClosedAndRated() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM enterprise_request").query(Long.class).single();
        call(post(API), desk, "{\"uscc\":\"" + enterprise.uscc() + "\",\"category\":\"NOPE\",\"title\":\"t\",\"content\":\"c\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("诉求类别")));
        call(post(API), desk, "{\"uscc\":\"" + enterprise.uscc() + "\",\"category\":\"APPROVAL\",\"content\":\"c\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("标题")));
        call(post(API), desk, "{\"uscc\":\"91421202XXXXXXXXXX\",\"category\":\"APPROVAL\",\"title\":\"t\",\"content\":\"c\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("企业名录")));
        call(post(API), desk, "{\"uscc\":\"" + enterprise.uscc() + "\",\"category\":\"APPROVAL\",\"title\":\"t\","
                + "\"content\":\"c\",\"filedOn\":\"" + LocalDate.now().plusDays(3) + "\"}").andExpect(status().isBadRequest());
        call(post(API), staffA, "{\"uscc\":\"" + enterprise.uscc() + "\",\"category\":\"APPROVAL\",\"title\":\"t\","
                + "\"content\":\"c\"}").andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enterprise_request").query(Long.class).single()).isEqualTo(before);

        long id = file("APPROVAL", "2025-03-03");
        call(get(API + "/" + id + "/suggestions"), desk, null).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].unitId").value(unitA))
                .andExpect(jsonPath("$[0].reasonKey").value("responsibilities.reason.TEXT_MATCH"))
                .andExpect(jsonPath("$[0].matched").value(containsString("加注")));
        call(get(API + "/" + id + "/suggestions"), staffA, null).andExpect(status().isForbidden());
        // another unit only with a reason; nothing saved without it
        step(id, "route", desk, ",\"unitId\":" + unitB + ",\"on\":\"2025-03-03\"").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString(nameA)));
        step(id, "route", desk, ",\"unitId\":" + unitB + ",\"reason\":\"企业称此前由乙局受理\",\"on\":\"2025-03-03\"")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ROUTED"));
        // scope: a unit sees only what is routed to it
        call(get(API + "/" + id), staffA, null).andExpect(status().isNotFound());
        call(get(API + "/" + id), staffB, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.routes[0].overrideReason").value("企业称此前由乙局受理"))
                .andExpect(jsonPath("$.routes[0].suggestedUnitId").value(unitA));
        call(get(API + "?size=500"), staffA, null).andExpect(jsonPath("$.total").value(0));
        step(id, "sign", staffA, ",\"on\":\"2025-03-03\"").andExpect(status().isNotFound());
        step(id, "return", staffB, ",\"on\":\"2025-03-04\"").andExpect(status().isBadRequest());
        step(id, "return", staffB, ",\"reason\":\"不属于本局职责\",\"on\":\"2025-03-04\"").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"));
        call(get(API + "/" + id), staffB, null).andExpect(status().isNotFound());
        // the suggested unit: no reason needed
        step(id, "route", desk, ",\"unitId\":" + unitA + ",\"on\":\"2025-03-04\"").andExpect(status().isOk())
                .andExpect(jsonPath("$.answerDue").value("2025-03-11"));
        step(id, "answer", staffA, ",\"text\":\"x\",\"on\":\"2025-03-04\"").andExpect(status().isConflict());
        step(id, "sign", staffA, ",\"on\":\"2025-03-05\"").andExpect(status().isOk());
        step(id, "urge", staffA, ",\"text\":\"x\"").andExpect(status().isForbidden());
        step(id, "urge", desk, ",\"text\":\"请尽快答复企业\",\"on\":\"2025-03-12\"").andExpect(status().isOk())
                .andExpect(jsonPath("$.urgeCount").value(1)).andExpect(jsonPath("$.status").value("SIGNED"));
        call(post(API + "/" + id + "/steps/answer"), staffA, "{\"version\":0,\"text\":\"x\"}").andExpect(status().isConflict());
        step(id, "answer", staffA, ",\"on\":\"2025-03-13\"").andExpect(status().isBadRequest());
        step(id, "answer", staffA, ",\"text\":\"已协调加快审批，预计三月底发证。\",\"on\":\"2025-03-13\"")
                .andExpect(status().isOk()).andExpect(jsonPath("$.answeredOnTime").value(false))
                .andExpect(jsonPath("$.status").value("ANSWERED"));
        step(id, "close", desk, ",\"on\":\"2025-03-14\"").andExpect(status().isOk());
        step(id, "rate", desk, ",\"rating\":\"GREAT\"").andExpect(status().isBadRequest());
        step(id, "rate", desk, ",\"rating\":\"SATISFIED\",\"on\":\"2025-03-17\"").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RATED"));
        step(id, "nope", desk, "").andExpect(status().isNotFound());

        assertThat(figure("enterprises.requests_answered", unitA, 2025)).isEqualByComparingTo("1");
        assertThat(figure("enterprises.requests_answered_on_time", unitA, 2025)).isEqualByComparingTo("0");
        assertThat(figure("enterprises.requests_answer_on_time_rate", unitA, 2025)).isEqualByComparingTo("0");
        assertThat(figure("enterprises.requests_satisfaction_rate", unitA, 2025)).isEqualByComparingTo("100");
        assertThat(figure("enterprises.requests", unitA, 2025)).isEqualByComparingTo("1");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'enterprises.request.escalated' AND target_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRequestAboutEnforcementOpensASupervisionClueLinkedBothWays() throws Exception {
        long id = file("INSPECTION", "2025-04-01");
        step(id, "route", desk, ",\"unitId\":" + unitA + ",\"on\":\"2025-04-01\"").andExpect(status().isOk());
        Long clue = jdbc.sql("SELECT clue_id FROM enterprise_request WHERE id = :id").param("id", id).query(Long.class).single();
        assertThat(clue).isNotNull();
        assertThat(clues.find(clue)).get().satisfies(c -> assertThat(c.unitId()).isEqualTo(unitA));
        assertThat(links.of(EnterpriseRequests.ref(id))).anySatisfy(l -> {
            assertThat(l.caseType()).isEqualTo(Clues.CASE_TYPE);
            assertThat(l.caseId()).isEqualTo(clue);
        });
        assertThat(links.of(new CaseRef(Clues.CASE_TYPE, clue)))
                .anySatisfy(l -> assertThat(l.path()).isEqualTo("/enterprises/requests/" + id));
        long plain = file("POLICY", "2025-04-01");
        step(plain, "route", desk, ",\"unitId\":" + unitA + ",\"on\":\"2025-04-01\"").andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT clue_id FROM enterprise_request WHERE id = :id").param("id", plain)
                .query(Long.class).optional()).isEmpty();
    }

    @Test
    void aLateRequestIsEscalatedOnTheListTheToDosAndTheWarnings() throws Exception {
        long late = file("FACTORS", "2024-02-01");
        call(get(API + "/" + late), desk, null).andExpect(jsonPath("$.request.overdue").value(true))
                .andExpect(jsonPath("$.actions[0]").value("route"));
        call(get(API + "?supervised=true&year=2024&size=500"), desk, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + late + ")]").exists());
        DataScope deskScope = new DataScope(ScopeLevel.UNIT, 44, "421202");
        Caller deskCaller = new Caller() {
            public DataScope scope() {
                return deskScope;
            }

            public boolean can(String permission) {
                return permission.startsWith("enterprises:");
            }
        };
        List<TodoGroup> groups = todos.todos(deskCaller, 1000);
        assertThat(groups).filteredOn(g -> g.labelKey().equals("enterprises.requests.todo.overdue")).singleElement()
                .satisfies(g -> assertThat(g.items()).anySatisfy(i -> assertThat(i.ref())
                        .isEqualTo(EnterpriseRequests.ref(late))));
        assertThat(requests.openDeadlines(deskScope, LocalDate.now())).anySatisfy(d -> {
            assertThat(d.ref()).isEqualTo(EnterpriseRequests.ref(late));
            assertThat(d.deadlineName()).isEqualTo("enterprises.requests.clock.route");
            assertThat(d.deadline()).isEqualTo(LocalDate.of(2024, 2, 2));
        });
        // a unit's caller never sees the desk's to-dos
        Caller unitCaller = new Caller() {
            public DataScope scope() {
                return new DataScope(ScopeLevel.UNIT, unitA, "421202");
            }

            public boolean can(String permission) {
                return permission.equals(Enterprises.VIEW) || permission.equals(Enterprises.HANDLE);
            }
        };
        assertThat(todos.todos(unitCaller, 10)).filteredOn(g -> g.labelKey().startsWith("enterprises.requests"))
                .allSatisfy(g -> assertThat(g.count()).isZero());
    }

    @Test
    void anSmeComplaintRunsTheClocksOfArticlesTwentyFourAndTwentyFive() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM sme_complaint").query(Long.class).single();
        EnterpriseView large = enterprises.insert(new EnterpriseCommands.Register(EnterpriseFixtures.uscc(),
                "咸安诉求测试大型集团" + digits, null, EnterpriseSize.LARGE, "421202001", null, null, null, null, "某",
                "1390000" + digits.substring(0, 4), List.of()), "test");
        call(post(SME), desk, "{\"uscc\":\"" + large.uscc() + "\",\"respondentUnitId\":" + unitB + ",\"amount\":1000,"
                + "\"paymentDue\":\"2025-05-01\",\"content\":\"c\",\"receivedOn\":\"2025-07-01\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("中小企业")));
        call(post(SME), desk, "{\"uscc\":\"" + enterprise.uscc() + "\",\"respondentUnitId\":" + unitB + ",\"amount\":-5,"
                + "\"paymentDue\":\"2025-05-01\",\"content\":\"c\",\"receivedOn\":\"2025-07-01\"}")
                .andExpect(status().isBadRequest());
        call(post(SME), desk, "{\"uscc\":\"" + enterprise.uscc() + "\",\"respondentUnitId\":" + unitB + ",\"amount\":5,"
                + "\"paymentDue\":\"2025-07-02\",\"content\":\"c\",\"receivedOn\":\"2025-07-01\"}")
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sme_complaint").query(Long.class).single()).isEqualTo(before);

        String json = call(post(SME), desk, "{\"uscc\":\"" + enterprise.uscc() + "\",\"respondentUnitId\":" + unitB
                + ",\"amount\":286000.50,\"paymentDue\":\"2025-04-30\",\"contractRef\":\"XA-2025-017\","
                + "\"content\":\"乙局验收合格后逾期两个月未付款。\",\"receivedOn\":\"2025-07-01\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("RECEIVED"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        assertThat((String) JsonPath.read(json, "$.caseNumber")).startsWith("咸安账款〔2025〕");
        smeStep(id, "accept", desk, ",\"on\":\"2025-07-01\"").andExpect(jsonPath("$.transferDue").value("2025-07-15"));
        smeStep(id, "transfer", desk, ",\"on\":\"2025-07-16\"").andExpect(status().isBadRequest());
        smeStep(id, "transfer", desk, ",\"unitId\":" + unitA + ",\"on\":\"2025-07-16\"").andExpect(status().isOk())
                .andExpect(jsonPath("$.transferredOnTime").value(false)).andExpect(jsonPath("$.resultDue").value("2025-08-15"));
        call(get(SME + "/" + id), staffB, null).andExpect(status().isNotFound());
        call(get(SME + "/" + id), staffA, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.actions").value(org.hamcrest.Matchers.hasItem("conclude")));
        smeStep(id, "extend", staffA, ",\"extendTo\":\"2025-10-20\",\"reason\":\"需审计结算\",\"approver\":\"甲局局长\"")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("90")));
        smeStep(id, "extend", staffA, ",\"extendTo\":\"2025-09-30\",\"reason\":\"需审计结算\"")
                .andExpect(status().isBadRequest());
        smeStep(id, "extend", staffA, ",\"extendTo\":\"2025-09-30\",\"reason\":\"需审计结算\",\"approver\":\"甲局局长\"")
                .andExpect(status().isOk()).andExpect(jsonPath("$.extendedTo").value("2025-09-30"));
        smeStep(id, "supervise", staffA, ",\"text\":\"乙局未按期提供结算资料，已发督办书\"").andExpect(status().isOk())
                .andExpect(jsonPath("$.supervisionCount").value(1));
        smeStep(id, "conclude", staffA, ",\"text\":\"乙局已于九月支付全部款项及逾期利息。\",\"on\":\"2025-09-01\"")
                .andExpect(status().isOk()).andExpect(jsonPath("$.concludedOnTime").value(true))
                .andExpect(jsonPath("$.status").value("CONCLUDED"));
        assertThat(figure("enterprises.sme_complaints_transfer_on_time_rate", unitA, 2025)).isEqualByComparingTo("0");
        assertThat(figure("enterprises.sme_complaints_settled_on_time_rate", unitA, 2025)).isEqualByComparingTo("100");
        assertThat(figure("enterprises.sme_complaints", unitA, 2025)).isEqualByComparingTo("1");
    }

    ResultActions smeStep(long id, String step, String user, String extra) throws Exception {
        int v = jdbc.sql("SELECT version FROM sme_complaint WHERE id = :id").param("id", id).query(Integer.class).single();
        return call(post(SME + "/" + id + "/steps/" + step), user, "{\"version\":" + v + extra + "}");
    }
}
