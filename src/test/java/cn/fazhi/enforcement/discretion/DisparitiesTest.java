package cn.fazhi.enforcement.discretion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.enforcement.Disparities;
import cn.fazhi.enforcement.DisparityAnalysis;
import cn.fazhi.enforcement.DisparityFlag;
import cn.fazhi.enforcement.DisparityReason;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * 同案不同罚 detection (国办发〔2022〕27号 五(十二), 三(六)): fines outside the stated level's range, fines far from
 * their peers by the median/MAD rule (with the mean-deviation fallback when MAD is 0, and only in groups of at least
 * n), annulled decisions and other periods left out; scope (a unit sees its own, the office chooses a unit; another
 * unit's case is a 404); the page never ranks units; the indicators count by the decision date.
 */
@IntegrationTest
class DisparitiesTest {

    static final LocalDate FROM = LocalDate.of(2005, 1, 1);
    static final LocalDate TO = LocalDate.of(2005, 12, 31);
    static final DataScope DISTRICT = new DataScope(ScopeLevel.DISTRICT, 2, "421202");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    Disparities disparities;

    @Autowired
    Indicators indicators;

    DiscretionFixtures fixtures;
    String office;
    String officeUser;
    String unit5;
    String unit5User;

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new DiscretionFixtures(jdbc);
        officeUser = accounts.create("dsfzb", 2, "LAW_OFFICE");
        office = TestAccounts.token(mvc, officeUser, TestAccounts.PASSWORD);
        unit5User = accounts.create("dsscj", 5, "UNIT_STAFF");
        unit5 = TestAccounts.token(mvc, unit5User, TestAccounts.PASSWORD);
    }

    /** The flags of {@code code} in the period, as the office (district scope) sees them. */
    List<DisparityFlag> flagsOf(String code, Long unitId, DataScope scope) {
        return disparities.analyse(FROM, TO, unitId, scope).flags().stream().filter(f -> f.violationCode().equals(code))
                .toList();
    }

    @Test
    void outOfRangeAndFarFromPeersAreFlaggedWithTheirExplanation() throws Exception {
        String code = DiscretionFixtures.code();
        List<Long> levels = fixtures.benchmark(code, "DISTRICT", new Object[] {"LIGHTER", "500", "1000"},
                new Object[] {"GENERAL", "1000", "5000"});
        long general = levels.get(1);
        LocalDate day = LocalDate.of(2005, 6, 1);
        for (String fine : List.of("2000", "2100", "2200", "2300", "2400", "2500")) {
            fixtures.decided(5, code, general, fine, day, "DECIDED");
        }
        long far = fixtures.decided(5, code, general, "4900", day.plusDays(1), "DECIDED");
        long above = fixtures.decided(5, code, general, "6000", day.plusDays(2), "DECIDED");
        long below = fixtures.decided(6, code, levels.get(0), "300", day.plusDays(3), "DECIDED");
        long annulled = fixtures.decided(5, code, general, "99999", day, "ANNULLED");
        long otherYear = fixtures.decided(5, code, general, "99999", LocalDate.of(2006, 1, 5), "DECIDED");

        List<DisparityFlag> flags = flagsOf(code, null, DISTRICT);
        assertThat(flags).extracting(DisparityFlag::caseId).containsExactlyInAnyOrder(far, above, below)
                .doesNotContain(annulled, otherYear);
        DisparityFlag farFlag = flags.stream().filter(f -> f.caseId() == far).findFirst().orElseThrow();
        // 8 decisions: median (2300 + 2400) / 2 = 2350; |x − 2350| sorted 50 50 150 150 250 350 2550 3650 → MAD 200
        assertThat(farFlag.groupSize()).isEqualTo(8);
        assertThat(farFlag.median()).isEqualByComparingTo("2350");
        assertThat(farFlag.mad()).isEqualByComparingTo("200");
        assertThat(farFlag.score()).isEqualByComparingTo(BigDecimal.valueOf(2550 / (1.4826 * 200)).setScale(2,
                java.math.RoundingMode.HALF_UP));
        assertThat(farFlag.reasons()).containsExactly(DisparityReason.FAR_FROM_PEERS);
        assertThat(flags.stream().filter(f -> f.caseId() == above).findFirst().orElseThrow().reasons())
                .containsExactly(DisparityReason.ABOVE_RANGE, DisparityReason.FAR_FROM_PEERS);
        // a group of one: out of range, but no peer rule
        assertThat(flags.stream().filter(f -> f.caseId() == below).findFirst().orElseThrow().reasons())
                .containsExactly(DisparityReason.BELOW_RANGE);

        String body = mvc.perform(get("/api/v1/enforcement/disparities").param("from", FROM.toString())
                        .param("to", TO.toString()).header("Authorization", "Bearer " + office))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> explanation = JsonPath.read(body, "$.flags[?(@.flag.caseId == " + far + ")].explanation[0]");
        assertThat(explanation).singleElement().asString().contains("4900.00", "中位数 2350.00", "200.00", "3.5");
        List<String> aboveText = JsonPath.read(body, "$.flags[?(@.flag.caseId == " + above + ")].explanation[0]");
        assertThat(aboveText).singleElement().asString().contains("高于", "五(十二)");
    }

    @Test
    void aGroupWithoutMadFallsBackOnTheMeanDeviationAndSmallGroupsAreNotScored() {
        String code = DiscretionFixtures.code();
        long level = fixtures.benchmark(code, "DISTRICT", new Object[] {"GENERAL", "500", "2000"}).get(0);
        LocalDate day = LocalDate.of(2005, 3, 1);
        for (int i = 0; i < 5; i++) {
            fixtures.decided(5, code, level, "1000", day, "DECIDED");
        }
        long odd = fixtures.decided(5, code, level, "1800", day, "DECIDED");
        // MAD 0; mean |x − 1000| = 800 / 6; score 800 / (1.2533 × 133.3) ≈ 4.8 > 3.5
        assertThat(flagsOf(code, null, DISTRICT)).singleElement().satisfies(f -> {
            assertThat(f.caseId()).isEqualTo(odd);
            assertThat(f.mad()).isEqualByComparingTo("0");
            assertThat(f.reasons()).containsExactly(DisparityReason.FAR_FROM_PEERS);
        });

        String small = DiscretionFixtures.code();
        long smallLevel = fixtures.benchmark(small, "DISTRICT", new Object[] {"GENERAL", "500", "2000"}).get(0);
        for (String fine : List.of("1000", "1010", "990", "1950")) {
            fixtures.decided(5, small, smallLevel, fine, day, "DECIDED");
        }
        assertThat(flagsOf(small, null, DISTRICT)).as("4 decisions < min-group-size 5").isEmpty();
    }

    @Test
    void aUnitSeesItsOwnFlagsAndAnotherUnitsCaseIsNotFound() throws Exception {
        String code = DiscretionFixtures.code();
        long level = fixtures.benchmark(code, "DISTRICT", new Object[] {"GENERAL", "1000", "2000"}).get(0);
        LocalDate day = LocalDate.of(2005, 9, 1);
        long own = fixtures.decided(5, code, level, "2500", day, "DECIDED");
        long other = fixtures.decided(6, code, level, "3000", day, "DECIDED");
        fixtures.decided(6, code, level, "1500", day, "DECIDED");

        String body = mvc.perform(get("/api/v1/enforcement/disparities").param("from", FROM.toString())
                        .param("to", TO.toString()).param("unitId", "6").header("Authorization", "Bearer " + unit5))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Integer> ids = JsonPath.read(body, "$.flags[*].flag.caseId");
        assertThat(ids).contains((int) own).doesNotContain((int) other);
        List<Integer> units = JsonPath.read(body, "$.flags[*].flag.unitId");
        assertThat(units).containsOnly(5);

        String officeBody = mvc.perform(get("/api/v1/enforcement/disparities").param("from", FROM.toString())
                        .param("to", TO.toString()).param("unitId", "6").header("Authorization", "Bearer " + office))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Integer> officeIds = JsonPath.read(officeBody, "$.flags[*].flag.caseId");
        assertThat(officeIds).contains((int) other).doesNotContain((int) own);

        mvc.perform(get("/api/v1/enforcement/disparities/" + other).param("from", FROM.toString())
                        .param("to", TO.toString()).header("Authorization", "Bearer " + unit5))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("不在您的查看范围内")));
        String detail = mvc.perform(get("/api/v1/enforcement/disparities/" + own).param("from", FROM.toString())
                        .param("to", TO.toString()).header("Authorization", "Bearer " + unit5))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(detail, "$.peersTotal")).isEqualTo(3);
        List<Object> hiddenNumbers = JsonPath.read(detail, "$.peers[?(@.caseNumber == null)]");
        assertThat(hiddenNumbers).as("the two unit-6 peers show no case number to unit 5").hasSize(2);

        mvc.perform(get("/api/v1/enforcement/disparities").param("from", "2005-12-31").param("to", "2005-01-01")
                        .header("Authorization", "Bearer " + office))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("结束日期不能早于开始日期")));
    }

    @Test
    void thePageListsFlagsWithoutRankingUnits() throws Exception {
        String code = DiscretionFixtures.code();
        long level = fixtures.benchmark(code, "DISTRICT", new Object[] {"GENERAL", "1000", "2000"}).get(0);
        long flagged = fixtures.decided(5, code, level, "2600", LocalDate.of(2005, 11, 2), "DECIDED");
        String number = jdbc.sql("SELECT case_number FROM enforcement_case WHERE id = :id").param("id", flagged)
                .query(String.class).single();
        var officeDetails = userAccounts.loadDetails(officeUser).orElseThrow();
        mvc.perform(get("/enforcement/disparities").param("from", FROM.toString()).param("to", TO.toString())
                        .with(user(officeDetails)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("不按罚款数额对单位排名")))
                .andExpect(content().string(containsString("name=\"unitId\"")));
        mvc.perform(get("/enforcement/disparities/" + flagged).param("from", FROM.toString()).param("to", TO.toString())
                        .with(user(officeDetails)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("高于所适用裁量阶次的上限")));
        mvc.perform(get("/enforcement/disparities").param("from", FROM.toString()).param("to", TO.toString())
                        .with(user(userAccounts.loadDetails(unit5User).orElseThrow())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"unitId\""))));
        byte[] xlsx = mvc.perform(get("/enforcement/disparities/export").param("from", FROM.toString())
                        .param("to", TO.toString()).with(user(officeDetails)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(xlsx).isNotEmpty();
        assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
    }

    @Test
    void indicatorsCountByTheDecisionDate() {
        IndicatorQuery year = new IndicatorQuery(LocalDate.of(2004, 1, 1), LocalDate.of(2004, 12, 31), "421202", DISTRICT);
        Map<String, BigDecimal> before = values(year);
        String code = DiscretionFixtures.code();
        long level = fixtures.benchmark(code, "DISTRICT", new Object[] {"GENERAL", "1000", "2000"}).get(0);
        fixtures.decided(5, code, level, "1500", LocalDate.of(2004, 5, 1), "DECIDED");
        fixtures.decided(5, code, level, "2500", LocalDate.of(2004, 6, 1), "DECIDED");
        fixtures.decided(5, code, null, "800", LocalDate.of(2004, 7, 1), "DECIDED");
        fixtures.decided(5, code, level, "2500", LocalDate.of(2003, 12, 31), "DECIDED");
        Map<String, BigDecimal> after = values(year);
        assertThat(after.get("enforcement.discretion.decided").subtract(before.get("enforcement.discretion.decided")))
                .isEqualByComparingTo("3");
        assertThat(after.get("enforcement.discretion.benchmark_stated")
                .subtract(before.get("enforcement.discretion.benchmark_stated"))).isEqualByComparingTo("2");
        assertThat(after.get("enforcement.discretion.deviations").subtract(before.get("enforcement.discretion.deviations")))
                .isEqualByComparingTo("1");
        assertThat(after.get("enforcement.discretion.disparity_flags")
                .subtract(before.get("enforcement.discretion.disparity_flags"))).as("the 2,500 fine above 2,000")
                .isEqualByComparingTo("1");
        var records = indicators.find("enforcement.discretion.disparity_flags").orElseThrow().records(year, 0, 500);
        assertThat(records.items()).anySatisfy(r -> assertThat(r.href()).startsWith("/enforcement/disparities/"));
        assertThat(indicators.find("enforcement.discretion.benchmark_stated_rate")).isPresent();
        assertThat(indicators.find("enforcement.discretion.deviation_rate")).isPresent();
    }

    Map<String, BigDecimal> values(IndicatorQuery query) {
        Map<String, BigDecimal> out = new java.util.HashMap<>();
        for (String id : List.of("enforcement.discretion.decided", "enforcement.discretion.benchmark_stated",
                "enforcement.discretion.deviations", "enforcement.discretion.disparity_flags")) {
            out.put(id, indicators.find(id).orElseThrow().value(query));
        }
        return out;
    }

    @Test
    void theAnalysisReportsWhatItCompared() {
        DisparityAnalysis a = disparities.analyse(FROM, TO, null, DISTRICT);
        assertThat(a.threshold()).isEqualTo(3.5);
        assertThat(a.minGroupSize()).isEqualTo(5);
        assertThat(a.decisions()).isGreaterThanOrEqualTo(a.flags().size());
    }
}
