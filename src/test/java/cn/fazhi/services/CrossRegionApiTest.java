package cn.fazhi.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;

import cn.fazhi.IntegrationTest;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;
import cn.fazhi.TestAccounts;

/**
 * Cross-region hand-overs over the API against the whole application: window staff register an OUT hand-over and take
 * it through its dated steps; an IN hand-over is accepted and returned by the item's unit; bad input is a Chinese 400
 * saving nothing; another unit gets 404; a stale version 409; every step is on the timeline and audited.
 */
@IntegrationTest
class CrossRegionApiTest {

    static final String API = "/api/v1/services/cross-region";
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Indicators indicators;
    @Autowired CrossRegionHandovers handovers;

    long windowUnit;
    long itemUnit;
    String window;
    String handler;
    String otherWindow;
    long partner;
    String code;
    String unagreed;
    LocalDate today;

    @BeforeEach
    void setUp() {
        windowUnit = newUnit("跨窗");
        itemUnit = newUnit("跨局");
        window = accounts.create("xrw", windowUnit, "WINDOW_STAFF");
        handler = accounts.create("xrh", itemUnit, "UNIT_STAFF");
        otherWindow = accounts.create("xro", newUnit("跨他"), "WINDOW_STAFF");
        partner = jdbc.sql("SELECT id FROM partner_region WHERE name = '吉安县'").query(Long.class).single();
        code = item(itemUnit, 10, true);
        unagreed = item(itemUnit, 10, false);
        today = LocalDate.now();
    }

    long newUnit(String prefix) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO unit (code, name, short_name, type, region_code) SELECT :c, :n, :s, 'DEPARTMENT', region_code "
                        + "FROM unit WHERE id = 5")
                .param("c", "XR" + suffix).param("n", prefix + "测试单位" + suffix).param("s", prefix + suffix).update();
        return jdbc.sql("SELECT id FROM unit WHERE code = :c").param("c", "XR" + suffix).query(Long.class).single();
    }

    /** An item of {@code unit} in force since 2024-01-01, agreed with 吉安县 on 2024-01-02 when {@code agreed}. */
    String item(long unit, int promised, boolean agreed) {
        String c = "XR-" + UUID.randomUUID().toString().substring(0, 12);
        jdbc.sql("INSERT INTO service_item (code, unit_id, region_code, created_at, created_by, published_on) "
                        + "SELECT :c, id, region_code, :at, 'test', DATE '2024-01-01' FROM unit WHERE id = :u")
                .param("c", c).param("u", unit).param("at", OffsetDateTime.now()).update();
        long id = jdbc.sql("SELECT id FROM service_item WHERE code = :c").param("c", c).query(Long.class).single();
        jdbc.sql("INSERT INTO service_item_version (item_id, version_no, effective_from, name, item_type, basis, level, "
                        + "promised_days) VALUES (:i, 1, DATE '2024-01-01', '城乡居民基本养老保险待遇申领', 'PUBLIC_SERVICE', "
                        + "'社会保险法第二十条', 'DISTRICT', :p)")
                .param("i", id).param("p", promised).update();
        if (agreed) {
            jdbc.sql("INSERT INTO partner_item (partner_id, item_id, agreed_on, created_at, created_by) VALUES (:p, :i, "
                    + "DATE '2024-01-02', :at, 'test')").param("p", partner).param("i", id).param("at", OffsetDateTime.now())
                    .update();
        }
        return c;
    }

    ResultActions call(MockHttpServletRequestBuilder request, String username, String body) throws Exception {
        request.header("Authorization", "Bearer " + TestAccounts.token(mvc, username, TestAccounts.PASSWORD))
                .contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    String out(String itemCode, LocalDate on, String materials) {
        return "{\"direction\":\"OUT\",\"partnerId\":" + partner + ",\"itemCode\":\"" + itemCode + "\",\"applicantName\":"
                + "\"张三\",\"applicantPerson\":true,\"applicantId\":\"11010519491231002X\",\"applicantPhone\":"
                + "\"13800138000\",\"materials\":" + (materials == null ? "null" : "\"" + materials + "\"")
                + ",\"receivedOn\":\"" + on + "\"}";
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM cross_region_case WHERE intake_unit_id = :u").param("u", windowUnit)
                .query(Long.class).single();
    }

    @Test
    void windowStaffRegisterAnOutHandOverAndTakeItThroughItsDatedSteps() throws Exception {
        String body = call(post(API), window, out(code, today.minusDays(10), "身份证复印件、申请表"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseNumber").value(org.hamcrest.Matchers.startsWith("咸安通办〔" + today.minusDays(10).getYear() + "〕")))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.unitId").value(windowUnit))
                .andExpect(jsonPath("$.applicantId").value(org.hamcrest.Matchers.not("11010519491231002X")))
                .andExpect(jsonPath("$.applicantPhone").value(org.hamcrest.Matchers.containsString("*")))
                .andExpect(jsonPath("$.overdue").value(true))
                .andReturn().getResponse().getContentAsString();
        long id = JSON.readTree(body).get("id").asLong();
        String stored = jdbc.sql("SELECT applicant_id_enc FROM cross_region_case WHERE id = :id").param("id", id)
                .query(String.class).single();
        assertThat(stored).isNotBlank().doesNotContain("11010519491231002X");
        String one = API + "/" + id;
        DataScope windowScope = new DataScope(ScopeLevel.UNIT, windowUnit, "421202");
        assertThat(handovers.openDeadlines(windowScope, today)).singleElement().satisfies(d -> {
            assertThat(d.deadlineName()).isEqualTo("services.crossRegion.clock.RECEIVED");
            assertThat(d.deadline()).isBefore(today);
        });
        assertThat(handovers.openDeadlines(new DataScope(ScopeLevel.UNIT, itemUnit, "421202"), today)).isEmpty();
        call(get(one), window, null).andExpect(status().isOk()).andExpect(jsonPath("$.actions[0]").value("send"));
        call(get(one), otherWindow, null).andExpect(status().isNotFound());
        call(post(one + "/steps/send"), otherWindow, "{\"on\":\"" + today + "\",\"way\":\"EMS\",\"version\":0}")
                .andExpect(status().isNotFound());

        // bad input saves nothing: before the previous step, no way, stale version
        call(post(one + "/steps/send"), window, "{\"on\":\"" + today.minusDays(11) + "\",\"way\":\"EMS\",\"version\":0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不能早于上一环节")));
        call(post(one + "/steps/send"), window, "{\"on\":\"" + today.minusDays(9) + "\",\"version\":0}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请填写材料寄递方式。"));
        call(post(one + "/steps/send"), window, "{\"on\":\"" + today.minusDays(9) + "\",\"way\":\"EMS\",\"version\":3}")
                .andExpect(status().isConflict());
        call(post(one + "/steps/deliver"), window, "{\"version\":0}").andExpect(status().isConflict());

        call(post(one + "/steps/send"), window, "{\"on\":\"" + today.minusDays(10) + "\",\"way\":\"EMS 1088\",\"version\":0}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.sentWay").value("EMS 1088"));
        call(post(one + "/steps/result"), window, "{\"on\":\"" + today.minusDays(3) + "\",\"outcome\":\"准予办理\",\"version\":1}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RESULTED"));
        call(post(one + "/steps/deliver"), window, "{\"on\":\"" + today.minusDays(3) + "\",\"version\":2}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DELIVERED"))
                .andExpect(jsonPath("$.due").doesNotExist());
        assertThat(handovers.openDeadlines(windowScope, today.plusYears(1))).isEmpty();
        JsonNode detail = JSON.readTree(call(get(one), window, null).andReturn().getResponse().getContentAsString());
        assertThat(detail.get("timeline").findValuesAsText("action"))
                .contains("registered", "sent", "resulted", "delivered");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE target_type = 'cross_region' AND target_id = :id "
                        + "AND outcome = 'SUCCESS' AND action LIKE 'services.crossRegion.%'")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(4);
        call(get(API + "?direction=OUT&partnerId=" + partner), window, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1));
        call(get(API), otherWindow, null).andExpect(jsonPath("$.total").value(0));
        // every step within its period: counted once received, once finished, on time
        assertThat(figure("services.cross_region.handovers", windowUnit)).isEqualByComparingTo("1");
        assertThat(figure("services.cross_region.finished", windowUnit)).isEqualByComparingTo("1");
        assertThat(figure("services.cross_region.on_time_rate", windowUnit)).isEqualByComparingTo("100");
        assertThat(figure("services.cross_region.handovers", itemUnit)).isEqualByComparingTo("0");
    }

    BigDecimal figure(String id, long unit) {
        String region = jdbc.sql("SELECT region_code FROM unit WHERE id = :id").param("id", unit).query(String.class)
                .single();
        return indicators.find(id).orElseThrow().value(new IndicatorQuery(today.minusDays(30), today, "421202",
                new DataScope(ScopeLevel.UNIT, unit, region)));
    }

    @Test
    void badRegistrationsAreRefusedInChineseAndSaveNothing() throws Exception {
        call(post(API), window, out(unagreed, today.minusDays(1), "申请表")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("未与该合作地区约定通办")));
        call(post(API), window, out(code, LocalDate.of(2024, 1, 1), "申请表")).andExpect(status().isBadRequest());
        call(post(API), window, out(code, today.plusDays(1), "申请表")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("日期不能晚于今天。"));
        call(post(API), window, out(code, today, null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请填写收取的材料。"));
        call(post(API), window, out(code, today, "申请表").replace("11010519491231002X", "110105194912310021"))
                .andExpect(status().isBadRequest());
        call(post(API), window, "{\"direction\":\"SIDEWAYS\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请选择通办方向（本区代收或外地代收）。"));
        assertThat(count()).isZero();
    }

    @Test
    void anInHandOverIsAcceptedAndReturnedByTheItemsUnit() throws Exception {
        String in = "{\"direction\":\"IN\",\"partnerId\":" + partner + ",\"itemCode\":\"" + code + "\",\"applicantName\":"
                + "\"吉安某某有限公司\",\"applicantPerson\":false,\"partnerReference\":\"吉安通办2025-017\",\"receivedOn\":\""
                + today.minusDays(20) + "\"}";
        call(post(API), window, in.replace(",\"partnerReference\":\"吉安通办2025-017\"", ""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请填写合作地区的收件编号。"));
        String body = call(post(API), window, in).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("FORWARDED")).andExpect(jsonPath("$.unitId").value(itemUnit))
                .andReturn().getResponse().getContentAsString();
        long id = JSON.readTree(body).get("id").asLong();
        String one = API + "/" + id;
        // the registering window reads it but does not act; the item's unit does
        call(get(one), window, null).andExpect(status().isOk()).andExpect(jsonPath("$.actions").isEmpty());
        call(post(one + "/steps/accept"), window, "{\"version\":0}").andExpect(status().isForbidden());
        call(get(one), handler, null).andExpect(status().isOk()).andExpect(jsonPath("$.actions[0]").value("accept"));
        call(post(one + "/steps/accept"), handler, "{\"on\":\"" + today.minusDays(3)
                + "\",\"applicationNumber\":\"咸安政务〔2025〕88号\",\"version\":0}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.applicationNumber").value("咸安政务〔2025〕88号"));
        call(post(one + "/steps/return"), handler, "{\"on\":\"" + today + "\",\"outcome\":\"已办结，证照已寄出\",\"version\":1}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.lateSteps").value(1));
        // accepted long after its one working day: finished, not on time
        assertThat(figure("services.cross_region.handovers", itemUnit)).isEqualByComparingTo("1");
        assertThat(figure("services.cross_region.finished", itemUnit)).isEqualByComparingTo("1");
        assertThat(figure("services.cross_region.on_time_rate", itemUnit)).isEqualByComparingTo("0");
    }
}
