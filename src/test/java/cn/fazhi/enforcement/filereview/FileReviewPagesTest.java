package cn.fazhi.enforcement.filereview;

import static cn.fazhi.FormTokenRequests.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.enforcement.CaseFile;
import cn.fazhi.enforcement.CaseFile.Act;
import cn.fazhi.enforcement.CaseFile.Document;
import cn.fazhi.enforcement.FileReviews;
import cn.fazhi.rectification.ProblemView;
import cn.fazhi.rectification.Problems;
import cn.fazhi.identity.domain.UserAccounts;

/**
 * The staff pages: lists render in Chinese without internal codes, forms re-render with every error and save nothing,
 * a valid form redirects, exports are .xlsx, and a unit's staff see their own unit only.
 */
@IntegrationTest
@Import(FileReviewTestSupport.class)
class FileReviewPagesTest {

    static final String BASE = "/enforcement/file-reviews";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FileReviewTestSupport.TestFiles files;

    @Autowired
    FileReviewTestSupport.Fixtures fixtures;

    @Autowired
    FileReviews fileReviews;

    @Autowired
    Problems problems;

    long unit;
    UserDetails bureau;
    UserDetails staff;
    UserDetails otherStaff;

    @BeforeEach
    void setUp() {
        unit = fixtures.unit();
        bureau = userAccounts.loadDetails(accounts.create("frpb", 4, "LAW_OFFICE")).orElseThrow();
        staff = userAccounts.loadDetails(accounts.create("frps", unit, "UNIT_STAFF")).orElseThrow();
        otherStaff = userAccounts.loadDetails(accounts.create("frpo", fixtures.unit(), "UNIT_STAFF")).orElseThrow();
    }

    @Test
    void theListsRenderAndExport() throws Exception {
        long officer = fixtures.certifiedOfficer(unit, "页面执法员");
        CaseFile f = files.put(new CaseFile(FileReviewTestSupport.CASE_TYPE, files.nextId(), "页面测〔2023〕1号", unit,
                fixtures.regionOf(unit), LocalDate.of(2023, 9, 1), List.of(new Document("DECISION", false)),
                List.of(new Act("INVESTIGATION", LocalDate.of(2023, 8, 1), List.of(officer), true, false)), List.of(),
                true, false, false, null, LocalDate.of(2023, 8, 20)));
        fileReviews.precheck(f.caseType(), f.caseId());

        mvc.perform(get(BASE + "/prechecks").param("keyword", "页面测").with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("页面测〔2023〕1号")))
                .andExpect(content().string(containsString("应全程音像记录而未记录")))
                .andExpect(content().string(containsString("执法人员少于两人")))
                .andExpect(content().string(containsString("国办发〔2022〕27号 五（十二）")))
                .andExpect(content().string(not(containsString(">AUDIO_VIDEO_MISSING<"))));
        mvc.perform(get(BASE + "/prechecks").param("keyword", "页面测").with(user(otherStaff))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("页面测〔2023〕1号"))));
        mvc.perform(get(BASE + "/prechecks.xlsx").param("keyword", "页面测").with(user(staff))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        mvc.perform(get(BASE + "/prechecks").param("kind", "NO_SUCH_KIND").with(user(staff))).andExpect(status().isOk());

        mvc.perform(get(BASE).with(user(bureau))).andExpect(status().isOk())
                .andExpect(content().string(containsString("新建评查活动")))
                .andExpect(content().string(containsString("低于60分为不合格")));
        mvc.perform(get(BASE).with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("新建评查活动"))));
        mvc.perform(get(BASE + "/rubrics").with(user(bureau))).andExpect(status().isOk())
                .andExpect(content().string(containsString("行政执法案卷评查标准（默认）")));

        // the pre-check findings become a problem of the rectification machinery, handled on its pages
        String location = mvc.perform(post(BASE + "/prechecks/" + f.caseType() + "/" + f.caseId() + "/rectification")
                        .with(user(bureau)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/rectification/problems/");
        ProblemView task = problems.bySource(f.caseType(), f.caseId()).get(0);
        assertThat(task.unitId()).isEqualTo(unit);
        assertThat(task.issuerUnitId()).isEqualTo(4);
        assertThat(task.foundOn().getYear()).isNotEqualTo(2023);
        mvc.perform(get("/rectification/problems").param("sourceType", f.caseType()).with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("应全程音像记录而未记录")))
                .andExpect(content().string(containsString("待制定方案")));
        mvc.perform(get(location).with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("提交整改方案")));
        mvc.perform(get(location).with(user(otherStaff))).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/rectifications").with(user(staff))).andExpect(status().is3xxRedirection());
        mvc.perform(get(BASE + "/files/" + Long.MAX_VALUE).with(user(staff))).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/campaigns/" + Long.MAX_VALUE).with(user(staff))).andExpect(status().isNotFound());
        // the same findings are not raised twice while the problem is open
        mvc.perform(post(BASE + "/prechecks/" + f.caseType() + "/" + f.caseId() + "/rectification")
                        .with(user(bureau)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("该案卷已有未销号的整改问题")));

        // a plan without text re-renders with the error; a valid one is saved
        mvc.perform(post(location + "/plan").param("text", "").param("version", "0")
                        .with(user(staff)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写整改方案")));
        mvc.perform(post(location + "/plan").param("text", "补录音像记录").param("version", "0")
                        .with(user(staff)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(problems.find(task.id()).orElseThrow().plan()).isEqualTo("补录音像记录");
    }

    @Test
    void theCampaignFormShowsEveryErrorAndSavesNothing() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM enforcement_evaluation_campaign").query(Long.class).single();
        mvc.perform(post(BASE + "/campaigns").param("year", "1800").param("name", "").param("from", "2023-01-01")
                        .param("to", "2023-12-31").with(user(bureau)).with(csrf()).with(formToken()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("年度须在2000至2100之间")))
                .andExpect(content().string(containsString("请填写名称")))
                .andExpect(content().string(containsString("请选择评查标准")));
        mvc.perform(post(BASE + "/campaigns").param("year", "2023").param("name", "x").param("rubricId", "1")
                        .param("from", "2023-12-31").param("to", "2023-01-01").with(user(bureau)).with(csrf()).with(formToken()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("结案期间的结束日期不能早于开始日期")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enforcement_evaluation_campaign").query(Long.class).single())
                .isEqualTo(before);
        long rubricId = jdbc.sql("SELECT MIN(id) FROM enforcement_rubric").query(Long.class).single();
        mvc.perform(post(BASE + "/campaigns").param("year", "2023").param("name", "页面评查").param("rubricId", String.valueOf(rubricId))
                        .param("from", "2023-01-01").param("to", "2023-12-31").with(user(staff)).with(csrf()).with(formToken()))
                .andExpect(status().isForbidden());
        String location = mvc.perform(post(BASE + "/campaigns").param("year", "2023").param("name", "页面评查")
                        .param("rubricId", String.valueOf(rubricId)).param("from", "2023-01-01").param("to", "2023-12-31")
                        .param("perUnit", "3").with(user(bureau)).with(csrf()).with(formToken()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(bureau))).andExpect(status().isOk())
                .andExpect(content().string(containsString("页面评查")))
                .andExpect(content().string(containsString("待抽取")))
                .andExpect(content().string(containsString("抽取案卷")));
        mvc.perform(get(location + "/results.xlsx").with(user(bureau))).andExpect(status().isOk());

        // a rubric whose points do not add up to 100 is refused on the page
        mvc.perform(post(BASE + "/rubrics").param("name", "页面标准").param("title", "程序", "文书")
                        .param("maxPoints", "50", "30").param("guidance", "", "").with(user(bureau)).with(csrf())
                        .with(formToken()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("各评查项目分值合计为80分，须为100分")));
    }

    @Test
    void aReviewerScoresOnThePage() throws Exception {
        long officer1 = fixtures.certifiedOfficer(unit, "评分员一");
        long officer2 = fixtures.certifiedOfficer(unit, "评分员二");
        files.put(new CaseFile(FileReviewTestSupport.CASE_TYPE, files.nextId(), "页面评〔2013〕1号", unit,
                fixtures.regionOf(unit), LocalDate.of(2013, 6, 1), List.of(new Document("DECISION", true)),
                List.of(new Act("INVESTIGATION", LocalDate.of(2013, 5, 1), List.of(officer1, officer2), false, false)),
                List.of(), false, false, false, null, LocalDate.of(2013, 5, 20)));
        long rubricId = jdbc.sql("SELECT MIN(id) FROM enforcement_rubric").query(Long.class).single();
        String location = mvc.perform(post(BASE + "/campaigns").param("year", "2013").param("name", "2013评查")
                        .param("rubricId", String.valueOf(rubricId)).param("from", "2013-01-01").param("to", "2013-12-31")
                        .param("perUnit", "1").param("seed", "13").with(user(bureau)).with(csrf()).with(formToken()))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/draw").param("version", "0").with(user(bureau)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long campaignId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long fileId = jdbc.sql("SELECT id FROM enforcement_evaluation_file WHERE campaign_id = :c AND unit_id = :u")
                .param("c", campaignId).param("u", unit).query(Long.class).single();
        mvc.perform(get(BASE + "/files/" + fileId).with(user(bureau))).andExpect(status().isOk())
                .andExpect(content().string(containsString("执法主体合法")))
                .andExpect(content().string(containsString("提交评分")));
        List<Long> items = jdbc.sql("SELECT id FROM enforcement_rubric_item WHERE rubric_id = :r ORDER BY ordinal")
                .param("r", rubricId).query(Long.class).list();
        String[] ids = items.stream().map(String::valueOf).toArray(String[]::new);
        String[] tooMany = items.stream().map(i -> "99").toArray(String[]::new);
        mvc.perform(post(BASE + "/files/" + fileId + "/score").param("itemId", ids).param("points", tooMany)
                        .with(user(bureau)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("的得分须在0至")));
        String[] full = jdbc.sql("SELECT max_points FROM enforcement_rubric_item WHERE rubric_id = :r ORDER BY ordinal")
                .param("r", rubricId).query(String.class).list().toArray(String[]::new);
        mvc.perform(post(BASE + "/files/" + fileId + "/score").param("itemId", ids).param("points", full)
                        .with(user(bureau)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(BASE + "/files/" + fileId).with(user(bureau))).andExpect(status().isOk())
                .andExpect(content().string(containsString("合计 100")));
        mvc.perform(get(BASE + "/files/" + fileId).with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("提交评分"))));

        // the file page lists the problems the file raised (the rectification fragment)
        ProblemView raised = problems.raise(new cn.fazhi.rectification.RaiseProblem(
                cn.fazhi.enforcement.EvaluationCampaigns.RECTIFICATION_SOURCE, fileId, "页面评〔2013〕1号",
                "/enforcement/file-reviews/files/" + fileId, "文书未按规定编号", null, unit, 4, LocalDate.now(), null));
        mvc.perform(get(BASE + "/files/" + fileId).with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString(raised.caseNumber())))
                .andExpect(content().string(containsString("文书未按规定编号")))
                .andExpect(content().string(containsString("待制定方案")));
    }
}
