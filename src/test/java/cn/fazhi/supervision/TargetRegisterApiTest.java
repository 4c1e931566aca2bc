package cn.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

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
import cn.fazhi.platform.identifiers.Uscc;

/**
 * The register of inspection targets: only valid USCCs (GB 32100) enter it, GB/T 4754 codes are kept with their
 * section letter, the office keeps it and departments read it, and the .xlsx import is all or nothing — a file with bad
 * rows saves nothing and lists each row's reason in Chinese; a good file adds new USCCs and updates known ones.
 */
@IntegrationTest
class TargetRegisterApiTest {

    static final String PATH = "/api/v1/supervision/random-inspections/entities";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    String office;
    String market;

    @BeforeEach
    void tokens() throws Exception {
        office = TestAccounts.token(mvc, accounts.create("trfzb", 2, "LAW_OFFICE"), TestAccounts.PASSWORD);
        market = TestAccounts.token(mvc, accounts.create("trmkt", 5, "UNIT_STAFF"), TestAccounts.PASSWORD);
    }

    ResultActions call(String token, String method, String path, String body) throws Exception {
        var request = switch (method) {
            case "GET" -> get(path);
            case "PUT" -> put(path);
            default -> post(path);
        };
        request.header("Authorization", "Bearer " + token).contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    ResultActions upload(String token, byte[] file, String name) throws Exception {
        return mvc.perform(multipart(PATH + "/import").file(new MockMultipartFile("file", name, "application/octet-stream", file))
                .header("Authorization", "Bearer " + token));
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM random_entity").query(Long.class).single();
    }

    static String entity(String uscc, String name) {
        return """
                {"uscc":"%s","name":"%s","industryCode":"5211","regionCode":"421202001","address":"温泉路 1 号",
                 "riskLevel":"B","registeredOn":"2024-05-06"}""".formatted(uscc, name);
    }

    @Test
    void usccValidationFollowsGb32100() {
        assertThat(Uscc.isValid("91110000600037341L")).isTrue();
        assertThat(Uscc.isValid("91110000600037341M")).isFalse();
        assertThat(Uscc.isValid(TargetRegisterFixtures.uscc())).isTrue();
        assertThat(Uscc.isValid(TargetRegisterFixtures.badUscc())).isFalse();
        assertThat(TargetRegisterIndustry.normalise("5211")).hasValue("F5211");
        assertThat(TargetRegisterIndustry.normalise("f52")).hasValue("F52");
        assertThat(TargetRegisterIndustry.normalise("C1311")).hasValue("C1311");
        assertThat(TargetRegisterIndustry.normalise("Q")).hasValue("Q");
        assertThat(TargetRegisterIndustry.normalise("A5211")).isEmpty();
        assertThat(TargetRegisterIndustry.normalise("9999")).isEmpty();
        assertThat(TargetRegisterIndustry.normalise("U")).isEmpty();
    }

    @Test
    void theOfficeKeepsTheRegisterAndDepartmentsReadIt() throws Exception {
        long before = count();
        call(office, "POST", PATH, entity(TargetRegisterFixtures.badUscc(), "校验位错误的公司"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("GB 32100")));
        call(office, "POST", PATH, entity(TargetRegisterFixtures.uscc(), "错区域公司").replace("421202001", "420100"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("乡镇")));
        call(office, "POST", PATH, entity(TargetRegisterFixtures.uscc(), "错行业公司").replace("5211", "A52"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("GB/T 4754")));
        String uscc = TargetRegisterFixtures.uscc();
        call(market, "POST", PATH, entity(uscc, "部门无权登记")).andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
        String body = call(office, "POST", PATH, entity(uscc.toLowerCase(), "咸安区测试超市有限公司"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.uscc").value(uscc))
                .andExpect(jsonPath("$.industryCode").value("F5211")).andExpect(jsonPath("$.regionName").value("温泉街道"))
                .andExpect(jsonPath("$.status").value("ACTIVE")).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        call(office, "POST", PATH, entity(uscc, "重复")).andExpect(status().isConflict());
        call(office, "PUT", PATH + "/" + id + "?version=0", entity(uscc, "咸安区测试超市有限公司")
                .replace("}", ",\"status\":\"CANCELLED\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        call(office, "PUT", PATH + "/" + id + "?version=0", entity(uscc, "过期")).andExpect(status().isConflict());
        call(market, "GET", PATH + "?q=" + uscc.substring(0, 12).toLowerCase() + uscc.substring(12) + "&status=CANCELLED", null)
                .andExpect(status().isOk());
        call(market, "GET", PATH + "?q=" + uscc, null).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value("咸安区测试超市有限公司"));
        call(market, "GET", PATH + "?industry=F&region=421202001&q=" + uscc, null).andExpect(jsonPath("$.total").value(1));
        call(market, "GET", PATH + "?industry=C&q=" + uscc, null).andExpect(jsonPath("$.total").value(0));
        call(market, "PUT", PATH + "/" + id + "?version=1", entity(uscc, "部门无权修改")).andExpect(status().isForbidden());
        mvc.perform(get(PATH + "/export?q=" + uscc).header("Authorization", "Bearer " + market))
                .andExpect(status().isOk());
    }

    @Test
    void aFileWithBadRowsSavesNothingAndListsEveryRow() throws Exception {
        long before = count();
        String good = TargetRegisterFixtures.uscc();
        byte[] file = TargetRegisterFixtures.xlsx(List.of(
                List.of(good, "咸安区好公司", "F5211", "温泉街道", "温泉路 2 号", "A 类（低风险）", "存续", "2024-01-02"),
                List.of(TargetRegisterFixtures.badUscc(), "校验位错的公司", "F5211", "温泉街道", "", "", "", ""),
                List.of(TargetRegisterFixtures.uscc(), "不在本区的公司", "F5211", "武汉市", "", "", "", ""),
                List.of(TargetRegisterFixtures.uscc(), "风险等级错的公司", "F5211", "浮山街道", "", "E", "", ""),
                List.of(good, "重复的公司", "F5211", "温泉街道", "", "", "", "")));
        upload(office, file, "entities.xlsx").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("4 行数据有误，全部未保存")))
                .andExpect(jsonPath("$.errors.length()").value(4))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].message", containsString("GB 32100")))
                .andExpect(jsonPath("$.errors[1].message", containsString("不是本区的乡镇")))
                .andExpect(jsonPath("$.errors[2].message", containsString("不是可选值")))
                .andExpect(jsonPath("$.errors[3].message", containsString("与第 2 行重复")));
        assertThat(count()).isEqualTo(before);
        upload(office, "not a spreadsheet".getBytes(), "entities.xlsx").andExpect(status().isBadRequest());
        upload(market, file, "entities.xlsx").andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aGoodFileAddsNewEntitiesAndUpdatesKnownOnes() throws Exception {
        long before = count();
        String a = TargetRegisterFixtures.uscc();
        String b = TargetRegisterFixtures.uscc();
        upload(office, TargetRegisterFixtures.xlsx(List.of(
                List.of(a, "咸安区甲餐饮店", "H6210", "温泉街道", "", "B", "存续", "2024-03-01"),
                List.of(b, "咸安区乙药房", "5251", "421202002", "", "", "", ""))), "entities.xlsx")
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(2)).andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.updated").value(0));
        String c = TargetRegisterFixtures.uscc();
        upload(office, TargetRegisterFixtures.xlsx(List.of(
                List.of(a, "咸安区甲餐饮管理有限公司", "H6210", "温泉街道", "", "C", "注销", ""),
                List.of(c, "咸安区丙超市", "F5212", "浮山街道", "", "", "", ""))), "entities.xlsx")
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1)).andExpect(jsonPath("$.updated").value(1));
        assertThat(count()).isEqualTo(before + 3);
        call(office, "GET", PATH + "?q=" + a, null).andExpect(jsonPath("$.items[0].name").value("咸安区甲餐饮管理有限公司"))
                .andExpect(jsonPath("$.items[0].riskLevel").value("C")).andExpect(jsonPath("$.items[0].status").value("CANCELLED"))
                .andExpect(jsonPath("$.items[0].version").value(1));
        call(office, "GET", PATH + "?q=" + b, null).andExpect(jsonPath("$.items[0].industryCode").value("F5251"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'supervision.registers.entity.imported'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }
}
