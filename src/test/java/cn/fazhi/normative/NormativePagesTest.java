package cn.fazhi.normative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

    @Test
    void draftByUploadTakeAStepAndSeeRefusalsInChinese() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "草稿.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx("第一条 为规范农村宅基地审批管理，制定本办法。"));
        String location = mvc.perform(multipart("/normative/new").file(file).param("unitId", "7")
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
        page = mvc.perform(post("/normative/documents/" + id + "/comment-period").with(user(unitStaff)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请填写有效的征求意见起止日期");
        mvc.perform(post("/normative/documents/" + id + "/comment-period").param("from", "2026-01-01").param("to", "2026-01-31")
                .with(user(unitStaff)).with(csrf())).andExpect(status().is3xxRedirection());
        // unit staff may not record a legality review
        mvc.perform(post("/normative/documents/" + id + "/submit-review").with(user(unitStaff)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        page = mvc.perform(post("/normative/documents/" + id + "/review").param("reviewBy", "JUSTICE_BUREAU")
                        .with(user(unitStaff)).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("您没有执行此操作的权限");

        // a wrong upload type is refused on the form
        page = mvc.perform(multipart("/normative/new").file(new MockMultipartFile("file", "a.txt", "text/plain", "x".getBytes()))
                        .param("unitId", "7").param("title", "题").with(user(unitStaff)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("只能上传 DOCX 或 PDF 文件");
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
