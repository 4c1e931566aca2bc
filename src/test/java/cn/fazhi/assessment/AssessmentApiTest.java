package cn.fazhi.assessment;

import static cn.fazhi.FormTokenRequests.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;

/**
 * The assessment over the API and pages: weights not summing to 100 are refused in Chinese and save nothing; an
 * evaluator's entry is refused where the source holds a record of the unit and without evidence; scores for every
 * roster unit; results invisible to units until published, then each unit sees only its own with its band.
 */
@IntegrationTest
class AssessmentApiTest {

    static final String API = "/api/v1/assessment";
    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts userAccounts;

    String office;
    String unit;

    @BeforeEach
    void setUp() {
        office = accounts.create("aof", 2, "LAW_OFFICE");
        unit = accounts.create("aun", 5, "UNIT_STAFF");
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

    ResultActions entry(long criterion, String user, long unitId, String attainment, boolean file) throws Exception {
        var request = multipart(API + "/criteria/" + criterion + "/entries");
        if (file) {
            request.file(new MockMultipartFile("file", "检查记录.pdf", "application/pdf", PDF));
        }
        request.param("unitId", String.valueOf(unitId)).param("attainment", attainment).param("note", "实地检查");
        request.header("Authorization", "Bearer " + TestAccounts.token(mvc, user, TestAccounts.PASSWORD));
        return mvc.perform(request);
    }

    @Test
    void theWholeYearFromSchemeToPublishedResults() throws Exception {
        long schemes = jdbc.sql("SELECT COUNT(*) FROM assess_scheme").query(Long.class).single();
        // a year without a scheme (2025 on a new database), its roster copied year by year from 2024's
        int y = Math.max(2025, jdbc.sql("SELECT MAX(scheme_year) FROM assess_scheme").query(Integer.class).single() + 1);
        call(post(API + "/schemes"), office, "{\"schemeYear\":" + y + ",\"title\":\"2025年度考评\",\"criteria\":["
                + "{\"name\":\"年度述法\",\"weight\":40,\"sourceCode\":\"duties.shufa\"},"
                + "{\"name\":\"日常检查\",\"weight\":50,\"sourceCode\":\"MANUAL\"}]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("权重之和须为100")));
        call(post(API + "/schemes"), office, "{\"schemeYear\":" + y + ",\"title\":\"x\",\"criteria\":["
                + "{\"name\":\"x\",\"weight\":100,\"sourceCode\":\"no.such\"}]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("no.such")));
        call(post(API + "/schemes"), unit, "{\"schemeYear\":" + y + ",\"title\":\"x\",\"criteria\":[]}")
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assess_scheme").query(Long.class).single()).isEqualTo(schemes);

        // a 述法 plan of that year: every roster unit then has a record in duties.shufa (a missing report scores 0)
        for (int k = 2025; k <= y; k++) {
            call(post("/api/v1/duties/roster/" + k + "/copy"), office, null).andExpect(status().isOk());
        }
        call(post("/api/v1/duties/shufa/plans"), office, "{\"planYear\":" + y + ",\"kind\":\"WRITTEN\",\"title\":\"2025述法\","
                + "\"deadline\":\"" + y + "-02-28\"}").andExpect(status().isCreated());
        String created = call(post(API + "/schemes"), office, "{\"schemeYear\":" + y + ",\"title\":\"2025年度考评\",\"criteria\":["
                + "{\"name\":\"年度述法\",\"weight\":40,\"sourceCode\":\"duties.shufa\"},"
                + "{\"name\":\"日常检查\",\"weight\":60,\"sourceCode\":\"MANUAL\"}]}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long scheme = ((Number) JsonPath.read(created, "$.id")).longValue();
        long shufa = ((Number) JsonPath.read(created, "$.criteria[0].id")).longValue();
        long manual = ((Number) JsonPath.read(created, "$.criteria[1].id")).longValue();

        entry(shufa, office, 5, "1", true).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("已有系统记录")));
        entry(manual, office, 5, "0.9", false).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("佐证材料")));
        entry(manual, office, 5, "1.5", true).andExpect(status().isBadRequest());
        entry(manual, unit, 5, "1", true).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assess_entry WHERE criterion_id IN (:a, :b)").param("a", shufa)
                .param("b", manual).query(Long.class).single()).isZero();
        entry(manual, office, 5, "0.9", true).andExpect(status().isCreated());

        call(post(API + "/schemes/" + scheme + "/compute"), office, null).andExpect(jsonPath("$.units").value(78));
        call(get(API + "/schemes/" + scheme), unit, null).andExpect(status().isNotFound());
        call(get(API + "/schemes/" + scheme + "/results"), unit, null).andExpect(status().isNotFound());
        call(post(API + "/schemes/" + scheme + "/publish"), office, null).andExpect(status().isConflict());
        call(post(API + "/schemes/" + scheme + "/review"), office, null).andExpect(jsonPath("$.status").value("REVIEWED"));
        call(post(API + "/schemes/" + scheme + "/publish"), office, null).andExpect(jsonPath("$.status").value("PUBLISHED"));

        call(get(API + "/schemes/" + scheme + "/results?size=100"), office, null).andExpect(jsonPath("$.total").value(78))
                .andExpect(jsonPath("$.items[0].rank").value(1));
        call(get(API + "/schemes/" + scheme + "/results"), unit, null).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].unitId").value(5)).andExpect(jsonPath("$.items[0].rank").doesNotExist())
                .andExpect(jsonPath("$.items[0].total").value(54.0));
        entry(manual, office, 6, "1", true).andExpect(status().isConflict());
        call(post(API + "/cadres"), office, "{\"useYear\":2025,\"decidedOn\":\"2025-12-20\",\"recognised\":5,"
                + "\"promoted\":4,\"advanced\":3,\"basis\":\"x\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("不能超过")));
        call(get(API + "/cadres"), unit, null).andExpect(status().isForbidden());
    }

    @Test
    void pagesShowTheOfficeEverythingAndAUnitItsOwnPublishedResult() throws Exception {
        long scheme = jdbc.sql("SELECT id FROM assess_scheme WHERE scheme_year = 2023").query(Long.class).single();
        mvc.perform(get("/assessment").with(user(as(office)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("咸安区2023年度法治建设考评")));
        mvc.perform(get("/assessment/" + scheme).with(user(as(office)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("共 78 条")));
        mvc.perform(get("/assessment/" + scheme + ".xlsx").with(user(as(office)))).andExpect(status().isOk());
        mvc.perform(get("/assessment/cadres").with(user(as(office)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("53")));
        mvc.perform(get("/assessment/cadres.xlsx").with(user(as(office)))).andExpect(status().isOk());
        mvc.perform(get("/assessment/" + scheme).with(user(as(unit)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("共 1 条")));
        mvc.perform(get("/assessment/cadres").with(user(as(unit)))).andExpect(status().isForbidden());
        mvc.perform(post("/assessment/new").with(user(as(office))).with(csrf()).with(formToken())
                .param("schemeYear", "2027").param("title", "x").param("criteria", "甲|30|MANUAL\n乙|30|MANUAL"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("当前为60")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assess_scheme WHERE scheme_year = 2027").query(Long.class).single())
                .isZero();
    }
}
