package cn.fazhi.enforcement.discretion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.fazhi.enforcement.BenchmarkIssuer;
import cn.fazhi.enforcement.BenchmarkLevelKind;
import cn.fazhi.enforcement.BenchmarkRules;
import cn.fazhi.enforcement.BenchmarkRules.Range;

/**
 * The benchmark rules, table by table: a level's own range (min ≤ max; 不予处罚/免予处罚 without a fine, 行政处罚法
 * Art. 33), the dates, and 国办发〔2022〕27号 二(五): a lower benchmark may not exceed a higher one's 阶次 or 幅度.
 */
class BenchmarkRulesTest {

    static BigDecimal d(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    static Range r(BenchmarkLevelKind kind, String min, String max) {
        return new Range(kind, d(min), d(max));
    }

    static Stream<Arguments> ownContent() {
        LocalDate jan = LocalDate.of(2024, 1, 1);
        return Stream.of(
                Arguments.of("a valid range", jan, null, List.of(r(BenchmarkLevelKind.GENERAL, "1000", "5000")), null),
                Arguments.of("open bounds", jan, null, List.of(r(BenchmarkLevelKind.HEAVIER, "5000", null)), null),
                Arguments.of("equal bounds", jan, jan, List.of(r(BenchmarkLevelKind.LIGHTER, "200", "200")), null),
                Arguments.of("min above max", jan, null, List.of(r(BenchmarkLevelKind.GENERAL, "5000", "1000")),
                        "enforcement.discretion.level.fine.order"),
                Arguments.of("not punished with a fine (Art. 33)", jan, null,
                        List.of(r(BenchmarkLevelKind.NOT_PUNISHED, null, "500")),
                        "enforcement.discretion.level.fine.noPenalty"),
                Arguments.of("exempted with zero fine is fine", jan, null,
                        List.of(r(BenchmarkLevelKind.EXEMPTED, "0", "0")), null),
                Arguments.of("ends before it starts", jan, jan.minusDays(1),
                        List.of(r(BenchmarkLevelKind.GENERAL, "1", "2")),
                        "enforcement.discretion.benchmark.effectiveTo.beforeFrom"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ownContent")
    void ownContent(String name, LocalDate from, LocalDate to, List<Range> levels, String refusal) {
        List<BenchmarkRules.Refusal> refusals = BenchmarkRules.check(from, to, levels);
        if (refusal == null) {
            assertThat(refusals).isEmpty();
        } else {
            assertThat(refusals).extracting(BenchmarkRules.Refusal::key).containsExactly(refusal);
        }
    }

    static final BenchmarkRules.Higher CITY = new BenchmarkRules.Higher(BenchmarkIssuer.CITY, "咸市监规〔2023〕1号",
            List.of(r(BenchmarkLevelKind.LIGHTER, "1000", "3000"), r(BenchmarkLevelKind.GENERAL, "3000", "7000"),
                    r(BenchmarkLevelKind.HEAVIER, "7000", "10000")));

    static Stream<Arguments> againstHigher() {
        return Stream.of(
                Arguments.of("district inside every range", BenchmarkIssuer.DISTRICT,
                        List.of(r(BenchmarkLevelKind.LIGHTER, "1000", "2000"), r(BenchmarkLevelKind.GENERAL, "3000", "5000")),
                        null),
                Arguments.of("district splits a level in two", BenchmarkIssuer.DISTRICT,
                        List.of(r(BenchmarkLevelKind.GENERAL, "3000", "5000"), r(BenchmarkLevelKind.GENERAL, "5000", "7000")),
                        null),
                Arguments.of("district above the city's maximum", BenchmarkIssuer.DISTRICT,
                        List.of(r(BenchmarkLevelKind.HEAVIER, "7000", "12000")),
                        "enforcement.discretion.higher.rangeExceeded"),
                Arguments.of("district below the city's minimum", BenchmarkIssuer.DISTRICT,
                        List.of(r(BenchmarkLevelKind.LIGHTER, "500", "2000")), "enforcement.discretion.higher.rangeExceeded"),
                Arguments.of("district leaves the bound open where the city has one", BenchmarkIssuer.DISTRICT,
                        List.of(r(BenchmarkLevelKind.HEAVIER, "7000", null)), "enforcement.discretion.higher.rangeExceeded"),
                Arguments.of("district adds a level the city lacks (阶次)", BenchmarkIssuer.DISTRICT,
                        List.of(r(BenchmarkLevelKind.MITIGATED, "100", "500")), "enforcement.discretion.higher.kindMissing"),
                Arguments.of("a province is not bound by a city", BenchmarkIssuer.PROVINCE,
                        List.of(r(BenchmarkLevelKind.HEAVIER, "7000", "50000")), null),
                Arguments.of("the same level is not bound by itself", BenchmarkIssuer.CITY,
                        List.of(r(BenchmarkLevelKind.HEAVIER, "7000", "50000")), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("againstHigher")
    void aLowerBenchmarkMayNotExceedAHigherOne(String name, BenchmarkIssuer issuer, List<Range> levels, String refusal) {
        List<BenchmarkRules.Refusal> refusals = BenchmarkRules.conform(issuer, levels, CITY);
        if (refusal == null) {
            assertThat(refusals).isEmpty();
        } else {
            assertThat(refusals).extracting(BenchmarkRules.Refusal::key).containsExactly(refusal);
            assertThat(refusals.get(0).args()).contains("咸市监规〔2023〕1号");
        }
    }
}
