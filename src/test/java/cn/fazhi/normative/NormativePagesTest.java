package cn.fazhi.normative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;

/** Staff pages of the register: list, search, drafting by form (with a DOCX upload), steps by form, refusals in Chinese. */
@IntegrationTest
class NormativePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    JdbcClient jdbc;

    UserDetails office;
    UserDetails unitStaff;

    @BeforeEach
    void users() {
        office = userAccounts.loadDetails(accounts.create("npoff", 4, "LAW_OFFICE")).orElseThrow();
        unitStaff = userAccounts.loadDetails(accounts.create("npunit", 7, "UNIT_STAFF")).orElseThrow();
    }

    static byte[] docx(String text) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A step sends the document's version as read (the kernel refuses a step without it): the current one. */
    org.springframework.test.web.servlet.request.RequestPostProcessor version(long id) {
        return request -> {
            if (request.getParameter("version") == null) {
                request.addParameter("version", String.valueOf(jdbc.sql("SELECT version FROM normative_document WHERE id = :id")
                        .param("id", id).query(Integer.class).single()));
            }
            return request;
        };
    }

    @Test
    void draftByUploadTakeAStepAndSeeRefusalsInChinese() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "草稿.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx("第一条 为规范农村宅基地审批管理，制定本办法。"));
        String location = mvc.perform(multipart("/normative/new").with(cn.fazhi.FormTokenRequests.formToken()).file(file).param("unitId", "7")
                        .param("title", "咸安区农村宅基地审批管理办法").param("tags", "农业农村，宅基地")
                        .with(user(unitStaff)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT body FROM normative_document WHERE id = :id").param("id", id).query(String.class).single())
                .contains("农村宅基地审批管理");
        String page = mvc.perform(get(location).with(user(unitStaff))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("咸安区农村宅基地审批管理办法", "起草中", "公开征求意见");

        // an empty comment period is refused on the page, in Chinese
        page = mvc.perform(post("/normative/documents/" + id + "/comment-period").with(version(id)).with(user(unitStaff)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请填写有效的征求意见起止日期");
        mvc.perform(post("/normative/documents/" + id + "/comment-period").with(version(id)).param("from", "2026-01-01").param("to", "2026-01-31")
                .with(user(unitStaff)).with(csrf())).andExpect(status().is3xxRedirection());
        // unit staff may not record a legality review
        mvc.perform(post("/normative/documents/" + id + "/submit-review").with(version(id)).with(user(unitStaff)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        page = mvc.perform(post("/normative/documents/" + id + "/review").with(version(id)).param("reviewBy", "JUSTICE_BUREAU")
                        .with(user(unitStaff)).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("您没有执行此操作的权限");

        // a wrong upload type is refused on the form
        page = mvc.perform(multipart("/normative/new").with(cn.fazhi.FormTokenRequests.formToken()).file(new MockMultipartFile("file", "a.txt", "text/plain", "x".getBytes()))
                        .param("unitId", "7").param("title", "题").with(user(unitStaff)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("只能上传 DOCX 或 PDF 文件");
    }

    long draft(UserDetails who) throws Exception {
        String location = mvc.perform(post("/normative/new").with(cn.fazhi.FormTokenRequests.formToken()).param("unitId", "7").param("title", "咸安区殡葬管理办法")
                        .param("body", "第一条 为加强殡葬管理，制定本办法。").with(user(who)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aDraftIsEditedAndItsCommentsAnsweredOnThePagesWithinScopeAndPermission() throws Exception {
        long id = draft(unitStaff);
        UserDetails otherUnit = userAccounts.loadDetails(accounts.create("npother", 8, "UNIT_STAFF")).orElseThrow();
        UserDetails viewer = userAccounts.loadDetails(accounts.create("npview", 7, "LEADER")).orElseThrow();

        String form = mvc.perform(get("/normative/documents/" + id + "/edit").with(user(unitStaff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("修改草案", "value=\"咸安区殡葬管理办法\"", "第一条 为加强殡葬管理");
        // outside the data scope: not found; without the drafting permission: forbidden
        mvc.perform(get("/normative/documents/" + id + "/edit").with(user(otherUnit))).andExpect(status().isNotFound());
        mvc.perform(post("/normative/documents/" + id + "/edit").with(version(id)).param("title", "改").param("body", "改")
                .with(user(otherUnit)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/normative/documents/" + id + "/edit").with(user(viewer))).andExpect(status().isForbidden());
        // a bad edit is refused in Chinese with what was typed kept, and nothing changes
        String page = mvc.perform(post("/normative/documents/" + id + "/edit").with(version(id)).param("title", "咸安区殡葬管理办法（修改）")
                        .param("body", " ").with(user(unitStaff)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请填写正文", "value=\"咸安区殡葬管理办法（修改）\"");
        mvc.perform(post("/normative/documents/" + id + "/edit").with(version(id)).param("title", "咸安区殡葬管理办法（修改）")
                        .param("body", "第一条 为加强殡葬管理，推行节地生态安葬，制定本办法。").param("tags", "民政 殡葬")
                        .param("validityYears", "3").with(user(unitStaff)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT title || '|' || subject_tags || '|' || validity_years FROM normative_document WHERE id = :id")
                .param("id", id).query(String.class).single()).isEqualTo("咸安区殡葬管理办法（修改）|民政,殡葬|3");

        mvc.perform(post("/normative/documents/" + id + "/comment-period").with(version(id)).param("from", "2026-01-01").param("to", "2026-01-31")
                .with(user(unitStaff)).with(csrf())).andExpect(status().is3xxRedirection());
        // once out of drafting the text can no longer be edited
        page = mvc.perform(post("/normative/documents/" + id + "/edit").with(version(id)).param("title", "再改").param("body", "再改")
                .with(user(unitStaff)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("只有起草中的文件可以修改");
        mvc.perform(post("/normative/documents/" + id + "/comments").with(version(id)).param("on", "2026-01-10").param("source", "居民王某")
                .param("text", "建议增加惠民殡葬的补助标准。").with(user(unitStaff)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long comment = jdbc.sql("SELECT id FROM normative_comment WHERE document_id = :id").param("id", id)
                .query(Long.class).single();
        page = mvc.perform(post("/normative/documents/" + id + "/comments/" + comment).with(version(id)).param("response", " ")
                .with(user(unitStaff)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请填写意见的采纳情况及理由");
        mvc.perform(post("/normative/documents/" + id + "/comments/" + comment).with(version(id)).param("response", "已采纳")
                .with(user(otherUnit)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/normative/documents/" + id + "/submit-review").with(version(id)).with(user(otherUnit)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/normative/documents/" + id + "/comments/" + comment).with(version(id)).param("adopted", "true")
                        .param("response", "补助标准另行制定，本办法作原则规定。").with(user(unitStaff)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT response FROM normative_comment WHERE id = :id AND adopted").param("id", comment)
                .query(String.class).single()).isEqualTo("补助标准另行制定，本办法作原则规定。");
        // the same over the API: a blank answer is a problem in Chinese, a full one changes the answer
        mvc.perform(put("/api/v1/normative/documents/" + id + "/comments/" + comment).with(version(id)).contentType("application/json")
                        .content("{\"adopted\":false}").with(user(unitStaff)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请填写意见的采纳情况及理由。"));
        mvc.perform(put("/api/v1/normative/documents/" + id + "/comments/" + comment).with(version(id)).contentType("application/json")
                        .content("{\"adopted\":false,\"response\":\"补助标准属于财政事项，不在本办法规定。\"}")
                        .with(user(unitStaff)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.comments[0].adopted").value(false))
                .andExpect(jsonPath("$.comments[0].response").value("补助标准属于财政事项，不在本办法规定。"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE target_type = 'normative' AND target_id = :id "
                        + "AND action IN ('normative.document.edited', 'normative.document.commentAnswered')")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void listSearchCleanupsAndIndexPagesRender() throws Exception {
        assertThat(mvc.perform(get("/normative").with(user(office))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("行政规范性文件库");
        assertThat(mvc.perform(get("/normative").param("q", "行政复议").with(user(office))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("检索到");
        mvc.perform(get("/normative/new").with(user(office))).andExpect(status().isOk());
        mvc.perform(get("/normative/cleanups").with(user(office))).andExpect(status().isOk());
        assertThat(mvc.perform(get("/search/admin").with(user(office))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("全文检索索引");
        mvc.perform(get("/search/admin").with(user(unitStaff))).andExpect(status().isForbidden());
        mvc.perform(get("/public/normative")).andExpect(status().isOk());
        mvc.perform(get("/public/normative").param("q", "复议").param("year", "1200")).andExpect(status().isOk());
        mvc.perform(get("/public/normative/cleanups")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/public/normative/search").param("q", "复议").param("year", "1200"))
                .andExpect(status().isBadRequest());
    }
}
