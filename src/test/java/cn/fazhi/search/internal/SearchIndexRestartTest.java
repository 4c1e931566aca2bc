package cn.fazhi.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.fazhi.search.SearchQuery;
import cn.fazhi.search.SearchText;

/** An index keeps its texts and its change-log mark across a restart; a second node in the same place takes another slot. */
class SearchIndexRestartTest {

    @TempDir
    Path dir;

    @Test
    void restartKeepsTextsAndMark() throws Exception {
        SearchIndex first = SearchQualityTest.open(dir);
        assertThat(first.appliedChange()).isEqualTo(-1);
        first.replace("tt", "1", new SearchText("tt", "1", "行政复议决定书", "被申请人应当履行。", Map.of(), Map.of(), true, 1, "421202", null));
        first.commit(42, 3);
        String slot = first.status().directory();

        SearchIndex second = SearchQualityTest.open(dir);
        assertThat(second.status().directory()).as("a second node beside a running one takes the next slot").isNotEqualTo(slot);
        assertThat(second.appliedChange()).isEqualTo(-1);
        second.close();
        first.close();

        SearchIndex reopened = SearchQualityTest.open(dir);
        try {
            assertThat(reopened.status().directory()).isEqualTo(slot);
            assertThat(reopened.appliedChange()).isEqualTo(42);
            assertThat(reopened.appliedRebuild()).isEqualTo(3);
            assertThat(reopened.search(new SearchQuery("申请", List.of(), Map.of(), List.of(), true, 0, 10), null).hits())
                    .extracting(h -> h.id()).containsExactly("1");
        } finally {
            reopened.close();
        }
    }

    /** A kept result is served only while the index is unchanged: every commit is seen by the next search. */
    @Test
    void aKeptResultNeverOutlivesAChange() throws Exception {
        SearchIndex index = SearchQualityTest.open(dir);
        try {
            SearchQuery query = new SearchQuery("复议", List.of(), Map.of(), List.of(), true, 0, 10);
            assertThat(index.search(query, null).hits()).isEmpty();
            assertThat(index.search(query, null).hits()).isEmpty();
            index.replace("tt", "1", new SearchText("tt", "1", "行政复议决定书", "维持。", Map.of(), Map.of(), true, 1,
                    "421202", null));
            index.commit(1, 0);
            assertThat(index.search(query, null).hits()).extracting(h -> h.id()).containsExactly("1");
            index.replace("tt", "1", new SearchText("tt", "1", "行政诉讼答辩状", "答辩。", Map.of(), Map.of(), true, 1,
                    "421202", null));
            index.commit(2, 0);
            assertThat(index.search(query, null).hits()).isEmpty();
        } finally {
            index.close();
        }
    }
}
