package cn.fazhi.enforcement.officers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.enforcement.CertificateChecks;
import cn.fazhi.enforcement.Officers;

/**
 * Bodies, officers and certificates over the API: the rules refuse in Chinese with nothing saved (an entrusted body
 * without its agency, a reviewer without 法律职业资格, a bad ID number, a certificate number of the wrong format or
 * taken twice), the data scope holds (another unit's officer is a 404, unit staff cannot keep officers), a suspension
 * counts from its day on (the public check and CertificateChecks agree), the nightly job marks expired certificates,
 * and the public check answers only the public fields.
 */
@IntegrationTest
class OfficersApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CertificateChecks checks;

    @Autowired
    Officers officers;

    String office;
    String unitStaff;

    @BeforeEach
    void tokens() throws Exception {
        office = TestAccounts.token(mvc, accounts.create("eofzb", 2, "LAW_OFFICE"), TestAccounts.PASSWORD);
        unitStaff = TestAccounts.token(mvc, accounts.create("eoscj", 5, "UNIT_STAFF"), TestAccounts.PASSWORD);
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

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    long officer(long unitId, String name) throws Exception {
        String body = call(office, "POST", "/api/v1/enforcement/officers", """
                {"unitId":%d,"name":"%s","idNumber":"%s","post":"执法队员","appointedOn":"2024-03-01"}"""
                .formatted(unitId, name, OfficerFixtures.idNumber())).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    String certificate(long officerId, String from, String to) throws Exception {
        String number = OfficerFixtures.certificateNumber();
        call(office, "POST", "/api/v1/enforcement/officers/" + officerId + "/certificates", """
                {"number":"%s","issuingAuthority":"咸宁市人民政府","areas":"市场监管","issuedOn":"%s","expiresOn":"%s"}"""
                .formatted(number, from, to)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.standing").value(LocalDate.parse(to).isBefore(LocalDate.now()) ? "EXPIRED" : "VALID"));
        return number;
    }

    @Test
    void bodiesFollowArticle20AndKeepTheirMatters() throws Exception {
        long before = count("enforcement_body");
        call(office, "POST", "/api/v1/enforcement/bodies", """
                {"unitId":17,"name":"温泉街道测试执法队","kind":"ENTRUSTED","legalBasis":"委托书","areas":"市容"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("委托机关")));
        call(office, "POST", "/api/v1/enforcement/bodies", """
                {"unitId":17,"name":"温泉街道测试执法队","kind":"ENTRUSTED","entrustingUnitId":17,"legalBasis":"委托书","areas":"市容"}""")
                .andExpect(status().isBadRequest());
        call(office, "POST", "/api/v1/enforcement/bodies", """
                {"unitId":17,"name":"","kind":"STATUTORY","legalBasis":"","areas":"市容"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(2));
        assertThat(count("enforcement_body")).isEqualTo(before);
        String body = call(office, "POST", "/api/v1/enforcement/bodies", """
                {"unitId":17,"name":"温泉街道测试执法队","kind":"ENTRUSTED","entrustingUnitId":6,"legalBasis":"委托书","areas":"市容"}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.entrustingUnitName").value("咸安区住房和城乡建设局"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        call(office, "POST", "/api/v1/enforcement/bodies/" + id + "/matters", """
                {"code":"T-1","name":"违法建设查处","category":"PENALTY","legalBasis":"《城乡规划法》第六十四条"}""")
                .andExpect(status().isCreated());
        call(office, "POST", "/api/v1/enforcement/bodies/" + id + "/matters", """
                {"code":"T-1","name":"重复","category":"PENALTY","legalBasis":"x"}""").andExpect(status().isConflict());
        call(office, "GET", "/api/v1/enforcement/bodies/" + id + "/matters", null)
                .andExpect(jsonPath("$.length()").value(1));
        call(office, "PUT", "/api/v1/enforcement/bodies/" + id, """
                {"unitId":17,"name":"温泉街道综合执法队","kind":"ENTRUSTED","entrustingUnitId":6,"legalBasis":"委托书","areas":"市容"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("版本")));
        call(office, "PUT", "/api/v1/enforcement/bodies/" + id + "?version=0", """
                {"unitId":17,"name":"温泉街道综合执法队","kind":"ENTRUSTED","entrustingUnitId":6,"legalBasis":"委托书","areas":"市容"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        call(office, "PUT", "/api/v1/enforcement/bodies/" + id + "?version=0", """
                {"unitId":17,"name":"又改","kind":"ENTRUSTED","entrustingUnitId":6,"legalBasis":"委托书","areas":"市容"}""")
                .andExpect(status().isConflict());
        // the market regulation bureau's staff see only their unit's bodies
        call(unitStaff, "GET", "/api/v1/enforcement/bodies/" + id, null).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'enforcement.body.created' AND target_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void officersAreRefusedInChineseWithNothingSaved() throws Exception {
        long before = count("enforcement_officer");
        // a reviewer without 法律职业资格 (处罚法 Art. 58(2))
        call(office, "POST", "/api/v1/enforcement/officers", """
                {"unitId":5,"name":"张审核","idNumber":"%s","reviewer":true}""".formatted(OfficerFixtures.idNumber()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("法律职业资格")));
        call(office, "POST", "/api/v1/enforcement/officers", """
                {"unitId":5,"name":"张某","idNumber":"421202199001011234"}""")
                .andExpect(status().isBadRequest());
        call(office, "POST", "/api/v1/enforcement/officers", """
                {"unitId":5,"name":"%s"}""".formatted("长".repeat(51))).andExpect(status().isBadRequest());
        call(office, "POST", "/api/v1/enforcement/officers", """
                {"unitId":5,"name":"张某","appointedOn":"2999-01-01"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("任执法岗位日期")));
        call(office, "POST", "/api/v1/enforcement/officers", "{\"unitId\":5,\"name\":\"张某\",\"appointedOn\":\"不是日期\"}")
                .andExpect(status().isBadRequest());
        // unit staff cannot keep officers
        call(unitStaff, "POST", "/api/v1/enforcement/officers", """
                {"unitId":5,"name":"李某"}""").andExpect(status().isForbidden());
        assertThat(count("enforcement_officer")).isEqualTo(before);

        String id = OfficerFixtures.idNumber();
        String body = call(office, "POST", "/api/v1/enforcement/officers", """
                {"unitId":5,"name":"孙审核","idNumber":"%s","reviewer":true,"legalQualification":true,"legalQualificationNo":"A20184200001"}"""
                .formatted(id)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.idNumberMasked").value(org.hamcrest.Matchers.not(id)))
                .andReturn().getResponse().getContentAsString();
        long officer = ((Number) JsonPath.read(body, "$.id")).longValue();
        assertThat(jdbc.sql("SELECT id_number_cipher FROM enforcement_officer WHERE id = :id").param("id", officer)
                .query(String.class).single()).isNotNull().doesNotContain(id);
        // the same person twice
        call(office, "POST", "/api/v1/enforcement/officers", """
                {"unitId":6,"name":"孙审核","idNumber":"%s"}""".formatted(id)).andExpect(status().isConflict());
        // unit staff of unit 5 see the officer; an officer of unit 6 is a 404 for them
        call(unitStaff, "GET", "/api/v1/enforcement/officers/" + officer, null).andExpect(status().isOk());
        long other = officer(6, "住建测试");
        call(unitStaff, "GET", "/api/v1/enforcement/officers/" + other, null).andExpect(status().isNotFound());
        call(unitStaff, "GET", "/api/v1/enforcement/officers?q=住建测试", null).andExpect(jsonPath("$.total").value(0));
        call(office, "GET", "/api/v1/enforcement/officers?q=住建测试", null)
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
    }

    @Test
    void certificatesFollowTheirRulesAndTheCheckAgrees() throws Exception {
        long officer = officer(5, "王证件");
        long before = count("enforcement_certificate");
        call(office, "POST", "/api/v1/enforcement/officers/" + officer + "/certificates", """
                {"number":"12 3","issuingAuthority":"咸宁市人民政府","areas":"市场监管","issuedOn":"2025-01-01","expiresOn":"2029-12-31"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("格式")));
        call(office, "POST", "/api/v1/enforcement/officers/" + officer + "/certificates", """
                {"number":"ABC12345","issuingAuthority":"咸宁市人民政府","areas":"市场监管","issuedOn":"2025-01-01","expiresOn":"2024-12-31"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("有效期至")));
        assertThat(count("enforcement_certificate")).isEqualTo(before);
        String number = certificate(officer, "2025-01-01", "2029-12-31");
        call(office, "POST", "/api/v1/enforcement/officers/" + officer + "/certificates", """
                {"number":"%s","issuingAuthority":"咸宁市人民政府","areas":"市场监管","issuedOn":"2025-01-01","expiresOn":"2029-12-31"}"""
                .formatted(number.toLowerCase())).andExpect(status().isConflict());

        // the public check: the public fields only, valid today
        mvc.perform(get("/api/v1/public/enforcement/certificates/" + number)).andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(number)).andExpect(jsonPath("$.name").value("王证件"))
                .andExpect(jsonPath("$.unit").value("咸安区市场监督管理局")).andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.validUntil").value("2029-12-31")).andExpect(jsonPath("$.idNumberMasked").doesNotExist())
                .andExpect(jsonPath("$.post").doesNotExist());
        mvc.perform(get("/api/v1/public/enforcement/certificates/NOSUCH0001")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("未查到")));

        // suspended from a day: not valid from then on, still valid before (a later suspension does not undo acts)
        long cert = jdbc.sql("SELECT id FROM enforcement_certificate WHERE number = :n").param("n", number)
                .query(Long.class).single();
        LocalDate since = LocalDate.now().minusDays(10);
        call(office, "POST", "/api/v1/enforcement/certificates/" + cert + "/status", """
                {"status":"SUSPENDED","since":"%s","reason":"年度考核不称职","version":0}""".formatted(since))
                .andExpect(status().isOk()).andExpect(jsonPath("$.standing").value("SUSPENDED"));
        assertThat(checks.validOn(officer, since.minusDays(1))).isTrue();
        assertThat(checks.validOn(officer, since)).isFalse();
        mvc.perform(get("/api/v1/public/enforcement/certificates/" + number)).andExpect(jsonPath("$.status").value("SUSPENDED"));
        // stale version, then a forbidden change (a revoked certificate stays revoked)
        call(office, "POST", "/api/v1/enforcement/certificates/" + cert + "/status", """
                {"status":"VALID","since":"%s","reason":"恢复","version":0}""".formatted(LocalDate.now()))
                .andExpect(status().isConflict());
        call(office, "POST", "/api/v1/enforcement/certificates/" + cert + "/status", """
                {"status":"REVOKED","since":"%s","reason":"调离","version":1}""".formatted(LocalDate.now()))
                .andExpect(status().isOk());
        call(office, "POST", "/api/v1/enforcement/certificates/" + cert + "/status", """
                {"status":"VALID","since":"%s","reason":"恢复","version":2}""".formatted(LocalDate.now()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("不能")));
        call(office, "POST", "/api/v1/enforcement/certificates/" + cert + "/status", "{\"status\":\"VALID\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(3));
    }

    /** Unknown numbers are counted per client address: beyond the limit (30 a minute by default) a 429, per address. */
    @Test
    void guessingNumbersIsRateLimitedPerAddress() throws Exception {
        String address = "10.77." + (System.nanoTime() % 200) + "." + (System.nanoTime() % 199 + 1);
        int notFound = 0;
        int tooMany = 0;
        for (int i = 0; i < 32; i++) {
            int s = mvc.perform(get("/api/v1/public/enforcement/certificates/GUESS" + i).with(r -> {
                r.setRemoteAddr(address);
                return r;
            })).andReturn().getResponse().getStatus();
            if (s == 404) {
                notFound++;
            } else if (s == 429) {
                tooMany++;
            }
        }
        assertThat(notFound).isEqualTo(30);
        assertThat(tooMany).isEqualTo(2);
        mvc.perform(get("/api/v1/public/enforcement/certificates/GUESS99").with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andExpect(status().isTooManyRequests()).andExpect(jsonPath("$.detail", containsString("秒后再试")));
        // another address is not held up
        mvc.perform(get("/api/v1/public/enforcement/certificates/GUESS0").with(r -> {
            r.setRemoteAddr("10.78.0.1");
            return r;
        })).andExpect(status().isNotFound());
    }

    @Test
    void theNightlyJobMarksExpiredCertificatesWithoutChangingTheirPast() throws Exception {
        long officer = officer(5, "赵过期");
        // after 2023: the 2023 demo year counts every certificate valid at its end (OfficerDemoYear2023Test)
        String number = certificate(officer, "2024-01-02", "2024-12-31");
        assertThat(checks.validOn(officer, LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(officers.expireDue(LocalDate.now())).isPositive();
        assertThat(jdbc.sql("SELECT status || ' ' || CAST(status_since AS VARCHAR(10)) FROM enforcement_certificate "
                + "WHERE number = :n").param("n", number).query(String.class).single()).isEqualTo("EXPIRED 2025-01-01");
        assertThat(checks.validOn(officer, LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(checks.validOn(officer, LocalDate.of(2025, 1, 1))).isFalse();
        assertThat(officers.expireDue(LocalDate.now())).isZero();
        mvc.perform(get("/api/v1/public/enforcement/certificates/" + number)).andExpect(jsonPath("$.status").value("EXPIRED"));
    }

    @Test
    void examsAndTrainingKeepTheirRules() throws Exception {
        long officer = officer(5, "钱考生");
        String body = call(office, "POST", "/api/v1/enforcement/exams", """
                {"name":"测试考试","heldOn":"2025-10-20","organiser":"湖北省司法厅","passMark":60}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long exam = ((Number) JsonPath.read(body, "$.id")).longValue();
        String candidate = call(office, "POST", "/api/v1/enforcement/exams/" + exam + "/candidates",
                "{\"officerId\":" + officer + "}").andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        long cid = ((Number) JsonPath.read(candidate, "$.id")).longValue();
        call(office, "POST", "/api/v1/enforcement/exams/" + exam + "/candidates", "{\"officerId\":" + officer + "}")
                .andExpect(status().isConflict());
        call(office, "POST", "/api/v1/enforcement/exams/candidates/" + cid + "/result", "{\"sat\":true}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("成绩")));
        call(office, "POST", "/api/v1/enforcement/exams/candidates/" + cid + "/result", "{\"sat\":false,\"score\":70}")
                .andExpect(status().isBadRequest());
        call(office, "POST", "/api/v1/enforcement/exams/candidates/" + cid + "/result", "{\"sat\":true,\"score\":59.5}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.passed").value(false));
        call(office, "POST", "/api/v1/enforcement/exams/candidates/" + cid + "/result", "{\"sat\":true,\"score\":60}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.passed").value(true));
        call(office, "GET", "/api/v1/enforcement/exams?year=2025", null)
                .andExpect(jsonPath("$[?(@.id == " + exam + ")].passed").value(1));

        call(office, "POST", "/api/v1/enforcement/officers/" + officer + "/training", "{\"year\":2025,\"hours\":-1}")
                .andExpect(status().isBadRequest());
        call(office, "POST", "/api/v1/enforcement/officers/" + officer + "/training", "{\"year\":2025,\"hours\":48}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.met").value(false));
        call(office, "POST", "/api/v1/enforcement/officers/" + officer + "/training", "{\"year\":2025,\"hours\":60}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.met").value(true));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enforcement_training WHERE officer_id = :o").param("o", officer)
                .query(Long.class).single()).isEqualTo(1);
    }
}
