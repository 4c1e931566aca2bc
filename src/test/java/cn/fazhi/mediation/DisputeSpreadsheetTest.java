package cn.fazhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import cn.fazhi.platform.imports.ImportResult;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;
import cn.idev.excel.FastExcel;

/**
 * Spreadsheet import (all or nothing, row-by-row errors, gap-free numbers also under concurrent imports) and export
 * (the filtered list in the caller's scope, personal data masked).
 */
@IntegrationTest
class DisputeSpreadsheetTest {

    static final String VALID_ID = "421202199001011232";
    static final String BAD_CHECK_ID = "421202199001011233";
    static final String WENQUAN = "421202001";
    static final String MAQIAO = "421202106";
    static final String[] HEADER = {"纠纷类型", "来源渠道", "乡镇（街道）代码", "村（社区）代码", "收案日期", "涉及金额（元）",
            "纠纷简要情况", "委托法院", "委托调解案号", "申请人类型", "申请人姓名或名称", "申请人公民身份号码或统一社会信用代码",
            "申请人联系电话", "被申请人类型", "被申请人姓名或名称", "被申请人公民身份号码或统一社会信用代码", "被申请人联系电话", "状态",
            "受理日期"};

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DisputeImports imports;

    String wenquanUser;
    String wenquan;
    String maqiao;
    String maqiaoUser;
    String district;

    @BeforeEach
    void tokens() throws Exception {
        wenquanUser = accounts.create("impwq", 18, "TOWNSHIP_STAFF");
        wenquan = TestAccounts.token(mvc, wenquanUser, TestAccounts.PASSWORD);
        maqiaoUser = accounts.create("impmq", 36, "MEDIATOR");
        maqiao = TestAccounts.token(mvc, maqiaoUser, TestAccounts.PASSWORD);
        district = TestAccounts.token(mvc, accounts.create("impfzb", 4, "LAW_OFFICE"), TestAccounts.PASSWORD);
    }

    // ---- building files -------------------------------------------------------------------------------------------

    static List<Object> row(String township, String received, String applicantId, String applicantPhone) {
        List<Object> r = new ArrayList<>(List.of("邻里", "来访", township, "", received, "1200.50", "相邻通行纠纷", "", "",
                "自然人", "王某", applicantId, applicantPhone, "自然人", "赵某", "", "0715-8123456", "已登记", ""));
        return r;
    }

    static byte[] xlsx(String[] header, List<List<Object>> rows) {
        List<List<String>> head = new ArrayList<>();
        for (String h : header) {
            head.add(List.of(h));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(head).sheet("纠纷").doWrite(rows);
        return out.toByteArray();
    }

    static List<List<Object>> rows(int n, String township, String received) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(row(township, received, VALID_ID, "13907151234"));
        }
        return rows;
    }

    ResultActions upload(String token, String fileName, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/mediation/imports")
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .header("Authorization", "Bearer " + token));
    }

    long lastSeq(String township, int year) {
        return jdbc.sql("SELECT last_value FROM case_number_sequence WHERE case_type = 'mediation' AND scope_key = :s "
                        + "AND seq_year = :y").param("s", township).param("y", year).query(Long.class).optional().orElse(0L);
    }

    long disputes() {
        return jdbc.sql("SELECT COUNT(*) FROM dispute").query(Long.class).single();
    }

    static final Pattern SEQ = Pattern.compile("咸安[^调]*调〔(\\d{4})〕(\\d+)号");

    List<Long> seqsSince(String township, int year, long after) {
        List<String> numbers = jdbc.sql("SELECT case_number FROM dispute WHERE number_scope = :s").param("s", township)
                .query(String.class).list();
        List<Long> seqs = new ArrayList<>();
        for (String n : numbers) {
            Matcher m = SEQ.matcher(n);
            if (m.matches() && Integer.parseInt(m.group(1)) == year && Long.parseLong(m.group(2)) > after) {
                seqs.add(Long.parseLong(m.group(2)));
            }
        }
        seqs.sort(null);
        return seqs;
    }

    // ---- import ---------------------------------------------------------------------------------------------------

    @Test
    void aValidFileImportsEveryRowWithGapFreeNumbersAndEncryptedParties() throws Exception {
        long before = lastSeq(WENQUAN, 2012);
        long auditsBefore = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'mediation.dispute.imported'")
                .query(Long.class).single();
        List<List<Object>> rows = rows(5, WENQUAN, "2012-05-01");
        rows.get(1).set(17, "已受理");
        rows.get(1).set(18, "2012-05-03");
        rows.get(2).set(1, "法院委托");
        rows.get(2).set(7, "咸安区人民法院");
        rows.get(2).set(8, "(2012)鄂1202民诉前调9号");
        rows.get(3).set(9, "法人或其他组织");
        rows.get(3).set(11, "");
        String body = upload(wenquan, "disputes.xlsx", xlsx(HEADER, rows))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.count").value(5))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(body, "$.firstCaseNumber")).isEqualTo("咸安温泉调〔2012〕" + (before + 1) + "号");
        assertThat((String) JsonPath.read(body, "$.lastCaseNumber")).isEqualTo("咸安温泉调〔2012〕" + (before + 5) + "号");
        assertThat(seqsSince(WENQUAN, 2012, before)).containsExactly(before + 1, before + 2, before + 3, before + 4, before + 5);
        assertThat(lastSeq(WENQUAN, 2012)).isEqualTo(before + 5);
        Map<String, Object> accepted = jdbc.sql("SELECT status, accepted_on, unit_id, created_by FROM dispute "
                        + "WHERE number_scope = :s AND case_number = :n")
                .param("s", WENQUAN).param("n", "咸安温泉调〔2012〕" + (before + 2) + "号").query().singleRow();
        assertThat(accepted.get("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.get("accepted_on").toString()).isEqualTo("2012-05-03");
        assertThat(((Number) accepted.get("unit_id")).longValue()).isEqualTo(18L);
        assertThat(accepted.get("created_by")).isEqualTo(wenquanUser);
        List<String> stored = jdbc.sql("SELECT p.identifier_enc FROM dispute_party p JOIN dispute d ON d.id = p.dispute_id "
                        + "WHERE d.number_scope = :s AND d.case_number = :n AND p.party_role = 'APPLICANT'")
                .param("s", WENQUAN).param("n", "咸安温泉调〔2012〕" + (before + 1) + "号").query(String.class).list();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0)).isNotBlank().doesNotContain(VALID_ID);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'mediation.dispute.imported'")
                .query(Long.class).single()).isEqualTo(auditsBefore + 1);
    }

    @Test
    void threeBadRowsSaveNothingAndAreReportedByRowAndColumnInChinese() throws Exception {
        long before = lastSeq(WENQUAN, 2013);
        long count = disputes();
        List<List<Object>> rows = rows(6, WENQUAN, "2013-03-01");
        rows.get(1).set(11, BAD_CHECK_ID); // spreadsheet row 3
        rows.get(3).set(0, "打架"); // row 5
        rows.get(5).set(4, LocalDate.now().plusDays(3).toString()); // row 7
        upload(wenquan, "disputes.xlsx", xlsx(HEADER, rows))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("有 3 行不符合要求，全部未导入。请改正后重新上传。"))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("申请人公民身份号码或统一社会信用代码"))
                .andExpect(jsonPath("$.errors[0].message").value("第 3 行“申请人公民身份号码或统一社会信用代码”：校验位不正确"))
                .andExpect(jsonPath("$.errors[1].row").value(5))
                .andExpect(jsonPath("$.errors[1].column").value("纠纷类型"))
                .andExpect(jsonPath("$.errors[1].message", org.hamcrest.Matchers.startsWith("第 5 行“纠纷类型”：“打架”不是可选的值（可选：婚姻家庭、邻里、合同、")))
                .andExpect(jsonPath("$.errors[2].row").value(7))
                .andExpect(jsonPath("$.errors[2].column").value("收案日期"))
                .andExpect(jsonPath("$.errors[2].message", containsString("晚于今天")));
        assertThat(disputes()).isEqualTo(count);
        assertThat(lastSeq(WENQUAN, 2013)).isEqualTo(before);
    }

    @Test
    void theImportPageListsTheRowErrors() throws Exception {
        List<List<Object>> rows = rows(2, WENQUAN, "2013-03-01");
        rows.get(0).set(12, "12345");
        mvc.perform(multipart("/mediation/import")
                        .file(new MockMultipartFile("file", "d.xlsx", "application/octet-stream", xlsx(HEADER, rows)))
                        .with(user(userAccounts.loadDetails(wenquanUser).orElseThrow())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第 2 行“申请人联系电话”：不是有效的电话号码")))
                .andExpect(content().string(containsString("有 1 行不符合要求")));
        mvc.perform(get("/mediation/import").with(user(userAccounts.loadDetails(wenquanUser).orElseThrow())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/mediation/import/template")));
        mvc.perform(get("/mediation").with(user(userAccounts.loadDetails(wenquanUser).orElseThrow())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"/mediation/import\"")));
    }

    @Test
    void aTownshipOutsideTheCallersScopeIsRefusedOnItsRow() throws Exception {
        List<List<Object>> rows = rows(2, WENQUAN, "2013-03-01");
        rows.get(1).set(2, MAQIAO);
        upload(wenquan, "d.xlsx", xlsx(HEADER, rows)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].message").value("第 3 行“乡镇（街道）代码”：该乡镇（街道）不在您的数据范围内"));
    }

    @Test
    void wrongFilesGetAClearMessage() throws Exception {
        upload(wenquan, "disputes.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("只能导入 Excel 文件（.xlsx）")));
        upload(wenquan, "disputes.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("文件无法作为 Excel 表格读取")));
        upload(wenquan, "disputes.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0}).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("文件无法作为 Excel 表格读取")));
        String[] partial = {"纠纷类型", "来源渠道", "乡镇（街道）代码", "收案日期"};
        upload(wenquan, "disputes.xlsx", xlsx(partial, List.of(List.of("邻里", "来访", WENQUAN, "2013-01-01"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("表格缺少以下列：“涉及金额（元）”、“纠纷简要情况”")));
        upload(wenquan, "disputes.xlsx", xlsx(HEADER, List.of())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("表格中没有可导入的数据行。"));
    }

    @Test
    void theTemplateHasTheChineseHeadersAndImportsBackEmptyAsNoRows() throws Exception {
        byte[] template = mvc.perform(get("/api/v1/mediation/imports/template").header("Authorization", "Bearer " + wenquan))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> head = new ArrayList<>();
        FastExcel.read(new ByteArrayInputStream(template)).headRowNumber(0).sheet(0)
                .registerReadListener(new cn.idev.excel.read.listener.PageReadListener<Map<Integer, String>>(head::addAll))
                .doRead();
        assertThat(head).hasSize(1);
        assertThat(head.get(0).values()).containsExactly(HEADER);
    }

    @Test
    void twoImportsAtOnceDrawUniqueGapFreeNumbers() throws Exception {
        long before = lastSeq(WENQUAN, 2011);
        CurrentUser me = new CurrentUser(accounts.idOf(wenquanUser), wenquanUser, wenquanUser, 18, WENQUAN,
                new DataScope(ScopeLevel.TOWNSHIP, 18, WENQUAN), Set.of("mediation:register", "mediation:view"), false,
                "zh-CN");
        Path a = Files.createTempFile("imp-a", ".xlsx");
        Path b = Files.createTempFile("imp-b", ".xlsx");
        try {
            Files.write(a, xlsx(HEADER, rows(40, WENQUAN, "2011-06-01")));
            List<List<Object>> mixed = rows(40, WENQUAN, "2011-07-01");
            Files.write(b, xlsx(HEADER, mixed));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Callable<ImportResult>> jobs = List.of(() -> imports.importFile("a.xlsx", a, me),
                        () -> imports.importFile("b.xlsx", b, me));
                List<Future<ImportResult>> results = pool.invokeAll(jobs);
                for (Future<ImportResult> f : results) {
                    assertThat(f.get().count()).isEqualTo(40);
                }
            } finally {
                pool.shutdown();
            }
        } finally {
            Files.deleteIfExists(a);
            Files.deleteIfExists(b);
        }
        List<Long> seqs = seqsSince(WENQUAN, 2011, before);
        assertThat(seqs).hasSize(80);
        assertThat(new HashSet<>(seqs)).hasSize(80);
        assertThat(seqs.get(0)).isEqualTo(before + 1);
        assertThat(seqs.get(79)).isEqualTo(before + 80);
        assertThat(lastSeq(WENQUAN, 2011)).isEqualTo(before + 80);
    }

    // ---- export ---------------------------------------------------------------------------------------------------

    static List<Map<Integer, String>> readSheet(byte[] xlsx) {
        List<Map<Integer, String>> rows = new ArrayList<>();
        FastExcel.read(new ByteArrayInputStream(xlsx)).headRowNumber(1).sheet(0)
                .registerReadListener(new cn.idev.excel.read.listener.PageReadListener<Map<Integer, String>>(rows::addAll))
                .doRead();
        return rows;
    }

    Set<String> expected(String regionPrefix, String township, String status) {
        return new HashSet<>(jdbc.sql("SELECT case_number FROM dispute WHERE township_code LIKE :p AND township_code = :t "
                        + "AND status = :s").param("p", regionPrefix + "%").param("t", township).param("s", status)
                .query(String.class).list());
    }

    /** Each township keeps its own gap-free sequence, and its short name keeps the printed numbers apart. */
    @Test
    void disputesOfTwoTownshipsByPageApiAndImportNeverShareANumber() throws Exception {
        int year = 2010;
        long wqBefore = lastSeq(WENQUAN, year);
        long mqBefore = lastSeq(MAQIAO, year);
        List<List<Object>> rows = rows(3, WENQUAN, year + "-04-01");
        rows.addAll(rows(3, MAQIAO, year + "-04-01"));
        upload(district, "two-townships.xlsx", xlsx(HEADER, rows)).andExpect(status().isCreated());
        for (String[] who : new String[][] {{wenquan, WENQUAN}, {maqiao, MAQIAO}}) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/mediation/disputes")
                            .header("Authorization", "Bearer " + who[0]).contentType("application/json")
                            .content(MediationApiTest.registration(who[1], "WALK_IN", "NEIGHBOUR", year + "-04-02", "0", VALID_ID)))
                    .andExpect(status().isCreated());
        }
        for (String[] who : new String[][] {{wenquanUser, WENQUAN}, {maqiaoUser, MAQIAO}}) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/mediation").with(cn.fazhi.FormTokenRequests.formToken())
                            .with(user(userAccounts.loadDetails(who[0]).orElseThrow())).with(csrf())
                            .param("channel", "WALK_IN").param("category", "NEIGHBOUR").param("townshipCode", who[1])
                            .param("receivedOn", year + "-04-03").param("amount", "0").param("summary", "邻里纠纷")
                            .param("applicantKind", "PERSON").param("applicantName", "王某")
                            .param("applicantIdentifier", VALID_ID).param("respondentKind", "PERSON")
                            .param("respondentName", "李某").param("confirmDuplicate", "true"))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(seqsSince(WENQUAN, year, wqBefore)).containsExactly(wqBefore + 1, wqBefore + 2, wqBefore + 3,
                wqBefore + 4, wqBefore + 5);
        assertThat(seqsSince(MAQIAO, year, mqBefore)).containsExactly(mqBefore + 1, mqBefore + 2, mqBefore + 3,
                mqBefore + 4, mqBefore + 5);
        List<String> numbers = jdbc.sql("SELECT case_number FROM dispute WHERE number_scope IN (:a, :b) AND received_on >= :f "
                        + "AND received_on <= :t").param("a", WENQUAN).param("b", MAQIAO)
                .param("f", LocalDate.of(year, 1, 1)).param("t", LocalDate.of(year, 12, 31)).query(String.class).list();
        assertThat(numbers).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).matches("咸安(温泉|马桥)调〔2010〕\\d+号"))
                .contains("咸安温泉调〔2010〕" + (wqBefore + 1) + "号", "咸安马桥调〔2010〕" + (mqBefore + 1) + "号");
        // the database itself refuses a second dispute with a printed number already taken
        long any = jdbc.sql("SELECT MIN(id) FROM dispute WHERE number_scope = :s").param("s", MAQIAO).query(Long.class).single();
        String taken = jdbc.sql("SELECT case_number FROM dispute WHERE number_scope = :s AND id <> :id")
                .param("s", WENQUAN).param("id", any).query(String.class).list().get(0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("UPDATE dispute SET case_number = :n WHERE id = :id")
                .param("n", taken).param("id", any).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Autowired
    cn.fazhi.organisation.Regions regions;

    @Test
    void theVillageColumnTakesTheCodeOrTheNameOfARegisteredVillage() throws Exception {
        String code = null;
        for (int i = 0; code == null; i++) {
            String candidate = "421202001" + String.format("%03d", (System.nanoTime() + i) % 1000);
            if (regions.find(candidate).isEmpty()) {
                regions.addVillage(WENQUAN, candidate, "导入村" + candidate.substring(9));
                code = candidate;
            }
        }
        List<List<Object>> rows = rows(2, WENQUAN, "2009-05-01");
        rows.get(0).set(3, code);
        rows.get(1).set(3, "导入村" + code.substring(9));
        upload(wenquan, "villages.xlsx", xlsx(HEADER, rows)).andExpect(status().isCreated());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dispute WHERE village_code = :v").param("v", code)
                .query(Long.class).single()).isEqualTo(2);
        List<List<Object>> bad = rows(1, WENQUAN, "2009-05-02");
        bad.get(0).set(3, "不存在的村");
        upload(wenquan, "villages.xlsx", xlsx(HEADER, bad)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("不存在的村")));
    }

    @Test
    void theExportHoldsExactlyTheFilteredRowsInScopeWithMaskedPersonalData() throws Exception {
        upload(wenquan, "w.xlsx", xlsx(HEADER, rows(3, WENQUAN, "2014-02-01"))).andExpect(status().isCreated());
        List<List<Object>> mq = rows(2, MAQIAO, "2014-02-02");
        upload(maqiao, "m.xlsx", xlsx(HEADER, mq)).andExpect(status().isCreated());

        byte[] file = mvc.perform(get("/api/v1/mediation/disputes/export").param("status", "REGISTERED")
                        .header("Authorization", "Bearer " + wenquan))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Type", containsString("spreadsheetml")))
                .andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = readSheet(file);
        Set<String> numbers = new HashSet<>();
        for (Map<Integer, String> r : rows) {
            numbers.add(r.get(0));
            assertThat(r.get(1)).isEqualTo("已登记");
            assertThat(r.get(4)).isEqualTo("温泉街道");
            assertThat(String.join("|", r.values().stream().map(String::valueOf).toList()))
                    .doesNotContain(VALID_ID).doesNotContain("13907151234").doesNotContain("马桥镇");
        }
        assertThat(rows).hasSize(expected(WENQUAN, WENQUAN, "REGISTERED").size());
        assertThat(numbers).isEqualTo(expected(WENQUAN, WENQUAN, "REGISTERED"));
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get(11)).isEqualTo("4212**********1232");
            assertThat(r.get(12)).isEqualTo("139****1234");
        });

        // A 温泉街道 user asking for 马桥镇 gets nothing; a district user filtering on 马桥镇 gets exactly its rows.
        assertThat(readSheet(mvc.perform(get("/mediation/export").param("townshipCode", MAQIAO)
                        .with(user(userAccounts.loadDetails(wenquanUser).orElseThrow())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())).isEmpty();
        List<Map<Integer, String>> districtRows = readSheet(mvc.perform(get("/api/v1/mediation/disputes/export")
                        .param("townshipCode", MAQIAO).param("status", "REGISTERED")
                        .header("Authorization", "Bearer " + district))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(districtRows).isNotEmpty().allSatisfy(r -> assertThat(r.get(4)).isEqualTo("马桥镇"));
        assertThat(districtRows.stream().map(r -> r.get(0)).collect(java.util.stream.Collectors.toSet()))
                .isEqualTo(expected("421202", MAQIAO, "REGISTERED"));
    }

    @Test
    void anonymousCallersCannotImportOrExport() throws Exception {
        mvc.perform(get("/api/v1/mediation/disputes/export")).andExpect(status().isUnauthorized());
        mvc.perform(get("/mediation/export")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/reconsideration/export")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theReconsiderationExportIsTheSearchedListInScope() throws Exception {
        String json = mvc.perform(get("/api/v1/reconsideration/cases").header("Authorization", "Bearer " + district))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> expectedNumbers = JsonPath.read(json, "$[*].caseNumber");
        List<Map<Integer, String>> rows = readSheet(mvc.perform(get("/api/v1/reconsideration/cases/export")
                        .header("Authorization", "Bearer " + district))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(rows.stream().map(r -> r.get(0)).toList()).containsExactlyElementsOf(expectedNumbers);
        // A mediator has no reconsideration permission.
        mvc.perform(get("/api/v1/reconsideration/cases/export").header("Authorization", "Bearer " + maqiao))
                .andExpect(status().isForbidden());
    }
}
