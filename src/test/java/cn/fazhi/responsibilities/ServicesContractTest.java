package cn.fazhi.responsibilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.IntegrationTest;
import cn.fazhi.services.ServiceItemType;
import cn.fazhi.services.ServiceItems;
import cn.fazhi.services.ServiceLevel;

/**
 * The issue-14 contract: a service item is read with the version in force on a day; the published power list suggests
 * the holder of a category's power first, then the holders of powers the text names, with the words matched.
 */
@IntegrationTest
@Transactional
class ServicesContractTest {

    @Autowired ServiceItems items;
    @Autowired Responsibilities responsibilities;
    @Autowired JdbcClient jdbc;

    @Test
    void anItemIsReadWithTheVersionInForce() {
        jdbc.sql("INSERT INTO service_item (code, unit_id, region_code, created_at, created_by) "
                + "VALUES ('T-CONTRACT-1', 5, '421202', :now, 'test')").param("now", OffsetDateTime.now()).update();
        long id = jdbc.sql("SELECT id FROM service_item WHERE code = 'T-CONTRACT-1'").query(Long.class).single();
        version(id, 1, "2024-01-01", "2024-07-01", 20);
        version(id, 2, "2024-07-01", null, 0);
        assertThat(items.find(id, LocalDate.of(2024, 3, 1))).get()
                .satisfies(v -> assertThat(v.versionNo()).isEqualTo(1))
                .satisfies(v -> assertThat(v.instant()).isFalse())
                .satisfies(v -> assertThat(v.type()).isEqualTo(ServiceItemType.LICENCE))
                .satisfies(v -> assertThat(v.level()).isEqualTo(ServiceLevel.TOWNSHIP));
        assertThat(items.findByCode("T-CONTRACT-1", LocalDate.of(2024, 7, 1))).get()
                .satisfies(v -> assertThat(v.instant()).isTrue());
        assertThat(items.find(id, LocalDate.of(2023, 12, 31))).isEmpty();
    }

    private void version(long item, int no, String from, String to, int promised) {
        jdbc.sql("INSERT INTO service_item_version (item_id, version_no, effective_from, effective_to, name, item_type, "
                        + "basis, level, delegated, legal_days, promised_days, joint, online) VALUES (:item, :no, :from, :to, "
                        + "'食品经营许可', 'LICENCE', '《食品安全法》第三十五条', 'TOWNSHIP', TRUE, 20, :promised, FALSE, TRUE)")
                .param("item", item).param("no", no).param("from", LocalDate.parse(from))
                .param("to", to == null ? null : LocalDate.parse(to)).param("promised", promised).update();
    }

    @Test
    void theListSuggestsTheCategoryPowerFirstThenTheText() {
        power("T-P-1", "对食品经营者未按规定公示食品经营许可证的处罚", 5, LocalDate.of(2024, 1, 1));
        power("T-P-2", "建筑施工噪声污染防治监督检查", 6, LocalDate.of(2024, 1, 1));
        List<DispatchSuggestion> s = responsibilities.suggest(new DispatchQuery(List.of("T-P-2"),
                "某饭店没有公示食品经营许可证", LocalDate.of(2024, 5, 1), 5));
        assertThat(s).extracting(DispatchSuggestion::unitId).startsWith(6L, 5L);
        assertThat(s.get(0).reason()).isEqualTo(SuggestionReason.CATEGORY_POWER);
        assertThat(s.get(1).reason()).isEqualTo(SuggestionReason.TEXT_MATCH);
        assertThat(s.get(1).matched()).contains("食品", "公示");
        assertThat(responsibilities.suggest(new DispatchQuery(List.of(), "某饭店没有公示食品经营许可证",
                LocalDate.of(2022, 5, 1), 5))).isEmpty();
    }

    private void power(String code, String name, long unit, LocalDate from) {
        jdbc.sql("INSERT INTO power_item (code, version_no, power_type, name, matter_key, basis, unit_id, region_code, "
                        + "effective_from, published_on, created_at, created_by) VALUES (:code, 1, 'PENALTY', :name, :name, "
                        + "'《食品安全法》', :unit, '421202', :from, :from, :now, 'test')")
                .param("code", code).param("name", name).param("unit", unit).param("from", from)
                .param("now", OffsetDateTime.now()).update();
    }
}
