package cn.fazhi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;

/** The SM3 hash chain finds a modified row; on PostgreSQL the table itself refuses UPDATE and DELETE. */
@IntegrationTest
class AuditChainTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void anIntactChainVerifies() {
        trail.record(AuditEntry.of("test.event", "thing", 1, "first").by("tester"));
        trail.record(AuditEntry.of("test.event", "thing", 2, "second").by("tester"));
        ChainVerification result = trail.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.rowsChecked()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aModifiedRowBreaksTheChainAtThatRow() throws Exception {
        trail.record(AuditEntry.of("test.event", "thing", 3, "original detail").by("tester"));
        long seq = jdbc.sql("SELECT MAX(seq) FROM audit_event WHERE detail = 'original detail'").query(Long.class).single();
        tamper("UPDATE audit_event SET detail = 'forged detail' WHERE seq = " + seq);
        try {
            ChainVerification result = trail.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(seq);
        } finally {
            tamper("UPDATE audit_event SET detail = 'original detail' WHERE seq = " + seq);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aDeletedRowBreaksTheChain() throws Exception {
        trail.record(AuditEntry.of("test.event", "thing", 4, "to be deleted").by("tester"));
        trail.record(AuditEntry.of("test.event", "thing", 5, "after").by("tester"));
        var row = jdbc.sql("SELECT * FROM audit_event WHERE detail = 'to be deleted'").query().singleRow();
        long seq = ((Number) row.get("seq")).longValue();
        tamper("DELETE FROM audit_event WHERE seq = " + seq);
        try {
            assertThat(trail.verify().intact()).isFalse();
            assertThat(trail.verify().firstBrokenSeq()).isEqualTo(seq + 1);
        } finally {
            jdbc.sql("INSERT INTO audit_event (seq, occurred_at, actor, action, target_type, target_id, detail, client_ip, "
                            + "outcome, prev_hash, hash) VALUES (:seq, :at, :actor, :action, :tt, :tid, :d, :ip, :o, :p, :h)")
                    .param("seq", seq).param("at", row.get("occurred_at")).param("actor", row.get("actor"))
                    .param("action", row.get("action")).param("tt", row.get("target_type")).param("tid", row.get("target_id"))
                    .param("d", row.get("detail")).param("ip", row.get("client_ip")).param("o", row.get("outcome"))
                    .param("p", row.get("prev_hash")).param("h", row.get("hash")).update();
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void onPostgresqlTheTableRefusesUpdates() throws Exception {
        if (!isPostgres()) {
            return;
        }
        trail.record(AuditEntry.of("test.event", "thing", 6, "immutable").by("tester"));
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET detail = 'x' WHERE detail = 'immutable'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE detail = 'immutable'").update())
                .hasMessageContaining("append-only");
    }

    /** Bypasses the PostgreSQL trigger the way a database superuser could, to prove the chain still catches it. */
    private void tamper(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (isPostgres()) {
                s.execute("SET session_replication_role = replica");
            }
            s.execute(sql);
            if (isPostgres()) {
                s.execute("SET session_replication_role = DEFAULT");
            }
        }
    }

    private boolean isPostgres() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }
}
