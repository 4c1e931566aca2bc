package cn.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fazhi.IntegrationTest;
import cn.fazhi.cases.CaseLinks;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.enforcement.events.CaseFileFailed;

/**
 * A case file evaluated 不合格 (enforcement's {@link CaseFileFailed}, after the commit) opens one supervision clue of
 * source FILE_REVIEW for the file's unit, linked both ways to the evaluated file; the same event again opens nothing.
 */
@IntegrationTest
class FileReviewCluesTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired CaseLinks links;

    @Test
    void aFailedFileOpensOneLinkedClue() {
        long fileId = 660_000L + System.nanoTime() % 100_000;
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO unit (code, name, short_name, type, region_code) SELECT :c, :n, :s, 'DEPARTMENT', region_code "
                        + "FROM unit WHERE id = 5")
                .param("c", "FC" + suffix).param("n", "线索测试单位" + suffix).param("s", "线索" + suffix).update();
        long unit = jdbc.sql("SELECT id FROM unit WHERE code = :c").param("c", "FC" + suffix).query(Long.class).single();
        LocalDate evaluated = LocalDate.now().minusDays(1);
        CaseFileFailed failed = new CaseFileFailed(fileId, "enforcement", 42L, "咸安市监罚〔2026〕42号", unit, evaluated,
                "/enforcement/file-reviews/files/" + fileId);
        transactions.executeWithoutResult(t -> events.publishEvent(failed));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> clues(fileId) == 1);
        transactions.executeWithoutResult(t -> events.publishEvent(failed));
        Awaitility.await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL "
                        + "AND event_type LIKE '%CaseFileFailed'").query(Long.class).single() == 0);
        assertThat(clues(fileId)).isEqualTo(1);

        var row = jdbc.sql("SELECT id, unit_id, received_on, status, summary FROM supervision_clue WHERE source = 'FILE_REVIEW' "
                + "AND source_type = 'evaluation' AND source_id = :f").param("f", fileId).query().singleRow();
        assertThat(((Number) row.get("unit_id")).longValue()).isEqualTo(unit);
        assertThat(row.get("status")).isEqualTo(ClueStatus.RECEIVED.name());
        assertThat((String) row.get("summary")).contains("咸安市监罚〔2026〕42号");
        long clueId = ((Number) row.get("id")).longValue();
        assertThat(links.of(new CaseRef("evaluation", fileId))).singleElement()
                .satisfies(l -> assertThat(l.path()).isEqualTo("/supervision/clues/" + clueId));
        assertThat(links.of(new CaseRef(Clues.CASE_TYPE, clueId))).singleElement()
                .satisfies(l -> assertThat(l.path()).isEqualTo("/enforcement/file-reviews/files/" + fileId));
    }

    long clues(long fileId) {
        return jdbc.sql("SELECT COUNT(*) FROM supervision_clue WHERE source = 'FILE_REVIEW' AND source_type = 'evaluation' "
                + "AND source_id = :f").param("f", fileId).query(Long.class).single();
    }
}
