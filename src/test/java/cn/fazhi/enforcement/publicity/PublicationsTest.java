package cn.fazhi.enforcement.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.enforcement.PublicationView;
import cn.fazhi.enforcement.Publications;
import cn.fazhi.enforcement.events.EnforcementDecided;
import cn.fazhi.enforcement.events.EnforcementDecisionAnnulled;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * 事后公开: a decision gets its publication record once (listener idempotent) with its due date — 7 working days for
 * 处罚/许可, 20 for the others (国办发〔2018〕118号 二(六)) — staff publish it, the public finds it; an annulled decision
 * must be withdrawn within 3 working days (处罚法 Art. 48); scope, versions and bad input are refused in Chinese.
 */
@IntegrationTest
class PublicationsTest {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Publications publications;
    @Autowired Indicators indicators;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ApplicationEventPublisher events;
    @Autowired cn.fazhi.identity.domain.UserAccounts userAccounts;

    PublicityFixture fixture;
    long unit;
    long otherUnit;
    String staff;
    String otherStaff;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new PublicityFixture(jdbc, transactions, events);
        unit = fixture.unit("测试执法局");
        otherUnit = fixture.unit("另一执法局");
        staff = TestAccounts.token(mvc, accounts.create("pubs", unit, "UNIT_STAFF"), TestAccounts.PASSWORD);
        otherStaff = TestAccounts.token(mvc, accounts.create("pubo", otherUnit, "UNIT_STAFF"), TestAccounts.PASSWORD);
    }

    ResultActions call(String token, String method, String path, String body) throws Exception {
        var request = "GET".equals(method) ? get(path) : post(path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    static Stream<Arguments> periods() {
        return Stream.of(
                // category, decided on, due on: 7 working days for PENALTY and LICENCE, 20 for the others
                Arguments.of("PENALTY", "2024-03-04", "2024-03-13"),
                Arguments.of("LICENCE", "2024-09-27", "2024-10-12"), // National Day: 29 Sep and 12 Oct are make-up days
                Arguments.of("INSPECTION", "2024-03-04", "2024-04-01"),
                Arguments.of("COERCION", "2024-09-27", "2024-10-30"),
                Arguments.of("OTHER", "2024-03-04", "2024-04-01"));
    }

    @ParameterizedTest(name = "{0} decided {1} → publish by {2}")
    @MethodSource("periods")
    void eachDecisionIsDueSevenOrTwentyWorkingDaysLater(String category, String decidedOn, String dueOn) {
        long caseId = fixture.penaltyCase(unit);
        assertThat(publications.recordDecision(PublicityFixture.decided(caseId, unit, category, LocalDate.parse(decidedOn),
                "某某超市"))).isTrue();
        PublicationView p = publications.find("enforcement", caseId).orElseThrow();
        assertThat(p.dueOn()).isEqualTo(LocalDate.parse(dueOn));
        assertThat(p.status().name()).isEqualTo("PENDING");
    }

    @Test
    void theListenerRecordsADecisionOnceAndStaffPublishIt() throws Exception {
        long caseId = fixture.penaltyCase(unit);
        LocalDate decided = LocalDate.now().minusDays(1);
        EnforcementDecided e = PublicityFixture.decided(caseId, unit, "PENALTY", decided, "咸安区某某食品超市");
        fixture.publish(e);
        fixture.publish(e);
        PublicityFixture.await(() -> publications.find("enforcement", caseId).isPresent());
        Thread.sleep(300);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enforcement_publication WHERE case_type = 'enforcement' AND case_id = :c")
                .param("c", caseId).query(Long.class).single()).isEqualTo(1);
        long id = publications.find("enforcement", caseId).orElseThrow().id();

        call(staff, "GET", "/api/v1/enforcement/publications/" + id, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING")).andExpect(jsonPath("$.version").value(0));
        call(otherStaff, "GET", "/api/v1/enforcement/publications/" + id, null).andExpect(status().isNotFound());
        call(otherStaff, "POST", "/api/v1/enforcement/publications/" + id + "/publish", "{\"version\":0}")
                .andExpect(status().isNotFound());
        // not yet public
        call(null, "GET", "/api/v1/public/enforcement/decisions/" + id, null).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("没有找到")));
        // the version is required (Chinese problem), a stale one is refused, nothing changes
        call(staff, "POST", "/api/v1/enforcement/publications/" + id + "/publish", "{}")
                .andExpect(status().isBadRequest());
        call(staff, "POST", "/api/v1/enforcement/publications/" + id + "/publish", "{\"version\":7}")
                .andExpect(status().isConflict());
        assertThat(publications.find("enforcement", caseId).orElseThrow().status().name()).isEqualTo("PENDING");

        call(staff, "POST", "/api/v1/enforcement/publications/" + id + "/publish", "{\"version\":0}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.publishedOn").value(LocalDate.now().toString()));
        call(staff, "POST", "/api/v1/enforcement/publications/" + id + "/publish", "{\"version\":1}")
                .andExpect(status().isConflict());

        call(null, "GET", "/api/v1/public/enforcement/decisions/" + id, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.party").value("咸安区某某食品超市"))
                .andExpect(jsonPath("$.category").value("PENALTY"));
        call(null, "GET", "/api/v1/public/enforcement/decisions?unitId=" + unit, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(id));
        call(null, "GET", "/api/v1/public/enforcement/decisions?q=食品超市&unitId=" + unit + "&category=PENALTY", null)
                .andExpect(jsonPath("$.total").value(1));
        call(null, "GET", "/api/v1/public/enforcement/decisions?unitId=" + unit + "&category=COERCION", null)
                .andExpect(jsonPath("$.total").value(0));
        call(null, "GET", "/api/v1/public/enforcement/decisions?category=NONSENSE", null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("执法类别")));
        mvc.perform(get("/public/enforcement/decisions").param("q", "食品超市").param("unitId", String.valueOf(unit)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("咸安区某某食品超市")));
        mvc.perform(get("/public/enforcement/decisions/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("罚款人民币五千元")));
        // the staff list of the other unit does not show it
        call(otherStaff, "GET", "/api/v1/enforcement/publications", null).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("\"caseId\":" + caseId + ","))));
    }

    @Test
    void anAnnulledDecisionMustBeWithdrawnWithinThreeWorkingDays() throws Exception {
        long caseId = fixture.penaltyCase(unit);
        publications.recordDecision(PublicityFixture.decided(caseId, unit, "PENALTY", LocalDate.of(2024, 9, 20), "张*"));
        long id = publications.find("enforcement", caseId).orElseThrow().id();
        call(staff, "POST", "/api/v1/enforcement/publications/" + id + "/publish", "{\"version\":0}")
                .andExpect(status().isOk());
        // annulled on Friday 27 Sep 2024: 3 working days are Sun 29 Sep (make-up day), Mon 30 Sep, Tue 8 Oct
        EnforcementDecisionAnnulled annulled = new EnforcementDecisionAnnulled("enforcement", caseId, "REVOKED",
                LocalDate.of(2024, 9, 27));
        fixture.publish(annulled);
        PublicityFixture.await(() -> publications.find("enforcement", caseId).orElseThrow().annulledOn() != null);
        fixture.publish(annulled); // idempotent
        Thread.sleep(300);
        PublicationView p = publications.find("enforcement", caseId).orElseThrow();
        assertThat(p.withdrawalDueOn()).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(p.withdrawalPending()).isTrue();
        assertThat(p.overdue()).isTrue();
        assertThat(publications.openDeadlines(new DataScope(ScopeLevel.UNIT, unit, "421202"), LocalDate.now()))
                .anySatisfy(d -> {
                    assertThat(d.ref().caseId()).isEqualTo(caseId);
                    assertThat(d.deadline()).isEqualTo(LocalDate.of(2024, 10, 8));
                });
        call(staff, "GET", "/api/v1/enforcement/publications?overdue=true", null)
                .andExpect(jsonPath("$.items[0].id").value(id));
        // a reason is required; then it is taken down and leaves the portal
        call(staff, "POST", "/api/v1/enforcement/publications/" + id + "/withdraw", "{\"version\":" + p.version() + ",\"reason\":\" \"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").exists());
        call(staff, "POST", "/api/v1/enforcement/publications/" + id + "/withdraw",
                "{\"version\":" + p.version() + ",\"reason\":\"处罚决定经行政复议被撤销\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
        call(null, "GET", "/api/v1/public/enforcement/decisions/" + id, null).andExpect(status().isNotFound());
        assertThat(publications.openDeadlines(new DataScope(ScopeLevel.UNIT, unit, "421202"), LocalDate.now()))
                .noneSatisfy(d -> assertThat(d.ref().caseId()).isEqualTo(caseId));
    }

    @Test
    void aDecisionAnnulledBeforePublicationIsNeverPublished() throws Exception {
        long caseId = fixture.penaltyCase(unit);
        publications.recordDecision(PublicityFixture.decided(caseId, unit, "PENALTY", LocalDate.now(), "李*"));
        publications.recordAnnulment(new EnforcementDecisionAnnulled("enforcement", caseId, "UNLAWFUL", LocalDate.now()));
        PublicationView p = publications.find("enforcement", caseId).orElseThrow();
        assertThat(p.status().name()).isEqualTo("WITHDRAWN");
        call(staff, "POST", "/api/v1/enforcement/publications/" + p.id() + "/publish", "{\"version\":" + p.version() + "}")
                .andExpect(status().isConflict());
    }

    @Test
    void thePublicationOnTimeFigureCountsByDecisionDate() throws Exception {
        DataScope scope = new DataScope(ScopeLevel.UNIT, unit, "421202");
        LocalDate today = LocalDate.now();
        IndicatorQuery period = new IndicatorQuery(today.minusDays(60), today, "421202", scope);
        long onTime = fixture.penaltyCase(unit);
        long late = fixture.penaltyCase(unit);
        publications.recordDecision(PublicityFixture.decided(onTime, unit, "PENALTY", today.minusDays(1), "甲公司"));
        publications.recordDecision(PublicityFixture.decided(late, unit, "PENALTY", today.minusDays(40), "乙公司"));
        for (long c : new long[] {onTime, late}) {
            PublicationView p = publications.find("enforcement", c).orElseThrow();
            call(staff, "POST", "/api/v1/enforcement/publications/" + p.id() + "/publish", "{\"version\":0}")
                    .andExpect(status().isOk());
        }
        assertThat(indicators.find("enforcement.publicity.decisions").orElseThrow().value(period)).isEqualByComparingTo("2");
        assertThat(indicators.find("enforcement.publicity.on_time").orElseThrow().value(period)).isEqualByComparingTo("1");
        assertThat(indicators.find("enforcement.publicity.on_time_rate").orElseThrow().value(period))
                .isEqualByComparingTo(new BigDecimal("50.0"));
    }

    @Test
    void theStaffPagesListOverdueOnesAndPublishWithAForm() throws Exception {
        long caseId = fixture.penaltyCase(unit);
        publications.recordDecision(PublicityFixture.decided(caseId, unit, "PENALTY", LocalDate.of(2025, 3, 3), "丙商行"));
        long id = publications.find("enforcement", caseId).orElseThrow().id();
        var me = user(userAccounts.loadDetails(accounts.create("pubp", unit, "UNIT_STAFF")).orElseThrow());
        var other = user(userAccounts.loadDetails(accounts.create("pubq", otherUnit, "UNIT_STAFF")).orElseThrow());
        mvc.perform(get("/enforcement/publications").param("overdue", "true").with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("丙商行")))
                .andExpect(content().string(containsString("已逾期")));
        mvc.perform(get("/enforcement/publications/" + id).with(other)).andExpect(status().isNotFound());
        mvc.perform(get("/enforcement/publications/export").with(me)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Type", containsString("spreadsheetml")));
        // withdraw without a reason: the form comes back with the Chinese message, nothing saved
        mvc.perform(post("/enforcement/publications/" + id + "/withdraw").param("version", "0").param("reason", "")
                        .with(me).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写撤下的理由")));
        assertThat(publications.find("enforcement", caseId).orElseThrow().status().name()).isEqualTo("PENDING");
        mvc.perform(post("/enforcement/publications/" + id + "/publish").param("version", "0").with(me).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(publications.find("enforcement", caseId).orElseThrow().status().name()).isEqualTo("PUBLISHED");
        mvc.perform(post("/enforcement/publications/" + id + "/publish").param("version", "1").with(me).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("不在待公示状态")));
    }
}
