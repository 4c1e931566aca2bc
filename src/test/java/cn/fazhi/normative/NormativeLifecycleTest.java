package cn.fazhi.normative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The register end to end over the API: the lifecycle and its guards (no signing after a failed review), document
 * numbers, data scope, the version chain ("in force on date X"), cleanup campaigns (statuses change only on
 * publication), the public portal, and the search index following saves and rebuilding from the database.
 */
@IntegrationTest
class NormativeLifecycleTest {

    static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 50_000) + 1);
    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Indicators indicators;

    String office;
    String admin;
    String otherUnit;

    @BeforeEach
    void tokens() throws Exception {
        office = TestAccounts.token(mvc, accounts.create("nlaw", 4, "LAW_OFFICE"), TestAccounts.PASSWORD);
        admin = TestAccounts.token(mvc, accounts.create("nadm", 1, "SYS_ADMIN"), TestAccounts.PASSWORD);
        otherUnit = TestAccounts.token(mvc, accounts.create("nunit", 5, "UNIT_STAFF"), TestAccounts.PASSWORD);
    }

    static final java.util.regex.Pattern STEP = java.util.regex.Pattern.compile(
            "/api/v1/normative/documents/(\\d+)/(comment-period|comments|submit-review|review|return|decision|sign|filing|evaluation)$");

    /** A step sends the document's version as read (the kernel refuses a step without it); tests send the current one. */
    String withVersion(String path) {
        java.util.regex.Matcher m = STEP.matcher(path);
        if (!m.find()) {
            return path;
        }
        return path + "?version=" + jdbc.sql("SELECT version FROM normative_document WHERE id = :id")
                .param("id", Long.parseLong(m.group(1))).query(Integer.class).optional().orElse(0);
    }

    ResultActions call(String token, String path, String body) throws Exception {
        path = body == null ? path : withVersion(path);
        var request = body == null ? get(path) : post(path).contentType("application/json").content(body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return mvc.perform(request);
    }

    static String day(int offset) {
        return TODAY.plusDays(offset).toString();
    }

    long draft(long unitId, String title, String related) throws Exception {
        String body = """
                {"unitId":%d,"title":"%s","body":"第一条 为规范%s，制定本办法。第二条 申请人可以依法申请行政复议。","tags":["测试"],
                 "validityYears":5%s}""".formatted(unitId, title, title, related == null ? "" : "," + related);
        String json = call(office, "/api/v1/normative/documents", body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFTING")).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    /** Drafts and takes a document to IN_FORCE with its dates {@code start} days from today. */
    long inForce(long unitId, String title, int start, String related) throws Exception {
        long id = draft(unitId, title, related);
        String p = "/api/v1/normative/documents/" + id;
        call(office, p + "/actions", null).andExpect(status().isOk())
                .andExpect(jsonPath("$").value(org.hamcrest.Matchers.contains("edit", "openComment", "answerComment")));
        call(office, p + "/comment-period", "{\"from\":\"%s\",\"to\":\"%s\"}".formatted(day(start), day(start + 5)))
                .andExpect(status().isOk());
        call(office, p + "/submit-review", "{}").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("LEGALITY_REVIEW"));
        call(office, p + "/review", """
                {"reviewBy":"JUSTICE_BUREAU","reviewer":"区司法局","result":"PASSED","findings":"合法","reviewedOn":"%s"}"""
                .formatted(day(start + 6))).andExpect(jsonPath("$.status").value("COLLECTIVE_DECISION"));
        call(office, p + "/decision", "{\"meeting\":\"区政府常务会议\",\"decidedOn\":\"%s\"}".formatted(day(start + 7)))
                .andExpect(status().isOk());
        LocalDate signed = TODAY.plusDays(start + 8);
        call(office, p + "/sign", """
                {"number":"测试政规〔%d〕%d号","signedOn":"%s","publishedOn":"%s","effectiveOn":"%s"}"""
                .formatted(signed.getYear(), SEQUENCE.incrementAndGet(), signed, signed, day(start + 9)))
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        call(office, p + "/filing", "{\"filedWith\":\"咸宁市人民政府\",\"filedOn\":\"%s\"}".formatted(day(start + 10)))
                .andExpect(jsonPath("$.status").value("IN_FORCE"));
        return id;
    }

    @Test
    void aDocumentThatFailedReviewCannotBeSigned() throws Exception {
        long id = draft(6, "咸安区物业服务收费管理办法", null);
        String p = "/api/v1/normative/documents/" + id;
        call(office, p + "/submit-review", "{}").andExpect(status().isConflict());
        call(office, p + "/comment-period", "{\"from\":\"%s\",\"to\":\"%s\"}".formatted(day(-20), day(-10))).andExpect(status().isOk());
        call(office, p + "/comments", """
                {"receivedOn":"%s","source":"温泉街道居民","content":"建议明确收费公示方式","adopted":true}""".formatted(day(-15)))
                .andExpect(jsonPath("$.comments[0].source").value("温泉街道居民"));
        call(office, p + "/comments", """
                {"receivedOn":"%s","source":"某居民","content":"期外意见"}""".formatted(day(-5)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("征求意见期间")));
        call(office, p + "/submit-review", "{}").andExpect(status().isOk());
        call(office, p + "/review", """
                {"reviewBy":"LEGAL_ADVISER","reviewer":"某律师事务所","result":"FAILED","findings":"第五条违法设定收费项目","reviewedOn":"%s"}"""
                .formatted(day(-8))).andExpect(jsonPath("$.status").value("LEGALITY_REVIEW"))
                .andExpect(jsonPath("$.reviewResult").value("FAILED"));
        call(office, p + "/sign", """
                {"number":"测试政规〔%d〕%d号","signedOn":"%s","publishedOn":"%s","effectiveOn":"%s"}"""
                .formatted(TODAY.getYear(), SEQUENCE.incrementAndGet(), day(0), day(0), day(0)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不得签发")));
        call(office, p + "/decision", "{\"meeting\":\"常务会议\",\"decidedOn\":\"%s\"}".formatted(day(-1)))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT status FROM normative_document WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("LEGALITY_REVIEW");
        // back to drafting, and then the draft can be edited again
        call(office, p + "/return", "{}").andExpect(jsonPath("$.status").value("DRAFTING"));
    }

    @Test
    void numbersAreCheckedScopeIsKeptAndThePublicSeesOnlyIssuedDocuments() throws Exception {
        long draft = draft(6, "咸安区建筑垃圾处置管理办法", null);
        call(otherUnit, "/api/v1/normative/documents/" + draft, null).andExpect(status().isNotFound());
        call(null, "/public/normative/" + draft, null).andExpect(status().isNotFound());
        call(office, "/api/v1/normative/documents", "{\"unitId\":6,\"title\":\"\",\"body\":\"x\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请填写标题。"));
        call(office, "/api/v1/normative/documents", "{\"unitId\":6,\"title\":\"题\",\"body\":\"x\",\"validityYears\":9}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("有效期应为1至5年。"));

        long id = draft(6, "咸安区既有住宅加装电梯实施办法", null);
        String p = "/api/v1/normative/documents/" + id;
        call(office, p + "/comment-period", "{\"from\":\"%s\",\"to\":\"%s\"}".formatted(day(-30), day(-20)));
        call(office, p + "/submit-review", "{}");
        call(office, p + "/review", """
                {"reviewBy":"JUSTICE_BUREAU","reviewer":"区司法局","result":"PASSED","findings":"合法","reviewedOn":"%s"}""".formatted(day(-10)));
        call(office, p + "/decision", "{\"meeting\":\"区政府常务会议\",\"decidedOn\":\"%s\"}".formatted(day(-5)));
        String sign = """
                {"number":"%s","signedOn":"%s","publishedOn":"%s","effectiveOn":"%s"}""";
        call(office, p + "/sign", sign.formatted("测试政规[%d]3号".formatted(TODAY.getYear()), day(-3), day(-3), day(-3)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("六角括号")));
        call(office, p + "/sign", sign.formatted("测试政规〔%d〕第3号".formatted(TODAY.getYear()), day(-3), day(-3), day(-3)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("第")));
        String number = "测试政规〔%d〕%d号".formatted(TODAY.minusDays(3).getYear(), SEQUENCE.incrementAndGet());
        call(office, p + "/sign", sign.formatted(number, day(-3), day(-3), day(-3)))
                .andExpect(jsonPath("$.status").value("PUBLISHED")).andExpect(jsonPath("$.number").value(number));
        call(null, "/public/normative/" + id, null).andExpect(status().isOk());
        call(office, p + "/filing", "{\"filedWith\":\"咸宁市人民政府\",\"filedOn\":\"%s\"}".formatted(day(-1)))
                .andExpect(jsonPath("$.status").value("IN_FORCE"));
        call(office, p + "/evaluation", "{\"evaluatedOn\":\"%s\",\"conclusion\":\"实施效果良好\"}".formatted(day(0)))
                .andExpect(jsonPath("$.evaluation").value("实施效果良好"));
        // the audit trail has every step
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE target_type = 'normative' AND target_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void theVersionChainAnswersWhatWasInForceOnADate() throws Exception {
        long first = inForce(6, "咸安区城市道路占用挖掘管理办法", -100, null);
        long second = inForce(6, "咸安区城市道路占用挖掘管理办法（修订）", -60, "\"relatedTo\":%d,\"relation\":\"AMENDS\"".formatted(first));
        // first took effect on day -91, second on day -51: the first stopped then
        call(office, "/api/v1/normative/documents/" + first, null).andExpect(jsonPath("$.status").value("AMENDED"))
                .andExpect(jsonPath("$.inForceUntil").value(day(-51)));
        String chain = call(office, "/api/v1/normative/documents/" + second + "/versions?date=" + day(-70), null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Integer> inForce = JsonPath.read(chain, "$.versions[?(@.inForceOnDate == true)].id");
        assertThat(inForce).containsExactly((int) first);
        chain = call(office, "/api/v1/normative/documents/" + first + "/versions?date=" + day(-1), null)
                .andReturn().getResponse().getContentAsString();
        inForce = JsonPath.read(chain, "$.versions[?(@.inForceOnDate == true)].id");
        assertThat(inForce).containsExactly((int) second);
        chain = call(office, "/api/v1/normative/documents/" + first + "/versions?date=" + day(-95), null)
                .andReturn().getResponse().getContentAsString();
        assertThat((List<Integer>) JsonPath.read(chain, "$.versions[?(@.inForceOnDate == true)].id")).isEmpty();
        // the register filter agrees
        String list = call(office, "/api/v1/normative/documents?unitId=6&size=200&inForceOn=" + day(-70), null)
                .andReturn().getResponse().getContentAsString();
        List<Integer> ids = JsonPath.read(list, "$.items[*].id");
        assertThat(ids).contains((int) first).doesNotContain((int) second);
    }

    @Test
    void cleanupOutcomesChangeStatusesOnlyWhenPublished() throws Exception {
        long keep = inForce(16, "咸安区信访事项网上办理规定", -40, null);
        long abolish = inForce(16, "咸安区信访接待场所管理办法", -40, null);
        long voided = inForce(16, "咸安区信访代理工作办法", -40, null);
        long amend = inForce(16, "咸安区信访听证办法", -40, null);
        DataScope district = new DataScope(ScopeLevel.DISTRICT, 0, "421202");
        IndicatorQuery year = IndicatorQuery.year(TODAY.getYear(), "421202", district);
        long abolishedBefore = indicators.find("normative.cleanup.abolish").orElseThrow().value(year).longValue();

        String json = call(office, "/api/v1/normative/cleanups", """
                {"title":"信访局规范性文件专项清理","issuedFrom":"%s","issuedTo":"%s","issuerUnitId":16}"""
                .formatted(day(-60), day(0))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long cleanup = ((Number) JsonPath.read(json, "$.id")).longValue();
        List<Integer> items = JsonPath.read(json, "$.items[*].documentId");
        assertThat(items).contains((int) keep, (int) abolish, (int) voided, (int) amend);
        String c = "/api/v1/normative/cleanups/" + cleanup;
        for (Integer doc : items) {
            String outcome = doc == abolish ? "ABOLISH" : doc == voided ? "VOID" : doc == amend ? "AMEND" : "CONTINUE";
            if (doc != keep) {
                call(office, c + "/documents/" + doc, "{\"outcome\":\"%s\",\"reason\":\"经审查\"}".formatted(outcome))
                        .andExpect(status().isOk());
            }
        }
        call(office, c + "/publish", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("没有清理意见")));
        call(office, c + "/documents/" + keep, "{\"outcome\":\"CONTINUE\"}").andExpect(status().isBadRequest());
        call(office, c + "/documents/" + keep, "{\"outcome\":\"CONTINUE\",\"reason\":\"符合上位法\"}").andExpect(status().isOk());
        // reviewed, not published: nothing changed yet, and the portal does not show it
        for (long doc : new long[] {keep, abolish, voided, amend}) {
            call(office, "/api/v1/normative/documents/" + doc, null).andExpect(jsonPath("$.status").value("IN_FORCE"))
                    .andExpect(jsonPath("$.amendmentDue").value(false));
        }
        call(null, "/public/normative/cleanups/" + cleanup, null).andExpect(status().isNotFound());

        call(office, c + "/publish", "{}").andExpect(jsonPath("$.status").value("PUBLISHED"));
        call(office, "/api/v1/normative/documents/" + keep, null).andExpect(jsonPath("$.status").value("IN_FORCE"));
        call(office, "/api/v1/normative/documents/" + abolish, null).andExpect(jsonPath("$.status").value("ABOLISHED"))
                .andExpect(jsonPath("$.inForceUntil").value(day(0)));
        call(office, "/api/v1/normative/documents/" + voided, null).andExpect(jsonPath("$.status").value("VOID"));
        call(office, "/api/v1/normative/documents/" + amend, null).andExpect(jsonPath("$.status").value("IN_FORCE"))
                .andExpect(jsonPath("$.amendmentDue").value(true));
        call(office, c + "/documents/" + keep, "{\"outcome\":\"VOID\",\"reason\":\"改\"}").andExpect(status().isConflict());
        call(null, "/public/normative/cleanups/" + cleanup, null).andExpect(status().isOk());
        assertThat(indicators.find("normative.cleanup.abolish").orElseThrow().value(year).longValue())
                .isEqualTo(abolishedBefore + 1);
    }

    @Test
    void theIndexFollowsASaveWithinSecondsAndRebuildsFromTheDatabase() throws Exception {
        long id = inForce(13, "咸安区蓝莓种植补助试点办法", -30, null);
        long saved = System.nanoTime();
        String search = "/api/v1/public/normative/search?q=" + "蓝莓种植" + "&unitId=13";
        waitUntilFound(search, id, 10);
        double seconds = (System.nanoTime() - saved) / 1e9;
        assertThat(seconds).isLessThan(10);
        String json = call(null, search, null).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(json, "$.hits[0].titleHtml")).contains("<mark>蓝莓种植</mark>");
        // bigrams: 申请 is found inside 申请人
        String bigram = call(null, "/api/v1/public/normative/search?unitId=13&q=" + "申请 蓝莓", null)
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(bigram, "$.hits[*].id")).contains(String.valueOf(id));

        // a row written behind the index's back (no change-log entry) is only found after a rebuild
        jdbc.sql("INSERT INTO normative_document (unit_id, region_code, doc_number, title, body, status, published_on, "
                        + "effective_on, created_at, created_by) VALUES (13, '421202', :n, '咸安区猕猴桃种植补助办法', "
                        + "'猕猴桃种植补助的申请和发放。', 'IN_FORCE', :d, :d, CURRENT_TIMESTAMP, 'test')")
                .param("n", "测试政规〔%d〕%d号".formatted(TODAY.getYear(), SEQUENCE.incrementAndGet())).param("d", TODAY).update();
        long hidden = jdbc.sql("SELECT MAX(id) FROM normative_document WHERE title = '咸安区猕猴桃种植补助办法'").query(Long.class).single();
        String kiwi = "/api/v1/public/normative/search?unitId=13&q=" + "猕猴桃";
        Thread.sleep(2500);
        assertThat((List<String>) JsonPath.read(call(null, kiwi, null).andReturn().getResponse().getContentAsString(), "$.hits[*].id"))
                .doesNotContain(String.valueOf(hidden));
        call(otherUnit, "/api/v1/search/rebuild", "{}").andExpect(status().isForbidden());
        call(admin, "/api/v1/search/rebuild", "{}").andExpect(status().isAccepted());
        waitUntilFound(kiwi, hidden, 20);
        call(admin, "/api/v1/search/status", null).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'search.index.rebuildRequested'")
                .query(Long.class).single()).isPositive();
        // drafts never reach the public search; staff search finds them in scope
        long draft = draft(13, "咸安区蓝莓种植补助试点办法（征求意见稿）", null);
        Thread.sleep(2500);
        json = call(null, search, null).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(json, "$.hits[*].id")).doesNotContain(String.valueOf(draft));
        json = call(office, "/api/v1/normative/search?unitId=13&q=" + "蓝莓种植", null)
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(json, "$.hits[*].id")).contains(String.valueOf(draft));
    }

    void waitUntilFound(String path, long id, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            String json = call(null, path, null).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            if (((List<String>) JsonPath.read(json, "$.hits[*].id")).contains(String.valueOf(id))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not found in search within " + seconds + " s: " + path + " index: "
                + call(admin, "/api/v1/search/status", null).andReturn().getResponse().getContentAsString() + " unit 13: "
                + call(null, "/api/v1/public/normative/search?unitId=13", null).andReturn().getResponse().getContentAsString()
                + " staff: " + call(office, "/api/v1/normative/search?unitId=13", null).andReturn().getResponse().getContentAsString()
                + " changes: " + jdbc.sql("SELECT entry_id FROM search_change ORDER BY id DESC LIMIT 5").query(String.class).list());
    }
}
