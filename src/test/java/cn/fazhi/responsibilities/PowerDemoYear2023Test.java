package cn.fazhi.responsibilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The 2023 demo list: every enforcement matter of the demo bodies but a handful has its power with the matter's code
 * and the body's unit; 1,178 service-type powers of the departments and townships with stable codes, all published in
 * January 2023 and in force from 2023-01-01; four matters claimed by two units on purpose.
 */
@IntegrationTest
class PowerDemoYear2023Test {

    static final LocalDate ON = LocalDate.of(2023, 6, 30);

    @Autowired Responsibilities responsibilities;
    @Autowired PowerIssues issues;
    @Autowired Indicators indicators;
    @Autowired JdbcClient jdbc;

    static final DataScope DISTRICT = new DataScope(ScopeLevel.DISTRICT, 2, "421202");

    java.math.BigDecimal value(String id, int year) {
        return indicators.find(id).orElseThrow().value(IndicatorQuery.year(year, "421202", DISTRICT));
    }

    /** The 2023 figures: 1,178 service-type powers and 48 of the 53 enforcement matters, four overlaps, five gaps. */
    @Test
    void theFiguresOf2023() {
        assertThat(value("responsibilities.powers", 2023)).isEqualByComparingTo("1226");
        assertThat(value("responsibilities.overlaps", 2023)).isEqualByComparingTo("4");
        assertThat(value("responsibilities.gaps", 2023)).isGreaterThanOrEqualTo(java.math.BigDecimal.valueOf(5));
        assertThat(value("responsibilities.powers", 2022)).isEqualByComparingTo("0");
        assertThat(indicators.find("responsibilities.overlaps").orElseThrow()
                .records(IndicatorQuery.year(2023, "421202", DISTRICT), 0, 10).items())
                .extracting(r -> r.title()).contains("砍伐城市树木审批", "户外广告设施设置审批（设立）");
        List<PowerIssues.Gap> demoGaps = issues.gaps(LocalDate.of(2023, 12, 31), DISTRICT).stream()
                .filter(g -> g.matter().kind().equals("enforcement_matter") && g.matter().id() <= lastDemoMatter())
                .toList();
        assertThat(demoGaps).hasSize(5).allMatch(g -> g.reason() == PowerIssues.GapReason.NO_POWER
                && g.lookedUp().isEmpty() && g.unitName() != null);
    }

    long lastDemoMatter() {
        return jdbc.sql("SELECT MAX(e.id) FROM enforcement_matter e JOIN power_item p ON p.code = e.code AND "
                + "p.created_by = 'demo'").query(Long.class).single();
    }

    @Test
    void theServiceTypePowersOfEveryDepartmentAndTownshipArePublished() {
        long service = jdbc.sql("SELECT COUNT(*) FROM power_item WHERE created_by = 'demo' AND power_type IN "
                + "('LICENCE', 'CONFIRMATION', 'PAYMENT', 'LEVY', 'REWARD', 'RULING', 'OTHER') AND code NOT IN "
                + "(SELECT code FROM enforcement_matter)").query(Long.class).single();
        assertThat(service).isEqualTo(PowerDemoYear2023.SERVICE_POWERS).isGreaterThanOrEqualTo(1100);
        for (long unit : new long[] {5, 6, 7, 8, 9, 10, 11, 12, 13, 16, 17, 29, 41}) {
            assertThat(responsibilities.ofUnit(unit, ON)).as("unit %d", unit).isNotEmpty()
                    .allMatch(p -> p.publishedOn().getYear() == 2023 && p.publishedOn().getMonthValue() == 1
                            && p.effectiveFrom().equals(PowerDemoYear2023.EFFECTIVE));
        }
        assertThat(responsibilities.inForce("XA-SCJGJ-XK-001", ON)).get()
                .satisfies(p -> {
                    assertThat(p.name()).isEqualTo("食品经营许可（新办）");
                    assertThat(p.unitId()).isEqualTo(5);
                    assertThat(p.basis()).contains("食品安全法");
                });
        assertThat(responsibilities.inForce("XA-SCJGJ-XK-001", LocalDate.of(2022, 12, 31))).isEmpty();
        assertThat(responsibilities.ofUnit(17, ON)).extracting(PowerView::name).contains("特困人员认定（申请）");
    }

    @Test
    void everyEnforcementMatterButAHandfulHasItsPower() {
        List<String> matters = jdbc.sql("SELECT m.code FROM enforcement_matter m WHERE m.active AND m.id <= (SELECT MAX(e.id) FROM "
                + "enforcement_matter e JOIN power_item p ON p.code = e.code AND p.created_by = 'demo') ORDER BY m.id").query(String.class).list();
        assertThat(matters).hasSizeGreaterThan(40);
        long missing = matters.stream().filter(c -> responsibilities.inForce(c, ON).isEmpty()).count();
        assertThat(missing).isEqualTo((matters.size() + PowerDemoYear2023.GAP_EVERY - 1 - PowerDemoYear2023.GAP_FIRST)
                / PowerDemoYear2023.GAP_EVERY).isBetween(3L, 8L);
    }

    @Test
    void fourMattersAreClaimedByTwoDepartments() {
        List<String> keys = jdbc.sql("SELECT matter_key FROM power_item WHERE created_by = 'demo' GROUP BY matter_key "
                + "HAVING COUNT(DISTINCT unit_id) > 1 AND MIN(region_code) = '421202' ORDER BY matter_key")
                .query(String.class).list();
        assertThat(keys).hasSize(PowerDemoYear2023.OVERLAPS).contains("砍伐城市树木审批", "户外广告设施设置审批设立");
    }
}
