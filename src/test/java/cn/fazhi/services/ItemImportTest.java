package cn.fazhi.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.fazhi.FormTokenRequests;
import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;
import cn.idev.excel.FastExcel;

/**
 * The .xlsx import of service items: a good file creates every row as an item of the caller's unit (version 1 with
 * its materials); a file with any wrong row is refused with each row's Chinese reason and saves nothing; a unit
 * without services:manage is refused.
 */
@IntegrationTest
class ItemImportTest {

    static final String API = "/api/v1/services/items/import";
    static final List<String> HEADER = List.of("事项名称", "事项类型", "设定依据", "办理层级", "法定时限（工作日）",
            "法定时限依据条款", "承诺时限（工作日）", "网上可办", "申请材料", "生效日期");

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts userAccounts;

    long unit;
    String keeper;
    String window;

    @BeforeEach
    void setUp() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO unit (code, name, short_name, type, region_code) SELECT :c, :n, :s, 'DEPARTMENT', region_code "
                        + "FROM unit WHERE id = 5")
                .param("c", "II" + suffix).param("n", "导入测试单位" + suffix).param("s", "导入" + suffix).update();
        unit = jdbc.sql("SELECT id FROM unit WHERE code = :c").param("c", "II" + suffix).query(Long.class).single();
        keeper = accounts.create("iik", unit, "UNIT_STAFF");
        window = accounts.create("iiw", unit, "WINDOW_STAFF");
    }

    static byte[] xlsx(List<List<Object>> rows) {
        List<List<String>> head = new ArrayList<>();
        HEADER.forEach(h -> head.add(List.of(h)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(head).sheet("事项").doWrite(rows);
        return out.toByteArray();
    }

    ResultActions upload(String username, byte[] content) throws Exception {
        return mvc.perform(multipart(API).file(new MockMultipartFile("file", "事项.xlsx", "application/octet-stream", content))
                .header("Authorization", "Bearer " + TestAccounts.token(mvc, username, TestAccounts.PASSWORD)));
    }

    long items() {
        return jdbc.sql("SELECT COUNT(*) FROM service_item WHERE unit_id = :u").param("u", unit).query(Long.class).single();
    }

    @Test
    void aGoodFileCreatesEveryItemOfTheUnit() throws Exception {
        upload(keeper, xlsx(List.of(
                List.of("城乡居民基本养老保险待遇申领", "公共服务", "《社会保险法》第二十条", "区级", "", "", "5", "是",
                        "身份证；户口簿", "2025-01-01"),
                List.of("食品经营许可（新办）", "行政许可", "《食品安全法》第三十五条", "区级", "20", "《行政许可法》第四十二条",
                        "10", "否", "申请书；营业执照", "2025-02-03"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(2));
        assertThat(items()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM service_item_material m JOIN service_item_version v ON v.id = m.version_id "
                + "JOIN service_item i ON i.id = v.item_id WHERE i.unit_id = :u").param("u", unit).query(Long.class).single())
                .isEqualTo(4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'services.item.imported' AND actor = :a")
                .param("a", keeper).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anyWrongRowRejectsTheWholeFileWithEachRowsReason() throws Exception {
        upload(keeper, xlsx(List.of(
                List.of("城乡居民基本养老保险待遇申领", "公共服务", "《社会保险法》第二十条", "区级", "", "", "5", "是", "身份证",
                        "2025-01-01"),
                List.of("", "公共服务", "《社会保险法》第二十条", "区级", "", "", "5", "是", "身份证", "2025-01-01"),
                List.of("某某证明", "许可证", "某条例", "区级", "", "", "5", "否", "申请书", "2025-01-01"),
                List.of("食品经营许可（变更）", "行政许可", "《食品安全法》第三十五条", "区级", "10", "《行政许可法》第四十二条",
                        "15", "好", "申请书", "2025-01-01"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("整个文件未导入")))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("事项名称")))
                .andExpect(jsonPath("$.errors[1].row").value(4))
                .andExpect(jsonPath("$.errors[1].message").value(org.hamcrest.Matchers.containsString("许可证")))
                .andExpect(jsonPath("$.errors[2].row").value(5));
        assertThat(items()).isZero();
        upload(keeper, xlsx(List.of())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("文件中没有数据行。"));
        upload(window, xlsx(List.of(List.of("某事项", "公共服务", "某条例", "区级", "", "", "5", "否", "申请书",
                "2025-01-01")))).andExpect(status().isForbidden());
        assertThat(items()).isZero();
    }

    @Test
    void theImportPageOffersTheTemplateAndListsTheRowsReasons() throws Exception {
        var pageUser = userAccounts.loadDetails(keeper).orElseThrow();
        mvc.perform(get("/services/items").with(user(pageUser))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/services/items/import")));
        mvc.perform(get("/services/items/import").with(user(pageUser))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("下载导入模板")));
        mvc.perform(get("/services/items/import/template").with(user(pageUser))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("spreadsheetml")));
        byte[] bad = xlsx(List.of(List.of("某事项", "公共服务", "某条例", "省级", "", "", "5", "否", "申请书", "2025-01-01")));
        mvc.perform(multipart("/services/items/import").file(new MockMultipartFile("file", "事项.xlsx",
                        "application/octet-stream", bad)).with(user(pageUser)).with(csrf()).with(FormTokenRequests.formToken()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("省级")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("整个文件未导入")));
        byte[] good = xlsx(List.of(List.of("某事项", "公共服务", "某条例", "区级", "", "", "5", "否", "申请书", "2025-01-01")));
        mvc.perform(multipart("/services/items/import").file(new MockMultipartFile("file", "事项.xlsx",
                        "application/octet-stream", good)).with(user(pageUser)).with(csrf()).with(FormTokenRequests.formToken()))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/services/items"));
        assertThat(items()).isEqualTo(1);
    }
}
