package cn.fazhi.responsibilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;

/**
 * Dispatch suggestions from the in-memory index of the published list, table-driven over a small list of 2025 powers
 * (names with a rare word, so the demo list does not answer): the category's powers first (one per unit, in force on
 * the day), then powers whose names share at least two uncommon words with the text, most shared first; drafts, ended
 * versions and words common to the whole list do not count; a publication is seen at once.
 */
@IntegrationTest
class PowerSuggestionsTest {

    static final LocalDate FROM = LocalDate.of(2025, 3, 1);

    @Autowired Responsibilities responsibilities;
    @Autowired Powers powers;
    @Autowired JdbcClient jdbc;

    static String tag;

    @BeforeEach
    void list() {
        if (tag != null) {
            return;
        }
        tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        // A kept database may hold this list from an earlier run (its draft since published by another test).
        jdbc.sql("DELETE FROM power_item WHERE created_by = 'test' AND (name LIKE '鹦鹉螺化石%' OR name LIKE '翡翠蜥蜴%' "
                        + "OR name LIKE '温泉街道琥珀矿点%')")
                .update();
        power("S1", "鹦鹉螺化石收藏登记", 5, FROM, null, true);
        power("S2", "鹦鹉螺化石运输核准", 6, FROM, null, true);
        power("S3", "鹦鹉螺化石展览备案", 7, FROM, LocalDate.of(2025, 9, 1), true);
        power("S4", "鹦鹉螺化石出口初审", 8, FROM, null, false);
        power("S5", "翡翠蜥蜴人工繁育许可", 9, FROM, null, true);
        power("S6", "翡翠蜥蜴人工繁育许可（变更）", 9, FROM, null, true);
        power("S7", "翡翠蜥蜴经营利用核准", 10, LocalDate.of(2025, 6, 1), null, true);
        // a township's power named with the township: its name is the place, not the matter
        power("S8", "温泉街道琥珀矿点巡查", 17, FROM, null, true);
    }

    private void power(String suffix, String name, long unit, LocalDate from, LocalDate to, boolean published) {
        jdbc.sql("INSERT INTO power_item (code, version_no, power_type, name, matter_key, basis, unit_id, region_code, "
                        + "effective_from, effective_to, published_on, created_at, created_by) VALUES (:code, 1, 'LICENCE', "
                        + ":name, :key, '《测试条例》第一条', :unit, '421202', :from, :to, :pub, :now, 'test')")
                .param("code", "T-" + tag + "-" + suffix).param("name", name).param("key", MatterKeys.of(name))
                .param("unit", unit).param("from", from).param("to", to).param("pub", published ? from : null)
                .param("now", OffsetDateTime.now()).update();
    }

    /** codes (the category's, short suffixes) | text | day | expected units in order | first reason. */
    @ParameterizedTest(name = "[{index}] {1} on {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "S2     | -                      | 2025-04-01 | 6          | CATEGORY_POWER",
        "S2 S1  | -                      | 2025-04-01 | 6 5        | CATEGORY_POWER",
        "S5 S6  | -                      | 2025-04-01 | 9          | CATEGORY_POWER",
        "S3     | -                      | 2025-10-01 | -          | -",
        "S4     | -                      | 2025-04-01 | -          | -",
        "S2     | 家里收藏了鹦鹉螺化石想登记  | 2025-04-01 | 6 5 7      | CATEGORY_POWER",
        "-      | 家里收藏了鹦鹉螺化石想登记  | 2025-04-01 | 5 6 7      | TEXT_MATCH",
        "-      | 家里收藏了鹦鹉螺化石想登记  | 2025-10-01 | 5 6        | TEXT_MATCH",
        "-      | 鹦鹉螺化石                | 2025-02-01 | -          | -",
        "-      | 有人在山里繁育翡翠蜥蜴      | 2025-04-01 | 9          | TEXT_MATCH",
        "-      | 有人在山里繁育翡翠蜥蜴      | 2025-07-01 | 9 10       | TEXT_MATCH",
        "-      | 鹦鹉                     | 2025-04-01 | -          | -",
        "S9     | 与清单无关的一句话          | 2025-04-01 | -          | -",
        "-      | 温泉街道有人打听琥珀        | 2025-04-01 | -          | -",
        "-      | 温泉街道的琥珀矿点        | 2025-04-01 | 17         | TEXT_MATCH"})
    void suggestions(String codes, String text, LocalDate on, String units, SuggestionReason first) {
        List<String> c = codes == null ? List.of()
                : Arrays.stream(codes.trim().split("\\s+")).map(s -> "T-" + tag + "-" + s).toList();
        List<DispatchSuggestion> s = responsibilities.suggest(new DispatchQuery(c, text, on, 5));
        List<Long> expected = units == null ? List.of() : Arrays.stream(units.trim().split("\\s+")).map(Long::valueOf).toList();
        assertThat(s).extracting(DispatchSuggestion::unitId).containsExactlyElementsOf(expected);
        if (first != null) {
            assertThat(s.get(0).reason()).isEqualTo(first);
        }
    }

    @Test
    void aTextMatchNamesThePowerAndTheWordsShared() {
        DispatchSuggestion s = responsibilities.suggest(new DispatchQuery(List.of(), "家里收藏了鹦鹉螺化石想登记",
                LocalDate.of(2025, 4, 1), 1)).get(0);
        assertThat(s.powerName()).isEqualTo("鹦鹉螺化石收藏登记");
        assertThat(s.matched().split("、")).contains("收藏", "鹦鹉", "化石");
        assertThat(s.basis()).isEqualTo("《测试条例》第一条");
        assertThat(s.score()).isEqualTo(s.matched().split("、").length);
    }

    @Test
    void theLimitCutsTheList() {
        assertThat(responsibilities.suggest(new DispatchQuery(List.of(), "家里收藏了鹦鹉螺化石想登记",
                LocalDate.of(2025, 4, 1), 2))).hasSize(2);
    }

    @Test
    void theDemoListAnswersACommonRequest() {
        List<DispatchSuggestion> s = responsibilities.suggest(new DispatchQuery(List.of(), "小区旁边有人砍伐城市树木",
                LocalDate.of(2023, 6, 1), 5));
        assertThat(s).extracting(DispatchSuggestion::unitId).contains(6L, 9L);
        assertThat(s).allMatch(x -> x.reason() == SuggestionReason.TEXT_MATCH);
    }

    @Test
    void wordsCommonToTheWholeListDoNotCount() {
        // "许可" and "新办" are in many of the demo list's sub-items: alone they suggest nothing.
        assertThat(responsibilities.suggest(new DispatchQuery(List.of(), "许可新办", LocalDate.of(2023, 6, 1), 5)))
                .isEmpty();
    }
}
