package cn.fazhi.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fazhi.IntegrationTest;
import cn.fazhi.audit.AuditEntry;

/**
 * The kernel's bulk path: rows with awkward text (tabs, line breaks, backslashes, "\N", Chinese), nulls, dates and
 * numbers come back exactly as written (COPY's text format on PostgreSQL, JDBC batches on H2); ids come back in row
 * order; one timeline entry per case; one audit record per batch; a failing batch leaves nothing behind.
 */
@IntegrationTest
class CaseBulkTest {

    @Autowired
    CaseBulk bulk;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    static final List<String> COLUMNS = List.of("case_type", "case_id", "occurred_at", "actor", "action", "detail");

    @Test
    void rowsComeBackAsWrittenWithIdsInOrderAndOneTimelineEntryPerCase() {
        String awkward = "制表\t换行\n回车\r反斜杠\\ 空值\\N 结尾";
        OffsetDateTime at = OffsetDateTime.parse("2023-05-06T07:08:09+08:00");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            rows.add(new Object[] {"bulk_test", 1_000_000L + i, at, "bulk", "row" + i, i % 2 == 0 ? awkward : null});
        }
        long auditsBefore = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'cases.bulk.test'").query(Long.class).single();
        long[] ids = tx.execute(s -> {
            long[] written = bulk.insertReturningIds(new CaseBulk.Rows("case_event", COLUMNS, rows));
            bulk.timeline("bulk_test", new long[] {7, 8, 9}, "imported", "file.xlsx");
            bulk.audited(AuditEntry.of("cases.bulk.test", "bulk_test", null, "2500 rows"));
            return written;
        });
        assertThat(ids).hasSize(2500).doesNotHaveDuplicates();
        for (int i : new int[] {0, 1, 1999, 2000, 2499}) {
            Map<String, Object> row = jdbc.sql("SELECT case_id, action, detail, occurred_at FROM case_event WHERE id = :id")
                    .param("id", ids[i]).query().singleRow();
            assertThat(((Number) row.get("case_id")).longValue()).isEqualTo(1_000_000L + i);
            assertThat(row.get("action")).isEqualTo("row" + i);
            assertThat(row.get("detail")).isEqualTo(i % 2 == 0 ? awkward : null);
        }
        OffsetDateTime read = jdbc.sql("SELECT occurred_at FROM case_event WHERE id = :id").param("id", ids[0])
                .query(OffsetDateTime.class).single();
        assertThat(read.toInstant()).isEqualTo(at.toInstant());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_event WHERE case_type = 'bulk_test' AND action = 'imported' "
                + "AND case_id IN (7, 8, 9) AND detail = 'file.xlsx'").query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'cases.bulk.test'").query(Long.class).single())
                .isEqualTo(auditsBefore + 1);
    }

    @Test
    void aFailingBatchLeavesNothing() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"bulk_fail", 1L, OffsetDateTime.now(), "bulk", "ok", null});
        rows.add(new Object[] {"bulk_fail", 2L, OffsetDateTime.now(), null, "actor is NOT NULL", null});
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            bulk.timeline("bulk_fail", new long[] {1}, "imported", null);
            bulk.insert(new CaseBulk.Rows("case_event", COLUMNS, rows));
        })).isInstanceOf(RuntimeException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_event WHERE case_type = 'bulk_fail'").query(Long.class).single())
                .isZero();
    }

    @Test
    void onlyPlainIdentifiers() {
        assertThatThrownBy(() -> new CaseBulk.Rows("case_event; DROP TABLE x", COLUMNS, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
