package cn.fazhi.duties;

import static cn.fazhi.FormTokenRequests.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;

/**
 * 述法 over the API and pages against the whole application: the office copies the roster into 2026 and makes a plan;
 * bad dates are a Chinese problem and save nothing; a unit sees and submits only its own report, late ones are listed;
 * a missing report is the unit's to-do; the office evaluates and chooses a speaker; duty-list evidence only by the head's unit or the office; the pages with
 * breadcrumbs, search and .xlsx; a unit cannot open the roster.
 */
@IntegrationTest
class DutiesApiTest {

    static final String API = "/api/v1/duties";

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts userAccounts;

    String office;
    String unit;
    String other;

    @BeforeEach
    void setUp() {
        office = accounts.create("dof", 2, "LAW_OFFICE");
        unit = accounts.create("dun", 5, "UNIT_STAFF");
        other = accounts.create("dot", 10, "UNIT_STAFF");
    }

    UserDetails as(String username) {
        return userAccounts.loadDetails(username).orElseThrow();
    }

    ResultActions call(MockHttpServletRequestBuilder request, String username, String body) throws Exception {
        request.header("Authorization", "Bearer " + TestAccounts.token(mvc, username, TestAccounts.PASSWORD))
                .contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    String json(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString();
    }

    long plan2026() throws Exception {
        call(post(API + "/roster/2025/copy"), office, null).andExpect(status().isOk());
        call(post(API + "/roster/2026/copy"), office, null).andExpect(status().isOk());
        return ((Number) JsonPath.read(json(call(post(API + "/shufa/plans"), office, "{\"planYear\":2026,\"kind\":\"WRITTEN\","
                + "\"title\":\"2026年度述法测试\",\"deadline\":\"2026-01-10\",\"meetingOn\":\"2026-01-20\"}")
                .andExpect(status().isCreated())), "$.id")).longValue();
    }

    @Test
    void aUnitSubmitsOnlyItsOwnReportAndTheOfficeEvaluates() throws Exception {
        long plan = plan2026();
        mvc.perform(get("/").with(user(as(unit)))).andExpect(content().string(containsString("待提交的述法报告")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shufa_report WHERE plan_id = :p").param("p", plan).query(Long.class)
                .single()).isEqualTo(78);
        String mine = json(call(get(API + "/shufa/plans/" + plan + "/reports"), unit, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1)));
        long report = ((Number) JsonPath.read(mine, "$.items[0].id")).longValue();
        long others = jdbc.sql("SELECT id FROM shufa_report WHERE plan_id = :p AND unit_id = 10").param("p", plan)
                .query(Long.class).single();
        call(get(API + "/shufa/reports/" + others), unit, null).andExpect(status().isNotFound());
        call(post(API + "/shufa/reports/" + others + "/submit"), unit, "{\"version\":0,\"body\":\"x\"}")
                .andExpect(status().isNotFound());
        call(post(API + "/shufa/reports/" + report + "/submit"), unit, "{\"version\":0,\"body\":\" \"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("报告内容")));
        assertThat(jdbc.sql("SELECT submitted_on FROM shufa_report WHERE id = :id").param("id", report)
                .query(java.time.LocalDate.class).optional()).isEmpty();
        call(post(API + "/shufa/reports/" + report + "/submit"), unit,
                "{\"version\":0,\"body\":\"本单位2025年度法治建设工作书面述职。\",\"submittedOn\":\"2026-01-12\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.timeliness").value("LATE"));
        call(get(API + "/shufa/plans/" + plan + "/reports?state=LATE"), office, null)
                .andExpect(jsonPath("$.total").value(1));
        call(post(API + "/shufa/reports/" + report + "/evaluate"), unit, "{\"grade\":\"GOOD\"}")
                .andExpect(status().isForbidden());
        call(post(API + "/shufa/reports/" + report + "/evaluate"), office, "{\"grade\":\"EXCELLENT\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("较好")));
        call(post(API + "/shufa/reports/" + report + "/evaluate"), office, "{\"grade\":\"GOOD\",\"comments\":\"全面\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.grade").value("GOOD"));
        call(post(API + "/shufa/reports/" + report + "/speaker"), office, null).andExpect(jsonPath("$.speaker").value(true));
        call(post(API + "/shufa/reports/" + others + "/speaker"), office, null).andExpect(status().isBadRequest());
        call(post(API + "/shufa/reports/" + report + "/submit"), unit, "{\"version\":3,\"body\":\"改\"}")
                .andExpect(status().isConflict());
    }

    @Test
    void badPlansAreRefusedInChineseAndSaveNothing() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM shufa_plan").query(Long.class).single();
        call(post(API + "/shufa/plans"), office, "{\"planYear\":2026,\"kind\":\"WRITTEN\",\"title\":\"x\","
                + "\"deadline\":\"2026-03-01\",\"meetingOn\":\"2026-02-01\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("会议日期")));
        call(post(API + "/shufa/plans"), office, "{\"planYear\":2026,\"kind\":\"WRITTEN\",\"title\":\"x\","
                + "\"deadline\":\"2026-03-01\",\"unitIds\":[1]}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("名单")));
        call(post(API + "/shufa/plans"), unit, "{\"planYear\":2026,\"kind\":\"WRITTEN\",\"title\":\"x\","
                + "\"deadline\":\"2026-03-01\"}").andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shufa_plan").query(Long.class).single()).isEqualTo(before);
        call(get(API + "/roster/2023"), unit, null).andExpect(status().isForbidden());
        call(get(API + "/roster/2023"), office, null).andExpect(jsonPath("$.length()").value(78));
    }

    @Test
    void dutyEvidenceOnlyByTheHeadsUnitOrTheOffice() throws Exception {
        // a year without a list of unit 5's head (2025 on a new database), its roster copied year by year from 2024's
        int y = Math.max(2025, jdbc.sql("SELECT COALESCE(MAX(list_year), 0) FROM duty_list").query(Integer.class).single() + 1);
        for (int k = 2025; k <= y; k++) {
            call(post(API + "/roster/" + k + "/copy"), office, null).andExpect(status().isOk());
        }
        String list = json(call(post(API + "/lists"), office, "{\"listYear\":" + y + ",\"unitId\":5,\"role\":\"UNIT_HEAD\","
                + "\"headPost\":\"局长\",\"headName\":\"测试\",\"issuedOn\":\"" + y + "-02-01\"}").andExpect(status().isCreated()));
        long id = ((Number) JsonPath.read(list, "$.id")).longValue();
        long item = jdbc.sql("SELECT MIN(id) FROM duty_item WHERE list_id = :l").param("l", id).query(Long.class).single();
        call(post(API + "/lists/items/" + item + "/evidence"), other, "{\"doneOn\":\"" + y + "-03-01\",\"description\":\"x\"}")
                .andExpect(status().isNotFound());
        call(post(API + "/lists/items/" + item + "/evidence"), unit, "{\"doneOn\":\"" + (y - 1) + "-03-01\",\"description\":\"x\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString(y + "年")));
        call(post(API + "/lists/items/" + item + "/evidence"), unit,
                "{\"doneOn\":\"" + y + "-03-01\",\"description\":\"主持召开党组会研究部署法治建设\",\"completed\":true}")
                .andExpect(status().isCreated());
        call(get(API + "/lists/" + id), unit, null).andExpect(jsonPath("$.list.evidenced").value(1));
        call(get(API + "/lists/" + id), other, null).andExpect(status().isNotFound());
        call(post(API + "/lists"), office, "{\"listYear\":" + y + ",\"unitId\":5,\"role\":\"UNIT_HEAD\","
                + "\"headPost\":\"局长\",\"headName\":\"测试\",\"issuedOn\":\"" + y + "-02-01\"}").andExpect(status().isConflict());
    }

    @Test
    void pagesWithBreadcrumbsSearchAndExport() throws Exception {
        mvc.perform(get("/duties/shufa").with(user(as(office)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("breadcrumbs")))
                .andExpect(content().string(containsString("2023年度领导干部专项述法")));
        long plan = jdbc.sql("SELECT id FROM shufa_plan WHERE demo AND kind = 'WRITTEN'").query(Long.class).single();
        mvc.perform(get("/duties/shufa/" + plan + "?state=LATE").with(user(as(office)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("逾期提交")));
        mvc.perform(get("/duties/shufa/" + plan + ".xlsx").with(user(as(office)))).andExpect(status().isOk());
        mvc.perform(get("/duties/shufa.xlsx").with(user(as(office)))).andExpect(status().isOk());
        mvc.perform(get("/duties/lists?year=2023&q=区委书记").with(user(as(office)))).andExpect(status().isOk());
        mvc.perform(get("/duties/lists.xlsx?year=2023").with(user(as(office)))).andExpect(status().isOk());
        mvc.perform(get("/duties/roster?year=2023").with(user(as(office)))).andExpect(status().isOk());
        mvc.perform(get("/duties/roster.xlsx?year=2023").with(user(as(office)))).andExpect(status().isOk());
        mvc.perform(get("/duties/roster").with(user(as(unit)))).andExpect(status().isForbidden());
        String page = mvc.perform(get("/duties/shufa/" + plan).with(user(as(unit)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("共 1 条");
        long report = jdbc.sql("SELECT id FROM shufa_report WHERE plan_id = :p AND unit_id = 5").param("p", plan)
                .query(Long.class).single();
        mvc.perform(get("/duties/shufa/reports/" + report).with(user(as(unit)))).andExpect(status().isOk());
        long othersList = jdbc.sql("SELECT id FROM duty_list WHERE demo AND unit_id = 10").query(Long.class).single();
        mvc.perform(get("/duties/lists/" + othersList).with(user(as(unit)))).andExpect(status().isNotFound());
        mvc.perform(post("/duties/shufa/new").with(user(as(office))).with(csrf()).with(formToken())
                .param("planYear", "2026").param("kind", "PLENARY").param("title", "x").param("deadline", "2025-12-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("提交截止日期应在2026年内")));
    }
}
