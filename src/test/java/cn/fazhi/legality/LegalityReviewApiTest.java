package cn.fazhi.legality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import cn.fazhi.cases.DueItem;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.identifiers.Uscc;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * Legality review over the API: a unit submits a contract with its draft, the bureau assigns it to an adviser and
 * issues the opinion; transitions are guarded, the data scope holds, bad input is refused in Chinese with nothing
 * saved, the outcome is counted and the adviser's opinion with it.
 */
@IntegrationTest
class LegalityReviewApiTest {

    static final String BASE = "91421202MA4C5XK3L";
    static final String USCC = BASE + Uscc.checkCharacter(BASE);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LegalityReviews reviews;

    @Autowired
    Indicators indicators;

    String unit;
    String otherUnit;
    String bureau;

    @BeforeEach
    void tokens() throws Exception {
        unit = TestAccounts.token(mvc, accounts.create("lgzj", 6, "UNIT_STAFF"), TestAccounts.PASSWORD);
        otherUnit = TestAccounts.token(mvc, accounts.create("lgjy", 8, "UNIT_STAFF"), TestAccounts.PASSWORD);
        bureau = TestAccounts.token(mvc, accounts.create("lgsfj", 4, "LAW_OFFICE"), TestAccounts.PASSWORD);
    }

    static final java.util.regex.Pattern STEP =
            java.util.regex.Pattern.compile("/api/v1/legality/reviews/(\\d+)/(assign|conclude|withdraw)$");

    /** A step sends the case's version as read (the kernel refuses a step without it); tests send the current one. */
    String withVersion(String path, String body) {
        java.util.regex.Matcher m = STEP.matcher(path);
        if (body == null || !m.find() || body.contains("\"version\"")) {
            return body;
        }
        int v = jdbc.sql("SELECT version FROM legality_review WHERE id = :id").param("id", Long.parseLong(m.group(1)))
                .query(Integer.class).single();
        return body.strip().equals("{}") ? "{\"version\":" + v + "}" : body.replaceFirst("\\{", "{\"version\":" + v + ",");
    }

    ResultActions call(String token, String method, String path, String body) throws Exception {
        body = withVersion(path, body);
        var request = "GET".equals(method) ? get(path) : post(path);
        request.header("Authorization", "Bearer " + token).contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    static String contract(String uscc, String amount) {
        return """
                {"type":"CONTRACT","title":"城区老旧小区改造施工合同","counterpartyName":"湖北某建设工程有限公司",
                 "counterpartyUscc":"%s","amount":%s,"summary":"施工范围、工期、价款与违约责任"}
                """.formatted(uscc, amount);
    }

    long submit(String token) throws Exception {
        String body = call(token, "POST", "/api/v1/legality/reviews", contract(USCC, "1250000.50"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    void uploadDraft(String token, long id) throws Exception {
        mvc.perform(multipart("/api/v1/legality/reviews/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "送审稿.pdf", "application/pdf", "%PDF-1.4 draft".getBytes()))
                        .param("kind", "DRAFT").header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated());
    }

    long adviser() throws Exception {
        String body = call(bureau, "POST", "/api/v1/legality/advisers", """
                {"kind":"PERSON","name":"周律师%s","firmName":"湖北某律师事务所","engagedFrom":"%s","engagedTo":"%s"}
                """.formatted(System.nanoTime() % 100000, LocalDate.now().minusYears(1), LocalDate.now().plusYears(1)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM legality_review").query(Long.class).single();
    }

    @Test
    void aContractGoesFromSubmissionToAnOpinionByAnAdviser() throws Exception {
        long before = indicators.find("legality.reviews.done").orElseThrow()
                .value(IndicatorQuery.year(LocalDate.now().getYear(), "421202", new DataScope(ScopeLevel.DISTRICT, 4, "421202")))
                .longValue();
        long id = submit(unit);
        call(unit, "GET", "/api/v1/legality/reviews/" + id, null)
                .andExpect(jsonPath("$.caseNumber", matchesPattern("咸安法审〔\\d{4}〕\\d+号")))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.counterpartyUscc").value(USCC))
                .andExpect(jsonPath("$.amount").value(1250000.50));
        LocalDate due = jdbc.sql("SELECT due_on FROM legality_review WHERE id = :id").param("id", id)
                .query(LocalDate.class).single();
        // 15 working days (the default setting) are at least three weeks of calendar days.
        assertThat(due).isAfterOrEqualTo(LocalDate.now().plusDays(21));
        assertThat(reviews.openDeadlines(new DataScope(ScopeLevel.UNIT, 6, "421202"), due))
                .extracting(DueItem::ref).anyMatch(r -> r.caseId() == id);
        assertThat(reviews.openDeadlines(new DataScope(ScopeLevel.UNIT, 8, "421202"), due))
                .noneMatch(i -> i.ref().caseId() == id);

        // The steps offered come from the transition table and the caller's permissions, as on the page.
        call(unit, "GET", "/api/v1/legality/reviews/" + id + "/actions", null)
                .andExpect(status().isOk()).andExpect(jsonPath("$").value(org.hamcrest.Matchers.contains("withdraw")));
        call(bureau, "GET", "/api/v1/legality/reviews/" + id + "/actions", null)
                .andExpect(jsonPath("$").value(org.hamcrest.Matchers.hasItem("assign")))
                .andExpect(jsonPath("$").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("conclude"))));
        call(otherUnit, "GET", "/api/v1/legality/reviews/" + id + "/actions", null).andExpect(status().isNotFound());
        // Another unit does not see it; the unit cannot assign it.
        call(otherUnit, "GET", "/api/v1/legality/reviews/" + id, null).andExpect(status().isNotFound());
        call(unit, "POST", "/api/v1/legality/reviews/" + id + "/assign", "{\"reviewerKind\":\"BUREAU\"}")
                .andExpect(status().isForbidden());
        // No draft yet: refused; concluding before assignment: refused by the transitions.
        call(bureau, "POST", "/api/v1/legality/reviews/" + id + "/assign", "{\"reviewerKind\":\"BUREAU\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("请先上传送审稿。"));
        call(bureau, "POST", "/api/v1/legality/reviews/" + id + "/conclude",
                "{\"outcome\":\"PASS\",\"findings\":\"合法\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("案件当前状态不允许此操作，请刷新页面查看最新状态。"));
        // A step without the version read, or with a stale one, is refused.
        call(bureau, "POST", "/api/v1/legality/reviews/" + id + "/withdraw", "{\"reason\":\"x\",\"version\":null}")
                .andExpect(status().isBadRequest());
        call(bureau, "POST", "/api/v1/legality/reviews/" + id + "/withdraw", "{\"reason\":\"x\",\"version\":99}")
                .andExpect(status().isConflict());
        uploadDraft(unit, id);

        long adviser = adviser();
        call(bureau, "POST", "/api/v1/legality/reviews/" + id + "/assign",
                "{\"reviewerKind\":\"ADVISER\",\"adviserId\":" + adviser + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.adviserId").value(adviser));
        call(bureau, "POST", "/api/v1/legality/reviews/" + id + "/conclude",
                "{\"outcome\":\"PASS_WITH_AMENDMENTS\",\"findings\":\"第八条违约金过高，建议调整。\\n第十二条争议解决条款应明确管辖法院。\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONCLUDED"))
                .andExpect(jsonPath("$.outcome").value("PASS_WITH_AMENDMENTS"));
        // Final: no withdrawal after the opinion.
        call(unit, "POST", "/api/v1/legality/reviews/" + id + "/withdraw", "{\"reason\":\"不再需要\"}")
                .andExpect(status().isConflict());

        // The opinion prints as PDF and DOCX, for the unit too.
        byte[] pdf = call(unit, "GET", "/api/v1/legality/reviews/" + id + "/opinion/pdf", null)
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        byte[] docx = call(unit, "GET", "/api/v1/legality/reviews/" + id + "/opinion/docx", null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(docx[0]).isEqualTo((byte) 'P');
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'legality.opinion.downloaded' AND target_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single()).as("both downloads audited").isEqualTo(2);
        call(otherUnit, "GET", "/api/v1/legality/reviews/" + id + "/opinion/pdf", null).andExpect(status().isNotFound());

        // Counted: the adviser's opinion, the outcome and the indicator.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM adviser_opinion WHERE review_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(1);
        call(bureau, "GET", "/api/v1/legality/advisers", null)
                .andExpect(jsonPath("$[?(@.id == " + adviser + ")].opinions").value(org.hamcrest.Matchers.contains(1)));
        long after = indicators.find("legality.reviews.done").orElseThrow()
                .value(IndicatorQuery.year(LocalDate.now().getYear(), "421202", new DataScope(ScopeLevel.DISTRICT, 4, "421202")))
                .longValue();
        assertThat(after).isEqualTo(before + 1);
        assertThat(indicators.find("legality.reviews.amended").orElseThrow()
                .records(IndicatorQuery.year(LocalDate.now().getYear(), "421202", new DataScope(ScopeLevel.UNIT, 6, "421202")), 0, 50)
                .items()).anyMatch(r -> r.href().equals("/legality/reviews/" + id) && r.amount().compareTo(new BigDecimal("1250000.50")) == 0);
        assertThat(indicators.find("legality.reviews.amended").orElseThrow()
                .records(IndicatorQuery.year(LocalDate.now().getYear(), "421202", new DataScope(ScopeLevel.UNIT, 8, "421202")), 0, 50)
                .items()).noneMatch(r -> r.href().equals("/legality/reviews/" + id));
    }

    @Test
    void aUnitListsOnlyItsOwnRequestsAndTheBureauAll() throws Exception {
        long mine = submit(unit);
        long theirs = submit(otherUnit);
        String own = call(unit, "GET", "/api/v1/legality/reviews", null).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<Integer>>read(own, "$[*].id")).contains((int) mine).doesNotContain((int) theirs);
        String all = call(bureau, "GET", "/api/v1/legality/reviews", null).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<Integer>>read(all, "$[*].id")).contains((int) mine, (int) theirs);
    }

    @Test
    void badInputIsRefusedInChineseAndNothingIsSaved() throws Exception {
        long before = count();
        String wrong = USCC.substring(0, 17) + (USCC.charAt(17) == '0' ? '1' : '0');
        call(unit, "POST", "/api/v1/legality/reviews", contract(wrong, "100"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("统一社会信用代码")));
        call(unit, "POST", "/api/v1/legality/reviews", contract(USCC, "-1"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("金额不能为负数。"));
        call(unit, "POST", "/api/v1/legality/reviews",
                "{\"type\":\"AGREEMENT\",\"title\":\"征收补偿协议\",\"amount\":0,\"summary\":\"补偿\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("协议、合同须填写相对方名称。"));
        call(unit, "POST", "/api/v1/legality/reviews",
                "{\"type\":\"PLAN\",\"title\":\" \",\"amount\":0,\"summary\":\"方案\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请填写“名称”。"));
        call(unit, "POST", "/api/v1/legality/reviews", "{\"type\":\"NOPE\"}").andExpect(status().isBadRequest());
        // Every error of the command at once, each in Chinese.
        call(unit, "POST", "/api/v1/legality/reviews", "{\"type\":\"PLAN\",\"title\":\" \",\"amount\":-1,\"summary\":\"\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.detail", containsString("请填写“名称”。")))
                .andExpect(jsonPath("$.detail", containsString("金额不能为负数。")))
                .andExpect(jsonPath("$.detail", containsString("请填写“主要内容”。")));
        assertThat(count()).isEqualTo(before);
        // A plan needs no counterparty.
        call(unit, "POST", "/api/v1/legality/reviews",
                "{\"type\":\"PLAN\",\"title\":\"防汛应急工作方案\",\"amount\":0,\"summary\":\"职责分工\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.counterpartyName").doesNotExist());
    }

    @Test
    void advisersAndTheirOpinionsAreChecked() throws Exception {
        call(bureau, "POST", "/api/v1/legality/advisers", """
                {"kind":"FIRM","name":"湖北某律师事务所","engagedFrom":"2024-01-01","engagedTo":"2026-12-31"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("律师事务所须填写统一社会信用代码。"));
        call(bureau, "POST", "/api/v1/legality/advisers", """
                {"kind":"PERSON","name":"吴律师","engagedFrom":"2026-01-01","engagedTo":"2025-12-31"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("聘期止不能早于聘期起。"));
        long adviser = adviser();
        call(bureau, "POST", "/api/v1/legality/opinions", """
                {"adviserId":%d,"givenOn":"%s","subject":"信访事项处理的法律意见"}""".formatted(adviser,
                LocalDate.now().minusYears(3)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("不在聘期内")));
        call(bureau, "POST", "/api/v1/legality/opinions", """
                {"adviserId":%d,"givenOn":"%s","subject":"信访事项处理的法律意见"}""".formatted(adviser, LocalDate.now()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.subject").value("信访事项处理的法律意见"));
        call(unit, "POST", "/api/v1/legality/opinions", "{}").andExpect(status().isForbidden());
        call(bureau, "GET", "/api/v1/legality/opinions/per-year", null)
                .andExpect(jsonPath("$." + LocalDate.now().getYear()).isNumber());
    }
}
