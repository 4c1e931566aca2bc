package cn.fazhi.enforcement.discretion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.FormTokenRequests;
import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;
import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.event.AnalysisEventListener;

/**
 * Discretion benchmarks (国办发〔2022〕27号; 行政处罚法 Art. 34): the higher-issuer rule (二(五)) on entry and on
 * publication, permissions, Chinese problems for bad input with nothing saved, the entry form re-rendered with its
 * errors, the .xlsx import all or nothing, the export, and the portal showing only what is published.
 */
@IntegrationTest
class BenchmarksTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts userAccounts;

    String office;
    String officeUser;
    String unit;

    @BeforeEach
    void tokens() throws Exception {
        officeUser = accounts.create("bmfzb", 2, "LAW_OFFICE");
        office = TestAccounts.token(mvc, officeUser, TestAccounts.PASSWORD);
        unit = TestAccounts.token(mvc, accounts.create("bmscj", 5, "UNIT_STAFF"), TestAccounts.PASSWORD);
    }

    ResultActions call(String token, String method, String path, String body) throws Exception {
        var request = "GET".equals(method) ? get(path) : post(path);
        request.header("Authorization", "Bearer " + token).contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    static String benchmark(String code, String issuer, String levels) {
        return """
                {"violationCode":"%s","violationName":"未按规定公示食品经营许可证","legalBasis":"《食品安全法》第一百二十六条",
                 "penaltyBasis":"《食品安全法》第一百二十六条第一款","issuerLevel":"%s","documentNumber":"咸安市监〔2024〕%s号",
                 "effectiveFrom":"2024-01-01","levels":[%s]}""".formatted(code, issuer, code, levels);
    }

    static String level(String kind, String min, String max) {
        return "{\"kind\":\"%s\",\"circumstances\":\"情节%s\",\"minFine\":%s,\"maxFine\":%s}".formatted(kind, kind, min, max);
    }

    long count(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM enforcement_benchmark WHERE violation_code = :c").param("c", code)
                .query(Long.class).single();
    }

    long created(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    int version(long id) {
        return jdbc.sql("SELECT version FROM enforcement_benchmark WHERE id = :id").param("id", id).query(Integer.class)
                .single();
    }

    @Test
    void aDistrictBenchmarkMayNotExceedThePublishedCityOne() throws Exception {
        String code = DiscretionFixtures.code();
        long city = created(call(office, "POST", "/api/v1/enforcement/benchmarks", benchmark(code, "CITY",
                level("LIGHTER", "1000", "3000") + "," + level("GENERAL", "3000", "7000")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.published").value(false)));
        // while the city benchmark is a draft, it binds nobody
        long early = created(call(office, "POST", "/api/v1/enforcement/benchmarks",
                benchmark(code, "DISTRICT", level("GENERAL", "2000", "8000"))).andExpect(status().isCreated()));
        call(office, "POST", "/api/v1/enforcement/benchmarks/" + city + "/publish", "{\"version\":" + version(city) + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.published").value(true));
        // the earlier district draft is checked again when it is published
        call(office, "POST", "/api/v1/enforcement/benchmarks/" + early + "/publish", "{\"version\":" + version(early) + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("二(五)")));
        assertThat(jdbc.sql("SELECT published FROM enforcement_benchmark WHERE id = :id").param("id", early)
                .query(Boolean.class).single()).isFalse();

        long before = count(code);
        call(office, "POST", "/api/v1/enforcement/benchmarks", benchmark(code, "DISTRICT", level("GENERAL", "2000", "6000")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("超出上级基准")))
                .andExpect(jsonPath("$.detail", containsString("3000至7000元")));
        call(office, "POST", "/api/v1/enforcement/benchmarks", benchmark(code, "DISTRICT", level("HEAVIER", "7000", "9000")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("裁量阶次")));
        assertThat(count(code)).isEqualTo(before);

        long district = created(call(office, "POST", "/api/v1/enforcement/benchmarks", benchmark(code, "DISTRICT",
                level("LIGHTER", "1000", "2000") + "," + level("GENERAL", "3000", "5000")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.levels[1].kind").value("GENERAL")));
        call(office, "POST", "/api/v1/enforcement/benchmarks/" + district + "/publish", "{\"version\":" + version(district) + "}")
                .andExpect(status().isOk());
        call(office, "POST", "/api/v1/enforcement/benchmarks/" + district + "/publish", "{\"version\":0}")
                .andExpect(status().isConflict());
        call(office, "GET", "/api/v1/enforcement/benchmarks/in-force?violationCode=" + code + "&on=2024-06-01", null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'enforcement.benchmark.published' "
                + "AND target_id = :id").param("id", String.valueOf(district)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badInputIsAChineseProblemAndOnlyManagersChangeBenchmarks() throws Exception {
        String code = DiscretionFixtures.code();
        call(office, "POST", "/api/v1/enforcement/benchmarks", """
                {"violationCode":"%s","legalBasis":"x","penaltyBasis":"y","issuerLevel":"DISTRICT","effectiveFrom":"2024-01-01",
                 "levels":[{"kind":"GENERAL","circumstances":"一般","minFine":-5,"maxFine":10}]}""".formatted(code))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写违法行为名称")))
                .andExpect(content().string(containsString("罚款金额不能为负数")));
        call(office, "POST", "/api/v1/enforcement/benchmarks", benchmark(code, "DISTRICT", level("GENERAL", "5000", "1000")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("下限高于上限")));
        call(office, "POST", "/api/v1/enforcement/benchmarks", benchmark(code, "DISTRICT", level("NOT_PUNISHED", "0", "500")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("第三十三条")));
        call(office, "POST", "/api/v1/enforcement/benchmarks", benchmark(code, "COUNTY", level("GENERAL", "1", "2")))
                .andExpect(status().isBadRequest());
        call(office, "POST", "/api/v1/enforcement/benchmarks", benchmark(code, "DISTRICT", ""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("至少填写一个裁量阶次")));
        call(unit, "POST", "/api/v1/enforcement/benchmarks", benchmark(code, "DISTRICT", level("GENERAL", "1", "2")))
                .andExpect(status().isForbidden());
        assertThat(count(code)).isZero();
        call(unit, "GET", "/api/v1/enforcement/benchmarks?q=" + code, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        call(office, "GET", "/api/v1/enforcement/benchmarks/999999999", null).andExpect(status().isNotFound());
    }

    @Test
    void theEntryFormShowsEveryErrorAndSavesNothingUntilRight() throws Exception {
        String code = DiscretionFixtures.code();
        var details = userAccounts.loadDetails(officeUser).orElseThrow();
        mvc.perform(get("/enforcement/benchmarks/new").with(user(details))).andExpect(status().isOk())
                .andExpect(content().string(containsString("levels[5].circumstances")));
        mvc.perform(post("/enforcement/benchmarks").with(user(details)).with(csrf()).with(FormTokenRequests.formToken())
                        .param("violationCode", code).param("violationName", "").param("legalBasis", "《条例》第五条")
                        .param("penaltyBasis", "《条例》第三十条").param("issuerLevel", "DISTRICT")
                        .param("effectiveFrom", "2024-01-01")
                        .param("levels[0].kind", "GENERAL").param("levels[0].circumstances", "一般情节")
                        .param("levels[0].minFine", "100").param("levels[0].maxFine", "500")
                        .param("levels[1].kind", "").param("levels[1].circumstances", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写违法行为名称")));
        assertThat(count(code)).isZero();
        mvc.perform(post("/enforcement/benchmarks").with(user(details)).with(csrf()).with(FormTokenRequests.formToken())
                        .param("violationCode", code).param("violationName", "未按规定建立进货查验记录")
                        .param("legalBasis", "《条例》第五条").param("penaltyBasis", "《条例》第三十条")
                        .param("issuerLevel", "DISTRICT").param("effectiveFrom", "2024-01-01")
                        .param("levels[0].kind", "GENERAL").param("levels[0].circumstances", "一般情节")
                        .param("levels[0].minFine", "900").param("levels[0].maxFine", "500"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("下限高于上限")));
        assertThat(count(code)).isZero();
        mvc.perform(post("/enforcement/benchmarks").with(user(details)).with(csrf()).with(FormTokenRequests.formToken())
                        .param("violationCode", code).param("violationName", "未按规定建立进货查验记录")
                        .param("legalBasis", "《条例》第五条").param("penaltyBasis", "《条例》第三十条")
                        .param("issuerLevel", "DISTRICT").param("effectiveFrom", "2024-01-01")
                        .param("levels[0].kind", "LIGHTER").param("levels[0].circumstances", "首次且及时改正")
                        .param("levels[0].minFine", "100").param("levels[0].maxFine", "500")
                        .param("levels[1].kind", "GENERAL").param("levels[1].circumstances", "一般情节")
                        .param("levels[1].minFine", "500").param("levels[1].maxFine", "2000")
                        .param("levels[2].kind", "").param("levels[2].circumstances", ""))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/enforcement/benchmarks/*"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enforcement_benchmark_level l JOIN enforcement_benchmark b "
                + "ON b.id = l.benchmark_id WHERE b.violation_code = :c").param("c", code).query(Long.class).single())
                .isEqualTo(2);
        mvc.perform(get("/enforcement/benchmarks").param("q", code).with(user(details))).andExpect(status().isOk())
                .andExpect(content().string(containsString("未按规定建立进货查验记录")))
                .andExpect(content().string(containsString("未发布")));
    }

    byte[] sheet(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<List<String>> head = List.of("违法行为编码", "违法行为名称", "违法依据", "处罚依据", "制定层级", "文号", "施行日期",
                "失效日期", "裁量阶次", "适用情形", "罚款下限（元）", "罚款上限（元）", "其他处罚或措施").stream().map(List::of).toList();
        FastExcel.write(out).head(head).sheet("基准").doWrite(rows);
        return out.toByteArray();
    }

    @Test
    void anImportIsAllOrNothingAndTheExportReadsBack() throws Exception {
        String code = DiscretionFixtures.code();
        String other = DiscretionFixtures.code();
        List<String> good1 = List.of(code, "超范围经营", "《条例》第八条", "《条例》第四十条", "区（县）级", "", "2024-01-01", "",
                "从轻处罚", "首次违法", "100", "1000", "");
        List<String> good2 = List.of(code, "超范围经营", "《条例》第八条", "《条例》第四十条", "区（县）级", "", "2024-01-01", "",
                "一般处罚", "一般情节", "1000", "5000", "责令改正");
        List<String> bad = List.of(other, "无证经营", "《条例》第九条", "《条例》第四十一条", "乡镇级", "", "2024-13-01", "",
                "一般处罚", "一般情节", "abc", "5000", "");
        mvc.perform(multipart("/api/v1/enforcement/benchmarks/import")
                        .file(new MockMultipartFile("file", "基准.xlsx", null, sheet(List.of(good1, good2, bad))))
                        .header("Authorization", "Bearer " + office))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("第 4 行")))
                .andExpect(content().string(containsString("只能填写")))
                .andExpect(content().string(containsString("日期格式不正确")));
        assertThat(count(code)).isZero();
        assertThat(count(other)).isZero();

        mvc.perform(multipart("/api/v1/enforcement/benchmarks/import")
                        .file(new MockMultipartFile("file", "基准.xlsx", null, sheet(List.of(good1, good2))))
                        .header("Authorization", "Bearer " + office))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.imported").value(1));
        assertThat(count(code)).isEqualTo(1);
        mvc.perform(multipart("/api/v1/enforcement/benchmarks/import")
                        .file(new MockMultipartFile("file", "基准.txt", null, "not a sheet".getBytes()))
                        .header("Authorization", "Bearer " + office))
                .andExpect(status().isBadRequest());

        byte[] xlsx = mvc.perform(get("/api/v1/enforcement/benchmarks/export").param("q", code)
                        .header("Authorization", "Bearer " + unit))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = new ArrayList<>();
        FastExcel.read(new ByteArrayInputStream(xlsx), new AnalysisEventListener<Map<Integer, String>>() {
            @Override
            public void invoke(Map<Integer, String> row, AnalysisContext context) {
                rows.add(row);
            }

            @Override
            public void doAfterAllAnalysed(AnalysisContext context) {}
        }).sheet().doRead();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get(0)).isEqualTo(code);
        assertThat(rows.get(1).get(8)).isEqualTo("一般处罚");
        assertThat(rows.get(1).get(13)).isEqualTo("未发布");
    }

    @Test
    void thePortalShowsOnlyPublishedBenchmarks() throws Exception {
        String code = DiscretionFixtures.code();
        long id = created(call(office, "POST", "/api/v1/enforcement/benchmarks",
                benchmark(code, "DISTRICT", level("GENERAL", "1000", "3000"))).andExpect(status().isCreated()));
        mvc.perform(get("/public/enforcement/benchmarks/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/enforcement/benchmarks/" + id)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("未发布")));
        mvc.perform(get("/public/enforcement/benchmarks").param("q", code)).andExpect(status().isOk())
                .andExpect(content().string(containsString("暂无记录")));
        call(office, "POST", "/api/v1/enforcement/benchmarks/" + id + "/publish", "{\"version\":" + version(id) + "}")
                .andExpect(status().isOk());
        mvc.perform(get("/public/enforcement/benchmarks").param("q", code)).andExpect(status().isOk())
                .andExpect(content().string(containsString("未按规定公示食品经营许可证")))
                .andExpect(content().string(containsString("viewport")));
        mvc.perform(get("/public/enforcement/benchmarks/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("1,000.00至3,000.00元")));
        mvc.perform(get("/api/v1/public/enforcement/benchmarks").param("q", code)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].levels[0].maxFine").value(3000));
        call(office, "POST", "/api/v1/enforcement/benchmarks/" + id + "/withdraw", "{\"version\":" + version(id) + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.published").value(false));
        mvc.perform(get("/public/enforcement/benchmarks/" + id)).andExpect(status().isNotFound());
    }
}
