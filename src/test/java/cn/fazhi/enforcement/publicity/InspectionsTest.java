package cn.fazhi.enforcement.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.FormTokenRequests;
import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.enforcement.Publications;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.identifiers.Uscc;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * 行政检查: recorded only with two officers each certified on the day (处罚法 Art. 42) who showed their certificates
 * (Art. 55), an organisation's credit code checked; concluded with a result whose rules hold; the conclusion goes to
 * 事后公开 with 20 working days; scope, versions and bad input refused in Chinese with nothing saved.
 */
@IntegrationTest
class InspectionsTest {

    static final String BASE = "91421202MA4C6XK3L";
    static final String USCC = BASE + Uscc.checkCharacter(BASE);

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ApplicationEventPublisher events;
    @Autowired Publications publications;
    @Autowired Indicators indicators;
    @Autowired UserAccounts userAccounts;

    PublicityFixture fixture;
    long unit;
    long a;
    long b;
    long expired;
    long uncertified;
    long matter;
    String staff;
    String otherStaff;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new PublicityFixture(jdbc, transactions, events);
        unit = fixture.unit("检查测试局");
        long other = fixture.unit("检查另一局");
        a = fixture.certifiedOfficer(unit, "王执法");
        b = fixture.certifiedOfficer(unit, "李执法");
        expired = fixture.officer(unit, "赵过期", LocalDate.of(2024, 1, 2), LocalDate.now().minusDays(30));
        uncertified = fixture.officer(unit, "钱无证", null, null);
        matter = fixture.matter(unit, "食品经营许可事项检查");
        staff = TestAccounts.token(mvc, accounts.create("insp", unit, "UNIT_STAFF"), TestAccounts.PASSWORD);
        otherStaff = TestAccounts.token(mvc, accounts.create("inso", other, "UNIT_STAFF"), TestAccounts.PASSWORD);
    }

    ResultActions call(String token, String method, String path, String body) throws Exception {
        var request = "GET".equals(method) ? get(path) : post(path);
        request.header("Authorization", "Bearer " + token).contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    String record(String on, String kind, String identifier, String officers, boolean shown) {
        return """
                {"inspectedOn":"%s","targetKind":"%s","targetName":"咸安区某某餐饮有限公司","targetIdentifier":%s,
                 "targetAddress":"温泉路1号","matterId":%d,"subject":"食品经营场所卫生检查","officerIds":[%s],
                 "certificatesShown":%s,"notes":"现场检查后厨"}
                """.formatted(on, kind, identifier == null ? "null" : "\"" + identifier + "\"", matter, officers, shown);
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM enforcement_inspection WHERE unit_id = :u").param("u", unit)
                .query(Long.class).single();
    }

    long register() throws Exception {
        String body = call(staff, "POST", "/api/v1/enforcement/inspections",
                record(LocalDate.now().minusDays(1).toString(), "ORGANISATION", USCC, a + "," + b, true))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("one officer (处罚法 Art. 42)", "A", "ORGANISATION", true, true, "不得少于2人"),
                Arguments.of("an expired certificate (Art. 42)", "A,EXPIRED", "ORGANISATION", true, true, "赵过期"),
                Arguments.of("an officer without a certificate (Art. 42)", "A,NONE", "ORGANISATION", true, true, "钱无证"),
                Arguments.of("certificates not shown (Art. 55)", "A,B", "ORGANISATION", true, false, "出示执法证件"),
                Arguments.of("organisation without a credit code", "A,B", "ORGANISATION", false, true, "统一社会信用代码"),
                Arguments.of("an invalid credit code", "A,B", "ORGANISATION", null, true, "信用代码"));
    }

    @ParameterizedTest(name = "refused: {0}")
    @MethodSource("refusals")
    void anInspectionIsRefusedUnlessItsRulesHold(String rule, String officers, String kind, Boolean validId,
            boolean shown, String message) throws Exception {
        String ids = officers.replace("EXPIRED", String.valueOf(expired)).replace("NONE", String.valueOf(uncertified))
                .replace("A", String.valueOf(a)).replace("B", String.valueOf(b));
        String identifier = validId == null ? "91421202MA4C6XK3" : validId ? USCC : null;
        long before = count();
        call(staff, "POST", "/api/v1/enforcement/inspections",
                record(LocalDate.now().minusDays(1).toString(), kind, identifier, ids, shown))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString(message)));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aCertificateCountsOnlyOnTheDaysItWasValid() throws Exception {
        // the expired officer's certificate was valid 60 days ago
        long before = count();
        call(staff, "POST", "/api/v1/enforcement/inspections",
                record(LocalDate.now().minusDays(60).toString(), "ORGANISATION", USCC, a + "," + expired, true))
                .andExpect(status().isCreated());
        call(staff, "POST", "/api/v1/enforcement/inspections",
                record(LocalDate.now().plusDays(1).toString(), "ORGANISATION", USCC, a + "," + b, true))
                .andExpect(status().isBadRequest());
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void anInspectionIsRecordedConcludedAndItsResultPublished() throws Exception {
        long id = register();
        call(staff, "GET", "/api/v1/enforcement/inspections/" + id, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNumber", matchesPattern("咸安检查测试局\\w{4}检〔\\d{4}〕\\d+号")))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.officers.length()").value(2))
                .andExpect(jsonPath("$.officers[0].certificateNumber").exists())
                .andExpect(jsonPath("$.targetIdentifier").value(containsString("*")));
        call(otherStaff, "GET", "/api/v1/enforcement/inspections/" + id, null).andExpect(status().isNotFound());
        call(staff, "GET", "/api/v1/enforcement/inspections/" + id + "/actions", null)
                .andExpect(jsonPath("$[0]").value("conclude"));
        // 责令整改 needs a date after the inspection; 立案 a penalty case of the unit
        call(staff, "POST", "/api/v1/enforcement/inspections/" + id + "/conclude",
                "{\"version\":0,\"result\":\"RECTIFY\",\"findings\":\"后厨卫生不达标\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("整改期限")));
        long foreignCase = fixture.penaltyCase(fixture.unit("别的局"));
        call(staff, "POST", "/api/v1/enforcement/inspections/" + id + "/conclude",
                "{\"version\":0,\"result\":\"FILED\",\"findings\":\"涉嫌违法\",\"penaltyCaseId\":" + foreignCase + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("不属于本单位")));
        call(staff, "POST", "/api/v1/enforcement/inspections/" + id + "/conclude",
                "{\"result\":\"COMPLIANT\",\"findings\":\"未发现问题\"}").andExpect(status().isBadRequest());
        // evidence of the act, with its SM3 digest
        mvc.perform(multipart("/api/v1/enforcement/inspections/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "检查现场笔录.pdf", "application/pdf", "%PDF-1.4 record".getBytes()))
                        .param("stage", "INVESTIGATION").param("media", "DOCUMENT").param("title", "现场检查笔录")
                        .param("recordedOn", LocalDate.now().minusDays(1).toString())
                        .header("Authorization", "Bearer " + staff))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.sm3").exists());
        call(staff, "POST", "/api/v1/enforcement/inspections/" + id + "/conclude",
                "{\"version\":0,\"result\":\"RECTIFY\",\"findings\":\"后厨卫生不达标\",\"rectifyBy\":\""
                        + LocalDate.now().plusDays(10) + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONCLUDED"));
        call(staff, "POST", "/api/v1/enforcement/inspections/" + id + "/cancel", "{\"version\":1,\"reason\":\"x\"}")
                .andExpect(status().isConflict());
        PublicityFixture.await(() -> publications.find("inspection", id).isPresent());
        var p = publications.find("inspection", id).orElseThrow();
        assertThat(p.category()).isEqualTo("INSPECTION");
        assertThat(p.party()).isEqualTo("咸安区某某餐饮有限公司");
        assertThat(p.conclusion()).startsWith("责令整改");
        assertThat(p.dueOn()).isAfter(LocalDate.now().plusDays(20));
        DataScope scope = new DataScope(ScopeLevel.UNIT, unit, "421202");
        assertThat(indicators.find("enforcement.inspection.inspections").orElseThrow()
                .value(new IndicatorQuery(LocalDate.now().minusDays(5), LocalDate.now(), "421202", scope)))
                .isEqualByComparingTo("1");
    }

    @Test
    void theFormShowsEveryMistakeInChineseAndSavesNothing() throws Exception {
        var me = user(userAccounts.loadDetails(accounts.create("insf", unit, "UNIT_STAFF")).orElseThrow());
        mvc.perform(get("/enforcement/inspections/new").with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("王执法")));
        long before = count();
        mvc.perform(post("/enforcement/inspections").with(me).with(csrf()).with(FormTokenRequests.formToken())
                        .param("inspectedOn", LocalDate.now().toString()).param("targetKind", "ORGANISATION")
                        .param("targetName", "").param("subject", "").param("officerIds", String.valueOf(a)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写检查对象名称")))
                .andExpect(content().string(containsString("请填写检查内容")));
        mvc.perform(post("/enforcement/inspections").with(me).with(csrf()).with(FormTokenRequests.formToken())
                        .param("inspectedOn", LocalDate.now().toString()).param("targetKind", "ORGANISATION")
                        .param("targetName", "某公司").param("targetIdentifier", USCC).param("subject", "检查")
                        .param("officerIds", String.valueOf(a)).param("certificatesShown", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("不得少于2人")));
        assertThat(count()).isEqualTo(before);
        mvc.perform(post("/enforcement/inspections").with(me).with(csrf()).with(FormTokenRequests.formToken())
                        .param("inspectedOn", LocalDate.now().toString()).param("targetKind", "ORGANISATION")
                        .param("targetName", "某公司").param("targetIdentifier", USCC).param("subject", "检查")
                        .param("officerIds", String.valueOf(a), String.valueOf(b)).param("certificatesShown", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(count()).isEqualTo(before + 1);
        long id = jdbc.sql("SELECT MAX(id) FROM enforcement_inspection WHERE unit_id = :u").param("u", unit)
                .query(Long.class).single();
        mvc.perform(get("/enforcement/inspections/" + id).with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("登记行政检查")));
        mvc.perform(get("/enforcement/inspections").with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("某公司")));
        mvc.perform(get("/enforcement/inspections/export").with(me)).andExpect(status().isOk());
    }
}
