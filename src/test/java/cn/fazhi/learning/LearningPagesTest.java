package cn.fazhi.learning;

import static cn.fazhi.FormTokenRequests.formToken;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.fazhi.identity.domain.UserAccounts;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;

/**
 * The staff pages in Chinese with breadcrumbs, search, pagination and .xlsx export; the units short of the special law
 * lectures by name; 我的考试 for the cadre ganbu and nothing else; a unit sees only its own unit.
 */
@IntegrationTest
class LearningPagesTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired MockMvc mvc;
    @Autowired UserAccounts userAccounts;

    ResultActions as(String username, MockHttpServletRequestBuilder request) throws Exception {
        UserDetails details = userAccounts.loadDetails(username).orElseThrow();
        return mvc.perform(request.with(user(details)));
    }

    @Test
    void theOfficeSeesListsExportsAndTheUnitsShort() throws Exception {
        as("fzb", get("/learning/lectures").param("studyYear", "2023").param("q", "周叶中")).andExpect(status().isOk())
                .andExpect(content().string(containsString("学法讲座和学习活动")))
                .andExpect(content().string(containsString("周叶中")))
                .andExpect(content().string(containsString("breadcrumb")));
        as("fzb", get("/learning/lectures.xlsx").param("studyYear", "2023")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString(XLSX)));
        as("fzb", get("/learning/lectures/short").param("studyYear", "2023")).andExpect(status().isOk())
                .andExpect(content().string(containsString("2023年度法治专题讲座不足2次的单位")))
                .andExpect(content().string(containsString("区档案馆")))
                .andExpect(content().string(containsString("区红十字会")))
                .andExpect(content().string(not(containsString(">区市场监管局<"))));
        as("fzb", get("/learning/classes").param("q", "习近平法治思想")).andExpect(status().isOk())
                .andExpect(content().string(containsString("区委党校")));
        as("fzb", get("/learning/classes.xlsx")).andExpect(status().isOk());
        as("fzb", get("/learning/tests").param("studyYear", "2023")).andExpect(status().isOk())
                .andExpect(content().string(containsString("在线测试")))
                .andExpect(content().string(containsString("2135")));
        as("fzb", get("/learning/tests.xlsx")).andExpect(status().isOk());
        as("fzb", get("/learning/cadres").param("page", "3")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>区住建局</td>")))
                .andExpect(content().string(containsString("第 4 页")));
        as("fzb", get("/learning/cadres.xlsx")).andExpect(status().isOk());
        as("fzb", get("/learning/questions")).andExpect(status().isOk())
                .andExpect(content().string(containsString("下载导入模板")));
        as("fzb", get("/learning/questions/template.xlsx")).andExpect(status().isOk());
        as("fzb", get("/learning/lectures/new")).andExpect(status().isOk());
    }

    @Test
    void aLectureFormWithBadInputShowsTheChineseErrorAndSavesNothing() throws Exception {
        as("fzb", post("/learning/lectures/new").with(formToken()).with(csrf()).param("kind", "UNIT_LEADERSHIP")
                        .param("heldOn", "2026-03-02").param("unitId", "5").param("topic", "")
                        .param("speaker", "区司法局").param("attendees", "9"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("“主题”不能为空。")));
        as("fzb", post("/learning/lectures/new").with(formToken()).with(csrf()).param("kind", "UNIT_LEADERSHIP")
                        .param("heldOn", "2026-03-02").param("unitId", "5").param("topic", "行政复议法专题讲座")
                        .param("speaker", "区司法局").param("attendees", "9").param("specialLaw", "true"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aUnitSeesItsOwnUnitOnly() throws Exception {
        as("scjg", get("/learning/cadres")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>区市场监管局</td>")))
                .andExpect(content().string(not(containsString("<td>区司法局</td>"))));
        as("scjg", get("/learning/lectures").param("studyYear", "2023")).andExpect(status().isOk())
                .andExpect(content().string(containsString("共 3 条")));
        as("scjg", get("/learning/questions")).andExpect(status().isForbidden());
    }

    @Test
    void theCadreSeesTheirTestsAndNothingElse() throws Exception {
        as("ganbu", get("/learning/my")).andExpect(status().isOk())
                .andExpect(content().string(containsString("区市场监管局干部学法考试")))
                .andExpect(content().string(containsString("习近平法治思想")));
        as("ganbu", get("/learning/lectures")).andExpect(status().isForbidden());
        as("ganbu", get("/learning/tests")).andExpect(status().isForbidden());
    }
}
