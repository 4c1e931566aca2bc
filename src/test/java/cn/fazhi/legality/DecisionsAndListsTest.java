package cn.fazhi.legality;

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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;
import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.event.AnalysisEventListener;

/**
 * Major decisions flagged when a step is skipped (API and pages), and the public lists: .xlsx import all or nothing
 * with row-by-row Chinese errors, the template, publication and what the portal shows without login.
 */
@IntegrationTest
class DecisionsAndListsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts userAccounts;

    String office;
    String officeUser;
    String unit;
    String carryingUnit;

    @BeforeEach
    void tokens() throws Exception {
        officeUser = accounts.create("lgfzb", 2, "LAW_OFFICE");
        office = TestAccounts.token(mvc, officeUser, TestAccounts.PASSWORD);
        unit = TestAccounts.token(mvc, accounts.create("lgscj", 5, "UNIT_STAFF"), TestAccounts.PASSWORD);
        carryingUnit = TestAccounts.token(mvc, accounts.create("lgzjj", 6, "UNIT_STAFF"), TestAccounts.PASSWORD);
    }

    /** A legality review request of {@code type} from the carrying unit (unit 6), with its draft, assigned to the bureau. */
    long assignedReview(String type) throws Exception {
        String body = call(carryingUnit, "POST", "/api/v1/legality/reviews", """
                {"type":"%s","title":"城区停车收费标准调整方案（送审稿）","counterpartyName":"某停车管理公司","amount":0,
                 "summary":"收费标准、减免对象与听证情况"}""".formatted(type))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(multipart("/api/v1/legality/reviews/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "送审稿.pdf", "application/pdf", "%PDF-1.4 draft".getBytes()))
                        .param("kind", "DRAFT").header("Authorization", "Bearer " + carryingUnit))
                .andExpect(status().isCreated());
        call(office, "POST", "/api/v1/legality/reviews/" + id + "/assign",
                "{\"reviewerKind\":\"BUREAU\",\"version\":" + version(id) + "}").andExpect(status().isOk());
        return id;
    }

    void conclude(long review, String outcome) throws Exception {
        call(office, "POST", "/api/v1/legality/reviews/" + review + "/conclude",
                "{\"outcome\":\"" + outcome + "\",\"findings\":\"经审查，决策草案符合法律规定。\",\"version\":" + version(review)
                        + "}").andExpect(status().isOk());
    }

    /** The review's version as read: a step sends it (the kernel refuses a step without it). */
    int version(long review) {
        return jdbc.sql("SELECT version FROM legality_review WHERE id = :id").param("id", review).query(Integer.class).single();
    }

    ResultActions call(String token, String method, String path, String body) throws Exception {
        var request = "GET".equals(method) ? get(path) : post(path);
        request.header("Authorization", "Bearer " + token).contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    /** A year of its own per run, so repeated runs on one database do not meet an existing catalogue. */
    int catalogueYear() throws Exception {
        for (int year = 2019; year <= LocalDate.now().getYear(); year++) {
            int y = year;
            boolean free = jdbc.sql("SELECT COUNT(*) FROM decision_catalogue WHERE catalogue_year = :y").param("y", y)
                    .query(Long.class).single() == 0;
            if (free) {
                call(office, "POST", "/api/v1/legality/decision-catalogues",
                        "{\"year\":" + y + ",\"title\":\"咸安区" + y + "年度重大行政决策事项目录\"}")
                        .andExpect(status().isCreated());
                return y;
            }
        }
        throw new IllegalStateException("no free year left");
    }

    @Test
    void aDecisionTakenWithoutLegalityReviewIsFlaggedUntilTheStepsAreComplete() throws Exception {
        int year = catalogueYear();
        String added = call(office, "POST", "/api/v1/legality/decisions",
                "{\"year\":" + year + ",\"title\":\"城区停车收费标准调整\",\"unitId\":6}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.flagged").value(false))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(added, "$.id")).longValue();
        LocalDate decided = LocalDate.of(year, 6, 28);
        String skipped = """
                {"participation":"DONE","participationFrom":"%d-03-01","participationTo":"%d-03-20",
                 "expert":"EXEMPT","expertNote":"非专业技术事项","risk":"DONE","riskOn":"%d-04-20",
                 "meetingKind":"EXECUTIVE","meetingName":"区政府常务会议","decidedOn":"%s"}
                """.formatted(year, year, year, decided);
        call(office, "POST", "/api/v1/legality/decisions/" + id + "/steps", skipped)
                .andExpect(status().isOk()).andExpect(jsonPath("$.flagged").value(true))
                .andExpect(jsonPath("$.flags[0]").value("PARTICIPATION_TOO_SHORT"))
                .andExpect(jsonPath("$.flags[1]").value("LEGALITY_SKIPPED"));
        call(office, "GET", "/api/v1/legality/decisions?year=" + year + "&flagged=true", null)
                .andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.hasItem((int) id)));
        // The staff list and page show the flag with its article.
        String page = mvc.perform(get("/legality/decisions/" + id).with(user(userAccounts.loadDetails(officeUser).orElseThrow())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("未经合法性审查即提交讨论（《重大行政决策程序暂行条例》第二十五条、第二十八条）");
        mvc.perform(get("/legality/decisions").param("year", Integer.toString(year))
                        .with(user(userAccounts.loadDetails(officeUser).orElseThrow())))
                .andExpect(content().string(containsString("征求意见期限不足30日且未说明理由")));

        // Incomplete entries are refused in Chinese, nothing changed.
        call(office, "POST", "/api/v1/legality/decisions/" + id + "/steps",
                "{\"risk\":\"EXEMPT\",\"decidedOn\":\"" + decided + "\",\"meetingKind\":\"EXECUTIVE\",\"meetingName\":\"会\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("“风险评估”依法不需要的，须说明理由。"));
        assertThat(jdbc.sql("SELECT flags FROM major_decision WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("PARTICIPATION_TOO_SHORT,LEGALITY_SKIPPED");

        // The legality step is a linked review request of type DECISION from the carrying unit; another type is refused.
        long contract = assignedReview("CONTRACT");
        String linkContract = skipped.replace("\"expert\"", "\"legalityReviewId\":" + contract + ",\"expert\"");
        call(office, "POST", "/api/v1/legality/decisions/" + id + "/steps", linkContract)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("不是“重大行政决策草案”类")));

        // Linked but still under review when the meeting decides: the step is not complete, the decision stays flagged.
        long review = assignedReview("DECISION");
        String complete = skipped.replace("\"expert\"", "\"participationNote\":\"防汛应急缩短期限\",\"legalityReviewId\":"
                + review + ",\"expert\"").replace("\"decidedOn\":\"" + decided + "\"", "\"decidedOn\":\"" + LocalDate.now() + "\"");
        call(office, "POST", "/api/v1/legality/decisions/" + id + "/steps", complete)
                .andExpect(status().isOk()).andExpect(jsonPath("$.flags[0]").value("LEGALITY_SKIPPED"))
                .andExpect(jsonPath("$.legalityReview.status").value("ASSIGNED"));
        // The review passes: the decision's flags follow at once, without the steps being recorded again.
        conclude(review, "PASS_WITH_AMENDMENTS");
        call(office, "GET", "/api/v1/legality/decisions/" + id, null)
                .andExpect(jsonPath("$.flagged").value(false)).andExpect(jsonPath("$.flags.length()").value(0))
                .andExpect(jsonPath("$.legalityReview.outcome").value("PASS_WITH_AMENDMENTS"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'legality.decision.flags' AND target_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        page = mvc.perform(get("/legality/decisions/" + id).with(user(userAccounts.loadDetails(officeUser).orElseThrow())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("审查通过，本步骤已完成");

        // A review can be the step of one decision only; a failed review flags the decision that was tabled anyway.
        String other = call(office, "POST", "/api/v1/legality/decisions",
                "{\"year\":" + year + ",\"title\":\"城区公交线路调整\",\"unitId\":6}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long otherId = ((Number) JsonPath.read(other, "$.id")).longValue();
        call(office, "POST", "/api/v1/legality/decisions/" + otherId + "/steps", complete)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("已关联其他决策事项")));
        long failed = assignedReview("DECISION");
        conclude(failed, "FAIL");
        call(office, "POST", "/api/v1/legality/decisions/" + otherId + "/steps",
                complete.replace("\"legalityReviewId\":" + review, "\"legalityReviewId\":" + failed))
                .andExpect(status().isOk()).andExpect(jsonPath("$.flags[0]").value("LEGALITY_FAILED"));

        // A unit outside the office's scope cannot change steps; a unit user sees only its own unit's decisions.
        call(unit, "POST", "/api/v1/legality/decisions/" + id + "/steps", complete).andExpect(status().isForbidden());
        call(unit, "GET", "/api/v1/legality/decisions/" + id, null).andExpect(status().isNotFound());

        // Publication (Art. 3): the portal lists the catalogue without login, flags are not shown there.
        mvc.perform(get("/public/decisions/" + year)).andExpect(status().isNotFound());
        call(office, "POST", "/api/v1/legality/decision-catalogues/" + year + "/publish", null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.publishedOn").value(LocalDate.now().toString()));
        mvc.perform(get("/public/decisions/" + year)).andExpect(status().isOk())
                .andExpect(content().string(containsString("城区停车收费标准调整")));
    }

    static byte[] xlsx(List<String> header, List<List<Object>> rows) {
        List<List<String>> head = new ArrayList<>();
        header.forEach(h -> head.add(List.of(h)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(head).sheet("清单").doWrite(rows);
        return out.toByteArray();
    }

    ResultActions importFile(String kind, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/legality/lists/" + kind + "/import")
                .file(new MockMultipartFile("file", "清单.xlsx", "application/octet-stream", content))
                .header("Authorization", "Bearer " + office));
    }

    long items(String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM public_list_item WHERE kind = :k").param("k", kind).query(Long.class).single();
    }

    @Test
    void theCertificateListIsImportedAllOrNothingAndPublishedForCitizens() throws Exception {
        String prefix = "ZM" + System.nanoTime() % 1_000_000;
        List<String> header = List.of("事项编码", "事项名称", "实施部门", "设定依据", "办理方式");
        long before = items("CERTIFICATE");
        byte[] bad = xlsx(header, List.of(
                List.of(prefix + "01", "村（社区）居住证明", "各村（社区）", "", "告知承诺"),
                List.of(prefix + "02", "", "区民政局", "", "保留"),
                List.of(prefix + "01", "无犯罪记录证明", "区公安分局", "", "取消")));
        importFile("certificate", bad).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("有 2 行有误，整个文件未导入。"))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].message").value("第 3 行“事项名称”：必填"))
                .andExpect(jsonPath("$.errors[1].message").value("第 4 行“办理方式”：“取消”不是有效的办理方式，应为“保留”或“告知承诺”"))
                .andExpect(jsonPath("$.errors[2].message").value("第 4 行“事项编码”：事项编码 " + prefix + "01 在文件中重复"));
        assertThat(items("CERTIFICATE")).isEqualTo(before);
        importFile("certificate", xlsx(List.of("事项名称", "实施部门"), List.of(List.of("a", "b"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("“事项编码”")));
        importFile("certificate", "not a spreadsheet".getBytes()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("文件无法作为 Excel 表格读取")));

        byte[] good = xlsx(header, List.of(
                List.of(prefix + "01", "村（社区）居住证明", "各村（社区）", "《户口登记条例》", "告知承诺"),
                List.of(prefix + "02", "亲属关系证明", "区公安分局", "", "RETAINED")));
        importFile("certificate", good).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
        assertThat(items("CERTIFICATE")).isEqualTo(before + 2);
        importFile("certificate", good).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("第 2 行“事项编码”：事项编码 " + prefix + "01 已在清单中"));

        // Publication and what the portal shows without login.
        call(office, "POST", "/api/v1/legality/lists/certificate/withdraw", null);
        mvc.perform(get("/public/lists/certificate")).andExpect(status().isNotFound());
        call(unit, "POST", "/api/v1/legality/lists/certificate/publish", "{\"edition\":\"2023年版\"}")
                .andExpect(status().isForbidden());
        call(office, "POST", "/api/v1/legality/lists/certificate/publish", "{\"edition\":\"2023年版\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.edition").value("2023年版"));
        mvc.perform(get("/public/lists/certificate")).andExpect(status().isOk())
                .andExpect(content().string(containsString("村（社区）居住证明")))
                .andExpect(content().string(containsString("告知承诺")));
        mvc.perform(get("/public/lists")).andExpect(status().isOk())
                .andExpect(content().string(containsString("证明事项清单")));
        mvc.perform(get("/public/lists/nothing")).andExpect(status().isNotFound());
    }

    @Test
    void theTemplateHasTheColumnsOfItsList() throws Exception {
        byte[] template = mvc.perform(get("/legality/lists/certificate/template")
                        .with(user(userAccounts.loadDetails(officeUser).orElseThrow())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> titles = new ArrayList<>();
        FastExcel.read(new ByteArrayInputStream(template), new AnalysisEventListener<Map<Integer, String>>() {
            @Override
            public void invoke(Map<Integer, String> row, AnalysisContext context) {
                titles.addAll(row.values());
            }

            @Override
            public void doAfterAllAnalysed(AnalysisContext context) {}
        }).headRowNumber(0).sheet(0).doRead();
        assertThat(titles).containsExactly("事项编码", "事项名称", "实施部门", "设定依据", "办理方式");
    }

    @Test
    void aPageFormWithAMistakeIsShownAgainWithTheChineseMessage() throws Exception {
        mvc.perform(post("/legality/lists/certificate/items").param("code", "").param("name", "居住证明").param("department", "区公安分局")
                        .param("handling", "RETAINED")
                        .with(user(userAccounts.loadDetails(officeUser).orElseThrow())).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("“事项编码”：必填")));
        mvc.perform(post("/legality/decisions/catalogues").param("year", "1999").param("title", "x")
                        .with(user(userAccounts.loadDetails(officeUser).orElseThrow())).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("年度不正确。")));
    }

    @Test
    void everyPageRendersForTheOfficeAndForAUnit() throws Exception {
        var officeDetails = userAccounts.loadDetails(officeUser).orElseThrow();
        var unitDetails = userAccounts.loadDetails(accounts.create("lgpg", 5, "UNIT_STAFF")).orElseThrow();
        for (String path : List.of("/legality/reviews", "/legality/reviews/new", "/legality/advisers",
                "/legality/decisions", "/legality/lists", "/legality/lists/certificate")) {
            mvc.perform(get(path).with(user(officeDetails))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("??"))));
            mvc.perform(get(path).with(user(unitDetails))).andExpect(status().isOk());
        }
        mvc.perform(get("/legality/advisers").with(user(unitDetails)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("聘任法律顾问"))));
        for (String path : List.of("/public/lists", "/public/decisions")) {
            mvc.perform(get(path)).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("??"))));
            mvc.perform(get(path).param("lang", "en")).andExpect(status().isOk());
        }
        mvc.perform(get("/legality/reviews")).andExpect(status().is3xxRedirection());
    }

    /** The three catalogues are views of the service items now: the old addresses lead there, nothing is kept here. */
    @Test
    void theFormerCatalogueListsRedirectToTheServiceItems() throws Exception {
        var officeDetails = userAccounts.loadDetails(officeUser).orElseThrow();
        for (String slug : List.of("service", "licence", "intermediary")) {
            mvc.perform(get("/legality/lists/" + slug).with(user(officeDetails)))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                            "/services/catalogues/" + slug));
            mvc.perform(get("/public/lists/" + slug)).andExpect(status().is3xxRedirection())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                            "/public/services/catalogues/" + slug));
            call(office, "GET", "/api/v1/legality/lists/" + slug + "/items", null)
                    .andExpect(status().isMovedPermanently())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                            .string("Location", "/api/v1/services/catalogues/" + slug));
            call(office, "POST", "/api/v1/legality/lists/" + slug + "/publish", "{\"edition\":\"2023年版\"}")
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/public/lists")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/public/services/catalogues/licence")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM public_list WHERE kind <> 'CERTIFICATE'").query(Long.class).single())
                .isZero();
    }
}
