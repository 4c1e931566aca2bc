package cn.fazhi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;
import cn.fazhi.identity.domain.UserAccounts;

/**
 * The keyed chain and the checkpoint outside the database find (a) an edited row, (b) a deleted tail with the head
 * moved back, (c) a rewritten row with the chain recomputed, each with the first broken sequence number; on PostgreSQL
 * the tables themselves refuse UPDATE, DELETE and TRUNCATE, and the head only moves forward. A broken chain is the
 * alarm on the administrator's home page.
 */
@IntegrationTest
class AuditChainTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    ChainWatch watch;

    @Autowired
    AuditProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Test
    void anIntactChainVerifies() {
        trail.record(AuditEntry.of("test.event", "thing", 1, "first").by("tester"));
        trail.record(AuditEntry.of("test.event", "thing", 2, "second").by("tester"));
        trail.checkpoint();
        ChainVerification result = trail.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.rowsChecked()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aEditedRowBreaksTheChainAtThatRow() throws Exception {
        trail.record(AuditEntry.of("test.event", "thing", 3, "original detail").by("tester"));
        long seq = jdbc.sql("SELECT MAX(seq) FROM audit_event WHERE detail = 'original detail'").query(Long.class).single();
        tamper("UPDATE audit_event SET detail = 'forged detail' WHERE seq = " + seq);
        try {
            ChainVerification result = trail.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(seq);
            assertThat(result.problem()).isEqualTo(ChainVerification.Problem.ROW);
        } finally {
            tamper("UPDATE audit_event SET detail = 'original detail' WHERE seq = " + seq);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aDeletedRowBreaksTheChainAtThatRow() throws Exception {
        trail.record(AuditEntry.of("test.event", "thing", 4, "to be deleted").by("tester"));
        trail.record(AuditEntry.of("test.event", "thing", 5, "after").by("tester"));
        long seq = jdbc.sql("SELECT MAX(seq) FROM audit_event WHERE detail = 'to be deleted'").query(Long.class).single();
        List<Map<String, Object>> saved = rowsFrom(seq, seq);
        tamper("DELETE FROM audit_event WHERE seq = " + seq);
        try {
            assertThat(trail.verify().intact()).isFalse();
            assertThat(trail.verify().firstBrokenSeq()).isEqualTo(seq);
        } finally {
            restore(saved, null);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void bDeletingTheTailAndMovingTheHeadBackIsFoundByTheCheckpoint() throws Exception {
        for (int i = 0; i < 3; i++) {
            trail.record(AuditEntry.of("test.event", "tail", i, "tail " + i).by("tester"));
        }
        trail.checkpoint();
        Map<String, Object> head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1").query().singleRow();
        long last = ((Number) head.get("last_seq")).longValue();
        List<Map<String, Object>> saved = rowsFrom(last - 1, last);
        String hashBefore = jdbc.sql("SELECT hash FROM audit_event WHERE seq = :s").param("s", last - 2).query(String.class).single();
        tamper("DELETE FROM audit_event WHERE seq >= " + (last - 1));
        tamper("UPDATE audit_chain_head SET last_seq = " + (last - 2) + ", last_hash = '" + hashBefore + "' WHERE id = 1");
        try {
            ChainVerification result = trail.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.problem()).isEqualTo(ChainVerification.Problem.TRUNCATED);
            assertThat(result.firstBrokenSeq()).isEqualTo(last - 1);
        } finally {
            restore(saved, head);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void cRewritingARowAndRecomputingTheChainWithoutTheKeyIsFound() throws Exception {
        trail.record(AuditEntry.of("test.event", "thing", 7, "to be rewritten").by("tester"));
        trail.record(AuditEntry.of("test.event", "thing", 8, "later").by("tester"));
        long seq = jdbc.sql("SELECT MAX(seq) FROM audit_event WHERE detail = 'to be rewritten'").query(Long.class).single();
        Map<String, Object> head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1").query().singleRow();
        long last = ((Number) head.get("last_seq")).longValue();
        List<Map<String, Object>> saved = rowsFrom(seq, last);
        // what someone with database access can do: change the row and recompute every hash after it with SM3
        String prev = (String) saved.get(0).get("prev_hash");
        tamper("UPDATE audit_event SET detail = 'rewritten' WHERE seq = " + seq);
        for (long s = seq; s <= last; s++) {
            AuditRecord row = jdbc.sql("SELECT * FROM audit_event WHERE seq = :s").param("s", s).query((rs, n) -> new AuditRecord(
                    rs.getLong("seq"), rs.getObject("occurred_at", java.time.OffsetDateTime.class), rs.getString("actor"),
                    rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"), rs.getString("detail"),
                    rs.getString("client_ip"), rs.getString("outcome"), null, null)).single();
            AuditRecord relinked = new AuditRecord(row.seq(), row.occurredAt(), row.actor(), row.action(), row.targetType(),
                    row.targetId(), row.detail(), row.clientIp(), row.outcome(), prev, null);
            String hash = AuditTrail.legacyHashOf(relinked);
            tamper("UPDATE audit_event SET prev_hash = '" + prev + "', hash = '" + hash + "' WHERE seq = " + s);
            prev = hash;
        }
        tamper("UPDATE audit_chain_head SET last_hash = '" + prev + "' WHERE id = 1");
        try {
            ChainVerification result = trail.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(seq);
        } finally {
            tamper("DELETE FROM audit_event WHERE seq >= " + seq);
            restore(saved, head);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aForgedCheckpointLineIsFound() throws Exception {
        trail.record(AuditEntry.of("test.event", "thing", 9, "checkpointed").by("tester"));
        trail.checkpoint();
        Path file = properties.checkpointDir().resolve("chain-head.log");
        String original = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, "v1 999999 " + "ab".repeat(32) + " 1 0 " + "cd".repeat(32) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        try {
            ChainVerification result = trail.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.problem()).isEqualTo(ChainVerification.Problem.CHECKPOINT_FILE);
        } finally {
            Files.writeString(file, original, StandardCharsets.UTF_8);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aBrokenChainIsTheAlarmOnTheAdministratorsHomePageUntilAVerificationFindsItIntact() throws Exception {
        trail.record(AuditEntry.of("test.event", "thing", 10, "alarm detail").by("tester"));
        long seq = jdbc.sql("SELECT MAX(seq) FROM audit_event WHERE detail = 'alarm detail'").query(Long.class).single();
        var admin = accounts.loadDetails("admin").orElseThrow();
        tamper("UPDATE audit_event SET detail = 'forged' WHERE seq = " + seq);
        try {
            watch.daily();
            assertThat(jdbc.sql("SELECT trigger_kind FROM audit_verification ORDER BY id DESC LIMIT 1").query(String.class)
                    .single()).isEqualTo("daily");
            String page = mvc.perform(get("/").with(user(admin))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("id=\"audit-alarm\"").contains("审计日志哈希链校验未通过").contains("第 " + seq + " 号");
        } finally {
            tamper("UPDATE audit_event SET detail = 'alarm detail' WHERE seq = " + seq);
        }
        assertThat(watch.run("test").intact()).isTrue();
        String page = mvc.perform(get("/").with(user(admin))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("audit-alarm");
    }

    @Test
    void theVerifyActionOnTheAuditPageVerifiesNowAndKeepsTheResult() throws Exception {
        var admin = accounts.loadDetails("admin").orElseThrow();
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_verification WHERE trigger_kind = 'page'").query(Long.class).single();
        String fragment = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/audit/verify")
                        .with(user(admin)).with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).contains("哈希链完整");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_verification WHERE trigger_kind = 'page'").query(Long.class).single())
                .isEqualTo(before + 1);
    }

    @Test
    void onPostgresqlTheTablesRefuseUpdateDeleteTruncateAndMovingTheHeadBack() throws Exception {
        if (!isPostgres()) {
            return;
        }
        trail.record(AuditEntry.of("test.event", "thing", 6, "immutable").by("tester"));
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET detail = 'x' WHERE detail = 'immutable'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE detail = 'immutable'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_chain_head SET last_seq = last_seq - 1").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_chain_head").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_chain_head").update()).hasMessageContaining("append-only");
    }

    private List<Map<String, Object>> rowsFrom(long from, long to) {
        return jdbc.sql("SELECT * FROM audit_event WHERE seq BETWEEN :a AND :b ORDER BY seq").param("a", from).param("b", to)
                .query().listOfRows();
    }

    private void restore(List<Map<String, Object>> rows, Map<String, Object> head) throws Exception {
        for (Map<String, Object> row : rows) {
            jdbc.sql("INSERT INTO audit_event (seq, occurred_at, actor, action, target_type, target_id, detail, client_ip, "
                            + "outcome, prev_hash, hash) VALUES (:seq, :at, :actor, :action, :tt, :tid, :d, :ip, :o, :p, :h)")
                    .param("seq", row.get("seq")).param("at", row.get("occurred_at")).param("actor", row.get("actor"))
                    .param("action", row.get("action")).param("tt", row.get("target_type")).param("tid", row.get("target_id"))
                    .param("d", row.get("detail")).param("ip", row.get("client_ip")).param("o", row.get("outcome"))
                    .param("p", row.get("prev_hash")).param("h", row.get("hash")).update();
        }
        if (head != null) {
            tamper("UPDATE audit_chain_head SET last_seq = " + head.get("last_seq") + ", last_hash = '" + head.get("last_hash")
                    + "' WHERE id = 1");
        }
    }

    /** Bypasses the PostgreSQL triggers the way a database superuser could, to prove the chain still catches it. */
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
