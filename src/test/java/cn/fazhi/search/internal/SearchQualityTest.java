package cn.fazhi.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.fazhi.platform.FazhiProperties;
import cn.fazhi.search.SearchHit;
import cn.fazhi.search.SearchQuery;
import cn.fazhi.search.SearchResult;
import cn.fazhi.search.SearchText;

/**
 * Search quality on a Chinese corpus of 50 public-style texts (src/test/resources/search/corpus.tsv) and 20 queries
 * with judged relevant texts (queries.tsv). For each query: precision of the top 10 (relevant among the hits shown,
 * at most 10) and recall within the top 10. The figures are written to target/search-quality.md (copied into
 * docs/SEARCH.md) and held to a floor here.
 */
class SearchQualityTest {

    @TempDir
    static Path dir;

    static SearchIndex index;

    @BeforeAll
    static void build() throws IOException {
        index = open(dir);
        long n = 0;
        for (String[] row : rows("corpus.tsv")) {
            index.replace("corpus", row[0], new SearchText("corpus", row[0], row[1], row[2], Map.of("group",
                    List.of(row[0].replaceAll("\\d", ""))), Map.of(), true, 1, "421202", "/x/" + row[0]));
            n++;
        }
        index.commit(n, 0);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static SearchIndex open(Path dir) throws IOException {
        return new SearchIndex(new SearchProperties(dir, null, 0, 0, null, null),
                new FazhiProperties(dir, null, null, null, null));
    }

    static List<String[]> rows(String name) {
        try (InputStream in = SearchQualityTest.class.getResourceAsStream("/search/" + name)) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> top(String text, int size) {
        return index.search(new SearchQuery(text, List.of(), Map.of(), List.of(), true, 0, size), null).hits().stream()
                .map(SearchHit::id).toList();
    }

    @Test
    void bigramsFindWordsInsideLongerWords() {
        // smartcn alone keeps 被申请人 as one word; the bigram field finds 申请 inside it
        assertThat(top("申请", 50)).contains("fy1", "fy3", "fy5");
        // 复议 finds 行政复议
        assertThat(top("复议", 50)).contains("fy1", "fy2", "fy3", "fy4", "fy5");
        assertThat(top("复议", 5)).allMatch(id -> id.startsWith("fy"));
    }

    @Test
    void aSingleCharacterIsFoundInsideWords() {
        // bodies are indexed as bigrams only: a one-character term matches a bigram beginning or ending with it
        List<String> withSu = top("诉", 50);
        assertThat(withSu).containsExactlyInAnyOrderElementsOf(rows("corpus.tsv").stream()
                .filter(r -> r[1].contains("诉") || r[2].contains("诉")).map(r -> r[0]).toList());
        assertThat(withSu).isNotEmpty();
    }

    @Test
    void everyTermMustOccurAndTitlesRankFirst() {
        assertThat(top("调解协议 司法确认", 10)).containsExactly("tj3");
        assertThat(top("森林防火", 10).get(0)).isIn("lh1", "lh2");
        assertThat(top("不存在的词语组合", 10)).isEmpty();
    }

    @Test
    void aQueryIsWordsSplitOnPunctuationAndFunctionWordsAndThePhraseRanksFirst() {
        // 的 between two words is dropped: ss1 and ss2 say 行政机关负责人
        assertThat(top("行政机关的负责人", 10)).containsExactlyInAnyOrder("ss1", "ss2");
        // the words as one phrase rank first: tj3 says 调解协议, fy4 has 调解 and 协议 apart
        assertThat(top("调解的协议", 10)).containsExactly("tj3", "fy4");
        // Chinese punctuation between keywords: both must occur
        assertThat(top("调解协议、司法确认", 10)).containsExactly("tj3");
        assertThat(top("调解协议，司法确认；", 10)).containsExactly("tj3");
        // a word inside a longer word is still found, and 的 inside a word (目的) is no separator
        assertThat(top("申请", 50)).contains("fy1", "fy3", "fy5");
        assertThat(QueryWords.of("行政机关的负责人")).containsExactly("行政机关", "负责人");
        assertThat(QueryWords.of("立法目的")).containsExactly("立法目的");
        assertThat(QueryWords.of("咸政发〔2024〕3号")).containsExactly("咸政发", "2024", "3号");
    }

    @Test
    void snippetsAreEscapedAndMarked() throws IOException {
        Path other = Files.createTempDirectory(dir, "escape");
        SearchIndex small = open(other);
        try {
            small.replace("corpus", "x1", new SearchText("corpus", "x1", "关于<b>加粗</b>的通知",
                    "正文含有<script>alert(1)</script>与行政复议申请的说明。", Map.of(), Map.of(), true, 1, "421202", null));
            small.commit(1, 0);
            SearchResult r = small.search(new SearchQuery("复议", List.of(), Map.of(), List.of(), true, 0, 10), null);
            assertThat(r.hits()).hasSize(1);
            String snippet = r.hits().get(0).snippetHtml();
            assertThat(snippet).contains("<mark>").contains("复议").doesNotContain("<script>").contains("&lt;script&gt;");
            assertThat(r.hits().get(0).titleHtml()).doesNotContain("<b>").contains("&lt;b&gt;");
        } finally {
            small.close();
        }
    }

    @Test
    void precisionOfTheTopTenOnTwentyQueries() throws IOException {
        List<String[]> queries = rows("queries.tsv");
        assertThat(queries).hasSize(20);
        double[] means = measure(queries, "search-quality.md");
        assertThat(means[0]).as("mean precision of the top 10").isGreaterThanOrEqualTo(0.85);
        assertThat(means[1]).as("mean recall within the top 10").isGreaterThanOrEqualTo(0.75);
    }

    /** Queries typed with function words and punctuation between the keywords (queries-natural.tsv). */
    @Test
    void precisionOfQueriesTypedWithPunctuationAndFunctionWords() throws IOException {
        List<String[]> queries = rows("queries-natural.tsv");
        double[] means = measure(queries, "search-quality-natural.md");
        assertThat(means[0]).as("mean precision of the top 10").isGreaterThanOrEqualTo(0.85);
        assertThat(means[1]).as("mean recall within the top 10").isGreaterThanOrEqualTo(0.75);
    }

    /** Writes the per-query table to target/{@code file}; fails when a query finds nothing relevant. */
    private static double[] measure(List<String[]> queries, String file) throws IOException {
        StringBuilder table = new StringBuilder("| # | query | relevant | returned (top 10) | relevant in top 10 | P@10 | R@10 |\n"
                + "|---|---|---|---|---|---|---|\n");
        double precisionSum = 0;
        double recallSum = 0;
        int i = 0;
        List<String> nothingRelevant = new ArrayList<>();
        for (String[] q : queries) {
            Set<String> relevant = new LinkedHashSet<>(Arrays.asList(q[1].split(" ")));
            List<String> hits = top(q[0], 10);
            long good = hits.stream().filter(relevant::contains).count();
            double precision = hits.isEmpty() ? 0 : (double) good / hits.size();
            double recall = (double) good / relevant.size();
            precisionSum += precision;
            recallSum += recall;
            table.append(String.format("| %d | %s | %d | %s | %d | %.2f | %.2f |%n", ++i, q[0], relevant.size(),
                    String.join(" ", hits), good, precision, recall));
            if (good == 0) {
                nothingRelevant.add(q[0]);
            }
        }
        double meanPrecision = precisionSum / queries.size();
        double meanRecall = recallSum / queries.size();
        table.append(String.format("%nMean P@10 = %.3f, mean R@10 = %.3f over %d queries.%n", meanPrecision, meanRecall,
                queries.size()));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", file), table.toString());
        assertThat(nothingRelevant).as("queries that find no relevant text").isEmpty();
        return new double[] {meanPrecision, meanRecall};
    }
}
