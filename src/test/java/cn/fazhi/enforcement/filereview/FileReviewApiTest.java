package cn.fazhi.enforcement.filereview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.enforcement.CaseFile;
import cn.fazhi.enforcement.CaseFile.Act;
import cn.fazhi.enforcement.CaseFile.Document;
import cn.fazhi.enforcement.FileReviews;
import cn.fazhi.cases.DueItem;
import cn.fazhi.cases.DueItems;
import cn.fazhi.cases.TodoGroup;
import cn.fazhi.cases.Todos;
import cn.fazhi.enforcement.EnforcementPermissions;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * Case-file evaluation over the API, against the whole application: the pre-check stores and replaces a file's
 * findings (with a real certificate register), scope holds (another unit gets 404), a campaign draws files
 * reproducibly, two reviewers score independently (recusal, ranges, nothing half-saved), results per unit, closing
 * raises rectification problems on the rectification machinery, which the unit plans and submits and the bureau
 * accepts, and turns 不合格 files into supervision clues; figures count.
 */
@IntegrationTest
@Import(FileReviewTestSupport.class)
class FileReviewApiTest {

    static final String API = "/api/v1/enforcement/file-reviews";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FileReviewTestSupport.TestFiles files;

    @Autowired
    FileReviewTestSupport.Fixtures fixtures;

    @Autowired
    FileReviews fileReviews;

    @Autowired
    Indicators indicators;

    @Autowired
    Todos todos;

    @Autowired
    DueItems dueItems;

    long unitU;
    long unitV;
    String region;
    long certifiedA;
    long certifiedB;
    long lapsedC;
    String staffU;
    String staffV;
    String reviewer1;
    String reviewer2;
    String reviewerOfU;

    @BeforeEach
    void setUp() throws Exception {
        unitU = fixtures.unit();
        unitV = fixtures.unit();
        region = fixtures.regionOf(unitU);
        certifiedA = fixtures.certifiedOfficer(unitU, "甲执法员");
        certifiedB = fixtures.certifiedOfficer(unitU, "乙执法员");
        lapsedC = fixtures.officer(unitU, "丙过期员");
        fixtures.certificate(lapsedC, LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31), "VALID", LocalDate.of(2016, 1, 1));
        staffU = token(accounts.create("fru", unitU, "UNIT_STAFF"));
        staffV = token(accounts.create("frv", unitV, "UNIT_STAFF"));
        reviewer1 = token(accounts.create("frr1", 4, "LAW_OFFICE"));
        reviewer2 = token(accounts.create("frr2", 4, "LAW_OFFICE"));
        reviewerOfU = token(accounts.create("frru", unitU, "INSPECTOR"));
    }

    String token(String username) throws Exception {
        return TestAccounts.token(mvc, username, TestAccounts.PASSWORD);
    }

    ResultActions call(MockHttpServletRequestBuilder request, String token, String body) throws Exception {
        request.header("Authorization", "Bearer " + token).contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    CaseFile file(long unitId, LocalDate closedOn, boolean decisionPresent, List<Long> officers, LocalDate actOn) {
        long id = files.nextId();
        return files.put(new CaseFile(FileReviewTestSupport.CASE_TYPE, id, "测评〔" + closedOn.getYear() + "〕" + id + "号",
                unitId, fixtures.regionOf(unitId), closedOn,
                List.of(new Document("REGISTRATION", true), new Document("DECISION", decisionPresent)),
                List.of(new Act("INVESTIGATION", actOn, officers, false, false)), List.of(), false, false, false, null,
                closedOn.minusDays(10)));
    }

    // ---- pre-check ------------------------------------------------------------------------------------------------

    @Test
    void precheckStoresFindingsWithTheRegisterAndARerunReplacesThem() throws Exception {
        CaseFile f = file(unitU, LocalDate.of(2025, 8, 1), false, List.of(certifiedA, lapsedC), LocalDate.of(2025, 5, 4));
        String path = API + "/prechecks/" + f.caseType() + "/" + f.caseId();

        call(post(path), staffU, null).andExpect(status().isForbidden());
        call(post(path), reviewer1, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        call(get(path), staffU, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.findings.length()").value(2))
                .andExpect(jsonPath("$.findings[?(@.kind == 'DOCUMENT_MISSING')].subject").value("DECISION"))
                .andExpect(jsonPath("$.findings[?(@.kind == 'OFFICER_UNCERTIFIED')].subject")
                        .value("INVESTIGATION:丙过期员"))
                .andExpect(jsonPath("$.findings[?(@.kind == 'OFFICER_UNCERTIFIED')].ruleKey")
                        .value("enforcement.filereview.rule.OFFICER_UNCERTIFIED"));
        call(get(path), staffV, null).andExpect(status().isNotFound());

        // the findings become one rectification problem for the unit (the rectification machinery), once
        call(post(path + "/rectification"), staffU, null).andExpect(status().isForbidden());
        call(post(path + "/rectification"), reviewer1, null).andExpect(status().isCreated())
                .andExpect(jsonPath("$.unitId").value(unitU)).andExpect(jsonPath("$.sourceType").value(f.caseType()))
                .andExpect(jsonPath("$.sourceLabel").value(f.caseNumber()))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.caseNumber", startsWith("咸安整改〔")))
                .andExpect(jsonPath("$.finding", containsString("必备文书缺失")))
                .andExpect(jsonPath("$.finding", containsString("丙过期员")))
                .andExpect(jsonPath("$.ruleBreached", containsString("《行政处罚法》第四十二条")));
        call(post(path + "/rectification"), reviewer1, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("该案卷已有未销号的整改问题"));

        // the same file corrected: a re-run replaces the findings
        files.put(new CaseFile(f.caseType(), f.caseId(), f.caseNumber(), f.unitId(), f.regionCode(), f.closedOn(),
                List.of(new Document("DECISION", true)), List.of(new Act("INVESTIGATION", LocalDate.of(2025, 5, 4),
                        List.of(certifiedA, certifiedB), false, false)), List.of(), false, false, false, null, f.decidedOn()));
        call(post(path), reviewer1, null).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        call(post(path + "/rectification"), reviewer1, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("该案卷预检未发现问题，无需整改"));
        call(get(path), staffU, null).andExpect(jsonPath("$.findings.length()").value(0));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enforcement_precheck_finding WHERE case_type = :t AND case_id = :c")
                .param("t", f.caseType()).param("c", f.caseId()).query(Long.class).single()).isZero();

        // the certificate counts on the act's day: officers C and D were certified in 2019 (and no longer are)
        long lapsedD = fixtures.officer(unitU, "丁过期员");
        fixtures.certificate(lapsedD, LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31), "VALID", LocalDate.of(2016, 1, 1));
        CaseFile early = file(unitU, LocalDate.of(2025, 8, 2), true, List.of(lapsedD, lapsedC), LocalDate.of(2019, 6, 1));
        assertThat(fileReviews.precheck(early.caseType(), early.caseId())).isEmpty();

        call(post(API + "/prechecks/" + f.caseType() + "/999"), reviewer1, null).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("没有找到该案卷"));
        CaseFile open = files.put(new CaseFile(f.caseType(), files.nextId(), "未结", unitU, region, null, List.of(),
                List.of(), List.of(), false, false, false, null, null));
        call(post(API + "/prechecks/" + f.caseType() + "/" + open.caseId()), reviewer1, null)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("案件尚未结案，不能预检"));
    }

    @Test
    void theBulkRunChecksTheFilesClosedInThePeriodAndTheFiguresCountThem() throws Exception {
        LocalDate day = LocalDate.of(2024, 3, 15);
        file(unitU, day, false, List.of(certifiedA), day.minusDays(20));          // document + too few officers
        file(unitU, day, true, List.of(certifiedA, certifiedB), day.minusDays(20)); // clean
        file(unitU, LocalDate.of(2024, 4, 1), false, List.of(certifiedA, certifiedB), day); // outside the period
        assertThat(fileReviews.precheckClosed(day, day)).isGreaterThanOrEqualTo(2);

        DataScope scopeU = new DataScope(ScopeLevel.UNIT, unitU, region);
        IndicatorQuery march = new IndicatorQuery(day, day, region, scopeU);
        assertThat(indicators.find("enforcement.filereview.prechecked").orElseThrow().value(march)).isEqualByComparingTo("2");
        assertThat(indicators.find("enforcement.filereview.findings").orElseThrow().value(march)).isEqualByComparingTo("2");
        assertThat(indicators.find("enforcement.filereview.clean_rate").orElseThrow().value(march))
                .isEqualByComparingTo("50.0");
        assertThat(indicators.find("enforcement.filereview.findings").orElseThrow().byCategory(march))
                .containsEntry("DOCUMENT_MISSING", BigDecimal.ONE).containsEntry("TOO_FEW_OFFICERS", BigDecimal.ONE);

        call(get(API + "/prechecks?unitId=" + unitU + "&withFindings=true&from=2024-03-15&to=2024-03-15"), reviewer1, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].findings.length()").value(2));
        // a unit sees its own files only
        call(get(API + "/prechecks?unitId=" + unitU + "&from=2024-03-15&to=2024-03-15"), staffV, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    // ---- campaigns ------------------------------------------------------------------------------------------------

    long rubric() throws Exception {
        call(post(API + "/rubrics"), reviewer1, "{\"name\":\"测\",\"items\":[{\"title\":\"程序\",\"maxPoints\":50},"
                + "{\"title\":\"文书\",\"maxPoints\":40}]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("各评查项目分值合计为90分，须为100分"));
        call(post(API + "/rubrics"), reviewer1, "{\"name\":\"\",\"items\":[]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("请填写名称")))
                .andExpect(jsonPath("$.detail", containsString("请逐项填写评分")));
        call(post(API + "/rubrics"), staffU, "{\"name\":\"x\",\"items\":[{\"title\":\"a\",\"maxPoints\":100}]}")
                .andExpect(status().isForbidden());
        String body = call(post(API + "/rubrics"), reviewer1, "{\"name\":\"三项标准\",\"items\":[{\"title\":\"主体\",\"maxPoints\":40},"
                + "{\"title\":\"程序\",\"maxPoints\":30},{\"title\":\"文书\",\"maxPoints\":30}]}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    Map<String, Object> campaign(long rubricId, int year, long seed, String token) throws Exception {
        String body = call(post(API + "/campaigns"), token, "{\"year\":" + year + ",\"name\":\"" + year + "年度案卷评查\","
                + "\"rubricId\":" + rubricId + ",\"from\":\"" + year + "-01-01\",\"to\":\"" + year + "-12-31\","
                + "\"perUnit\":2,\"seed\":" + seed + "}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$");
    }

    List<Long> itemIds(long rubricId) {
        return jdbc.sql("SELECT id FROM enforcement_rubric_item WHERE rubric_id = :r ORDER BY ordinal").param("r", rubricId)
                .query(Long.class).list();
    }

    String sheet(List<Long> items, int p1, int p2, int p3, String finding, String veto) {
        return "{\"items\":[{\"itemId\":" + items.get(0) + ",\"points\":" + p1 + (finding == null ? "" : ",\"finding\":\"" + finding + "\"")
                + "},{\"itemId\":" + items.get(1) + ",\"points\":" + p2 + "},{\"itemId\":" + items.get(2) + ",\"points\":" + p3 + "}]"
                + (veto == null ? "" : ",\"veto\":\"" + veto + "\"") + "}";
    }

    @Test
    void aCampaignDrawsReproduciblyScoresIndependentlyAndRaisesRectifications() throws Exception {
        int year = 2011;
        for (int i = 0; i < 4; i++) {
            file(unitU, LocalDate.of(year, 3 + i, 10), true, List.of(certifiedA, certifiedB), LocalDate.of(year, 2, 1));
        }
        for (int i = 0; i < 2; i++) {
            file(unitV, LocalDate.of(year, 5, 10 + i), true, List.of(certifiedA, certifiedB), LocalDate.of(year, 2, 1));
        }
        long rubricId = rubric();
        List<Long> items = itemIds(rubricId);

        call(post(API + "/campaigns"), reviewer1, "{\"year\":1800,\"name\":\"\",\"from\":\"2011-12-31\",\"to\":\"2011-01-01\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(3));
        call(post(API + "/campaigns"), reviewer1, "{\"year\":2011,\"name\":\"x\",\"rubricId\":" + rubricId
                + ",\"from\":\"2011-12-31\",\"to\":\"2011-01-01\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("结案期间的结束日期不能早于开始日期"));

        Map<String, Object> c = campaign(rubricId, year, 20111, reviewer1);
        long id = ((Number) c.get("id")).longValue();
        assertThat(c.get("status")).isEqualTo("DRAFT");
        call(post(API + "/campaigns/" + id + "/draw?version=7"), reviewer1, null).andExpect(status().isConflict());
        call(post(API + "/campaigns/" + id + "/draw?version=0"), staffU, null).andExpect(status().isForbidden());
        call(post(API + "/campaigns/" + id + "/draw?version=0"), reviewer1, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SCORING")).andExpect(jsonPath("$.files").value(4));
        call(post(API + "/campaigns/" + id + "/draw?version=1"), reviewer1, null).andExpect(status().isConflict());

        // the same seed over the same files draws the same files
        long again = ((Number) campaign(rubricId, year, 20111, reviewer1).get("id")).longValue();
        call(post(API + "/campaigns/" + again + "/draw?version=0"), reviewer1, null).andExpect(status().isOk());
        assertThat(drawn(again)).isEqualTo(drawn(id));

        String filesBody = call(get(API + "/campaigns/" + id + "/files"), reviewer1, null).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Integer> uFiles = JsonPath.read(filesBody, "$[?(@.unitId == " + unitU + ")].id");
        List<Integer> vFiles = JsonPath.read(filesBody, "$[?(@.unitId == " + unitV + ")].id");
        assertThat(uFiles).hasSize(2);
        assertThat(vFiles).hasSize(2);
        call(get(API + "/campaigns/" + id + "/files"), staffV, null).andExpect(jsonPath("$.length()").value(2));
        call(get(API + "/files/" + uFiles.get(0)), staffV, null).andExpect(status().isNotFound());

        call(post(API + "/campaigns/" + id + "/close?version=1"), reviewer1, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("还有4卷案卷未完成评分，不能结束评查"));

        String f1 = API + "/files/" + uFiles.get(0);
        // out of range: refused, nothing saved
        call(post(f1 + "/score"), reviewer1, sheet(items, 41, 30, 30, null, null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("评查项目“主体”的得分须在0至40分之间"));
        call(post(f1 + "/score"), reviewer1, "{\"items\":[{\"itemId\":" + items.get(0) + ",\"points\":10}]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请为评查项目“程序”评分"));
        call(post(f1 + "/score"), reviewer1, "{\"items\":[{\"itemId\":" + items.get(0) + ",\"points\":-1}]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("得分不能为负数"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enforcement_evaluation_score WHERE file_id = :f").param("f", uFiles.get(0))
                .query(Long.class).single()).isZero();
        // recusal and permission
        call(post(f1 + "/score"), reviewerOfU, sheet(items, 40, 30, 30, null, null)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("评查人员不得评查本单位的案卷（回避）"));
        call(post(f1 + "/score"), staffU, sheet(items, 40, 30, 30, null, null)).andExpect(status().isForbidden());

        // independent scoring: reviewer 2 does not see reviewer 1's sheet before the file has its score
        call(post(f1 + "/score"), reviewer1, sheet(items, 30, 30, 20, "立案审批表未签署", null)).andExpect(status().isOk())
                .andExpect(jsonPath("$.score").doesNotExist());
        call(get(f1 + "/sheets"), reviewer2, null).andExpect(jsonPath("$.length()").value(0));
        call(get(f1 + "/sheets"), reviewer1, null).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].total").value(80));
        call(post(f1 + "/score"), reviewer2, sheet(items, 30, 20, 20, null, null)).andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(75.0)).andExpect(jsonPath("$.grade").value("GOOD"));
        call(get(f1 + "/sheets"), reviewer2, null).andExpect(jsonPath("$.length()").value(2));

        String f2 = API + "/files/" + uFiles.get(1);
        call(post(f2 + "/score"), reviewer1, sheet(items, 20, 20, 10, null, null)).andExpect(status().isOk());
        call(post(f2 + "/score"), reviewer2, sheet(items, 20, 20, 16, null, null)).andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(53.0)).andExpect(jsonPath("$.grade").value("FAIL"));
        String f3 = API + "/files/" + vFiles.get(0);
        call(post(f3 + "/score"), reviewer1, sheet(items, 40, 30, 25, null, null)).andExpect(status().isOk());
        call(post(f3 + "/score"), reviewer2, sheet(items, 40, 30, 25, null, null)).andExpect(jsonPath("$.grade").value("EXCELLENT"));
        String f4 = API + "/files/" + vFiles.get(1);
        call(post(f4 + "/score"), reviewer1, sheet(items, 40, 30, 25, null, "NOT_QUALIFIED")).andExpect(status().isOk());
        call(post(f4 + "/score"), reviewer2, sheet(items, 40, 30, 25, null, null)).andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(95.0)).andExpect(jsonPath("$.grade").value("FAIL"));

        call(get(API + "/campaigns/" + id + "/results"), reviewer1, null).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.unitId == " + unitU + ")].excellentOrGoodRate").value(50.0))
                .andExpect(jsonPath("$[?(@.unitId == " + unitU + ")].failRate").value(50.0))
                .andExpect(jsonPath("$[?(@.unitId == " + unitU + ")].average").value(64.0))
                .andExpect(jsonPath("$[?(@.unitId == " + unitV + ")].excellent").value(1))
                .andExpect(jsonPath("$[?(@.unitId == " + unitV + ")].fail").value(1));
        call(get(API + "/campaigns/" + id + "/results"), staffU, null).andExpect(jsonPath("$.length()").value(1));

        // figures by the evaluation day, inside unit U
        DataScope scopeU = new DataScope(ScopeLevel.UNIT, unitU, region);
        IndicatorQuery thisYear = IndicatorQuery.year(LocalDate.now().getYear(), region, scopeU);
        assertThat(indicators.find("enforcement.filereview.evaluated").orElseThrow().value(thisYear)).isEqualByComparingTo("2");
        assertThat(indicators.find("enforcement.filereview.excellent_rate").orElseThrow().value(thisYear))
                .isEqualByComparingTo("50.0");
        assertThat(indicators.find("enforcement.filereview.fail_rate").orElseThrow().value(thisYear))
                .isEqualByComparingTo("50.0");

        // closing raises a task for each file with findings or graded fail: f1 (finding), f2 (fail), f4 (veto)
        call(post(API + "/campaigns/" + id + "/close?version=1"), reviewer1, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        call(post(f1 + "/score"), reviewer1, sheet(items, 40, 30, 30, null, null)).andExpect(status().isConflict());
        String tasks = call(get(API + "/files/" + uFiles.get(0) + "/problems"), staffU, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].finding", containsString("立案审批表未签署")))
                .andExpect(jsonPath("$[0].sourceType").value("evaluation"))
                .andExpect(jsonPath("$[0].sourcePath").value("/enforcement/file-reviews/files/" + uFiles.get(0)))
                .andExpect(jsonPath("$[0].status").value("OPEN")).andReturn().getResponse().getContentAsString();
        long task = ((Number) JsonPath.read(tasks, "$[0].id")).longValue();
        call(get(API + "/files/" + uFiles.get(1) + "/problems"), staffU, null).andExpect(jsonPath("$.length()").value(1));
        call(get(API + "/files/" + vFiles.get(0) + "/problems"), reviewer1, null).andExpect(jsonPath("$.length()").value(0));
        call(get(API + "/files/" + vFiles.get(1) + "/problems"), reviewer1, null).andExpect(jsonPath("$.length()").value(1));
        call(get(API + "/files/" + uFiles.get(0) + "/problems"), staffV, null).andExpect(status().isNotFound());

        // the two files graded 不合格 (f2 by points, f4 by veto) become supervision clues, linked to the file
        for (Integer failed : List.of(uFiles.get(1), vFiles.get(1))) {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql(
                    "SELECT COUNT(*) FROM supervision_clue WHERE source = 'FILE_REVIEW' AND source_type = 'evaluation' "
                            + "AND source_id = :f").param("f", failed).query(Long.class).single() == 1);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM supervision_clue WHERE source = 'FILE_REVIEW' AND source_type = "
                + "'evaluation' AND source_id = :f").param("f", uFiles.get(0)).query(Long.class).single()).isZero();

        // on the rectification machinery: the unit plans and submits, the bureau returns, the unit submits again,
        // the bureau accepts and closes it (验收销号)
        String t = "/api/v1/supervision/rectification/problems/" + task;
        call(get(t), staffV, null).andExpect(status().isNotFound());
        call(post(t + "/steps/plan"), staffV, "{\"text\":\"改了\",\"version\":0}").andExpect(status().isNotFound());
        call(post(t + "/steps/plan"), staffU, "{\"text\":\"\"}").andExpect(status().isBadRequest());
        call(post(t + "/steps/accept"), reviewer1, "{\"version\":0}").andExpect(status().isConflict());
        call(post(t + "/steps/plan"), staffU, "{\"text\":\"补签立案审批表\",\"version\":0}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        call(post(t + "/steps/submit"), staffU, "{\"text\":\"已补签立案审批表\",\"version\":1}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        call(post(t + "/steps/return"), reviewer1, "{\"version\":2}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请填写理由。"));
        call(post(t + "/steps/return"), reviewer1, "{\"text\":\"缺少佐证\",\"version\":2}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        call(post(t + "/steps/submit"), staffU, "{\"text\":\"附补签后的审批表\",\"version\":3}").andExpect(status().isOk());
        call(post(t + "/steps/accept"), reviewer1, "{\"version\":3}").andExpect(status().isConflict());
        call(post(t + "/steps/accept"), staffU, "{\"version\":4}").andExpect(status().isForbidden());
        call(post(t + "/steps/accept"), reviewer1, "{\"version\":4}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED")).andExpect(jsonPath("$.closedOn").exists());
        call(post(t + "/steps/progress"), staffU, "{\"text\":\"再报\",\"version\":5}").andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'rectification.problem.closed' "
                + "AND target_id = :id").param("id", String.valueOf(task)).query(Long.class).single()).isEqualTo(1);
    }

    List<String> drawn(long campaignId) {
        return new ArrayList<>(jdbc.sql("SELECT case_type || '/' || CAST(case_id AS VARCHAR(20)) FROM "
                + "enforcement_evaluation_file WHERE campaign_id = :c ORDER BY case_id").param("c", campaignId)
                .query(String.class).list());
    }

    @Test
    void nothingClosedInThePeriodIsNothingToDraw() throws Exception {
        long rubricId = jdbc.sql("SELECT MIN(id) FROM enforcement_rubric").query(Long.class).single();
        long id = ((Number) campaign(rubricId, 2001, 1, reviewer1).get("id")).longValue();
        call(post(API + "/campaigns/" + id + "/draw?version=0"), reviewer1, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("结案期间内没有可抽取的案卷"));
        call(get(API + "/campaigns/" + id), reviewer1, null).andExpect(jsonPath("$.status").value("DRAFT"));
    }

    static Caller caller(DataScope scope, String... permissions) {
        return new Caller() {
            @Override
            public DataScope scope() {
                return scope;
            }

            @Override
            public boolean can(String permission) {
                return List.of(permissions).contains(permission);
            }
        };
    }
}
