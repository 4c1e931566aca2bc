package cn.fazhi.enterprises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * SME payments over the API: a unit records its own payments (term over 60 days, a large enterprise, another unit's
 * name refused with a Chinese problem and nothing saved), records what it paid, sees days overdue and interest; another
 * unit sees none of them, the desk all. Art. 18: the unit's figures for last year count contracts overdue and unpaid on
 * 31 December; until it publishes it is listed as missing (late after 31 March) and has a to-do; it publishes once;
 * the public page lists it. The figures count by due date.
 */
@IntegrationTest
class PaymentsTest {

    static final String API = "/api/v1/enterprises/payments";

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Enterprises enterprises;
    @Autowired Indicators indicators;
    @Autowired PaymentTodos todos;
    @Autowired PaymentPublications publications;

    long newUnit(String name) {
        String s = UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO unit (code, name, short_name, type, region_code) VALUES (:c, :n, :s, 'DEPARTMENT', '421202')")
                .param("c", "PY" + s).param("n", name + s).param("s", "付" + s).update();
        return jdbc.sql("SELECT id FROM unit WHERE code = :c").param("c", "PY" + s).query(Long.class).single();
    }

    ResultActions call(MockHttpServletRequestBuilder request, String username, String body) throws Exception {
        request.header("Authorization", "Bearer " + TestAccounts.token(mvc, username, TestAccounts.PASSWORD))
                .contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    long record(String user, String uscc, String contract, String amount, String kind, String start, Integer term,
            String rate) throws Exception {
        String json = call(post(API), user, "{\"uscc\":\"" + uscc + "\",\"contractNo\":\"" + contract
                + "\",\"subject\":\"办公设备采购\",\"amount\":" + amount + ",\"startKind\":\"" + kind + "\",\"startOn\":\""
                + start + "\"" + (term == null ? "" : ",\"termDays\":" + term) + (rate == null ? "" : ",\"annualRate\":" + rate)
                + "}").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM sme_payment").query(Long.class).single();
    }

    @Test
    void aUnitRecordsItsPaymentsAndPublishesItsOverdueOnesOnce() throws Exception {
        long unitA = newUnit("款项甲局");
        long unitB = newUnit("款项乙局");
        String staffA = accounts.create("pya", unitA, "UNIT_STAFF");
        String staffB = accounts.create("pyb", unitB, "UNIT_STAFF");
        String desk = accounts.create("pyd", 44, "BUSINESS_DESK");
        EnterpriseView sme = EnterpriseFixtures.register(enterprises, "款项测试小微有限公司", "13912340601", List.of());
        EnterpriseView large = enterprises.insert(new EnterpriseCommands.Register(EnterpriseFixtures.uscc(),
                "款项测试大型集团有限公司", "C3670", EnterpriseSize.LARGE, "421202001", null, null, null, null, "钱七",
                "13912340602", List.of()), "test");
        String c = UUID.randomUUID().toString().substring(0, 6);

        long before = count();
        call(post(API), staffA, "{\"uscc\":\"" + sme.uscc() + "\",\"contractNo\":\"HT" + c + "-0\",\"subject\":\"物业服务\","
                + "\"amount\":1000,\"startOn\":\"2025-03-01\",\"termDays\":61}")
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail", containsString("最长不得超过60日")));
        call(post(API), staffA, "{\"uscc\":\"" + large.uscc() + "\",\"contractNo\":\"HT" + c + "-0\",\"subject\":\"物业服务\","
                + "\"amount\":1000,\"startOn\":\"2025-03-01\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("大型企业")));
        call(post(API), staffA, "{\"uscc\":\"" + sme.uscc() + "\",\"contractNo\":\"HT" + c + "-0\",\"subject\":\"物业服务\","
                + "\"amount\":-5,\"startOn\":\"2025-03-01\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("大于0")));
        call(post(API), staffA, "{\"uscc\":\"" + sme.uscc() + "\",\"contractNo\":\"HT" + c + "-0\",\"subject\":\"物业服务\","
                + "\"amount\":1000,\"startOn\":\"2025-03-01\",\"unitId\":" + unitB + "}")
                .andExpect(status().isForbidden());
        call(post(API), staffA, null).andExpect(status().isBadRequest());
        assertThat(count()).isEqualTo(before);

        long onTime = record(staffA, sme.uscc(), "HT" + c + "-1", "100000", "DELIVERY", "2025-03-01", null, null);
        long nextYear = record(staffA, sme.uscc(), "HT" + c + "-2", "80000", "ACCEPTANCE", "2025-11-20", 45, null);
        long unpaid = record(staffA, sme.uscc(), "HT" + c + "-3", "50000", "DELIVERY", "2025-10-01", 30, null);
        long late = record(staffA, sme.uscc(), "HT" + c + "-4", "20000", "DELIVERY", "2025-05-01", null, "3.65");
        call(post(API), staffA, "{\"uscc\":\"" + sme.uscc() + "\",\"contractNo\":\"HT" + c + "-1\",\"subject\":\"物业服务\","
                + "\"amount\":1000,\"startOn\":\"2025-03-01\"}").andExpect(status().isConflict());

        call(get(API + "/" + onTime), staffA, null).andExpect(jsonPath("$.dueOn").value("2025-03-31"));
        call(get(API + "/" + nextYear), staffA, null).andExpect(jsonPath("$.dueOn").value("2026-01-04"));
        call(post(API + "/" + onTime + "/paid"), staffA, "{\"paidOn\":\"2025-03-20\",\"paidAmount\":100000}")
                .andExpect(jsonPath("$.overdue").value(false)).andExpect(jsonPath("$.daysOverdue").value(0));
        call(post(API + "/" + late + "/paid"), staffA, "{\"paidOn\":\"2025-06-10\",\"paidAmount\":30000}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("不超过合同金额")));
        call(post(API + "/" + late + "/paid"), staffA, "{\"paidOn\":\"2025-06-10\",\"paidAmount\":20000}")
                .andExpect(jsonPath("$.overdue").value(true)).andExpect(jsonPath("$.daysOverdue").value(10))
                .andExpect(jsonPath("$.interest").value(20.00));
        long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2025, 10, 31), LocalDate.now());
        call(get(API + "/" + unpaid), staffA, null).andExpect(jsonPath("$.daysOverdue").value((int) days))
                .andExpect(jsonPath("$.interest").value(new BigDecimal("50000").multiply(new BigDecimal("0.0005"))
                        .multiply(BigDecimal.valueOf(days)).doubleValue()));

        call(get(API + "/" + unpaid), staffB, null).andExpect(status().isNotFound());
        call(get(API).param("q", "HT" + c), staffB, null).andExpect(jsonPath("$.total").value(0));
        call(get(API).param("q", "HT" + c), desk, null).andExpect(jsonPath("$.total").value(4));
        // overdue now: the late one, the unpaid one and the one due 2026-01-04 still unpaid
        call(get(API).param("q", "HT" + c).param("overdue", "true"), staffA, null).andExpect(jsonPath("$.total").value(3));

        DataScope scopeA = new DataScope(ScopeLevel.UNIT, unitA, "421202");
        assertThat(indicators.find("enterprises.payments").orElseThrow().value(IndicatorQuery.year(2025, "421202", scopeA)))
                .isEqualByComparingTo("3");
        assertThat(indicators.find("enterprises.payments.overdue").orElseThrow()
                .value(IndicatorQuery.year(2025, "421202", scopeA))).isEqualByComparingTo("2");

        // Art. 18 for 2025 (this test runs after 31 March 2026: the publication is late)
        int year = LocalDate.now().getYear() - 1;
        assertThat(year).isGreaterThanOrEqualTo(2025);
        if (year == 2025) {
            Caller a = caller(scopeA);
            assertThat(todos.todos(a, 5)).singleElement().satisfies(g -> {
                assertThat(g.labelKey()).isEqualTo(LocalDate.now().isAfter(LocalDate.of(2026, 3, 31))
                        ? "enterprises.todo.publicationLate" : "enterprises.todo.publication");
                assertThat(g.count()).isEqualTo(1);
            });
        }
        assertThat(publications.missing(2025, scopeA)).singleElement().satisfies(f -> {
            assertThat(f.overdueCount()).isEqualTo(1);
            assertThat(f.overdueAmount()).isEqualByComparingTo("50000");
        });
        call(post(API + "/publications"), staffB, "{\"unitId\":" + unitA + ",\"year\":2025}").andExpect(status().isForbidden());
        call(post(API + "/publications"), staffA, "{\"unitId\":" + unitA + ",\"year\":" + LocalDate.now().getYear() + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("已结束的年度")));
        call(post(API + "/publications"), staffA, "{\"unitId\":" + unitA + ",\"year\":2025}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.overdueCount").value(1))
                .andExpect(jsonPath("$.overdueAmount").value(50000.00));
        call(post(API + "/publications"), staffA, "{\"unitId\":" + unitA + ",\"year\":2025}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("已公示")));
        assertThat(publications.missing(2025, scopeA)).isEmpty();
        if (year == 2025) {
            assertThat(todos.todos(caller(scopeA), 5)).isEmpty();
        }
        mvc.perform(get("/public/enterprises/overdue-payments/2025")).andExpect(status().isOk())
                .andExpect(content().string(containsString("款项甲局")))
                .andExpect(content().string(containsString("50,000.00")))
                .andExpect(content().string(not(containsString("款项乙局"))));
    }

    static Caller caller(DataScope scope) {
        return new Caller() {
            @Override
            public DataScope scope() {
                return scope;
            }

            @Override
            public boolean can(String permission) {
                return permission.equals(Enterprises.VIEW) || permission.equals(Enterprises.HANDLE);
            }
        };
    }
}
