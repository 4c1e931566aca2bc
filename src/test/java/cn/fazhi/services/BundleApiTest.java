package cn.fazhi.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;

/**
 * 一件事: a bundle of items of two departments behind one form; applying creates one application per item, each
 * decided by its own department in parallel; the combined answer is complete only when all are finished. A bundle of
 * one item, or a bad applicant, saves nothing.
 */
@IntegrationTest
class BundleApiTest {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    final ObjectMapper json = new ObjectMapper();

    ResultActions call(MockHttpServletRequestBuilder request, String username, String body) throws Exception {
        request.header("Authorization", "Bearer " + TestAccounts.token(mvc, username, TestAccounts.PASSWORD))
                .contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    @Test
    void oneFormTwoDepartmentsInParallelOneAnswer() throws Exception {
        long a = ApplicationApiTest.newUnit(jdbc);
        long b = ApplicationApiTest.newUnit(jdbc);
        long itemA = ApplicationApiTest.item(jdbc, a, "PUBLIC_SERVICE", null, 3, false, "DISTRICT");
        long itemB = ApplicationApiTest.item(jdbc, b, "LICENCE", 20, 5, false, "DISTRICT");
        String manager = accounts.create("bum", a, "UNIT_STAFF");
        String window = accounts.create("buw", 14, "WINDOW_STAFF");
        String staffA = accounts.create("bua", a, "UNIT_STAFF");
        String staffB = accounts.create("bub", b, "UNIT_STAFF");
        String code = "T-BUNDLE-" + UUID.randomUUID().toString().substring(0, 8);
        call(post("/api/v1/services/bundles"), manager, "{\"code\":\"" + code + "\",\"name\":\"开办餐馆一件事\",\"itemIds\":["
                + itemA + "]}").andExpect(status().isBadRequest());
        String created = call(post("/api/v1/services/bundles"), manager, "{\"code\":\"" + code
                + "\",\"name\":\"开办餐馆一件事\",\"itemIds\":[" + itemA + "," + itemB + "]}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.itemIds.length()").value(2)).andReturn()
                .getResponse().getContentAsString();
        long bundle = json.readTree(created).get("id").asLong();
        long before = jdbc.sql("SELECT COUNT(*) FROM service_application").query(Long.class).single();
        call(post("/api/v1/services/bundles/" + bundle + "/applications"), window,
                "{\"applicantName\":\"钱七\",\"applicantId\":\"110105194912310021\"}").andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM service_application").query(Long.class).single()).isEqualTo(before);
        JsonNode answer = json.readTree(call(post("/api/v1/services/bundles/" + bundle + "/applications"), window,
                        "{\"applicantName\":\"钱七\",\"applicantId\":\"11010519491231002X\",\"materials\":[\"营业执照\"]}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.applications.length()").value(2))
                .andExpect(jsonPath("$.complete").value(false)).andReturn().getResponse().getContentAsString());
        long answerId = answer.get("id").asLong();
        for (JsonNode app : answer.get("applications")) {
            long id = app.get("id").asLong();
            String staff = app.get("unitId").asLong() == a ? staffA : staffB;
            call(post("/api/v1/services/applications/" + id + "/steps/accept"), window, "{\"version\":0}")
                    .andExpect(status().isOk());
            call(post("/api/v1/services/applications/" + id + "/steps/grant"), staff, "{\"version\":1}")
                    .andExpect(status().isOk());
            // department A sees only its own part of the bundle
            call(get("/api/v1/services/bundles/applications/" + answerId), staffA, null).andExpect(status().isOk())
                    .andExpect(jsonPath("$.applications.length()").value(1)).andExpect(jsonPath("$.complete").value(false));
            call(post("/api/v1/services/applications/" + id + "/steps/serve"), staff, "{\"version\":2}")
                    .andExpect(status().isOk());
        }
        call(get("/api/v1/services/bundles/applications/" + answerId), window, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.complete").value(true)).andExpect(jsonPath("$.bundleName").value("开办餐馆一件事"));
    }
}
