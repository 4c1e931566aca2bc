package cn.fazhi.normative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.documents.Block;
import cn.fazhi.documents.Documents;
import cn.fazhi.documents.OfficialDocument;
import cn.fazhi.identity.domain.UserAccounts;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real DOCX and PDF files with Chinese text (printed by the documents module, as a unit's office would send them) are
 * uploaded through the drafting page, the edit page and the API; their text is found in the stored document and in
 * staff search. Bad files (another type, unreadable, encrypted, empty, too large) are refused in Chinese and nothing is
 * saved.
 */
@IntegrationTest
class TextExtractionTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Documents documents;

    UserDetails staff;

    @BeforeEach
    void signIn() {
        staff = userAccounts.loadDetails(accounts.create("ntx", 7, "UNIT_STAFF")).orElseThrow();
    }

    /** Four CJK characters no other test writes, so search hits can only come from this test's upload. */
    static String marker() {
        Random r = new Random();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            s.append((char) (0x6A00 + r.nextInt(0x400)));
        }
        return s.toString();
    }

    static OfficialDocument official(String marker) {
        return OfficialDocument.of("关于规范" + marker + "管理的通知", List.of(
                new Block.Paragraph("第一条 为规范" + marker + "管理，保障被申请人的合法权益，制定本办法。"),
                new Block.Paragraph("第二条 行政复议机关应当依法审查申请人提出的" + marker + "事项。")));
    }

    byte[] docx(String marker) {
        return documents.docx(official(marker));
    }

    byte[] pdf(String marker) {
        return documents.pdf(official(marker));
    }

    long documentCount() {
        return jdbc.sql("SELECT COUNT(*) FROM normative_document").query(Long.class).single();
    }

    String body(long id) {
        return jdbc.sql("SELECT body FROM normative_document WHERE id = :id").param("id", id).query(String.class).single();
    }

    long draftByPage(String title, MockMultipartFile file) throws Exception {
        String location = mvc.perform(multipart("/normative/new").with(cn.fazhi.FormTokenRequests.formToken()).file(file).param("unitId", "7").param("title", title)
                        .with(user(staff)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Staff search (the caller's scope) finds the document by the marker and by a phrase of the file's text. */
    void foundInSearch(long id, String... queries) throws Exception {
        for (String q : queries) {
            long deadline = System.currentTimeMillis() + 15_000;
            String json;
            do {
                json = mvc.perform(get("/api/v1/normative/search").param("q", q).param("unitId", "7").with(user(staff)))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                List<String> ids = JsonPath.read(json, "$.hits[*].id");
                if (ids.contains(String.valueOf(id))) {
                    break;
                }
                Thread.sleep(200);
            } while (System.currentTimeMillis() < deadline);
            assertThat(JsonPath.<List<String>>read(json, "$.hits[*].id")).as("search for %s", q).contains(String.valueOf(id));
        }
    }

    @Test
    void docxAndPdfUploadedOnTheDraftingPageAreStoredAndSearchable() throws Exception {
        for (String type : List.of("docx", "pdf")) {
            String marker = marker();
            byte[] content = type.equals("docx") ? docx(marker) : pdf(marker);
            long id = draftByPage("关于规范" + marker + "管理的通知",
                    new MockMultipartFile("file", "送审稿." + type, type.equals("docx") ? DOCX : "application/pdf", content));
            assertThat(body(id)).as(type).contains("为规范" + marker + "管理", "保障被申请人的合法权益", "行政复议机关应当依法审查");
            foundInSearch(id, marker, "被申请人 " + marker);
        }
    }

    @Test
    void aDraftsTextIsReplacedByAFileUploadedOnTheEditPage() throws Exception {
        String first = marker();
        long id = draftByPage("关于规范" + first + "管理的通知",
                new MockMultipartFile("file", "初稿.docx", DOCX, docx(first)));
        String second = marker();
        mvc.perform(multipart("/normative/documents/" + id + "/edit")
                        .file(new MockMultipartFile("file", "修改稿.pdf", "application/pdf", pdf(second)))
                        .param("title", "关于规范" + second + "管理的通知").param("tags", "复议，管理")
                        .param("version", String.valueOf(jdbc.sql("SELECT version FROM normative_document WHERE id = :id")
                                .param("id", id).query(Integer.class).single()))
                        .with(user(staff)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(body(id)).contains("为规范" + second + "管理").doesNotContain(first);
        assertThat(jdbc.sql("SELECT subject_tags FROM normative_document WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("复议,管理");
        foundInSearch(id, second);
    }

    @Test
    void theApiExtractsTheTextOfBothFormatsAndADraftWithItIsSearchable() throws Exception {
        for (String type : List.of("docx", "pdf")) {
            String marker = marker();
            byte[] content = type.equals("docx") ? docx(marker) : pdf(marker);
            String json = mvc.perform(multipart("/api/v1/normative/text-extraction")
                            .file(new MockMultipartFile("file", "draft." + type, "application/octet-stream", content))
                            .with(user(staff)).with(csrf()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            String text = JsonPath.read(json, "$.text");
            assertThat(text).as(type).contains("为规范" + marker + "管理", "行政复议机关应当依法审查申请人提出的" + marker + "事项");
            String draft = JsonMapper.builder().build().writeValueAsString(Map.of("unitId", 7,
                    "title", "关于规范" + marker + "管理的通知", "body", text));
            json = mvc.perform(post("/api/v1/normative/documents").contentType("application/json").content(draft)
                            .with(user(staff)).with(csrf()))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            long id = ((Number) JsonPath.read(json, "$.id")).longValue();
            assertThat(body(id)).contains("保障被申请人的合法权益");
            foundInSearch(id, marker);
        }
    }

    @Test
    /** Long lines not ending a sentence are joined; short lines (a title, a paragraph's last line) are not. */
    void pdfLinesWrappedByTheLayoutAreJoinedIntoParagraphs() {
        String page = "关于规范管理的通知\n \u3000\n 第一条 为规范管理，保障被申请人的合法权益，\n 制定本办法。\n"
                + " 第二条 行政复议机关应当依法审查申请人提出的\n 事项。\n 第三条 Article three of the rules\n applies.\n — 1 —\n";
        assertThat(TextExtraction.unwrap(page)).isEqualTo("关于规范管理的通知\n第一条 为规范管理，保障被申请人的合法权益，制定本办法。\n"
                + "第二条 行政复议机关应当依法审查申请人提出的事项。\n第三条 Article three of the rules\napplies.");
    }

    /** Bad files, each with the Chinese message both the page and the API give. */
    List<Object[]> badFiles() throws Exception {
        String marker = marker();
        return List.of(
                new Object[] {new MockMultipartFile("file", "说明.txt", "text/plain", "第一条 文本".getBytes()),
                        "只能上传 DOCX 或 PDF 文件"},
                new Object[] {new MockMultipartFile("file", "旧格式.doc", "application/msword", docx(marker)),
                        "只能上传 DOCX 或 PDF 文件"},
                new Object[] {new MockMultipartFile("file", "空.docx", DOCX, new byte[0]), "请选择要上传的文件"},
                new Object[] {new MockMultipartFile("file", "坏.docx", DOCX, "这不是一个 Word 文件".getBytes()),
                        "无法读取该文件"},
                new Object[] {new MockMultipartFile("file", "坏.pdf", "application/pdf", "%PDF-1.4 broken".getBytes()),
                        "无法读取该文件"},
                new Object[] {new MockMultipartFile("file", "加密.pdf", "application/pdf", encryptedPdf(pdf(marker))),
                        "文件已加密"},
                new Object[] {new MockMultipartFile("file", "加密.docx", DOCX, encryptedDocx(docx(marker))), "文件已加密"},
                new Object[] {new MockMultipartFile("file", "扫描件.pdf", "application/pdf", blankPdf()),
                        "没有可提取的文字"},
                new Object[] {new MockMultipartFile("file", "过大.pdf", "application/pdf", new byte[21 * 1024 * 1024]),
                        "文件过大，不能超过 20 MB"});
    }

    @Test
    void badFilesAreRefusedInChineseOnThePageAndTheApiAndNothingIsSaved() throws Exception {
        long before = documentCount();
        for (Object[] bad : badFiles()) {
            MockMultipartFile file = (MockMultipartFile) bad[0];
            String message = (String) bad[1];
            String page = mvc.perform(multipart("/normative/new").with(cn.fazhi.FormTokenRequests.formToken()).file(file).param("unitId", "7")
                            .param("title", "咸安区测试文件").param("body", "粘贴的正文不应被保存")
                            .with(user(staff)).with(csrf()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).as(file.getOriginalFilename()).contains(message);
            String json = mvc.perform(multipart("/api/v1/normative/text-extraction").file(file).with(user(staff)).with(csrf()))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(JsonPath.<String>read(json, "$.detail")).as(file.getOriginalFilename()).contains(message);
        }
        assertThat(documentCount()).isEqualTo(before);
    }

    /** A one-page PDF without any text, like a scan. */
    static byte[] blankPdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.lowagie.text.Document doc = new com.lowagie.text.Document();
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        writer.setPageEmpty(false);
        doc.close();
        return out.toByteArray();
    }

    static byte[] encryptedPdf(byte[] pdf) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfStamper stamper = new PdfStamper(new PdfReader(pdf), out);
        stamper.setEncryption("用户口令".getBytes(java.nio.charset.StandardCharsets.UTF_8), "owner-2026".getBytes(),
                PdfWriter.ALLOW_PRINTING, PdfWriter.ENCRYPTION_AES_128);
        stamper.close();
        return out.toByteArray();
    }

    static byte[] encryptedDocx(byte[] docx) throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("Mima@2026");
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx)); OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
