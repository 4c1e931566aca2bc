package cn.fazhi.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;

/**
 * Pruning the search change log: rows every node has applied and older than the retention go, newer rows and rows a
 * recently seen node still lacks stay, a node gone longer than the retention is not waited for, and a node whose index
 * mark is below what was pruned rebuilds from the database instead of missing changes.
 */
@IntegrationTest
class SearchChangePruningTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchFollower follower;

    @Autowired
    SearchChangePruner pruner;

    @Autowired
    SearchIndex index;

    @AfterEach
    void forgetTestNodes() {
        jdbc.sql("DELETE FROM search_node WHERE node LIKE 'test-node-%'").update();
    }

    @Test
    void prunesOnlyOldRowsEveryNodeApplied() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long old1 = change(now.minusDays(9));
        long old2 = change(now.minusDays(8));
        long recent = change(now.minusDays(1));
        follower.poll();
        assertThat(index.appliedChange()).isGreaterThanOrEqualTo(recent);
        assertThat(jdbc.sql("SELECT applied_change FROM search_node WHERE node = :n").param("n", follower.nodeName())
                .query(Long.class).single()).as("the node reported its mark").isEqualTo(index.appliedChange());

        // The other application contexts of this test JVM run nodes of their own on the same database: the live ones
        // follow within their one-second poll; the rows of closed ones never move and are forgotten here, so that only
        // this test's nodes decide what may go
        Thread.sleep(3_000);
        jdbc.sql("DELETE FROM search_node WHERE applied_change < :r AND node NOT LIKE 'test-node-%'").param("r", recent)
                .update();

        // a node seen an hour ago that has applied only up to the first old row holds the second back
        node("test-node-slow", old1, now.minusHours(1));
        // a node not seen for longer than the retention is not waited for, and is forgotten
        node("test-node-gone", 0, now.minusDays(30));
        assertThat(pruner.prune()).isEqualTo(1);
        assertThat(ids(old1, recent)).containsExactly(old2, recent);
        assertThat(pruned()).isEqualTo(old1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM search_node WHERE node = 'test-node-gone'").query(Long.class).single()).isZero();

        // once every node has applied it, the second old row goes too; the recent one stays
        jdbc.sql("DELETE FROM search_node WHERE node = 'test-node-slow'").update();
        assertThat(pruner.prune()).isEqualTo(1);
        assertThat(ids(old1, recent)).containsExactly(recent);
        assertThat(pruned()).isEqualTo(old2);
        assertThat(pruner.prune()).as("nothing more to prune").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'search.changes.pruned' AND target_id = :t")
                .param("t", Long.toString(old2)).query(Long.class).single()).isEqualTo(1);

        // an up-to-date node does not rebuild because rows are gone
        long rebuilds = rebuildsAudited();
        follower.poll();
        assertThat(rebuildsAudited()).isEqualTo(rebuilds);

        // a node whose index stopped before the pruned rows (down longer than the retention, or restored from an old
        // copy) rebuilds from the database
        index.commit(old1 - 1, index.appliedRebuild());
        follower.poll();
        assertThat(rebuildsAudited()).isEqualTo(rebuilds + 1);
        assertThat(index.appliedChange()).isGreaterThanOrEqualTo(old2);
        assertThat(index.count()).isPositive();
    }

    private long change(OffsetDateTime at) {
        jdbc.sql("INSERT INTO search_change (entry_type, entry_id, changed_at) VALUES ('prune_test', '1', :at)")
                .param("at", at).update();
        return jdbc.sql("SELECT MAX(id) FROM search_change").query(Long.class).single();
    }

    private void node(String name, long mark, OffsetDateTime seen) {
        jdbc.sql("INSERT INTO search_node (node, applied_change, seen_at) VALUES (:n, :m, :s)")
                .param("n", name).param("m", mark).param("s", seen).update();
    }

    private List<Long> ids(long from, long to) {
        return jdbc.sql("SELECT id FROM search_change WHERE id BETWEEN :a AND :b AND entry_type = 'prune_test' ORDER BY id")
                .param("a", from).param("b", to).query(Long.class).list();
    }

    private long pruned() {
        return jdbc.sql("SELECT through_id FROM search_pruned WHERE id = 1").query(Long.class).single();
    }

    private long rebuildsAudited() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'search.index.rebuilt'").query(Long.class).single();
    }
}
