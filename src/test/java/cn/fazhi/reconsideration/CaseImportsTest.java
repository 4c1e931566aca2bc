package cn.fazhi.reconsideration;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.platform.identifiers.ResidentIdNumber;
import cn.idev.excel.FastExcel;

/**
 * Bulk import of reconsideration applications and litigation cases: all rows with one gap-free block of numbers, or
 * none with each bad cell reported (row, column, Chinese reason); file type, template round-trip, data scope.
 */
@IntegrationTest
class CaseImportsTest {

    static final String[] RC_HEADER = {"申请方式", "提交日期", "签收日期", "知道行政行为之日", "申请人类型", "申请人名称",
            "公民身份号码", "统一社会信用代码", "联系电话", "申请人所在镇（街道）", "住址", "被申请人", "被申请复议的行政行为",
            "行政行为作出日期", "文书编号", "行政行为类别", "涉及款额（元）", "复议请求"};
    static final String[] LT_HEADER = {"人民法院", "审级", "法院案号", "原告", "原告公民身份号码", "被告行政机关", "案由", "立案日期"};
    static final Pattern RC_NUMBER = Pattern.compile("咸安复〔(\\d{4})〕(\\d+)号");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    JdbcClient jdbc;

    String office;
    String officeUser;
    String marker;

    @BeforeEach
    void setUp() throws Exception {
        officeUser = accounts.create("rimp", 4, "LAW_OFFICE");
        office = TestAccounts.token(mvc, officeUser, TestAccounts.PASSWORD);
        marker = "导入" + UUID.randomUUID().toString().substring(0, 6);
    }

    static String idNumber(int i) {
        String first = "42120219850312" + String.format("%03d", i % 1000);
        return first + ResidentIdNumber.checkCharacter(first);
    }

    List<Object> rcRow(String name, String idNumber, String learnedOn, String township, String category) {
        return new ArrayList<>(List.of("当面申请", "2019-03-01", "", learnedOn, "公民", name, idNumber, "", "13907150099",
                township, "温泉路 1 号", "区市场监管局", "罚款决定", "2019-01-30", "咸市监罚〔2019〕1号", category, "2000",
                "撤销罚款决定"));
    }

    static byte[] xlsx(String[] header, List<List<Object>> rows) {
        List<List<String>> head = new ArrayList<>();
        for (String h : header) {
            head.add(List.of(h));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(head).sheet("s").doWrite(rows);
        return out.toByteArray();
    }

    ResultActions upload(String path, String token, String fileName, byte[] content) throws Exception {
        return mvc.perform(multipart(path)
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .header("Authorization", "Bearer " + token));
    }

    long count(String table, String column, String like) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " LIKE :m").param("m", like + "%")
                .query(Long.class).single();
    }

    @Test
    void aGoodFileRegistersEveryRowWithGapFreeNumbersTimelineAndAudit() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(rcRow(marker + i, idNumber(i), "2019-02-01", "421202001", "涉及款额的行政行为"));
        }
        String body = upload("/api/v1/reconsideration/import", office, "复议.xlsx", xlsx(RC_HEADER, rows))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.count").value(12))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher first = RC_NUMBER.matcher(JsonPath.<String>read(body, "$.firstCaseNumber"));
        Matcher last = RC_NUMBER.matcher(JsonPath.<String>read(body, "$.lastCaseNumber"));
        assertThat(first.matches()).isTrue();
        assertThat(last.matches()).isTrue();
        assertThat(first.group(1)).isEqualTo("2019");
        assertThat(Long.parseLong(last.group(2)) - Long.parseLong(first.group(2))).isEqualTo(11);
        List<String> numbers = jdbc.sql("SELECT case_number FROM reconsideration_case WHERE applicant_name LIKE :m")
                .param("m", marker + "%").query(String.class).list();
        assertThat(numbers).hasSize(12);
        List<Long> seqs = numbers.stream().map(n -> {
            Matcher m = RC_NUMBER.matcher(n);
            assertThat(m.matches()).isTrue();
            return Long.parseLong(m.group(2));
        }).sorted().toList();
        for (int i = 1; i < seqs.size(); i++) {
            assertThat(seqs.get(i)).isEqualTo(seqs.get(i - 1) + 1);
        }
        long timeline = jdbc.sql("SELECT COUNT(*) FROM case_event t JOIN reconsideration_case c ON t.case_id = c.id "
                + "AND t.case_type = 'reconsideration' WHERE c.applicant_name LIKE :m AND t.action = 'registered'")
                .param("m", marker + "%").query(Long.class).single();
        assertThat(timeline).isEqualTo(12);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'reconsideration.imported' AND detail LIKE :d")
                .param("d", "%" + JsonPath.<String>read(body, "$.lastCaseNumber") + "%").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aFileWithErrorsImportsNothingAndNamesEveryBadCell() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(rcRow(marker + "a", idNumber(1), "2019-02-01", "421202001", "涉及款额的行政行为"));
        String badId = idNumber(2).substring(0, 17) + (idNumber(2).endsWith("0") ? "1" : "0");
        rows.add(rcRow(marker + "b", badId, "2019-02-01", "421202001", "涉及款额的行政行为"));
        rows.add(rcRow(marker + "c", idNumber(3), "2019-02-30", "421202001", "涉及款额的行政行为"));
        rows.add(rcRow("", idNumber(4), "2019-02-01", "421202001", "涉及款额的行政行为"));
        rows.add(rcRow(marker + "e", idNumber(5), "2019-02-01", "421202001", "罚没"));
        rows.add(rcRow(marker + "f", idNumber(6), "2019-02-01", "421202001", "涉及款额的行政行为"));
        long before = lastSequence();
        upload("/api/v1/reconsideration/import", office, "复议.xlsx", xlsx(RC_HEADER, rows))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("有 4 行不符合要求")))
                .andExpect(jsonPath("$.errors.length()").value(4))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("公民身份号码"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("第 3 行“公民身份号码”：身份证号码格式或校验位不正确")))
                .andExpect(jsonPath("$.errors[1].row").value(4))
                .andExpect(jsonPath("$.errors[1].column").value("知道行政行为之日"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("“2019-02-30”不是有效日期")))
                .andExpect(jsonPath("$.errors[2].row").value(5))
                .andExpect(jsonPath("$.errors[2].column").value("申请人名称"))
                .andExpect(jsonPath("$.errors[2].message").value(containsString("请填写申请人名称")))
                .andExpect(jsonPath("$.errors[3].row").value(6))
                .andExpect(jsonPath("$.errors[3].column").value("行政行为类别"))
                .andExpect(jsonPath("$.errors[3].message").value(containsString("“罚没”不是可选的值")));
        assertThat(count("reconsideration_case", "applicant_name", marker)).isZero();
        // the good rows registered before the refusal were rolled back with their numbers: no gap
        assertThat(lastSequence()).isEqualTo(before);
        String body = upload("/api/v1/reconsideration/import", office, "复议.xlsx",
                xlsx(RC_HEADER, List.of(rcRow(marker + "g", idNumber(7), "2019-02-01", "421202001", "涉及款额的行政行为"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher m = RC_NUMBER.matcher(JsonPath.<String>read(body, "$.firstCaseNumber"));
        assertThat(m.matches()).isTrue();
        assertThat(Long.parseLong(m.group(2))).isEqualTo(before + 1);
    }

    long lastSequence() {
        return jdbc.sql("SELECT last_value FROM case_number_sequence WHERE case_type = 'reconsideration' "
                + "AND scope_key = 'district' AND seq_year = 2019").query(Long.class).optional().orElse(0L);
    }

    @Test
    void litigationImportsAllOrNothing() throws Exception {
        List<List<Object>> good = List.of(
                new ArrayList<>(List.of("咸宁市中级人民法院", "一审", "(2026)鄂12行初1号", marker + "1", idNumber(11),
                        "咸安区市场监督管理局", "行政处罚", "2024-03-05")),
                new ArrayList<>(List.of("咸宁市中级人民法院", "二审", "", marker + "2", "", "XA-ZJJ", "房屋征收",
                        "2024-11-20")));
        upload("/api/v1/litigation/import", office, "应诉.xlsx", xlsx(LT_HEADER, good))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.count").value(2));
        assertThat(count("litigation_case", "plaintiff_name", marker)).isEqualTo(2);
        // each suit keeps the filing date of its row, which every figure counts it by
        assertThat(jdbc.sql("SELECT filed_on FROM litigation_case WHERE plaintiff_name LIKE :m ORDER BY filed_on")
                .param("m", marker + "%").query(java.time.LocalDate.class).list())
                .containsExactly(java.time.LocalDate.of(2024, 3, 5), java.time.LocalDate.of(2024, 11, 20));
        List<List<Object>> bad = List.of(
                new ArrayList<>(List.of("咸宁市中级人民法院", "一审", "", marker + "3", "", "咸安区市场监督管理局", "行政处罚",
                        "2024-03-05")),
                new ArrayList<>(List.of("咸宁市中级人民法院", "三审", "", marker + "4", "421202198503120001", "无此单位",
                        "行政处罚", "2024-03-05")));
        upload("/api/v1/litigation/import", office, "应诉.xlsx", xlsx(LT_HEADER, bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("审级"))
                .andExpect(jsonPath("$.errors[1].column").value("被告行政机关"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("“无此单位”不是已登记的在用单位")));
        assertThat(count("litigation_case", "plaintiff_name", marker)).isEqualTo(2);
    }

    @Test
    void aFileThatIsNoSpreadsheetIsAChinese400() throws Exception {
        upload("/api/v1/reconsideration/import", office, "名单.csv", "a,b".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("只能导入 Excel 文件（.xlsx）")));
        upload("/api/v1/litigation/import", office, "伪装.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("文件无法作为 Excel 表格读取")));
        upload("/api/v1/litigation/import", office, "缺列.xlsx", xlsx(new String[] {"人民法院", "审级"}, List.of()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("表格缺少以下列")));
    }

    @Test
    void theTemplateRoundTrips() throws Exception {
        byte[] template = mvc.perform(get("/api/v1/reconsideration/import/template")
                        .header("Authorization", "Bearer " + office))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> head = FastExcel.read(new ByteArrayInputStream(template)).headRowNumber(0).sheet(0)
                .doReadSync();
        assertThat(head).hasSize(1);
        assertThat(head.get(0).values()).containsExactly(RC_HEADER);
        // the template filled in with one row imports
        List<List<Object>> rows = List.of(rcRow(marker + "t", idNumber(21), "2019-02-01", "", "其他行政行为"));
        List<List<String>> h = new ArrayList<>();
        head.get(0).values().forEach(t -> h.add(List.of(t)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(h).sheet("s").doWrite(rows);
        upload("/api/v1/reconsideration/import", office, "模板.xlsx", out.toByteArray())
                .andExpect(status().isCreated()).andExpect(jsonPath("$.count").value(1));

        byte[] lt = mvc.perform(get("/litigation/import/template")
                        .with(user(userAccounts.loadDetails(officeUser).orElseThrow())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> ltHead = FastExcel.read(new ByteArrayInputStream(lt)).headRowNumber(0).sheet(0)
                .doReadSync();
        assertThat(ltHead.get(0).values()).containsExactly(LT_HEADER);
    }

    @Test
    void theImportPageListsTheErrorsInChinese() throws Exception {
        var me = user(userAccounts.loadDetails(officeUser).orElseThrow());
        mvc.perform(get("/reconsideration/import").with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("批量导入行政复议申请")));
        mvc.perform(get("/reconsideration").with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/reconsideration/import")));
        mvc.perform(multipart("/reconsideration/import")
                        .file(new MockMultipartFile("file", "复议.xlsx", "application/octet-stream", xlsx(RC_HEADER,
                                List.of(rcRow(marker, idNumber(31), "2019-02-30", "421202001", "涉及款额的行政行为")))))
                        .with(me).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第 2 行“知道行政行为之日”")));
        assertThat(count("reconsideration_case", "applicant_name", marker)).isZero();
    }

    @Test
    void aTownshipUserImportsOnlyIntoTheirTownship() throws Exception {
        String code = "IMP" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        jdbc.sql("INSERT INTO app_role (code, name, data_scope) VALUES (:c, :c, 'TOWNSHIP')").param("c", code).update();
        long role = jdbc.sql("SELECT id FROM app_role WHERE code = :c").param("c", code).query(Long.class).single();
        for (String p : List.of("reconsideration:view", "reconsideration:register", "litigation:view", "litigation:edit")) {
            jdbc.sql("INSERT INTO role_permission (role_id, permission) VALUES (:r, :p)").param("r", role).param("p", p)
                    .update();
        }
        String township = TestAccounts.token(mvc, accounts.create("rimt", 18, code), TestAccounts.PASSWORD);
        upload("/api/v1/reconsideration/import", township, "复议.xlsx", xlsx(RC_HEADER, List.of(
                rcRow(marker + "w", idNumber(41), "2019-02-01", "421202001", "涉及款额的行政行为"),
                rcRow(marker + "m", idNumber(42), "2019-02-01", "421202106", "涉及款额的行政行为"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("不在您的数据范围内")));
        assertThat(count("reconsideration_case", "applicant_name", marker)).isZero();
        upload("/api/v1/reconsideration/import", township, "复议.xlsx", xlsx(RC_HEADER, List.of(
                rcRow(marker + "w", idNumber(41), "2019-02-01", "421202001", "涉及款额的行政行为"))))
                .andExpect(status().isCreated());
        upload("/api/v1/litigation/import", township, "应诉.xlsx", xlsx(LT_HEADER, List.of(new ArrayList<>(List.of(
                "咸宁市中级人民法院", "一审", "", marker + "x", "", "咸安区市场监督管理局", "行政处罚", "2024-03-05")))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].column").value("被告行政机关"));
        // Registering one by hand is refused in the same way, with a Chinese problem, and saves nothing
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/reconsideration/cases")
                        .header("Authorization", "Bearer " + township)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(ReconsiderationApiTest.application(5, "IN_PERSON", "2024-03-01", idNumber(43))
                                .replace("申请人甲", marker + "h").replace("\"421202001\"", "\"421202106\"")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("不在您的数据范围内")));
        assertThat(count("reconsideration_case", "applicant_name", marker + "h")).isZero();
        long market = jdbc.sql("SELECT id FROM unit WHERE name = '咸安区市场监督管理局'").query(Long.class).single();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/litigation/cases")
                        .header("Authorization", "Bearer " + township)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("""
                                {"court":"咸安区人民法院","instance":"FIRST","plaintiffName":"%s","defendantUnitId":%d,
                                 "subject":"行政处罚","filedOn":"2024-03-05"}""".formatted(marker + "h", market)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("不在您的数据范围内")));
        // without the permission: refused outright
        String unitStaff = TestAccounts.token(mvc, accounts.create("rimu", 5, "UNIT_STAFF"), TestAccounts.PASSWORD);
        upload("/api/v1/reconsideration/import", unitStaff, "复议.xlsx", xlsx(RC_HEADER, List.of()))
                .andExpect(status().isForbidden());
    }
}
