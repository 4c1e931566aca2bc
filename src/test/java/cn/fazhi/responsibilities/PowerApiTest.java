package cn.fazhi.responsibilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
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

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.idev.excel.FastExcel;

/**
 * Keeping the list over the API: a department adds its own powers (not another unit's; bad input is a Chinese 400
 * with nothing saved), nothing is public before the office publishes, an edit of a published version is a new version
 * from a later day that ends the old one when published (a stale version is a 409), the .xlsx import is all or
 * nothing with row reasons, and another department cannot see the powers.
 */
@IntegrationTest
class PowerApiTest {

    static final String BASIS = "《中华人民共和国测试法》第九条";

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Responsibilities responsibilities;

    String market;
    String housing;
    String office;
    final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @BeforeEach
    void tokens() throws Exception {
        market = TestAccounts.token(mvc, accounts.create("rpmkt", 5, "UNIT_STAFF"), TestAccounts.PASSWORD);
        housing = TestAccounts.token(mvc, accounts.create("rphou", 6, "UNIT_STAFF"), TestAccounts.PASSWORD);
        office = TestAccounts.token(mvc, accounts.create("rpfzb", 2, "LAW_OFFICE"), TestAccounts.PASSWORD);
    }

    ResultActions call(String token, String method, String path, String body) throws Exception {
        var request = switch (method) {
            case "GET" -> get(path);
            case "PUT" -> put(path);
            default -> post(path);
        };
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    static String power(String code, String type, String name, String basis, long unit, String from, Integer version) {
        return "{\"code\":\"" + code + "\",\"powerType\":\"" + type + "\",\"name\":\"" + name + "\",\"basis\":\"" + basis
                + "\",\"unitId\":" + unit + ",\"effectiveFrom\":\"" + from + "\",\"duties\":\"受理、审查、决定、送达\","
                + "\"accountability\":\"不依法履职的依法追责\"" + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    long rows(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM power_item WHERE code = :c").param("c", code).query(Long.class).single();
    }

    @Test
    void aPowerIsKeptInVersionsAndPublishedByTheOffice() throws Exception {
        String code = "T-" + tag + "-1";
        String name = "海岛露营地设置许可" + tag;
        // Bad input: another unit, no law named, an unknown type — a Chinese 400 and nothing saved.
        call(market, "POST", "/api/v1/responsibilities", power(code, "LICENCE", name, BASIS, 6, "2025-02-01", null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请选择您数据范围内的实施主体。"));
        call(market, "POST", "/api/v1/responsibilities", power(code, "LICENCE", name, "测试法第九条", 5, "2025-02-01", null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("书名号")));
        call(market, "POST", "/api/v1/responsibilities", power(code, "APPROVAL", name, BASIS, 5, "2025-02-01", null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("没有“APPROVAL”这一职权类型。"));
        assertThat(rows(code)).isZero();

        String created = call(market, "POST", "/api/v1/responsibilities",
                power(code, "LICENCE", name, BASIS, 5, "2025-02-01", null))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.matterKey").value(MatterKeys.of(name)))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        call(market, "POST", "/api/v1/responsibilities", power(code, "LICENCE", name, BASIS, 5, "2025-02-01", null))
                .andExpect(status().isConflict());
        call(housing, "GET", "/api/v1/responsibilities/" + id, null).andExpect(status().isNotFound());
        call(market, "POST", "/api/v1/responsibilities/publish", "{}").andExpect(status().isForbidden());

        // Not public until published.
        call(null, "GET", "/api/v1/public/responsibilities?q=" + name, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        assertThat(responsibilities.inForce(code, LocalDate.of(2025, 3, 1))).isEmpty();
        call(office, "POST", "/api/v1/responsibilities/publish", "{\"publishedOn\":\"2025-01-20\"}")
                .andExpect(status().isOk());
        call(null, "GET", "/api/v1/public/responsibilities?q=" + name, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].unitName").value("咸安区市场监督管理局"));
        assertThat(responsibilities.inForce(code, LocalDate.of(2025, 3, 1))).get()
                .satisfies(p -> assertThat(p.name()).isEqualTo(name));
        call(office, "POST", "/api/v1/responsibilities/publish", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("没有待公布的职权版本。"));

        // An edit of the published version: a new version from a later day; stale or earlier → refused.
        int version = JsonPath.read(call(market, "GET", "/api/v1/responsibilities/" + id, null)
                .andReturn().getResponse().getContentAsString(), "$.power.version");
        call(market, "PUT", "/api/v1/responsibilities/" + id,
                power(code, "LICENCE", name + "（含临时营地）", BASIS, 5, "2025-01-01", version))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("新版本的生效日期须晚于 2025-02-01。"));
        call(market, "PUT", "/api/v1/responsibilities/" + id,
                power(code, "LICENCE", name + "（含临时营地）", BASIS, 5, "2025-06-01", version + 7))
                .andExpect(status().isConflict());
        String revised = call(market, "PUT", "/api/v1/responsibilities/" + id,
                power(code, "LICENCE", name + "（含临时营地）", BASIS, 5, "2025-06-01", version))
                .andExpect(status().isOk()).andExpect(jsonPath("$.versionNo").value(2))
                .andExpect(jsonPath("$.state").value("DRAFT")).andReturn().getResponse().getContentAsString();
        long id2 = ((Number) JsonPath.read(revised, "$.id")).longValue();
        assertThat(responsibilities.inForce(code, LocalDate.of(2025, 7, 1))).get()
                .satisfies(p -> assertThat(p.versionNo()).isEqualTo(1));
        call(office, "POST", "/api/v1/responsibilities/publish", "{\"publishedOn\":\"2025-05-20\"}")
                .andExpect(status().isOk());
        assertThat(responsibilities.inForce(code, LocalDate.of(2025, 5, 31))).get()
                .satisfies(p -> assertThat(p.versionNo()).isEqualTo(1));
        assertThat(responsibilities.inForce(code, LocalDate.of(2025, 6, 1))).get()
                .satisfies(p -> assertThat(p.versionNo()).isEqualTo(2));
        call(market, "GET", "/api/v1/responsibilities/" + id2, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.history.length()").value(2))
                .andExpect(jsonPath("$.history[0].effectiveTo").value("2025-06-01"));
        // Only the latest version can be edited.
        call(market, "PUT", "/api/v1/responsibilities/" + id, power(code, "LICENCE", name, BASIS, 5, "2025-09-01",
                version + 2)).andExpect(status().isConflict());
    }

    static byte[] xlsx(List<String> header, List<List<Object>> rows) {
        List<List<String>> head = new ArrayList<>();
        header.forEach(h -> head.add(List.of(h)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(head).sheet("权责清单").doWrite(rows);
        return out.toByteArray();
    }

    ResultActions importFile(String token, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/responsibilities/import")
                .file(new MockMultipartFile("file", "权责清单.xlsx", "application/octet-stream", content))
                .header("Authorization", "Bearer " + token));
    }

    @Test
    void theImportIsAllOrNothingWithRowReasons() throws Exception {
        List<String> header = List.of("职权编码", "职权类型", "职权名称", "实施依据", "实施主体", "生效日期", "责任事项", "追责情形");
        String a = "T-" + tag + "-A";
        String b = "T-" + tag + "-B";
        byte[] bad = xlsx(header, List.of(
                List.of(a, "行政许可", "沙滩摩托艇经营许可", BASIS, "区市场监管局", "2025-03-01", "", ""),
                List.of(b, "行政审批", "沙滩摩托艇检验", BASIS, "区住建局", "2025-03-01", "", ""),
                List.of(a, "行政检查", "", "测试法", "区市场监管局", "明年", "", "")));
        importFile(market, bad).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("第 3 行“职权类型”：没有“行政审批”这一职权类型"))
                .andExpect(jsonPath("$.errors[1].message").value("第 3 行“实施主体”：不能导入“咸安区住房和城乡建设局”的职权（不在本人数据范围内）"))
                .andExpect(jsonPath("$.errors[2].message").value("第 4 行“职权名称”：不能为空"));
        assertThat(rows(a) + rows(b)).isZero();

        byte[] good = xlsx(header, List.of(
                List.of(a, "行政许可", "沙滩摩托艇经营许可", BASIS, "区市场监管局", "2025/3/1", "受理、审查、决定", "不依法履职的依法追责"),
                List.of(b, "LICENCE", "沙滩摩托艇检验备案", BASIS, "咸安区市场监督管理局", "20250301", "", "")));
        importFile(market, good).andExpect(status().isOk()).andExpect(jsonPath("$.count").value(2));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM power_item WHERE code IN (:c) AND published_on IS NULL AND unit_id = 5 "
                + "AND effective_from = DATE '2025-03-01'").param("c", List.of(a, b)).query(Long.class).single()).isEqualTo(2);
        // Again: the codes have unpublished versions.
        importFile(market, good).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("未公布的版本")));
    }

    @Test
    void issuesAndSuggestionsAreReadable() throws Exception {
        call(office, "GET", "/api/v1/responsibilities/issues?on=2023-06-30", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.overlaps.length()").value(PowerDemoYear2023.OVERLAPS))
                .andExpect(jsonPath("$.gaps[0].reason").exists());
        call(housing, "GET", "/api/v1/responsibilities/suggestions?text=小区旁边有人砍伐城市树木&on=2023-06-01", null)
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].reason").value("TEXT_MATCH"));
        call(housing, "GET", "/api/v1/responsibilities/suggestions?limit=0", null).andExpect(status().isBadRequest());
        call(office, "GET", "/api/v1/responsibilities?page=-1", null).andExpect(status().isBadRequest());
    }
}
