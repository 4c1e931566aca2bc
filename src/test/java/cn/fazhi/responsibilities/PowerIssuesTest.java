package cn.fazhi.responsibilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * Overlaps (one matter claimed in force by units whose territories overlap, with every claiming power as evidence) and
 * gaps (a claimed matter with a missing power, without the power its kind needs, or without any responsible unit,
 * with what was looked up and the closest power by name), table-driven on 2025 powers.
 */
@IntegrationTest
class PowerIssuesTest {

    static final DataScope DISTRICT = new DataScope(ScopeLevel.DISTRICT, 2, "421202");
    static final LocalDate ON = LocalDate.of(2025, 8, 1);

    @Autowired PowerIssues issues;
    @Autowired Units units;
    @Autowired JdbcClient jdbc;

    final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    private String power(String suffix, String name, long unit, String region, LocalDate from, LocalDate to,
            LocalDate published) {
        String code = "T-" + tag + "-" + suffix;
        jdbc.sql("INSERT INTO power_item (code, version_no, power_type, name, matter_key, basis, unit_id, region_code, "
                        + "effective_from, effective_to, published_on, created_at, created_by) VALUES (:code, 1, 'OTHER', "
                        + ":name, :key, '《测试条例》第二条', :unit, :region, :from, :to, :pub, :now, 'test')")
                .param("code", code).param("name", name).param("key", MatterKeys.of(name)).param("unit", unit)
                .param("region", region).param("from", from).param("to", to).param("pub", published)
                .param("now", OffsetDateTime.now()).update();
        return code;
    }

    private List<PowerIssues.Overlap> mine(LocalDate on) {
        return issues.overlaps(on, DISTRICT).stream().filter(o -> o.powers().stream()
                .anyMatch(p -> p.code().startsWith("T-" + tag))).toList();
    }

    /** unit A, region A, unit B, region B, B published, B ends, day → overlap? */
    @ParameterizedTest(name = "[{index}] {0}@{1} and {2}@{3} → {7}")
    @CsvSource(nullValues = "-", value = {
        "5,  421202,    6,  421202,    true,  -,          true",
        "5,  421202,    5,  421202,    true,  -,          false",
        "5,  421202,    17, 421202001, true,  -,          true",
        "17, 421202001, 19, 421202002, true,  -,          false",
        "5,  421202,    6,  421202,    false, -,          false",
        "5,  421202,    6,  421202,    true,  2025-07-01, false"})
    void overlaps(long unitA, String regionA, long unitB, String regionB, boolean bPublished, LocalDate bEnds,
            boolean overlap) {
        LocalDate from = LocalDate.of(2025, 1, 1);
        power("A", "珊瑚礁观光潜水" + tag + "（备案）", unitA, regionA, from, null, from);
        power("B", "珊瑚礁观光潜水" + tag + "(备案)", unitB, regionB, from, bEnds, bPublished ? from : null);
        List<PowerIssues.Overlap> found = mine(ON);
        if (overlap) {
            assertThat(found).singleElement().satisfies(o -> {
                assertThat(o.matterKey()).isEqualTo("珊瑚礁观光潜水" + tag.toLowerCase() + "备案");
                assertThat(o.powers()).extracting(PowerView::code).containsExactly("T-" + tag + "-A", "T-" + tag + "-B");
            });
        } else {
            assertThat(found).isEmpty();
        }
    }

    @Test
    void anOverlapCountsOnlyOnceThePowersArePublishedByTheDay() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        power("A", "珊瑚礁夜间潜水核准" + tag, 5, "421202", from, null, from);
        power("B", "珊瑚礁夜间潜水核准" + tag, 6, "421202", from, null, LocalDate.of(2025, 9, 1));
        assertThat(mine(ON)).isEmpty();
        assertThat(mine(LocalDate.of(2025, 9, 1))).hasSize(1);
    }

    /** codes named | its unit | kind needs a power | → reason (or none) | missing codes. */
    @ParameterizedTest(name = "[{index}] codes {0}, unit {1}, required {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "P         | 5 | true  | -             | -",
        "P         | - | false | -             | -",
        "P X       | 5 | false | POWER_MISSING | X",
        "X         | - | false | POWER_MISSING | X",
        "E         | 5 | false | POWER_MISSING | E",
        "D         | 5 | false | POWER_MISSING | D",
        "-         | 5 | true  | NO_POWER      | -",
        "-         | 5 | false | -             | -",
        "-         | - | false | NO_UNIT       | -"})
    void gaps(String codes, Long unitId, boolean required, PowerIssues.GapReason reason, String missing) {
        LocalDate from = LocalDate.of(2025, 1, 1);
        power("P", "珍珠贝养殖场登记" + tag, 7, "421202", from, null, from);
        power("E", "珍珠贝养殖场检查" + tag, 7, "421202", from, LocalDate.of(2025, 6, 1), from);
        power("D", "珍珠贝收购许可" + tag, 7, "421202", from, null, null);
        List<String> named = codes == null ? List.of()
                : java.util.Arrays.stream(codes.trim().split("\\s+")).map(c -> "T-" + tag + "-" + c).toList();
        ClaimedMatter m = new ClaimedMatter("test_kind", 1, "M-1", "珍珠贝养殖场年度检查" + tag, unitId, named, "/x/1");
        PowerIssues.Gap g = issues.check(m, unitId == null ? null : units.find(unitId).orElseThrow(), required, ON);
        if (reason == null) {
            assertThat(g).isNull();
            return;
        }
        assertThat(g.reason()).isEqualTo(reason);
        assertThat(g.lookedUp()).isEqualTo(named);
        assertThat(g.on()).isEqualTo(ON);
        assertThat(g.missing()).containsExactlyElementsOf(missing == null ? List.of()
                : java.util.Arrays.stream(missing.split("\\s+")).map(c -> "T-" + tag + "-" + c).toList());
        assertThat(g.closest()).as("the closest power by name").isNotNull();
        assertThat(g.closest().powerCode()).isEqualTo("T-" + tag + "-P");
    }
}
