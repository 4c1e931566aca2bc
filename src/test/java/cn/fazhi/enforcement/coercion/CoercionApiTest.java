package cn.fazhi.enforcement.coercion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.enforcement.CaseFile;
import cn.fazhi.enforcement.CaseFileSource;
import cn.fazhi.enforcement.events.EnforcementDecided;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * 行政强制 over the API, with the gates the issue names: no measure without two officers holding valid certificates on
 * the day and the Art. 18 checklist; no step past a 扣押 without its audio-video record (118号 三(八)); no execution at
 * night or on a holiday without the emergency flag (Art. 43); the surcharge cap (Art. 45); the court window (Arts. 53,
 * 54); the data scope; bad input answered in Chinese with nothing saved; the decision published as an event; the
 * figures and the case file.
 */
@IntegrationTest
@RecordApplicationEvents
class CoercionApiTest {

    static final long UNIT = 5;
    static final long OTHER_UNIT = 6;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Indicators indicators;

    @Autowired
    java.util.List<CaseFileSource> caseFiles;

    @Autowired
    cn.fazhi.enforcement.Coercions coercions;

    String officer;
    String head;
    String stranger;
    long a;
    long b;
    long expired;

    @BeforeEach
    void setUp() throws Exception {
        officer = TestAccounts.token(mvc, accounts.create("qzzf", UNIT, "UNIT_STAFF"), TestAccounts.PASSWORD);
        head = TestAccounts.token(mvc, accounts.create("qzld", UNIT, "UNIT_HEAD"), TestAccounts.PASSWORD);
        stranger = TestAccounts.token(mvc, accounts.create("qzqt", OTHER_UNIT, "UNIT_STAFF"), TestAccounts.PASSWORD);
        CoercionOfficerFixture fixture = new CoercionOfficerFixture(jdbc);
        a = fixture.certified(UNIT, "执法甲");
        b = fixture.certified(UNIT, "执法乙");
        expired = fixture.officer(UNIT, "过期丙", LocalDate.of(2024, 1, 2), LocalDate.of(2024, 12, 31));
    }

    ResultActions call(String token, String path, String body) throws Exception {
        var request = body == null ? get(path) : post(path).contentType("application/json").content(withVersion(path, body));
        return mvc.perform(request.header("Authorization", "Bearer " + token));
    }

    /** Steps send the version read; tests send the current one unless they say otherwise. */
    String withVersion(String path, String body) {
        var m = java.util.regex.Pattern.compile("/coercions/(\\d+)/[a-z-]+$").matcher(path);
        if (!m.find() || body.contains("\"version\"")) {
            return body;
        }
        int v = jdbc.sql("SELECT version FROM coercion_case WHERE id = :id").param("id", Long.parseLong(m.group(1)))
                .query(Integer.class).single();
        return body.strip().equals("{}") ? "{\"version\":" + v + "}" : body.replaceFirst("\\{", "{\"version\":" + v + ",");
    }

    long register(String body) throws Exception {
        String json = call(officer, "/api/v1/enforcement/coercions", body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    static String measure(String type) {
        return """
                {"kind":"MEASURE","measureType":"%s","partyPerson":false,"partyName":"咸宁某商贸有限公司",
                 "subject":"仓库内涉嫌假冒注册商标的白酒120箱","reason":"涉嫌销售假冒注册商标商品，证据可能灭失",
                 "legalBasis":"《商标法》第六十二条第二款"}
                """.formatted(type);
    }

    static String execution(String type, String principal) {
        return """
                {"kind":"EXECUTION","executionType":"%s","partyPerson":true,"partyName":"张三",
                 "partyIdentifier":"11010519491231002X","subject":"罚款未缴纳","reason":"逾期不缴纳罚款",
                 "legalBasis":"《行政处罚法》第七十二条","principalAmount":%s}
                """.formatted(type, principal);
    }

    String take(String day, String officers, boolean witness) {
        return """
                {"measureOn":"%s","officerIds":[%s],"certificateShown":true,"partyPresent":%s,"partyNotified":true,
                 "rightsTold":true,"statementsHeard":true,"siteRecord":true,"signed":%s,"refusalNoted":false,
                 "witnessName":%s}
                """.formatted(day, officers, !witness, !witness, witness ? "\"村委会主任李某\"" : "null");
    }

    String statusOf(long id) {
        return jdbc.sql("SELECT status FROM coercion_case WHERE id = :id").param("id", id).query(String.class).single();
    }

    void uploadAudioVideo(long id, String act) throws Exception {
        mvc.perform(multipart("/api/v1/enforcement/coercions/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "扣押全程.mp4", "video/mp4", "fake-mp4-bytes".getBytes()))
                        .param("stage", "EXECUTION").param("media", "AUDIO_VIDEO").param("act", act)
                        .param("title", "扣押现场全程录像").param("recordedOn", "2025-09-02")
                        .header("Authorization", "Bearer " + officer))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.sm3", matchesPattern("[0-9a-f]{64}")));
    }

    @Test
    void aSeizureFromApprovalToDisposalWithItsGates() throws Exception {
        long id = register(measure("SEIZE"));
        call(officer, "/api/v1/enforcement/coercions/" + id, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNumber", matchesPattern("咸安.+强〔\\d{4}〕\\d+号")))
                .andExpect(jsonPath("$.status").value("PROPOSED"));
        // Art. 18(一): officers may not approve; the head does
        call(officer, "/api/v1/enforcement/coercions/" + id + "/approve", "{\"approvedOn\":\"2025-09-01\"}")
                .andExpect(status().isForbidden());
        call(head, "/api/v1/enforcement/coercions/" + id + "/approve", "{\"approvedOn\":\"2025-09-01\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        // Art. 18(二): one officer, or an officer whose certificate had expired on the day, is refused; nothing saved
        int version = jdbc.sql("SELECT version FROM coercion_case WHERE id = :id").param("id", id).query(Integer.class).single();
        call(officer, "/api/v1/enforcement/coercions/" + id + "/take", take("2025-09-02", String.valueOf(a), false))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("不得少于2人")));
        call(officer, "/api/v1/enforcement/coercions/" + id + "/take", take("2025-09-02", a + "," + expired, false))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("过期丙")));
        // Art. 18(九): party absent and no witness
        call(officer, "/api/v1/enforcement/coercions/" + id + "/take", take("2025-09-02", a + "," + b, false)
                        .replace("\"partyPresent\":true", "\"partyPresent\":false"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("见证人")));
        assertThat(statusOf(id)).isEqualTo("APPROVED");
        assertThat(jdbc.sql("SELECT version FROM coercion_case WHERE id = :id").param("id", id).query(Integer.class).single())
                .isEqualTo(version);
        // the checklist complete, two certified officers: in force for 30 days (1 Oct is 国庆 → 9 Oct)
        call(officer, "/api/v1/enforcement/coercions/" + id + "/take", take("2025-09-02", a + "," + b, true))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_FORCE"))
                .andExpect(jsonPath("$.expiresOn").value("2025-10-09"))
                .andExpect(jsonPath("$.audioVideoPresent").value(false));
        assertThat(events.stream(EnforcementDecided.class).filter(e -> e.caseId() == id))
                .singleElement().satisfies(e -> {
                    assertThat(e.category()).isEqualTo("COERCION");
                    assertThat(e.caseType()).isEqualTo("coercion");
                    assertThat(e.decidedOn()).isEqualTo(LocalDate.of(2025, 9, 2));
                });
        // 118号 三(八): no disposal (nor extension) of a seizure without its audio-video record
        call(officer, "/api/v1/enforcement/coercions/" + id + "/dispose",
                "{\"disposal\":\"CONFISCATE\",\"disposedOn\":\"2025-09-20\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("音像记录")));
        call(head, "/api/v1/enforcement/coercions/" + id + "/extend", "{\"days\":10,\"reason\":\"案情复杂\"}")
                .andExpect(status().isConflict());
        assertThat(statusOf(id)).isEqualTo("IN_FORCE");
        uploadAudioVideo(id, "SEIZE");
        call(officer, "/api/v1/enforcement/coercions/" + id + "/dispose",
                "{\"disposal\":\"CONFISCATE\",\"disposedOn\":\"2025-09-20\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISPOSED"))
                .andExpect(jsonPath("$.audioVideoPresent").value(true));
        call(officer, "/api/v1/enforcement/coercions/" + id + "/close", "{\"closedOn\":\"2025-09-25\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        // the case file for the pre-check: documents present, the act with its officers and audio-video
        CaseFile file = caseFiles.stream().filter(s -> s.caseType().equals("coercion")).findFirst().orElseThrow()
                .file(id).orElseThrow();
        assertThat(file.acts()).singleElement().satisfies(act -> {
            assertThat(act.officerIds()).containsExactlyInAnyOrder(a, b);
            assertThat(act.audioVideoRequired()).isTrue();
            assertThat(act.audioVideoPresent()).isTrue();
        });
        assertThat(file.documents()).allMatch(CaseFile.Document::present);
        assertThat(file.steps()).singleElement().satisfies(s -> assertThat(s.doneOn()).isBefore(s.dueOn()));
        // scope: another unit does not see it
        call(stranger, "/api/v1/enforcement/coercions/" + id, null).andExpect(status().isNotFound());
    }

    @Test
    void anExtensionOnceOfAtMostThirtyDaysApprovedByTheHead() throws Exception {
        long id = register(measure("FREEZE"));
        call(head, "/api/v1/enforcement/coercions/" + id + "/approve", "{\"approvedOn\":\"2025-03-03\"}").andExpect(status().isOk());
        call(officer, "/api/v1/enforcement/coercions/" + id + "/take", take("2025-03-03", a + "," + b, false))
                .andExpect(status().isOk()).andExpect(jsonPath("$.expiresOn").value("2025-04-02"));
        // a freeze needs no audio-video; the period ran out long ago (today is after 2 April 2025): extension refused
        call(head, "/api/v1/enforcement/coercions/" + id + "/extend", "{\"days\":31,\"reason\":\"案情复杂\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("30")));
        call(head, "/api/v1/enforcement/coercions/" + id + "/extend", "{\"days\":30,\"reason\":\"案情复杂\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("2025-04-02")));
        // past its period without a decision: flagged and listed as overdue; only 解除 remains
        call(officer, "/api/v1/enforcement/coercions/" + id, null).andExpect(jsonPath("$.overdue").value(true));
        call(officer, "/api/v1/enforcement/coercions?overdue=true&size=500", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", org.hamcrest.Matchers.hasItem((int) id)));
        // the measure's last day is an open deadline of the unit (DeadlineSource), the disposal a to-do of its officers
        DataScope unitScope = new DataScope(ScopeLevel.UNIT, UNIT, "421202");
        assertThat(coercions.openDeadlines(unitScope, LocalDate.of(2025, 4, 2)))
                .anySatisfy(d -> {
                    assertThat(d.ref().caseId()).isEqualTo(id);
                    assertThat(d.deadline()).isEqualTo(LocalDate.of(2025, 4, 2));
                    assertThat(d.deadlineName()).isEqualTo("enforcement.coercion.clock.expiry");
                });
        assertThat(coercions.openDeadlines(new DataScope(ScopeLevel.UNIT, OTHER_UNIT, "421202"), LocalDate.of(2025, 4, 2)))
                .noneMatch(d -> d.ref().caseId() == id);
        call(officer, "/api/v1/enforcement/coercions/" + id + "/dispose",
                "{\"disposal\":\"CONFISCATE\",\"disposedOn\":\"2025-05-01\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("只能作出解除")));
        call(officer, "/api/v1/enforcement/coercions/" + id + "/dispose",
                "{\"disposal\":\"RELEASE\",\"disposedOn\":\"2025-05-01\"}").andExpect(status().isOk());
    }

    @Test
    void anEmergencyMeasureIsReportedWithin24HoursAndRatified() throws Exception {
        long id = register(measure("SEAL"));
        String late = take("2025-09-02", a + "," + b, false).replaceFirst("\\{",
                "{\"measureAt\":\"2025-09-02T10:00:00\",\"reportedAt\":\"2025-09-03T10:30:00\",\"emergencyReason\":\"正在转移\",");
        call(officer, "/api/v1/enforcement/coercions/" + id + "/take-in-emergency", late)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("二十四小时")));
        String inTime = late.replace("2025-09-03T10:30:00", "2025-09-02T18:00:00");
        call(officer, "/api/v1/enforcement/coercions/" + id + "/take-in-emergency", inTime)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("AWAITING_RATIFICATION"));
        call(head, "/api/v1/enforcement/coercions/" + id + "/ratify", "{\"approvedOn\":\"2025-09-03\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_FORCE"))
                .andExpect(jsonPath("$.emergency").value(true));
    }

    @Test
    void noEnforcementOnAHolidayWithoutTheEmergencyFlagAndTheSurchargeCapped() throws Exception {
        long id = register(execution("SURCHARGE", "10000"));
        call(head, "/api/v1/enforcement/coercions/" + id + "/decide",
                "{\"decidedOn\":\"2025-09-20\",\"decisionNumber\":\"咸安市监强执〔2025〕1号\",\"statements\":\"未提出\"}")
                .andExpect(status().isConflict());
        call(officer, "/api/v1/enforcement/coercions/" + id + "/demand",
                "{\"servedOn\":\"2025-09-01\",\"deadline\":\"2025-09-11\",\"manner\":\"至指定银行缴纳\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DEMANDED"));
        call(head, "/api/v1/enforcement/coercions/" + id + "/decide",
                "{\"decidedOn\":\"2025-09-11\",\"decisionNumber\":\"咸安市监强执〔2025〕1号\",\"statements\":\"未提出\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("第三十七条")));
        call(head, "/api/v1/enforcement/coercions/" + id + "/decide",
                "{\"decidedOn\":\"2025-09-20\",\"decisionNumber\":\"咸安市监强执〔2025〕1号\",\"statements\":\"未提出\"}")
                .andExpect(status().isOk());
        String onHoliday = "{\"executedAt\":\"2025-10-01T10:00:00\",\"officerIds\":[" + a + "," + b
                + "],\"certificateShown\":true,\"surchargeAmount\":3000";
        call(officer, "/api/v1/enforcement/coercions/" + id + "/execute", onHoliday + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("第四十三条")));
        call(officer, "/api/v1/enforcement/coercions/" + id + "/execute", onHoliday.replace("2025-10-01T10:00", "2025-09-30T23:00") + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("夜间")));
        call(officer, "/api/v1/enforcement/coercions/" + id + "/execute", onHoliday + ",\"emergency\":true}")
                .andExpect(status().isBadRequest());
        call(officer, "/api/v1/enforcement/coercions/" + id + "/execute",
                onHoliday.replace("3000", "10000.01") + ",\"emergency\":true,\"emergencyReason\":\"当事人正在转移财产\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("第四十五条")));
        assertThat(statusOf(id)).isEqualTo("DECIDED");
        call(officer, "/api/v1/enforcement/coercions/" + id + "/execute",
                onHoliday + ",\"emergency\":true,\"emergencyReason\":\"当事人正在转移财产\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("EXECUTED"))
                .andExpect(jsonPath("$.offHours").value(true));
        // counted among off-hours executions of 2025 in the unit, as an emergency
        DataScope unitScope = new DataScope(ScopeLevel.UNIT, UNIT, "421202");
        var query = new IndicatorQuery(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 1), "421202", unitScope);
        assertThat(indicators.find("enforcement.coercion.off_hours").orElseThrow().value(query))
                .isGreaterThanOrEqualTo(BigDecimal.ONE);
        assertThat(indicators.find("enforcement.coercion.off_hours").orElseThrow().byCategory(query))
                .containsKey("EMERGENCY");
    }

    @Test
    void theCourtIsAppliedToInsideItsWindow() throws Exception {
        long id = register(execution("OTHER", "null"));
        call(officer, "/api/v1/enforcement/coercions/" + id + "/demand",
                "{\"servedOn\":\"2025-09-01\",\"deadline\":\"2025-09-11\",\"manner\":\"自行拆除违法搭建\"}")
                .andExpect(status().isOk());
        call(head, "/api/v1/enforcement/coercions/" + id + "/apply-to-court",
                "{\"appliedOn\":\"2025-09-15\",\"remedyEndsOn\":\"2025-12-01\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("第五十四条")));
        call(head, "/api/v1/enforcement/coercions/" + id + "/apply-to-court",
                "{\"appliedOn\":\"2026-03-03\",\"remedyEndsOn\":\"2025-12-01\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("三个月")));
        call(head, "/api/v1/enforcement/coercions/" + id + "/apply-to-court",
                "{\"appliedOn\":\"2025-12-10\",\"remedyEndsOn\":\"2025-12-01\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COURT_APPLIED"));
    }

    @Test
    void badInputIsRefusedInChineseWithNothingSaved() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM coercion_case WHERE unit_id = :u").param("u", UNIT).query(Long.class).single();
        call(officer, "/api/v1/enforcement/coercions", "{\"kind\":\"MEASURE\",\"measureType\":\"SEAL\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].message",
                        org.hamcrest.Matchers.hasItems("请填写当事人", "请填写标的", "请填写理由", "请填写依据")));
        call(officer, "/api/v1/enforcement/coercions", measure("SEAL").replace("\"SEAL\"", "null"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请选择强制措施种类"));
        call(officer, "/api/v1/enforcement/coercions", execution("SURCHARGE", "1").replace("11010519491231002X", "110105194912310021"))
                .andExpect(status().isBadRequest());
        call(officer, "/api/v1/enforcement/coercions", measure("SEAL").replace("\"MEASURE\"", "\"NOPE\""))
                .andExpect(status().isBadRequest());
        call(officer, "/api/v1/enforcement/coercions", execution("SURCHARGE", "99999999999999"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM coercion_case WHERE unit_id = :u").param("u", UNIT).query(Long.class).single())
                .isEqualTo(before);
        // the party's ID number is stored sealed and shown masked
        long id = register(execution("SURCHARGE", "500"));
        call(officer, "/api/v1/enforcement/coercions/" + id, null)
                .andExpect(jsonPath("$.partyIdentifierMasked", matchesPattern("1101.*\\*+.*")));
        assertThat(jdbc.sql("SELECT party_identifier_enc FROM coercion_case WHERE id = :id").param("id", id)
                .query(String.class).single()).doesNotContain("11010519491231002X");
        // a step without the version is refused; a stale one is a conflict
        mvc.perform(post("/api/v1/enforcement/coercions/" + id + "/cancel").contentType("application/json")
                        .content("{\"reason\":\"登记有误\"}").header("Authorization", "Bearer " + officer))
                .andExpect(status().isBadRequest());
        call(officer, "/api/v1/enforcement/coercions/" + id + "/cancel", "{\"reason\":\"登记有误\",\"version\":99}")
                .andExpect(status().isConflict());
    }
}
