package cn.fazhi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.platform.FazhiProperties;
import cn.fazhi.platform.PlatformConfiguration;

/**
 * A database from before the keyed chain (V60): its plain-SM3 rows still verify, rows appended afterwards are keyed,
 * a legacy row edited later is found, and passing keyed rows off as legacy by moving {@code keyed_from} is found by the
 * checkpoint.
 */
class AuditChainMigrationTest {

    static {
        new PlatformConfiguration(); // registers BouncyCastle
    }

    private static final String URL = "jdbc:h2:mem:audit-migration;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;CASE_INSENSITIVE_IDENTIFIERS=TRUE";

    @Test
    void legacyRowsVerifyWithPlainSm3AndNewRowsAreKeyed() throws Exception {
        // a pool, as the application has: H2 ties a check constraint to the session that created it
        com.zaxxer.hikari.HikariDataSource ds = new com.zaxxer.hikari.HikariDataSource();
        ds.setJdbcUrl(URL);
        ds.setUsername("sa");
        ds.setMinimumIdle(2);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/common").target("58").load().migrate();
        JdbcClient jdbc = JdbcClient.create(ds);
        String prev = "0".repeat(64);
        OffsetDateTime at = OffsetDateTime.of(2025, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);
        for (long seq = 1; seq <= 3; seq++) {
            AuditRecord row = new AuditRecord(seq, at.plusMinutes(seq), "admin", "legacy.event", "thing", Long.toString(seq),
                    "old row " + seq, "127.0.0.1", "SUCCESS", prev, null);
            String hash = AuditTrail.legacyHashOf(row);
            jdbc.sql("INSERT INTO audit_event (seq, occurred_at, actor, action, target_type, target_id, detail, client_ip, "
                            + "outcome, prev_hash, hash) VALUES (:s, :at, 'admin', 'legacy.event', 'thing', :tid, :d, "
                            + "'127.0.0.1', 'SUCCESS', :p, :h)")
                    .param("s", seq).param("at", row.occurredAt()).param("tid", row.targetId()).param("d", row.detail())
                    .param("p", prev).param("h", hash).update();
            jdbc.sql("UPDATE audit_chain_head SET last_seq = :s, last_hash = :h").param("s", seq).param("h", hash).update();
            prev = hash;
        }
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/common").load().migrate();
        assertThat(jdbc.sql("SELECT keyed_from FROM audit_chain_head").query(Long.class).single()).isEqualTo(4);

        Path dir = Files.createTempDirectory("audit-migration");
        FazhiProperties properties = new FazhiProperties(dir, null, new FazhiProperties.Crypto(
                FazhiProperties.Crypto.DEFAULT_SM4_KEY, FazhiProperties.Crypto.DEFAULT_INDEX_KEY, "0123456789abcdef"),
                new FazhiProperties.Security(5, Duration.ofMinutes(15), Duration.ofHours(8), 8), null);
        AuditTrail trail = new AuditTrail(jdbc, Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneId.of("Asia/Shanghai")),
                properties, new AuditProperties(null));
        trail.record(AuditEntry.of("new.event", "thing", 4, "keyed row").by("admin"));
        trail.record(AuditEntry.of("new.event", "thing", 5, "keyed row").by("admin"));
        assertThat(trail.verify().intact()).isTrue();
        assertThat(trail.verify().rowsChecked()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT hash FROM audit_event WHERE seq = 4").query(String.class).single())
                .as("the new row is keyed, not plain SM3").isNotEqualTo(AuditTrail.legacyHashOf(row(jdbc, 4, null)));
        assertThat(trail.checkpoint()).isEqualTo(5);
        assertThat(dir.resolve("audit/checkpoints/chain-head.log")).exists();

        // a legacy row edited later
        jdbc.sql("UPDATE audit_event SET detail = 'forged' WHERE seq = 2").update();
        assertThat(trail.verify().firstBrokenSeq()).isEqualTo(2);
        jdbc.sql("UPDATE audit_event SET detail = 'old row 2' WHERE seq = 2").update();
        assertThat(trail.verify().intact()).isTrue();

        // keyed rows rewritten as "legacy" with keyed_from moved past them: the rows pass, the checkpoint does not
        jdbc.sql("UPDATE audit_event SET detail = 'rewritten' WHERE seq = 5").update();
        String prev4 = jdbc.sql("SELECT hash FROM audit_event WHERE seq = 4").query(String.class).single();
        for (long seq = 4; seq <= 5; seq++) {
            String p = seq == 4 ? row(jdbc, seq, null).prevHash() : prev4;
            String h = AuditTrail.legacyHashOf(row(jdbc, seq, p));
            jdbc.sql("UPDATE audit_event SET prev_hash = :p, hash = :h WHERE seq = :s").param("p", p).param("h", h)
                    .param("s", seq).update();
            prev4 = h;
        }
        jdbc.sql("UPDATE audit_chain_head SET keyed_from = 6, last_hash = :h").param("h", prev4).update();
        ChainVerification downgraded = trail.verify();
        assertThat(downgraded.intact()).isFalse();
        assertThat(downgraded.problem()).isEqualTo(ChainVerification.Problem.CHECKPOINT);
        assertThat(downgraded.firstBrokenSeq()).isEqualTo(4);
        ds.close();
    }

    /** Row {@code seq} as stored, linked to {@code prev} (or its stored previous hash when null). */
    private static AuditRecord row(JdbcClient jdbc, long seq, String prev) {
        return jdbc.sql("SELECT * FROM audit_event WHERE seq = :s").param("s", seq).query((rs, n) -> new AuditRecord(seq,
                rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"), rs.getString("action"),
                rs.getString("target_type"), rs.getString("target_id"), rs.getString("detail"), rs.getString("client_ip"),
                rs.getString("outcome"), prev != null ? prev : rs.getString("prev_hash"), null)).single();
    }
}
