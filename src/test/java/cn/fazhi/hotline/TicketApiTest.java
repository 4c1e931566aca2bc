package cn.fazhi.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

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
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;
import cn.fazhi.supervision.Clues;

/**
 * A 12345 ticket over the API against the whole application: the centre classifies a ticket in a category that maps
 * to a power of the published list, sees that power's unit suggested with its reason, overrides it only with a reason;
 * the wrong unit returns it; after a ruling the right unit cannot return it, signs late, replies on time; the centre
 * visits; the figures of the units follow. Bad input and a stale version save nothing; a unit sees only its own
 * tickets and never a confidential caller; a complaint about enforcement opens a supervision clue linked both ways.
 */
@IntegrationTest
class TicketApiTest {

    static final String API = "/api/v1/hotline";

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Indicators indicators;
    @Autowired Clues clues;

    long unitA;
    long unitB;
    String staffA;
    String staffB;
    String operator;
    String power;
    String suffix;

    @BeforeEach
    void setUp() {
        unitA = newUnit("物业甲");
        unitB = newUnit("物业乙");
        staffA = accounts.create("hta", unitA, "UNIT_STAFF");
        staffB = accounts.create("htb", unitB, "UNIT_STAFF");
        operator = accounts.create("hto", 43, "HOTLINE_OPERATOR");
        suffix = UUID.randomUUID().toString().substring(0, 8);
        power = "HT-" + suffix;
        jdbc.sql("INSERT INTO power_item (code, version_no, power_type, name, matter_key, basis, unit_id, region_code, "
                        + "effective_from, published_on, created_at, created_by) VALUES (:c, 1, 'INSPECTION', :n, :n, "
                        + "'《物业管理条例》第五条', :u, '421202', DATE '2024-01-01', DATE '2024-01-02', :at, 'test')")
                .param("c", power).param("n", "对" + suffix + "物业服务企业的监督检查").param("u", unitA)
                .param("at", OffsetDateTime.now()).update();
    }

    long newUnit(String name) {
        String s = UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO unit (code, name, short_name, type, region_code) VALUES (:c, :n, :s, 'DEPARTMENT', '421202')")
                .param("c", "HT" + s).param("n", name + s).param("s", "热" + s).update();
        return jdbc.sql("SELECT id FROM unit WHERE code = :c").param("c", "HT" + s).query(Long.class).single();
    }

    ResultActions call(MockHttpServletRequestBuilder request, String username, String body) throws Exception {
        request.header("Authorization", "Bearer " + TestAccounts.token(mvc, username, TestAccounts.PASSWORD))
                .contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    long category(String body) throws Exception {
        String json = call(post(API + "/categories"), operator, body).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    long intake(long category, String extra) throws Exception {
        return intake(category, "2025-03-03", extra);
    }

    long intake(long category, String receivedOn, String extra) throws Exception {
        String json = call(post(API + "/tickets"), operator, "{\"channel\":\"PHONE\",\"categoryId\":" + category
                + ",\"title\":\"小区电梯停运\",\"content\":\"电梯停运一个月，无人处理\",\"receivedOn\":\"" + receivedOn + "\""
                + extra + "}").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    BigDecimal figure(String id, long unit) {
        return indicators.find(id).orElseThrow()
                .value(IndicatorQuery.year(2025, "421202", new DataScope(ScopeLevel.UNIT, unit, "421202")));
    }

    @Test
    void aTicketFromIntakeThroughDispatchReturnRulingSignReplyToTheVisit() throws Exception {
        call(post(API + "/categories"), operator, "{\"code\":\"X" + suffix + "\",\"name\":\"测试\",\"powerCodes\":\"NOPE-"
                + suffix + "\"}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("NOPE-")));
        long category = category("{\"code\":\"T" + suffix + "\",\"name\":\"物业测试" + suffix + "\",\"urgency\":\"NORMAL\","
                + "\"handleDays\":3,\"powerCodes\":\"" + power + "\"}");
        long before = jdbc.sql("SELECT COUNT(*) FROM hotline_ticket").query(Long.class).single();
        call(post(API + "/tickets"), operator, "{\"channel\":\"PHONE\",\"categoryId\":" + category + ",\"title\":\"缺内容\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请填写诉求内容。"));
        call(post(API + "/tickets"), operator, "{\"channel\":\"PHONE\",\"categoryId\":" + category
                + ",\"title\":\"t\",\"content\":\"c\",\"callerPhone\":\"12\"}").andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hotline_ticket").query(Long.class).single()).isEqualTo(before);

        long id = intake(category, ",\"callerName\":\"张三丰\",\"callerPhone\":\"13900001111\",\"confidential\":true");
        String one = API + "/tickets/" + id;
        assertThat(jdbc.sql("SELECT caller_phone_enc FROM hotline_ticket WHERE id = :id").param("id", id)
                .query(String.class).single()).doesNotContain("13900001111");
        call(get(one), operator, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.ticket.status").value("RECEIVED"))
                .andExpect(jsonPath("$.ticket.callerPhone").value("139****1111"))
                .andExpect(jsonPath("$.ticket.callerName").value("张**"))
                .andExpect(jsonPath("$.suggestions[0].unitId").value(unitA))
                .andExpect(jsonPath("$.suggestions[0].reason").value("CATEGORY_POWER"))
                .andExpect(jsonPath("$.suggestions[0].reasonArgs[1]").value("《物业管理条例》第五条"))
                .andExpect(jsonPath("$.actions").value(hasItem("dispatch")));
        call(get(one), staffA, null).andExpect(status().isNotFound());

        // the operator overrides the suggestion only with a reason; the wrong unit returns it
        call(post(one + "/steps/dispatch"), operator, "{\"unitId\":" + unitB + ",\"on\":\"2025-03-03\",\"version\":0}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("改派理由")));
        call(post(one + "/steps/dispatch"), operator, "{\"unitId\":" + unitB + ",\"reason\":\"来电人称由乙负责\","
                + "\"on\":\"2025-03-03\",\"version\":0}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISPATCHED")).andExpect(jsonPath("$.signDue").value("2025-03-04"))
                .andExpect(jsonPath("$.handleDue").value("2025-03-06"));
        call(post(one + "/steps/sign"), staffA, "{\"version\":1}").andExpect(status().isNotFound());
        call(post(one + "/steps/return"), staffB, "{\"on\":\"2025-03-04\",\"version\":1}").andExpect(status().isBadRequest());
        call(post(one + "/steps/return"), staffB, "{\"reason\":\"不属于本单位职责\",\"on\":\"2025-03-04\",\"version\":1}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"));
        call(get(one), staffB, null).andExpect(status().isNotFound());

        // after a ruling the right unit cannot return it; it signs late and replies on time
        call(post(one + "/steps/dispatch"), operator, "{\"unitId\":" + unitA + ",\"ruling\":true,\"on\":\"2025-03-04\","
                + "\"version\":2}").andExpect(status().isOk()).andExpect(jsonPath("$.handleDue").value("2025-03-07"));
        call(get(one), staffA, null).andExpect(status().isOk()).andExpect(jsonPath("$.ticket.callerPhone").doesNotExist())
                .andExpect(jsonPath("$.ticket.callerName").doesNotExist())
                .andExpect(jsonPath("$.ticket.confidential").value(true)).andExpect(jsonPath("$.suggestions").isEmpty());
        call(post(one + "/steps/return"), staffA, "{\"reason\":\"不归我们\",\"version\":3}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("不得退回")));
        call(post(one + "/steps/sign"), staffA, "{\"on\":\"2025-03-06\",\"version\":2}").andExpect(status().isConflict());
        call(post(one + "/steps/sign"), staffA, "{\"on\":\"2025-03-06\",\"version\":3}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SIGNED")).andExpect(jsonPath("$.signOverdue").value(true));
        call(post(one + "/steps/reply"), staffA, "{\"text\":\"已督促物业修复电梯\",\"on\":\"2025-03-07\",\"version\":4}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.repliedOnTime").value(true))
                .andExpect(jsonPath("$.visitDue").value("2025-03-12"));
        call(post(one + "/steps/visit"), operator, "{\"satisfaction\":\"BOGUS\",\"on\":\"2025-03-10\",\"version\":5}")
                .andExpect(status().isBadRequest());
        call(post(one + "/steps/visit"), operator, "{\"satisfaction\":\"SATISFIED\",\"on\":\"2025-03-10\",\"version\":5}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closedOn").value("2025-03-10"));
        call(get(one), operator, null).andExpect(jsonPath("$.dispatches.length()").value(2))
                .andExpect(jsonPath("$.dispatches[0].returnReason").value("不属于本单位职责"))
                .andExpect(jsonPath("$.dispatches[0].overrideReason").value("来电人称由乙负责"))
                .andExpect(jsonPath("$.dispatches[1].ruling").value(true))
                .andExpect(jsonPath("$.dispatches[1].signedOnTime").value(false))
                .andExpect(jsonPath("$.timeline.length()").value(7));

        assertThat(figure("hotline.tickets", unitA)).isEqualByComparingTo("1");
        assertThat(figure("hotline.sign_on_time_rate", unitA)).isEqualByComparingTo("0");
        assertThat(figure("hotline.done_on_time_rate", unitA)).isEqualByComparingTo("100");
        assertThat(figure("hotline.visit_rate", unitA)).isEqualByComparingTo("100");
        assertThat(figure("hotline.satisfaction_rate", unitA)).isEqualByComparingTo("100");
        assertThat(figure("hotline.return_rate", unitA)).isEqualByComparingTo("0");
        assertThat(figure("hotline.return_rate", unitB)).isEqualByComparingTo("100");
        var returned = indicators.find("hotline.return_rate").orElseThrow().records(
                IndicatorQuery.year(2025, "421202", new DataScope(ScopeLevel.UNIT, unitB, "421202")), 0, 10);
        assertThat(returned.items()).singleElement().satisfies(r -> {
            assertThat(r.href()).isEqualTo("/hotline/tickets/" + id);
            assertThat(r.reference()).startsWith("咸安12345〔2025〕");
            assertThat(r.date()).isEqualTo(LocalDate.of(2025, 3, 3));
        });

        // the history of the category now shows both units with their return rates
        long next = intake(category, "2025-03-11", "");
        call(get(API + "/tickets/" + next + "/suggestions"), operator, null).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].unitId").value(unitA)).andExpect(jsonPath("$[0].handled").value(1))
                .andExpect(jsonPath("$[?(@.unitId == " + unitB + ")].reason").value(hasItem("HISTORY")))
                .andExpect(jsonPath("$[?(@.unitId == " + unitB + ")].returned").value(hasItem(1)));
    }

    @Test
    void aComplaintAboutEnforcementOpensASupervisionClueLinkedBothWays() throws Exception {
        long category = category("{\"code\":\"E" + suffix + "\",\"name\":\"执法投诉" + suffix + "\",\"defaultUnitId\":"
                + unitA + ",\"enforcementComplaint\":true}");
        long id = intake(category, "");
        call(get(API + "/tickets/" + id), operator, null)
                .andExpect(jsonPath("$.suggestions[0].unitId").value(unitA))
                .andExpect(jsonPath("$.suggestions[0].reason").value("CATEGORY_UNIT"));
        String json = call(post(API + "/tickets/" + id + "/steps/dispatch"), operator, "{\"unitId\":" + unitA
                + ",\"on\":\"2025-03-03\",\"version\":0}").andExpect(status().isOk())
                .andExpect(jsonPath("$.clueId").isNumber()).andReturn().getResponse().getContentAsString();
        long clue = ((Number) JsonPath.read(json, "$.clueId")).longValue();
        assertThat(clues.find(clue).orElseThrow().unitId()).isEqualTo(unitA);
        call(get(API + "/tickets/" + id), operator, null)
                .andExpect(jsonPath("$.links[0].caseType").value("supervision"))
                .andExpect(jsonPath("$.links[0].caseId").value(clue));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_link WHERE from_type = 'hotline' AND from_id = :id "
                + "AND to_type = 'supervision' AND to_id = :c").param("id", id).param("c", clue).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theCentreAnswersDirectlyAndClosesWithoutAVisit() throws Exception {
        long category = category("{\"code\":\"A" + suffix + "\",\"name\":\"咨询" + suffix + "\",\"defaultUnitId\":" + unitA
                + ",\"urgency\":\"URGENT\"}");
        long id = intake(category, "");
        String one = API + "/tickets/" + id;
        call(post(one + "/steps/answer"), staffA, "{\"text\":\"x\",\"version\":0}").andExpect(status().isNotFound());
        call(post(one + "/steps/answer"), operator, "{\"text\":\"已解释政策\",\"on\":\"2025-03-03\",\"version\":0}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REPLIED"));
        call(post(one + "/steps/close"), operator, "{\"on\":\"2025-03-07\",\"version\":1}").andExpect(status().isBadRequest());
        call(post(one + "/steps/close"), operator, "{\"reason\":\"三次联系未接通\",\"on\":\"2025-03-07\",\"version\":1}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.visitedOn").doesNotExist());
        call(post(one + "/steps/bogus"), operator, "{\"version\":2}").andExpect(status().isNotFound());
    }
}
