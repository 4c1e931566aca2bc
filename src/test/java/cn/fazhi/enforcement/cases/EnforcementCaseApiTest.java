package cn.fazhi.enforcement.cases;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.enforcement.CaseFile;
import cn.fazhi.enforcement.CaseFileSource;
import cn.fazhi.enforcement.LateFee;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * 行政处罚 cases over the API, in a unit of this test's own: a case from 立案 to 结案 through the gates (two certified
 * officers, 告知, the 重大 review by a qualified reviewer, the benchmark range), and each gate refusing with a Chinese
 * problem and nothing saved: the limitation (Art. 36), an expired certificate (Art. 42), a late hearing request
 * (Art. 64), a presider who investigated, a fine outside the level without approval (27号), on-the-spot limits
 * (Art. 51); the data scope (404); the late fee (Art. 72); the file the case-file evaluation reads; the figures.
 */
@IntegrationTest
class EnforcementCaseApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Indicators indicators;

    @Autowired
    cn.fazhi.enforcement.EnforcementCases cases;

    @Autowired
    cn.fazhi.cases.Todos todos;

    @Autowired
    java.util.List<CaseFileSource> fileSources;

    EnforcementCaseFixtures fx;
    long unit;
    String handler;
    String reviewer;
    String head;
    String otherUnitStaff;
    long officerA;
    long officerB;
    long officerC;
    long expired;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void setUp() throws Exception {
        fx = new EnforcementCaseFixtures(jdbc);
        unit = fx.unit();
        long other = fx.unit();
        String handlerName = accounts.create("ech", unit, "UNIT_STAFF");
        String reviewerName = accounts.create("ecr", unit, "LEGAL_REVIEWER");
        String headName = accounts.create("ecl", unit, "UNIT_HEAD");
        handler = TestAccounts.token(mvc, handlerName, TestAccounts.PASSWORD);
        reviewer = TestAccounts.token(mvc, reviewerName, TestAccounts.PASSWORD);
        head = TestAccounts.token(mvc, headName, TestAccounts.PASSWORD);
        otherUnitStaff = TestAccounts.token(mvc, accounts.create("eco", other, "UNIT_STAFF"), TestAccounts.PASSWORD);
        officerA = fx.certifiedOfficer(unit, "张执法");
        officerB = fx.certifiedOfficer(unit, "李执法");
        officerC = fx.certifiedOfficer(unit, "王主持");
        expired = fx.officer(unit, "赵过期", null, false);
        fx.certificate(expired, EnforcementCaseFixtures.LONG_AGO, today.minusDays(10), "VALID", EnforcementCaseFixtures.LONG_AGO);
        long reviewerOfficer = fx.officer(unit, "钱审核", accounts.idOf(reviewerName), true);
        fx.certificate(reviewerOfficer, EnforcementCaseFixtures.LONG_AGO, EnforcementCaseFixtures.FAR_AHEAD, "VALID",
                EnforcementCaseFixtures.LONG_AGO);
    }

    ResultActions call(String token, String method, String path, String body) throws Exception {
        var request = "GET".equals(method) ? get(path) : post(path);
        request.header("Authorization", "Bearer " + token).contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    /** A step on case {@code id} with the case's current version. */
    ResultActions step(String token, long id, String step, String body) throws Exception {
        String json = body.strip().equals("{}") ? "{\"version\":" + fx.version(id) + "}"
                : body.replaceFirst("\\{", "{\"version\":" + fx.version(id) + ",");
        return call(token, "POST", "/api/v1/enforcement/cases/" + id + "/" + step, json);
    }

    static String registration(LocalDate act, LocalDate ended, boolean harm, LocalDate discovered, LocalDate filed,
            String violation) {
        return """
                {"partyKind":"PERSON","partyName":"周某某","partyIdentifier":"11010519491231002X","partyPhone":"13800138000",
                 "violationCode":"%s","violationName":"销售过期食品","summary":"当事人在其经营的超市销售超过保质期的食品",
                 "actOn":"%s",%s"discoveredOn":"%s","graveHarm":%s,"filedOn":"%s"}
                """.formatted(violation, act, ended == null ? "" : "\"actEndedOn\":\"" + ended + "\",", discovered, harm,
                filed);
    }

    long register(String body) throws Exception {
        String json = call(handler, "POST", "/api/v1/enforcement/cases", body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    long registerRecent(String violation) throws Exception {
        return register(registration(today.minusDays(20), null, false, today.minusDays(5), today.minusDays(3), violation));
    }

    String act(long a, long b, LocalDate on, boolean shown) {
        return """
                {"actKind":"INQUIRY","actOn":"%s","officerIds":[%d,%d],"certificatesShown":%s,"notes":"询问当事人，制作笔录"}
                """.formatted(on, a, b, shown);
    }

    static String notice(String kinds, String fine, LocalDate on) {
        return """
                {"notifiedOn":"%s","kinds":[%s],%s"facts":"销售过期食品","reasons":"违反食品安全法",
                 "basis":"《食品安全法》第一百二十四条","rights":"陈述、申辩；符合条件的可以要求听证"}
                """.formatted(on, kinds, fine == null ? "" : "\"fine\":" + fine + ",");
    }

    static String decision(String kinds, String fine, Long level, LocalDate on) {
        return """
                {"kinds":[%s],%s"text":"罚款并责令改正",%s"decidedOn":"%s"}
                """.formatted(kinds, fine == null ? "" : "\"fine\":" + fine + ",",
                level == null ? "" : "\"benchmarkLevelId\":" + level + ",", on);
    }

    @Test
    void aMajorCaseGoesFromFilingToClosureThroughEveryGate() throws Exception {
        String violation = "V-FULL-" + unit;
        long level = fx.benchmarkLevel(violation, "1000", "10000");
        call(head, "POST", "/api/v1/enforcement/major-catalogue",
                "{\"rule\":\"FINE_AT_LEAST\",\"minFine\":3000,\"description\":\"罚款三千元以上\"}")
                .andExpect(status().isCreated());
        DataScope district = new DataScope(ScopeLevel.DISTRICT, 4, "421202");
        IndicatorQuery year = IndicatorQuery.year(today.getYear(), "421202", district);
        long decidedBefore = indicators.find("enforcement.cases.decided").orElseThrow().value(year).longValue();

        long id = registerRecent(violation);
        call(handler, "GET", "/api/v1/enforcement/cases/" + id, null)
                .andExpect(jsonPath("$.caseNumber", matchesPattern("咸安测.{8}罚立〔\\d{4}〕\\d+号")))
                .andExpect(jsonPath("$.status").value("INVESTIGATING"))
                .andExpect(jsonPath("$.partyIdentifier", containsString("*")))
                .andExpect(jsonPath("$.decisionDueOn").value(today.minusDays(3).plusDays(90).toString()));
        assertThat(jdbc.sql("SELECT party_id_enc FROM enforcement_case WHERE id = :id").param("id", id)
                .query(String.class).single()).doesNotContain("11010519491231002X");

        step(handler, id, "acts", act(officerA, officerB, today.minusDays(2), true)).andExpect(status().isOk())
                .andExpect(jsonPath("$.acts[0].officers.length()").value(2))
                .andExpect(jsonPath("$.acts[0].officers[0].certificateNumber", matchesPattern("42\\w+")));
        // no decision without a notice (Arts. 44, 62)
        step(handler, id, "decide", decision("\"FINE\"", "5000", level, today)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("第四十四条")));
        step(handler, id, "notify", notice("\"FINE\"", "5000", today.minusDays(1))).andExpect(status().isOk())
                .andExpect(jsonPath("$.hearingTriggered").value(false))
                .andExpect(jsonPath("$.majorReasons[0]").value("罚款三千元以上"));
        // 重大 by the unit's catalogue: no decision without a passed review (Art. 58)
        step(handler, id, "decide", decision("\"FINE\"", "5000", level, today)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("第五十八条")));
        assertThat(jdbc.sql("SELECT decision_number FROM enforcement_case WHERE id = :id").param("id", id)
                .query(String.class).optional().orElse(null)).isNull();
        step(handler, id, "review/submit", "{}").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVIEWING"));
        // the reviewer's to-do lists it, within the unit's scope only
        cn.fazhi.platform.scope.Caller reviewerCaller = new cn.fazhi.platform.scope.Caller() {
            @Override
            public boolean can(String permission) {
                return permission.equals("enforcement:view") || permission.equals("enforcement:review");
            }

            @Override
            public DataScope scope() {
                return new DataScope(ScopeLevel.UNIT, unit, "421202");
            }
        };
        assertThat(todos.of(reviewerCaller, 50)).anySatisfy(g -> {
            assertThat(g.labelKey()).isEqualTo("enforcement.cases.todo.passReview");
            assertThat(g.items()).anySatisfy(i -> assertThat(i.ref().caseId()).isEqualTo(id));
        });
        assertThat(todos.of(reviewerCaller, 50)).noneSatisfy(g -> assertThat(g.labelKey()).isEqualTo("enforcement.cases.todo.decide"));
        // the handler may not review, the reviewer returns it once, then passes it
        step(handler, id, "review", "{\"outcome\":\"PASSED\",\"opinion\":\"同意\"}").andExpect(status().isForbidden());
        step(reviewer, id, "review", "{\"outcome\":\"ISSUES\",\"opinion\":\"证据不足，补充调查\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"));
        step(handler, id, "review/submit", "{}").andExpect(status().isOk());
        step(reviewer, id, "review", "{\"outcome\":\"PASSED\",\"opinion\":\"事实清楚，证据确凿，同意\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVIEWED"))
                .andExpect(jsonPath("$.reviewPassedOn").value(today.toString()));
        // the benchmark level must be of this violation, and stated while a benchmark is in force
        long otherLevel = fx.benchmarkLevel("V-OTHER-" + unit, "0", "100000");
        step(handler, id, "decide", decision("\"FINE\"", "5000", otherLevel, today)).andExpect(status().isBadRequest());
        step(handler, id, "decide", decision("\"FINE\"", "5000", null, today)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("裁量阶次")));
        step(handler, id, "decide", decision("\"FINE\"", "5000", level, today)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.decisionNumber", matchesPattern("咸安测.{8}罚决〔\\d{4}〕\\d+号")))
                .andExpect(jsonPath("$.majorRequired").value(true))
                .andExpect(jsonPath("$.benchmarkLevelId").value(level));
        // the handler cannot close before service and payment
        step(handler, id, "close", "{}").andExpect(status().isConflict());
        step(handler, id, "serve", "{\"method\":\"DIRECT\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.paymentDueOn").isNotEmpty());
        step(handler, id, "close", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("罚款尚未缴纳")));
        step(handler, id, "pay", "{}").andExpect(status().isOk()).andExpect(jsonPath("$.lateFee").value(0.0));
        step(handler, id, "close", "{}").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));

        assertThat(indicators.find("enforcement.cases.decided").orElseThrow().value(year).longValue())
                .isEqualTo(decidedBefore + 1);
        CaseFile file = fileSources.stream().filter(s -> s.caseType().equals("enforcement")).findFirst().orElseThrow()
                .file(id).orElseThrow();
        assertThat(file.reviewRequired()).isTrue();
        assertThat(file.reviewPassedOn()).isEqualTo(today);
        assertThat(file.benchmarkStated()).isTrue();
        assertThat(file.acts()).singleElement().satisfies(a -> assertThat(a.officerIds()).containsExactlyInAnyOrder(officerA, officerB));
        assertThat(file.documents()).allSatisfy(d -> assertThat(d.present()).as(d.kind()).isTrue());
        assertThat(fileSources.stream().filter(s -> s.caseType().equals("enforcement")).findFirst().orElseThrow()
                .closedBetween(today, today, unit)).containsExactly(id);
        // the timeline and audit trail hold every step
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE target_type = 'enforcement' AND target_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aTimeBarredActIsNotRegisteredAndNothingIsSaved() throws Exception {
        long before = fx.casesIn(unit);
        LocalDate act = today.minusYears(3);
        call(handler, "POST", "/api/v1/enforcement/cases", registration(act, null, false, today.minusDays(1), today, "V-OLD"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("第三十六条")));
        assertThat(fx.casesIn(unit)).isEqualTo(before);
        // five years where life, health or financial security was harmed; from the end of a continuing act
        register(registration(act, null, true, today.minusDays(1), today, "V-OLD"));
        register(registration(act, today.minusYears(1), false, today.minusDays(1), today, "V-OLD"));
        assertThat(fx.casesIn(unit)).isEqualTo(before + 2);
    }

    @Test
    void badInputIsAChineseProblemAndNothingIsSaved() throws Exception {
        long before = fx.casesIn(unit);
        call(handler, "POST", "/api/v1/enforcement/cases", """
                {"partyKind":"PERSON","partyName":"","violationCode":"X","violationName":"某","summary":"某",
                 "actOn":"2025-01-01","discoveredOn":"2025-01-02"}
                """).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("当事人名称")));
        call(handler, "POST", "/api/v1/enforcement/cases",
                registration(today.minusDays(3), null, false, today.minusDays(1), today, "V").replace("11010519491231002X", "110105194912310021"))
                .andExpect(status().isBadRequest());
        call(handler, "POST", "/api/v1/enforcement/cases",
                registration(today.minusDays(3), null, false, today.plusDays(1), today, "V"))
                .andExpect(status().isBadRequest());
        assertThat(fx.casesIn(unit)).isEqualTo(before);
        // the reviewer may not register (permission) and a step without its version is refused
        call(reviewer, "POST", "/api/v1/enforcement/cases", registration(today.minusDays(3), null, false, today, today, "V"))
                .andExpect(status().isForbidden());
        long id = registerRecent("V-BAD-" + unit);
        call(handler, "POST", "/api/v1/enforcement/cases/" + id + "/acts", act(officerA, officerB, today, true).replace("{", "{\"version\":99,"))
                .andExpect(status().isConflict());
    }

    @Test
    void anActNeedsTwoOfficersWithCertificatesValidOnItsDayAndShown() throws Exception {
        long id = registerRecent("V-ACT-" + unit);
        step(handler, id, "acts", act(officerA, officerA, today, true)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("不得少于2人")));
        step(handler, id, "acts", act(officerA, expired, today, true)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("赵过期")));
        step(handler, id, "acts", act(officerA, officerB, today, false)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("第五十五条")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enforcement_case_act WHERE case_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
        // the expired officer's earlier act, while the certificate was valid, is accepted (valid on the act's day)
        long earlier = register(registration(today.minusDays(60), null, false, today.minusDays(40), today.minusDays(30),
                "V-ACT-" + unit));
        step(handler, earlier, "acts", act(officerA, expired, today.minusDays(20), true)).andExpect(status().isOk());
        // an officer of another unit may not act for this one
        long foreign = fx.certifiedOfficer(fx.unit(), "外单位");
        step(handler, id, "acts", act(officerA, foreign, today, true)).andExpect(status().isBadRequest());
    }

    @Test
    void aHearingRequestAfterFiveWorkingDaysIsRefusedAndTheHearingRulesHold() throws Exception {
        long late = register(registration(today.minusDays(60), null, false, today.minusDays(40), today.minusDays(30),
                "V-HEAR-" + unit));
        step(handler, late, "notify", notice("\"FINE\"", "20000", today.minusDays(20))).andExpect(status().isOk())
                .andExpect(jsonPath("$.hearingTriggered").value(true));
        step(handler, late, "hearing/request", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("第六十四条")));

        long id = registerRecent("V-HEAR-" + unit);
        step(handler, id, "acts", act(officerA, officerB, today, true)).andExpect(status().isOk());
        step(handler, id, "notify", notice("\"FINE\"", "20000", today)).andExpect(status().isOk());
        step(handler, id, "hearing/request", "{}").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("HEARING"));
        // no decision while the hearing is pending
        step(handler, id, "decide", decision("\"FINE\"", "20000", null, today)).andExpect(status().isConflict());
        String far = today.plusDays(30).toString();
        step(handler, id, "hearing/notice", "{\"hearingOn\":\"" + far + "\",\"presiderOfficerId\":" + officerA + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("调查人员")));
        step(handler, id, "hearing/notice", "{\"hearingOn\":\"" + today.plusDays(2) + "\",\"presiderOfficerId\":" + officerC + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("七个工作日")));
        step(handler, id, "hearing/notice", "{\"hearingOn\":\"" + far + "\",\"presiderOfficerId\":" + officerC + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.hearingPresiderId").value(officerC));
        // a hearing not yet held cannot be recorded
        step(handler, id, "hearing/held", "{\"record\":\"听证笔录\"}").andExpect(status().isConflict());
        // a warning gives no hearing
        long warn = registerRecent("V-HEAR-" + unit);
        step(handler, warn, "notify", notice("\"WARNING\"", null, today)).andExpect(status().isOk())
                .andExpect(jsonPath("$.hearingTriggered").value(false));
        step(handler, warn, "hearing/request", "{}").andExpect(status().isConflict());
        // a triggered notice: no decision while the request period runs, unless the party waives the hearing
        long open = registerRecent("V-HEAR-" + unit);
        step(handler, open, "notify", notice("\"FINE\"", "20000", today)).andExpect(status().isOk());
        step(handler, open, "decide", decision("\"FINE\"", "20000", null, today)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("放弃听证")));
        step(handler, open, "statement", "{\"text\":\"对事实无异议，放弃听证\",\"waivesHearing\":true}").andExpect(status().isOk());
        step(handler, open, "decide", decision("\"FINE\"", "20000", null, today)).andExpect(status().isOk());
    }

    @Test
    void aFineOutsideItsLevelNeedsTheHeadsApproval() throws Exception {
        String violation = "V-DEV-" + unit;
        long level = fx.benchmarkLevel(violation, "1000", "2000");
        long id = registerRecent(violation);
        step(handler, id, "notify", notice("\"FINE\"", "2500", today)).andExpect(status().isOk());
        step(handler, id, "decide", decision("\"FINE\"", "2500", level, today)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("27号")));
        step(handler, id, "deviation", "{\"fine\":2500,\"reason\":\"情节较重\"}").andExpect(status().isForbidden());
        step(head, id, "deviation", "{\"fine\":2400,\"reason\":\"情节较重\"}").andExpect(status().isOk());
        // an approval of another amount does not cover this one
        step(handler, id, "decide", decision("\"FINE\"", "2500", level, today)).andExpect(status().isConflict());
        step(head, id, "deviation", "{\"fine\":2500,\"reason\":\"情节较重，经负责人批准\"}").andExpect(status().isOk());
        step(handler, id, "decide", decision("\"FINE\"", "2500", level, today)).andExpect(status().isOk())
                .andExpect(jsonPath("$.outsideRange").value(true));
    }

    @Test
    void aComplexCaseNeedsItsCollectiveDiscussionAndANotPunishedDecisionNeedsNoNotice() throws Exception {
        String body = registration(today.minusDays(20), null, false, today.minusDays(5), today.minusDays(3), "V-CPX-" + unit)
                .replace("\"graveHarm\"", "\"complex\":true,\"graveHarm\"");
        long id = register(body);
        step(handler, id, "decide", decision("\"NOT_PUNISHED\"", null, null, today)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("第五十七条")));
        step(head, id, "discussion", "{\"discussedOn\":\"" + today + "\",\"attendees\":\"局长、副局长、法规科长\",\"conclusion\":\"首违不罚\"}")
                .andExpect(status().isOk());
        step(handler, id, "decide", decision("\"NOT_PUNISHED\"", null, null, today)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECIDED"));
        step(handler, id, "serve", "{\"method\":\"DIRECT\"}").andExpect(status().isOk()).andExpect(jsonPath("$.paymentDueOn").isEmpty());
        step(handler, id, "pay", "{}").andExpect(status().isConflict());
        // a suspected crime reported for transfer keeps the case open: no 以罚代刑 (国务院令第310号 Art. 11)
        String reported = call(handler, "POST", "/api/v1/enforcement/transfers", """
                {"penaltyCaseId":%d,"suspectedCrime":"生产、销售伪劣产品罪","facts":"货值金额较大","officerIds":[%d,%d]}
                """.formatted(id, officerA, officerB)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        long transfer = ((Number) com.jayway.jsonpath.JsonPath.read(reported, "$.id")).longValue();
        step(handler, id, "close", "{}").andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT status FROM enforcement_case WHERE id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("SERVED");
        call(head, "POST", "/api/v1/enforcement/transfers/" + transfer + "/reject",
                "{\"version\":0,\"opinion\":\"不构成犯罪，不予移送\"}").andExpect(status().isOk());
        step(handler, id, "close", "{}").andExpect(status().isOk());
        // the closed file is pre-checked after the commit (FileReviewOnClose)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM enforcement_precheck_run WHERE case_type = 'enforcement' AND case_id = :id")
                .param("id", id).query(Long.class).single() == 1);
        // a later annulment by the unit head
        step(head, id, "annul", "{\"ground\":\"REVOKED\",\"reason\":\"复议决定撤销\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ANNULLED"));
    }

    @Test
    void aLatePaymentCarriesTheLateFeeOfArticle72() throws Exception {
        long id = register(registration(today.minusDays(90), null, false, today.minusDays(80), today.minusDays(70), "V-LATE-" + unit));
        step(handler, id, "notify", notice("\"FINE\"", "1000", today.minusDays(60))).andExpect(status().isOk());
        // the decision cannot precede the notice; the undecided case waits on its 90-day clock
        step(handler, id, "decide", decision("\"FINE\"", "1000", null, today.minusDays(65))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("告知日期")));
        DataScope own = new DataScope(ScopeLevel.UNIT, unit, "421202");
        assertThat(cases.openDeadlines(own, today.plusYears(1))).anySatisfy(d -> {
            assertThat(d.ref().caseId()).isEqualTo(id);
            assertThat(d.deadlineName()).isEqualTo("enforcement.cases.clock.decision");
            assertThat(d.deadline()).isEqualTo(today.minusDays(70).plusDays(90));
        });
        step(handler, id, "decide", decision("\"FINE\"", "1000", null, today.minusDays(50))).andExpect(status().isOk());
        step(handler, id, "serve", "{\"method\":\"POST\",\"servedOn\":\"" + today.minusDays(45) + "\"}").andExpect(status().isOk());
        LocalDate due = jdbc.sql("SELECT payment_due_on FROM enforcement_case WHERE id = :id").param("id", id)
                .query(LocalDate.class).single();
        assertThat(due).isAfterOrEqualTo(today.minusDays(30));
        assertThat(cases.openDeadlines(own, today)).anySatisfy(d -> {
            assertThat(d.ref().caseId()).isEqualTo(id);
            assertThat(d.deadlineName()).isEqualTo("enforcement.cases.clock.payment");
        });
        assertThat(cases.openDeadlines(new DataScope(ScopeLevel.UNIT, unit + 1, "421202"), today.plusYears(1)))
                .noneSatisfy(d -> assertThat(d.ref().caseId()).isEqualTo(id));
        BigDecimal expected = LateFee.of(new BigDecimal("1000"), due, today.minusDays(1));
        assertThat(expected).isPositive();
        step(handler, id, "pay", "{\"paidOn\":\"" + today.minusDays(1) + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.lateFee").value(expected.doubleValue()));
    }

    @Test
    void onTheSpotOnlyWithinArticle51() throws Exception {
        String body = """
                {"partyKind":"PERSON","partyName":"吴某","violationCode":"V-SPOT","violationName":"占道经营",
                 "summary":"占用人行道经营","kinds":["FINE"],"fine":%s,"officerIds":[%d],"certificatesShown":true}
                """;
        long before = fx.casesIn(unit);
        call(handler, "POST", "/api/v1/enforcement/cases/on-the-spot", body.formatted("300", officerA))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("200")));
        call(handler, "POST", "/api/v1/enforcement/cases/on-the-spot", body.formatted("100", expired))
                .andExpect(status().isBadRequest());
        assertThat(fx.casesIn(unit)).isEqualTo(before);
        call(handler, "POST", "/api/v1/enforcement/cases/on-the-spot", body.formatted("200", officerA))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("SERVED"))
                .andExpect(jsonPath("$.procedureKind").value("ON_THE_SPOT"))
                .andExpect(jsonPath("$.decisionNumber", matchesPattern("咸安测.{8}罚决〔\\d{4}〕\\d+号")))
                .andExpect(jsonPath("$.serviceMethod").value("ON_THE_SPOT"));
    }

    @Test
    void anotherUnitsCaseIsNotFoundAndEvidenceCarriesItsDigest() throws Exception {
        long id = registerRecent("V-SCOPE-" + unit);
        call(otherUnitStaff, "GET", "/api/v1/enforcement/cases/" + id, null).andExpect(status().isNotFound());
        String list = call(otherUnitStaff, "GET", "/api/v1/enforcement/cases?size=200", null).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<Number>>read(list, "$[*].id").stream().map(Number::longValue)).doesNotContain(id);
        String own = call(handler, "GET", "/api/v1/enforcement/cases?size=200", null).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<Number>>read(own, "$[*].id").stream().map(Number::longValue)).contains(id);
        mvc.perform(multipart("/api/v1/enforcement/cases/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "询问笔录.pdf", "application/pdf", "%PDF-1.4 record".getBytes()))
                        .param("stage", "INVESTIGATION").param("media", "DOCUMENT").param("title", "询问笔录")
                        .header("Authorization", "Bearer " + handler))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.sm3", matchesPattern("[0-9a-f]{64}")));
        mvc.perform(multipart("/api/v1/enforcement/cases/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                        .param("stage", "INVESTIGATION").param("media", "DOCUMENT").param("title", "x")
                        .header("Authorization", "Bearer " + otherUnitStaff))
                .andExpect(status().isNotFound());
        call(handler, "GET", "/api/v1/enforcement/cases/" + id + "/evidence", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
        call(handler, "GET", "/api/v1/enforcement/cases/" + id + "/actions", null).andExpect(status().isOk())
                .andExpect(jsonPath("$[0]").value("recordAct"));
    }
}
