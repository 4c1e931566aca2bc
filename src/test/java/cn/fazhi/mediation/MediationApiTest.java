package cn.fazhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import cn.fazhi.cases.DueItem;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/** The mediation API: registration, every step, scope, validation with nothing saved, optimistic locking. */
@IntegrationTest
class MediationApiTest {

    static final String VALID_ID = "421202199001011232";
    static final String BAD_CHECK_ID = "421202199001011233";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Disputes disputes;

    @Autowired
    cn.fazhi.mediation.domain.DisputeRepository repository;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    String wenquan;
    String maqiao;

    @BeforeEach
    void tokens() throws Exception {
        wenquan = TestAccounts.token(mvc, accounts.create("medwq", 18, "TOWNSHIP_STAFF"), TestAccounts.PASSWORD);
        maqiao = TestAccounts.token(mvc, accounts.create("medmq", 36, "MEDIATOR"), TestAccounts.PASSWORD);
    }

    static String registration(String township, String channel, String category, String receivedOn, String amount,
            String applicantId) {
        return """
                {"channel":"%s","category":"%s","townshipCode":"%s","receivedOn":"%s","summary":"相邻排水纠纷",
                 "amount":%s,"courtName":"咸安区人民法院","courtReference":"(2026)鄂1202民诉前调1号",
                 "parties":[{"role":"APPLICANT","kind":"PERSON","name":"张某","identifier":"%s","phone":"13907151234"},
                            {"role":"RESPONDENT","kind":"PERSON","name":"李某","phone":"0715-8123456"}]}
                """.formatted(channel, category, township, receivedOn, amount, applicantId);
    }

    ResultActions call(String token, String method, String path, String body) throws Exception {
        var request = "GET".equals(method) ? get(path) : post(path);
        request.header("Authorization", "Bearer " + token).contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    long register(String token, String township) throws Exception {
        String body = call(token, "POST", "/api/v1/mediation/disputes",
                registration(township, "COURT_ENTRUSTED", "NEIGHBOUR", LocalDate.now().minusDays(10).toString(), "2500.50", VALID_ID))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM dispute").query(Long.class).single();
    }

    int version(long id) {
        return jdbc.sql("SELECT version FROM dispute WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    @Test
    void aDisputeGoesFromRegistrationToClosureWithJudicialConfirmation() throws Exception {
        long id = register(wenquan, "421202001");
        String today = LocalDate.now().toString();
        String received = LocalDate.now().minusDays(10).toString();
        call(wenquan, "GET", "/api/v1/mediation/disputes/" + id, null)
                .andExpect(jsonPath("$.caseNumber", matchesPattern("咸安温泉调〔\\d{4}〕\\d+号")))
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.courtReference").value("(2026)鄂1202民诉前调1号"))
                .andExpect(jsonPath("$.parties[0].identifierMasked").value("4212**********1232"))
                .andExpect(jsonPath("$.parties[0].phoneMasked").value("139****1234"));
        call(wenquan, "POST", "/api/v1/mediation/disputes/" + id + "/accept",
                "{\"on\":\"" + received + "\",\"version\":" + version(id) + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
        call(wenquan, "POST", "/api/v1/mediation/disputes/" + id + "/sessions",
                "{\"heldOn\":\"" + today + "\",\"mediators\":\"赵琳\",\"notes\":\"双方陈述\",\"version\":" + version(id) + "}")
                .andExpect(jsonPath("$.status").value("MEDIATING")).andExpect(jsonPath("$.sessions.length()").value(1));
        call(wenquan, "POST", "/api/v1/mediation/disputes/" + id + "/agreement",
                "{\"form\":\"WRITTEN\",\"terms\":\"李某赔偿张某2000元\",\"amount\":2000,\"effectiveOn\":\"" + today
                        + "\",\"performanceDeadline\":\"" + today + "\",\"version\":" + version(id) + "}")
                .andExpect(jsonPath("$.status").value("AGREED"))
                .andExpect(jsonPath("$.confirmationClockId").isNumber())
                .andExpect(jsonPath("$.confirmationDueOn").isString());
        LocalDate due = jdbc.sql("SELECT confirmation_due_on FROM dispute WHERE id = :id").param("id", id)
                .query(LocalDate.class).single();
        assertThat(due).isAfterOrEqualTo(LocalDate.now().plusDays(30));
        assertThat(disputes.openDeadlines(new DataScope(ScopeLevel.TOWNSHIP, 18, "421202001"), due))
                .extracting(DueItem::caseNumber).isNotEmpty()
                .anySatisfy(n -> assertThat(n).startsWith("咸安温泉调"));
        assertThat(disputes.openDeadlines(new DataScope(ScopeLevel.TOWNSHIP, 36, "421202106"), due))
                .noneMatch(i -> i.ref().caseId() == id);
        call(wenquan, "POST", "/api/v1/mediation/disputes/" + id + "/judicial-confirmation",
                "{\"court\":\"咸安区人民法院\",\"appliedOn\":\"" + today + "\",\"version\":" + version(id) + "}")
                .andExpect(jsonPath("$.confirmationAppliedOn").value(today));
        call(wenquan, "POST", "/api/v1/mediation/disputes/" + id + "/judicial-confirmation/result",
                "{\"result\":\"CONFIRMED\",\"decidedOn\":\"" + today + "\",\"version\":" + version(id) + "}")
                .andExpect(jsonPath("$.confirmationResult").value("CONFIRMED"));
        call(wenquan, "POST", "/api/v1/mediation/disputes/" + id + "/performance-check",
                "{\"on\":\"" + today + "\",\"performed\":true,\"version\":" + version(id) + "}")
                .andExpect(jsonPath("$.status").value("PERFORMANCE_CHECKED"));
        call(wenquan, "POST", "/api/v1/mediation/disputes/" + id + "/return-visit",
                "{\"on\":\"" + today + "\",\"note\":\"已履行，双方满意\",\"version\":" + version(id) + "}")
                .andExpect(jsonPath("$.returnVisitOn").value(today));
        call(wenquan, "POST", "/api/v1/mediation/disputes/" + id + "/close",
                "{\"on\":\"" + today + "\",\"version\":" + version(id) + "}")
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.actions.length()").value(0));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_event WHERE case_type = 'mediation' AND case_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(9);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE target_type = 'mediation' AND target_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(9);
    }

    @Autowired
    cn.fazhi.indicators.Indicators indicators;

    /** The mediation figures of a township as the indicators registry reads them (there is no second computation). */
    java.util.Map<String, java.math.BigDecimal> figures(String township, DataScope scope) {
        var query = new cn.fazhi.indicators.IndicatorQuery(LocalDate.now().minusDays(10), LocalDate.now(), township, scope);
        java.util.Map<String, java.math.BigDecimal> values = new java.util.HashMap<>();
        indicators.values(query).forEach((indicator, value) -> {
            if (indicator.id().startsWith("mediation.")) {
                values.put(indicator.id(), value);
            }
        });
        return values;
    }

    static long delta(java.util.Map<String, java.math.BigDecimal> after, java.util.Map<String, java.math.BigDecimal> before,
            String id) {
        return after.get(id).subtract(before.get(id)).longValueExact();
    }

    @Test
    void theIndicatorsCountEachStepInItsPeriodAndTownship() throws Exception {
        DataScope maqiaoScope = new DataScope(ScopeLevel.TOWNSHIP, 36, "421202106");
        var before = figures("421202106", maqiaoScope);
        long id = register(maqiao, "421202106");
        String today = LocalDate.now().toString();
        call(maqiao, "POST", "/api/v1/mediation/disputes/" + id + "/accept", "{\"on\":\"" + today + "\",\"version\":0}");
        call(maqiao, "POST", "/api/v1/mediation/disputes/" + id + "/sessions",
                "{\"heldOn\":\"" + today + "\",\"mediators\":\"m\",\"notes\":\"n\",\"version\":1}");
        call(maqiao, "POST", "/api/v1/mediation/disputes/" + id + "/agreement",
                "{\"form\":\"WRITTEN\",\"terms\":\"t\",\"effectiveOn\":\"" + today + "\",\"version\":2}");
        call(maqiao, "POST", "/api/v1/mediation/disputes/" + id + "/judicial-confirmation",
                "{\"court\":\"咸安区人民法院\",\"appliedOn\":\"" + today + "\",\"version\":3}");
        call(maqiao, "POST", "/api/v1/mediation/disputes/" + id + "/judicial-confirmation/result",
                "{\"result\":\"CONFIRMED\",\"decidedOn\":\"" + today + "\",\"version\":4}")
                .andExpect(jsonPath("$.confirmationResult").value("CONFIRMED"));
        var after = figures("421202106", maqiaoScope);
        assertThat(delta(after, before, "mediation.disputes.accepted")).isEqualTo(1);
        assertThat(delta(after, before, "mediation.disputes.resolved")).isEqualTo(1);
        assertThat(after.get("mediation.resolved_amount").subtract(before.get("mediation.resolved_amount")))
                .isEqualByComparingTo("2500.50");
        assertThat(delta(after, before, "mediation.court_entrusted")).isEqualTo(1);
        assertThat(delta(after, before, "mediation.confirmation_applications")).isEqualTo(1);
        assertThat(delta(after, before, "mediation.judicial_confirmations")).isEqualTo(1);
        // another township's scope does not see it
        DataScope wenquanScope = new DataScope(ScopeLevel.TOWNSHIP, 18, "421202001");
        var maqiaoOnly = new cn.fazhi.indicators.IndicatorQuery(LocalDate.now().minusDays(10), LocalDate.now(), "421202106",
                wenquanScope);
        indicators.values(maqiaoOnly).forEach((indicator, value) -> {
            if (indicator.id().equals("mediation.disputes.accepted")) {
                assertThat(value).isEqualByComparingTo("0");
            }
        });
        // the old second computation is gone
        call(maqiao, "GET", "/api/v1/mediation/figures?from=2020-01-01&to=" + today, null)
                .andExpect(status().isNotFound());
    }

    @Test
    void aTownshipSeesNoOtherTownshipsDispute() throws Exception {
        long id = register(maqiao, "421202106");
        call(wenquan, "GET", "/api/v1/mediation/disputes/" + id, null).andExpect(status().isNotFound());
        call(wenquan, "POST", "/api/v1/mediation/disputes/" + id + "/accept",
                "{\"on\":\"" + LocalDate.now() + "\",\"version\":0}").andExpect(status().isNotFound());
        String list = call(wenquan, "GET", "/api/v1/mediation/disputes?size=100", null).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<Integer>>read(list, "$.items[*].id")).doesNotContain((int) id);
        call(maqiao, "GET", "/api/v1/mediation/disputes/" + id, null).andExpect(status().isOk());
        call(maqiao, "GET", "/api/v1/mediation/disputes/" + id + "/timeline", null).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].action").value("registered"));
        call(wenquan, "GET", "/api/v1/mediation/disputes/" + id + "/timeline", null).andExpect(status().isNotFound());
        call(wenquan, "GET", "/api/v1/mediation/disputes/" + id + "/attachments", null).andExpect(status().isNotFound());
        call(wenquan, "POST", "/api/v1/mediation/disputes",
                registration("421202106", "WALK_IN", "NEIGHBOUR", LocalDate.now().toString(), "1", VALID_ID))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("所选乡镇（街道）不在您的数据范围内。"));
    }

    @Test
    void searchFiltersByStatusTownshipCategoryAndPages() throws Exception {
        register(maqiao, "421202106");
        register(maqiao, "421202106");
        call(maqiao, "GET", "/api/v1/mediation/disputes?status=REGISTERED&townshipCode=421202106&category=NEIGHBOUR&size=1", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.items[0].status").value("REGISTERED"));
        call(maqiao, "GET", "/api/v1/mediation/disputes?category=MEDICAL&townshipCode=421202106&status=REGISTERED", null)
                .andExpect(jsonPath("$.total").value(0));
        call(maqiao, "GET", "/api/v1/mediation/disputes?status=NONSENSE", null).andExpect(status().isBadRequest());
    }

    @Test
    void badInputIsRefusedInChineseAndNothingIsSaved() throws Exception {
        long before = count();
        call(wenquan, "POST", "/api/v1/mediation/disputes",
                registration("421202001", "WALK_IN", "NEIGHBOUR", LocalDate.now().toString(), "1", BAD_CHECK_ID))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("“张某”的公民身份号码不正确（校验码不符或出生日期无效）。"));
        call(wenquan, "POST", "/api/v1/mediation/disputes",
                registration("421202001", "WALK_IN", "NEIGHBOUR", LocalDate.now().toString(), "-5", VALID_ID))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("金额不能为负数。"));
        call(wenquan, "POST", "/api/v1/mediation/disputes",
                registration("421202001", "WALK_IN", "NEIGHBOUR", LocalDate.now().plusDays(1).toString(), "1", VALID_ID))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("晚于今天")));
        call(wenquan, "POST", "/api/v1/mediation/disputes",
                registration("421202999", "WALK_IN", "NEIGHBOUR", LocalDate.now().toString(), "1", VALID_ID))
                .andExpect(status().isBadRequest());
        call(wenquan, "POST", "/api/v1/mediation/disputes",
                registration("421202001", "WALK_IN", "NO_SUCH", LocalDate.now().toString(), "1", VALID_ID))
                .andExpect(status().isBadRequest());
        call(wenquan, "POST", "/api/v1/mediation/disputes", "{not json").andExpect(status().isBadRequest());
        assertThat(count()).isEqualTo(before);

        long id = register(wenquan, "421202001");
        call(wenquan, "POST", "/api/v1/mediation/disputes/" + id + "/agreement",
                "{\"form\":\"ORAL\",\"terms\":\"x\",\"effectiveOn\":\"" + LocalDate.now() + "\",\"version\":0}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("案件当前状态不允许此操作，请刷新页面查看最新状态。"));
        call(wenquan, "POST", "/api/v1/mediation/disputes/" + id + "/accept",
                "{\"on\":\"" + LocalDate.now().minusDays(2) + "\",\"version\":0}").andExpect(status().isOk());
        call(wenquan, "POST", "/api/v1/mediation/disputes/" + id + "/sessions",
                "{\"heldOn\":\"" + LocalDate.now().minusDays(3) + "\",\"mediators\":\"a\",\"notes\":\"b\",\"version\":1}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("受理前不能调解")));
        call(wenquan, "POST", "/api/v1/mediation/disputes/" + id + "/sessions", "{\"heldOn\":\"yesterday\",\"version\":1}")
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT status FROM dispute WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("ACCEPTED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dispute_session WHERE dispute_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aStepsInvalidFieldsAreReportedAllAtOnceAsOneProblem() throws Exception {
        long id = register(wenquan, "421202001");
        call(wenquan, "POST", "/api/v1/mediation/disputes/" + id + "/decline", "{\"reason\":\"  \",\"version\":0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field == 'on')].message").value("请填写日期。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'reason')].message").value("请填写理由。"));
        call(wenquan, "POST", "/api/v1/mediation/disputes/" + id + "/decline",
                "{\"on\":\"" + LocalDate.now() + "\",\"reason\":\"不属于调解范围\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("缺少案件版本号，请刷新页面后重新操作。"));
        assertThat(version(id)).isZero();
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        long id = register(wenquan, "421202001");
        call(wenquan, "POST", "/api/v1/mediation/disputes/" + id + "/accept",
                "{\"on\":\"" + LocalDate.now() + "\",\"version\":0}").andExpect(status().isOk());
        call(wenquan, "POST", "/api/v1/mediation/disputes/" + id + "/withdraw",
                "{\"on\":\"" + LocalDate.now() + "\",\"version\":0}")
                .andExpect(status().isConflict());
        assertThat(version(id)).isEqualTo(1);
    }

    @Test
    void twoWritersOfTheSameVersionCannotBothSave() throws Exception {
        long id = register(wenquan, "421202001");
        var first = repository.find(id).orElseThrow();
        var second = repository.find(id).orElseThrow();
        tx.executeWithoutResult(s -> {
            first.accept(LocalDate.now(), null, LocalDate.now());
            repository.update(first);
        });
        second.withdraw(LocalDate.now(), "撤回", LocalDate.now());
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> repository.update(second)))
                .isInstanceOf(cn.fazhi.platform.web.UserFacingException.class).hasMessage("error.conflict");
        assertThat(jdbc.sql("SELECT status FROM dispute WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("ACCEPTED");
    }

    @Test
    void personalDataIsStoredEncrypted() throws Exception {
        long id = register(wenquan, "421202001");
        var row = jdbc.sql("SELECT identifier_enc, phone_enc FROM dispute_party WHERE dispute_id = :id AND party_role = 'APPLICANT'")
                .param("id", id).query().singleRow();
        assertThat((String) row.get("identifier_enc")).startsWith("v1:").doesNotContain(VALID_ID);
        assertThat((String) row.get("phone_enc")).startsWith("v1:").doesNotContain("13907151234");
        String body = call(wenquan, "GET", "/api/v1/mediation/disputes/" + id, null).andReturn().getResponse()
                .getContentAsString();
        assertThat(body).doesNotContain(VALID_ID).doesNotContain("13907151234");
    }

    @Test
    void withoutPermissionTheApiRefuses() throws Exception {
        String unitStaff = TestAccounts.token(mvc, accounts.create("medun", 5, "UNIT_STAFF"), TestAccounts.PASSWORD);
        call(unitStaff, "GET", "/api/v1/mediation/disputes", null).andExpect(status().isForbidden());
        String leader = TestAccounts.token(mvc, accounts.create("medld", 3, "LEADER"), TestAccounts.PASSWORD);
        call(leader, "GET", "/api/v1/mediation/disputes", null).andExpect(status().isOk());
        call(leader, "POST", "/api/v1/mediation/disputes",
                registration("421202001", "WALK_IN", "NEIGHBOUR", LocalDate.now().toString(), "1", VALID_ID))
                .andExpect(status().isForbidden());
    }
}
