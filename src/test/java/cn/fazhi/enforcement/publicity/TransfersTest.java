package cn.fazhi.enforcement.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.enforcement.PublicationProperties;
import cn.fazhi.enforcement.TransferRules;
import cn.fazhi.enforcement.Transfers;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;
import cn.fazhi.platform.web.UserFacingException;

/**
 * 两法衔接 (国务院令第310号): a case team of two certified officers reports, the head decides, the case goes to the police
 * with all five materials (Art. 6), the receipt and the police decision are recorded; a reconsideration request after
 * its 3 days is refused (Art. 9); while a transfer stands the penalty case may not close with only a fine (Art. 11).
 */
@IntegrationTest
class TransfersTest {

    static final String ALL = "[\"TRANSFER_LETTER\",\"INVESTIGATION_REPORT\",\"ITEMS_LIST\",\"EXPERT_REPORT\",\"OTHER_MATERIALS\"]";

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ApplicationEventPublisher events;
    @Autowired Transfers transfers;
    @Autowired LegalCalendar calendar;
    @Autowired PublicationProperties settings;
    @Autowired Indicators indicators;
    @Autowired UserAccounts userAccounts;

    PublicityFixture fixture;
    long unit;
    long a;
    long b;
    String staff;
    String head;
    String otherStaff;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new PublicityFixture(jdbc, transactions, events);
        unit = fixture.unit("移送测试局");
        a = fixture.certifiedOfficer(unit, "周执法");
        b = fixture.certifiedOfficer(unit, "吴执法");
        staff = TestAccounts.token(mvc, accounts.create("trs", unit, "UNIT_STAFF"), TestAccounts.PASSWORD);
        head = TestAccounts.token(mvc, accounts.create("trh", unit, "UNIT_HEAD"), TestAccounts.PASSWORD);
        otherStaff = TestAccounts.token(mvc, accounts.create("tro", fixture.unit("移送另一局"), "UNIT_STAFF"),
                TestAccounts.PASSWORD);
    }

    ResultActions call(String token, String path, String body) throws Exception {
        var request = body == null ? get(path) : post(path).content(body);
        return mvc.perform(request.header("Authorization", "Bearer " + token).contentType("application/json"));
    }

    int version(long id) {
        return jdbc.sql("SELECT version FROM enforcement_transfer WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    long report(long penaltyCase) throws Exception {
        String body = call(staff, "/api/v1/enforcement/transfers", """
                {"penaltyCaseId":%d,"suspectedCrime":"生产、销售伪劣产品罪","facts":"涉案货值金额超过五万元","officerIds":[%d,%d]}
                """.formatted(penaltyCase, a, b)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** Reported, approved, transferred and received; returns the id. */
    long received(long penaltyCase) throws Exception {
        long id = report(penaltyCase);
        call(head, "/api/v1/enforcement/transfers/" + id + "/approve", "{\"version\":0}").andExpect(status().isOk());
        call(staff, "/api/v1/enforcement/transfers/" + id + "/transfer",
                "{\"version\":1,\"policeOrgan\":\"咸宁市公安局咸安区分局\",\"attachments\":" + ALL + "}")
                .andExpect(status().isOk());
        call(staff, "/api/v1/enforcement/transfers/" + id + "/receipt",
                "{\"version\":2,\"receivedOn\":\"" + LocalDate.now().minusDays(20) + "\",\"receiptNumber\":\"咸公接1号\"}")
                .andExpect(status().isBadRequest()); // before the transfer
        call(staff, "/api/v1/enforcement/transfers/" + id + "/receipt",
                "{\"version\":2,\"receivedOn\":\"" + LocalDate.now() + "\",\"receiptNumber\":\"咸公接1号\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.policeDueOn").value(TransferRules.policeDue(LocalDate.now(), settings, calendar).toString()));
        return id;
    }

    @Test
    void aSuspectedCrimeGoesFromTheTeamToThePoliceAndBlocksAFineOnlyClosing() throws Exception {
        long penaltyCase = fixture.penaltyCase(unit);
        // a team of one is refused (Art. 5: 2 or more officers)
        call(staff, "/api/v1/enforcement/transfers", """
                {"penaltyCaseId":%d,"suspectedCrime":"某罪","facts":"事实","officerIds":[%d]}""".formatted(penaltyCase, a))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("不得少于2人")));
        // another unit's case is not the caller's to report
        call(otherStaff, "/api/v1/enforcement/transfers", """
                {"penaltyCaseId":%d,"suspectedCrime":"某罪","facts":"事实","officerIds":[%d,%d]}""".formatted(penaltyCase, a, b))
                .andExpect(status().isBadRequest());
        assertThat(transfers.pendingFor(penaltyCase)).isEmpty();
        long id = report(penaltyCase);
        call(staff, "/api/v1/enforcement/transfers/" + id, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNumber", matchesPattern("咸安移送测试局\\w{4}移〔\\d{4}〕\\d+号")))
                .andExpect(jsonPath("$.headDueOn").value(LocalDate.now().plusDays(3).toString().equals(
                        TransferRules.headDue(LocalDate.now(), settings, calendar).toString())
                                ? LocalDate.now().plusDays(3).toString()
                                : TransferRules.headDue(LocalDate.now(), settings, calendar).toString()));
        call(otherStaff, "/api/v1/enforcement/transfers/" + id, null).andExpect(status().isNotFound());
        assertThat(transfers.pendingFor(penaltyCase)).isPresent();
        assertThatThrownBy(() -> transfers.requireNoPendingTransfer(penaltyCase)).isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "enforcement.transfer.pendingNoFineOnly");
        // one open transfer per case
        call(staff, "/api/v1/enforcement/transfers", """
                {"penaltyCaseId":%d,"suspectedCrime":"某罪","facts":"事实","officerIds":[%d,%d]}""".formatted(penaltyCase, a, b))
                .andExpect(status().isConflict());
        // staff may not approve; the head may
        call(staff, "/api/v1/enforcement/transfers/" + id + "/approve", "{\"version\":0}").andExpect(status().isForbidden());
        call(head, "/api/v1/enforcement/transfers/" + id + "/approve", "{\"version\":0}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED")).andExpect(jsonPath("$.transferDueAt").exists());
        // all five materials of Art. 6
        call(staff, "/api/v1/enforcement/transfers/" + id + "/transfer",
                "{\"version\":1,\"policeOrgan\":\"咸宁市公安局咸安区分局\",\"attachments\":[\"TRANSFER_LETTER\",\"INVESTIGATION_REPORT\"]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("尚缺3项")));
        call(staff, "/api/v1/enforcement/transfers/" + id + "/transfer",
                "{\"version\":1,\"policeOrgan\":\"咸宁市公安局咸安区分局\",\"attachments\":" + ALL + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("TRANSFERRED"))
                .andExpect(jsonPath("$.transferLate").value(false));
        assertThat(transfers.pendingFor(penaltyCase)).isPresent();
        DataScope scope = new DataScope(ScopeLevel.UNIT, unit, "421202");
        assertThat(indicators.find("enforcement.transfer.transferred").orElseThrow()
                .value(new IndicatorQuery(LocalDate.now().minusDays(1), LocalDate.now(), "421202", scope)))
                .isEqualByComparingTo("1");
    }

    @Test
    void aLateReconsiderationRequestIsRefusedAndAnUpheldRefusalReleasesTheCase() throws Exception {
        long penaltyCase = fixture.penaltyCase(unit);
        long id = received(penaltyCase);
        // police refusal received today; a refusal needs its reason
        call(staff, "/api/v1/enforcement/transfers/" + id + "/police-refuse",
                "{\"version\":3,\"decidedOn\":\"" + LocalDate.now() + "\"}").andExpect(status().isBadRequest());
        call(staff, "/api/v1/enforcement/transfers/" + id + "/police-refuse",
                "{\"version\":3,\"decidedOn\":\"" + LocalDate.now() + "\",\"reason\":\"情节显著轻微\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REFUSED"));
        assertThat(transfers.pendingFor(penaltyCase)).isEmpty();
        // a request dated after the 3 days is refused (Art. 9)
        LocalDate due = TransferRules.reconsiderDue(LocalDate.now(), settings, calendar);
        jdbc.sql("UPDATE enforcement_transfer SET police_decided_on = :d, reconsider_due_on = :due WHERE id = :id")
                .param("d", LocalDate.now().minusDays(10)).param("due", LocalDate.now().minusDays(7)).param("id", id).update();
        call(staff, "/api/v1/enforcement/transfers/" + id + "/reconsider",
                "{\"version\":4,\"reason\":\"有新证据\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("3日内")));
        jdbc.sql("UPDATE enforcement_transfer SET reconsider_due_on = :due WHERE id = :id").param("due", due)
                .param("id", id).update();
        call(staff, "/api/v1/enforcement/transfers/" + id + "/reconsider", "{\"version\":4,\"reason\":\"有新证据\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RECONSIDERING"));
        assertThat(transfers.pendingFor(penaltyCase)).isPresent();
        call(staff, "/api/v1/enforcement/transfers/" + id + "/reconsider-uphold",
                "{\"version\":5,\"decidedOn\":\"" + LocalDate.now() + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UPHELD"));
        assertThat(transfers.pendingFor(penaltyCase)).isEmpty();
        transfers.requireNoPendingTransfer(penaltyCase);
    }

    @Test
    void theHeadMustGiveAReasonToRejectAndTheDaysAreASetting() throws Exception {
        long id = report(fixture.penaltyCase(unit));
        call(head, "/api/v1/enforcement/transfers/" + id + "/reject", "{\"version\":0}").andExpect(status().isBadRequest());
        call(head, "/api/v1/enforcement/transfers/" + id + "/reject", "{\"version\":0,\"opinion\":\"不构成犯罪\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"));
        // natural days by default; working days when configured (Friday 27 Sep 2024 + 3)
        LocalDate friday = LocalDate.of(2024, 9, 27);
        assertThat(TransferRules.headDue(friday, settings, calendar)).isEqualTo(LocalDate.of(2024, 9, 30));
        PublicationProperties working = new PublicationProperties(7, 20, 3, 3, List.of(), PeriodUnit.WORKING_DAYS, 3, 24, 3, 3);
        assertThat(TransferRules.headDue(friday, working, calendar)).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(TransferRules.headDue(LocalDate.of(2024, 3, 1), settings, calendar)).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(TransferRules.headDue(LocalDate.of(2024, 3, 1), working, calendar)).isEqualTo(LocalDate.of(2024, 3, 6));
    }

    @Test
    void thePagesShowTheTransferAndItsSteps() throws Exception {
        long id = report(fixture.penaltyCase(unit));
        var me = user(userAccounts.loadDetails(accounts.create("trp", unit, "UNIT_HEAD")).orElseThrow());
        mvc.perform(get("/enforcement/transfers").with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("生产、销售伪劣产品罪")));
        mvc.perform(get("/enforcement/transfers/" + id).with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("批准移送")))
                .andExpect(content().string(containsString("专案组书面报告")));
        mvc.perform(get("/enforcement/transfers/new").with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("周执法")));
    }
}
