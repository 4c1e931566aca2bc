package cn.fazhi.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The 2023 demo year of service items through the indicators registry: 1,594 guides published, 175 items delegated,
 * 55 items agreed with partners; about half of the items 即办 in 2022 and about nine in ten in 2023; every version's
 * dates chain; names from the vocabulary, not numbered.
 */
@IntegrationTest
class ItemDemoYear2023Test {

    @Autowired Indicators indicators;
    @Autowired ServiceItems items;
    @Autowired JdbcClient jdbc;

    final DataScope district = new DataScope(ScopeLevel.DISTRICT, 2, "421202");

    BigDecimal value(String id, int year) {
        return indicators.find(id).orElseThrow().value(IndicatorQuery.year(year, "421202", district));
    }

    @Test
    void theSeedsFiguresForTwentyTwentyThree() {
        assertThat(value("services.guides", 2023)).isEqualByComparingTo("1594");
        assertThat(value("services.delegated_items", 2023)).isEqualByComparingTo("175");
        assertThat(value("services.cross_region.items", 2023)).isEqualByComparingTo("55");
        assertThat(value("services.guides", 2022)).isEqualByComparingTo("0");
        assertThat(value("services.delegated_items", 2022)).isEqualByComparingTo("0");
        assertThat(value("services.items_in_force", 2023)).isGreaterThanOrEqualTo(BigDecimal.valueOf(1594));
        assertThat(value("services.online_items_share", 2023)).isBetween(BigDecimal.valueOf(60), BigDecimal.valueOf(90));
    }

    @Test
    void aboutHalfAreInstantIn2022AndNineInTenIn2023() {
        double in2022 = demoInForce(LocalDate.of(2022, 12, 31), "v.promised_days = 0")
                / (double) demoInForce(LocalDate.of(2022, 12, 31), "TRUE");
        double in2023 = demoInForce(LocalDate.of(2023, 12, 31), "v.promised_days = 0")
                / (double) demoInForce(LocalDate.of(2023, 12, 31), "TRUE");
        assertThat(in2022).isBetween(0.45, 0.56);
        assertThat(in2023).isBetween(0.86, 0.94);
        assertThat(value("services.instant_items", 2023)).isGreaterThanOrEqualTo(
                BigDecimal.valueOf(demoInForce(LocalDate.of(2023, 12, 31), "v.promised_days = 0")));
    }

    long demoInForce(LocalDate on, String condition) {
        return jdbc.sql("SELECT COUNT(*) FROM service_item i JOIN service_item_version v ON v.item_id = i.id WHERE i.demo "
                + "AND v.effective_from <= :on AND (v.effective_to IS NULL OR v.effective_to > :on) AND " + condition)
                .param("on", on).query(Long.class).single();
    }

    @Test
    void versionsChainAndDelegatedItemsMoveDown() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM service_item WHERE demo").query(Long.class).single()).isEqualTo(1594);
        assertThat(demoInForce(LocalDate.of(2022, 6, 1), "TRUE")).isEqualTo(1594);
        assertThat(demoInForce(LocalDate.of(2023, 12, 31), "TRUE")).isEqualTo(1594);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM service_item_version a JOIN service_item_version b ON b.item_id = a.item_id "
                + "AND b.version_no = 2 JOIN service_item i ON i.id = a.item_id WHERE i.demo AND a.version_no = 1 "
                + "AND a.effective_to <> b.effective_from").query(Long.class).single()).isZero();
        long delegatedItem = jdbc.sql("SELECT v.item_id FROM service_item_version v JOIN service_item i ON i.id = v.item_id "
                + "WHERE i.demo AND v.delegated ORDER BY i.code FETCH FIRST 1 ROWS ONLY").query(Long.class).single();
        ServiceItemView after = items.find(delegatedItem, LocalDate.of(2023, 12, 31)).orElseThrow();
        ServiceItemView before = items.find(delegatedItem, LocalDate.of(2022, 6, 1)).orElseThrow();
        assertThat(before.level()).isEqualTo(ServiceLevel.DISTRICT);
        assertThat(after.level().nearby()).isTrue();
        assertThat(after.delegatedOn()).hasYear(2023);
        assertThat(after.versionNo()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM service_item_version v JOIN service_item i ON i.id = v.item_id "
                + "WHERE i.demo AND (v.name LIKE '事项%' OR v.name = '')").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT v.name) FROM service_item_version v JOIN service_item i ON i.id = v.item_id "
                + "WHERE i.demo").query(Long.class).single()).isGreaterThan(300L);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM service_item_version v JOIN service_item i ON i.id = v.item_id "
                + "WHERE i.demo AND NOT EXISTS (SELECT 1 FROM service_item_material m WHERE m.version_id = v.id)")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM service_item WHERE demo AND region_code NOT LIKE '421202%'")
                .query(Long.class).single()).isZero();
    }
}
