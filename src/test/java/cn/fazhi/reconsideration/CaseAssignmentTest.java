package cn.fazhi.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;

/**
 * Assignment of reconsideration and litigation cases to a handler: only users with the handling permission whose
 * scope covers the case; by API and page; timeline, audit and the "my cases" filter.
 */
@IntegrationTest
class CaseAssignmentTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    JdbcClient jdbc;

    String officeUser;
    String office;
    String handlerUser;
    String handler;
    long handlerId;
    long mediatorId;

    @BeforeEach
    void users() throws Exception {
        officeUser = accounts.create("asgo", 4, "LAW_OFFICE");
        office = TestAccounts.token(mvc, officeUser, TestAccounts.PASSWORD);
        handlerUser = accounts.create("asgh", 4, "LAW_OFFICE");
        handler = TestAccounts.token(mvc, handlerUser, TestAccounts.PASSWORD);
        handlerId = id(handlerUser);
        mediatorId = id(accounts.create("asgm", 18, "MEDIATOR"));
    }

    long id(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(Long.class).single();
    }

    ResultActions call(String token, String method, String path, String body) throws Exception {
        var request = "GET".equals(method) ? get(path) : post(path);
        request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request.with(CaseVersions.current(jdbc)));
    }

    long created(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id")).longValue();
    }

    @Test
    void aReconsiderationCaseIsAssignedToAHandlerWhoFindsItUnderMyCases() throws Exception {
        long id = created(call(office, "POST", "/api/v1/reconsideration/cases",
                ReconsiderationApiTest.application(5, "IN_PERSON", "2024-03-01", ReconsiderationApiTest.idNumber())));
        String base = "/api/v1/reconsideration/cases/" + id;
        call(office, "GET", base + "/assignees", null).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) handlerId)))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) mediatorId))));
        // a mediator holds no reconsideration:handle: refused in Chinese, nothing recorded
        call(office, "POST", base + "/assignment", "{\"handlerId\":" + mediatorId + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("不能承办此案")));
        call(office, "POST", base + "/assignment", "{\"handlerId\":" + handlerId + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.handlerId").value(handlerId))
                .andExpect(jsonPath("$.handlerName").isString());
        call(handler, "GET", "/api/v1/reconsideration/cases?mine=true", null)
                .andExpect(jsonPath("$[*].id", hasItem((int) id)));
        call(office, "GET", "/api/v1/reconsideration/cases?mine=true", null)
                .andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'reconsideration.assigned' AND target_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT action FROM case_event WHERE case_type = 'reconsideration' AND case_id = :id")
                .param("id", id).query(String.class).list()).contains("assigned");
        // a stale version is a conflict
        call(office, "POST", base + "/assignment", "{\"handlerId\":" + handlerId + ",\"version\":0}")
                .andExpect(status().isConflict());

        // the page shows the handler and offers the assignment to a reviewer
        var office = user(userAccounts.loadDetails(officeUser).orElseThrow());
        mvc.perform(get("/reconsideration/" + id).with(office)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/reconsideration/" + id + "/assignment")))
                .andExpect(content().string(containsString("承办人")));
        int version = jdbc.sql("SELECT version FROM reconsideration_case WHERE id = :id").param("id", id)
                .query(Integer.class).single();
        mvc.perform(post("/reconsideration/" + id + "/assignment").with(office).with(csrf())
                        .param("handlerId", Long.toString(handlerId)).param("version", Integer.toString(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/reconsideration").param("mine", "true")
                        .with(user(userAccounts.loadDetails(handlerUser).orElseThrow())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/reconsideration/" + id)));
    }

    @Test
    void aSuitIsAssignedToAUserWhoMayEditSuits() throws Exception {
        long id = created(call(office, "POST", "/api/v1/litigation/cases", """
                {"court":"咸安区人民法院","instance":"FIRST","courtCaseNumber":"（2024）鄂1202行初9号",
                 "plaintiffName":"原告戊","defendantUnitId":5,"subject":"行政许可","filedOn":"2024-04-01"}"""));
        String base = "/api/v1/litigation/cases/" + id;
        call(office, "POST", base + "/assignment", "{\"handlerId\":" + mediatorId + "}")
                .andExpect(status().isBadRequest());
        call(office, "POST", base + "/assignment", "{\"handlerId\":" + handlerId + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.handlerId").value(handlerId));
        call(handler, "GET", "/api/v1/litigation/cases?mine=true", null)
                .andExpect(jsonPath("$[*].id", hasItem((int) id)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'litigation.assigned' AND target_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/litigation/" + id).with(user(userAccounts.loadDetails(officeUser).orElseThrow())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/litigation/" + id + "/assignment")));
        // the handler's own list, exported: exactly the suits the "mine" search returns, with the handler named
        String json = call(handler, "GET", "/api/v1/litigation/cases?mine=true", null).andReturn().getResponse()
                .getContentAsString();
        java.util.List<String> expected = JsonPath.read(json, "$[*].internalNumber");
        byte[] xlsx = call(handler, "GET", "/api/v1/litigation/cases/export?mine=true", null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        java.util.List<java.util.Map<Integer, String>> rows = new java.util.ArrayList<>();
        cn.idev.excel.FastExcel.read(new java.io.ByteArrayInputStream(xlsx)).headRowNumber(1).sheet(0)
                .registerReadListener(new cn.idev.excel.read.listener.PageReadListener<java.util.Map<Integer, String>>(rows::addAll))
                .doRead();
        assertThat(rows.stream().map(r -> r.get(0)).toList()).containsExactlyElementsOf(expected);
        assertThat(rows).allSatisfy(r -> assertThat(r.get(15)).isNotBlank());
        assertThat(rows).anySatisfy(r -> assertThat(r.get(9)).isEqualTo("2024-04-01"));
        mvc.perform(get("/litigation/export").param("mine", "true")
                        .with(user(userAccounts.loadDetails(handlerUser).orElseThrow())))
                .andExpect(status().isOk());
    }
}
