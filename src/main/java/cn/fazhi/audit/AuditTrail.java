package cn.fazhi.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.platform.FazhiProperties;
import cn.fazhi.platform.crypto.Sm3;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.ClientAddress;

/**
 * The append-only audit trail. A row joins the caller's transaction (so a rolled-back change leaves no audit row
 * claiming it happened); the chain head row is locked while appending, which serialises writers across nodes.
 * <p>
 * Each row's hash is HMAC-SM3 under the audit key ({@code fazhi.crypto.audit-key}, from the environment, never in the
 * database) over the previous hash and every field, so someone with database access alone can neither edit a row nor
 * recompute the chain. Rows before {@code audit_chain_head.keyed_from} (written before the key was introduced, V60)
 * keep their plain SM3 hashes; the first keyed row pins them. The head is checkpointed into a signed file outside the
 * database ({@link AuditCheckpoints}), so deleting the tail and moving the head back is found too.
 */
@Service
public class AuditTrail {

    private static final String ROW = "seq, occurred_at, actor, action, target_type, target_id, detail, client_ip, outcome, prev_hash, hash";
    private static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final byte[] key;
    private final AuditCheckpoints checkpoints;
    private long lastCheckpointSeq = -1;

    public AuditTrail(JdbcClient jdbc, Clock clock, FazhiProperties properties, AuditProperties auditProperties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.key = HexFormat.of().parseHex(properties.crypto().auditKey());
        Path dir = auditProperties.checkpointDir() != null ? auditProperties.checkpointDir()
                : (properties.dataDir() != null ? properties.dataDir() : Path.of("data")).resolve("audit").resolve("checkpoints");
        this.checkpoints = new AuditCheckpoints(dir, key);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditEntry entry) {
        append(entry);
    }

    /** For events that must be kept even when the surrounding work fails, such as a failed login. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIndependently(AuditEntry entry) {
        append(entry);
    }

    private void append(AuditEntry entry) {
        Head head = jdbc.sql("SELECT last_seq, last_hash, keyed_from FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query(Head::map).single();
        long seq = head.seq() + 1;
        String prevHash = head.hash();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        String actor = entry.actor() != null ? entry.actor() : Actors.current();
        String detail = entry.detail() == null ? null : truncate(entry.detail(), 4000);
        // every column is bounded here, so no caller's over-long value can fail the audited work (issue 10, point 9)
        AuditRecord row = new AuditRecord(seq, now, truncate(actor, 64), truncate(entry.action(), 64),
                truncate(entry.targetType(), 64), truncate(entry.targetId(), 64), detail, truncate(ClientAddress.current(), 64), entry.success() ? "SUCCESS" : "FAILURE",
                prevHash, null);
        String hash = hashOf(row, key);
        jdbc.sql("INSERT INTO audit_event (" + ROW + ") VALUES (:seq, :at, :actor, :action, :tt, :tid, :detail, :ip, :outcome, :prev, :hash)")
                .param("seq", seq).param("at", now).param("actor", row.actor()).param("action", row.action())
                .param("tt", row.targetType()).param("tid", row.targetId()).param("detail", row.detail())
                .param("ip", row.clientIp()).param("outcome", row.outcome()).param("prev", prevHash).param("hash", hash)
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                .param("seq", seq).param("hash", hash).update();
    }

    /** HMAC-SM3 under the audit key over the previous hash and every field of the row. */
    static String hashOf(AuditRecord r, byte[] key) {
        return Sm3.hmacHex(key, canonical(r));
    }

    /** The plain SM3 of rows written before the chain was keyed (seq below {@code keyed_from}). */
    static String legacyHashOf(AuditRecord r) {
        return Sm3.hex(canonical(r));
    }

    /** Every field of the row after the previous hash, in a fixed, unambiguous layout. */
    private static String canonical(AuditRecord r) {
        return String.join("\u001f", r.prevHash(), Long.toString(r.seq()),
                Long.toString(r.occurredAt().toInstant().toEpochMilli()), nz(r.actor()), nz(r.action()),
                nz(r.targetType()), nz(r.targetId()), nz(r.detail()), nz(r.clientIp()), nz(r.outcome()));
    }

    private record Head(long seq, String hash, long keyedFrom) {
        static Head map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
            return new Head(rs.getLong("last_seq"), rs.getString("last_hash"), rs.getLong("keyed_from"));
        }
    }

    private Head head() {
        return jdbc.sql("SELECT last_seq, last_hash, keyed_from FROM audit_chain_head WHERE id = 1").query(Head::map).single();
    }

    /**
     * Appends the current head to this node's checkpoint file when it moved since the last checkpoint; returns the
     * sequence number checkpointed, or -1 when nothing was written.
     */
    synchronized long checkpoint() {
        if (lastCheckpointSeq < 0) {
            try {
                lastCheckpointSeq = checkpoints.all().stream().mapToLong(AuditCheckpoints.Checkpoint::seq).max().orElse(0);
            } catch (AuditCheckpoints.Forged e) {
                lastCheckpointSeq = 0;
            }
        }
        Head head = head();
        if (head.seq() == 0 || head.seq() == lastCheckpointSeq) {
            return -1;
        }
        checkpoints.append(new AuditCheckpoints.Checkpoint(head.seq(), head.hash(), head.keyedFrom(), clock.millis()));
        lastCheckpointSeq = head.seq();
        return head.seq();
    }

    /**
     * Verifies the chain: every row up to the head links to the one before and matches its hash (keyed from
     * {@code keyed_from} on, plain SM3 before), the head names the last row, and the database agrees with every
     * checkpoint of this node's file. Reports the first sequence number found broken.
     */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        // the file first: a checkpoint is written only after its head was committed, so the head read next is not behind
        List<AuditCheckpoints.Checkpoint> marks;
        try {
            marks = checkpoints.all();
        } catch (AuditCheckpoints.Forged e) {
            return ChainVerification.broken(0, null, ChainVerification.Problem.CHECKPOINT_FILE);
        }
        Head head = head();
        Map<Long, String> hashesAtMarks = new HashMap<>();
        marks.forEach(m -> hashesAtMarks.put(m.seq(), null));
        ChainVerification rows = verifyRows(head, hashesAtMarks);
        if (!rows.intact()) {
            return rows;
        }
        long lastGood = 0;
        for (AuditCheckpoints.Checkpoint mark : marks) {
            if (mark.keyedFrom() != head.keyedFrom()) {
                return ChainVerification.broken(rows.rowsChecked(), Math.min(mark.keyedFrom(), head.keyedFrom()),
                        ChainVerification.Problem.CHECKPOINT);
            }
            if (mark.seq() > head.seq()) {
                return ChainVerification.broken(rows.rowsChecked(), head.seq() + 1, ChainVerification.Problem.TRUNCATED);
            }
            if (!mark.hash().equals(hashesAtMarks.get(mark.seq()))) {
                return ChainVerification.broken(rows.rowsChecked(), lastGood + 1, ChainVerification.Problem.CHECKPOINT);
            }
            lastGood = Math.max(lastGood, mark.seq());
        }
        return rows;
    }

    private ChainVerification verifyRows(Head head, Map<Long, String> hashesAtMarks) {
        String expectedPrev = GENESIS;
        long checked = 0;
        long lastSeq = 0;
        int batch = 2000;
        while (lastSeq < head.seq()) {
            List<AuditRecord> rows = jdbc.sql("SELECT " + ROW + " FROM audit_event WHERE seq > :after AND seq <= :head "
                            + "ORDER BY seq LIMIT :n")
                    .param("after", lastSeq).param("head", head.seq()).param("n", batch).query(AuditTrail::map).list();
            for (AuditRecord row : rows) {
                checked++;
                if (row.seq() != lastSeq + 1) {
                    return ChainVerification.broken(checked, lastSeq + 1, ChainVerification.Problem.ROW);
                }
                String expected = row.seq() >= head.keyedFrom() ? hashOf(row, key) : legacyHashOf(row);
                if (!row.prevHash().equals(expectedPrev) || !expected.equals(row.hash())) {
                    return ChainVerification.broken(checked, row.seq(), ChainVerification.Problem.ROW);
                }
                if (hashesAtMarks.containsKey(row.seq())) {
                    hashesAtMarks.put(row.seq(), row.hash());
                }
                expectedPrev = row.hash();
                lastSeq = row.seq();
            }
            if (rows.size() < batch) {
                break;
            }
        }
        if (lastSeq != head.seq() || !expectedPrev.equals(head.hash())) {
            return ChainVerification.broken(checked, lastSeq == head.seq() ? lastSeq : lastSeq + 1,
                    ChainVerification.Problem.HEAD);
        }
        return ChainVerification.intact(checked);
    }

    @Transactional(readOnly = true)
    public List<AuditRecord> search(AuditQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        criteria(q, where, params);
        return jdbc.sql("SELECT " + ROW + " FROM audit_event" + where + " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", q.size()).param("offset", q.page() * q.size())
                .query(AuditTrail::map).list();
    }

    @Transactional(readOnly = true)
    public long count(AuditQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        criteria(q, where, params);
        return jdbc.sql("SELECT COUNT(*) FROM audit_event" + where).params(params).query(Long.class).single();
    }

    /** Appends fixed condition fragments; every value is a bound parameter. */
    private void criteria(AuditQuery q, StringBuilder where, Map<String, Object> params) {
        List<String[]> equals = new ArrayList<>();
        equals.add(new String[] {"actor", q.actor()});
        equals.add(new String[] {"action", q.action()});
        equals.add(new String[] {"target_type", q.targetType()});
        equals.add(new String[] {"target_id", q.targetId()});
        for (String[] pair : equals) {
            if (pair[1] != null && !pair[1].isBlank()) {
                where.append(" AND ").append(pair[0]).append(" = :").append(pair[0]);
                params.put(pair[0], pair[1].trim());
            }
        }
        if (q.from() != null) {
            where.append(" AND occurred_at >= :fromTime");
            params.put("fromTime", startOf(q.from()));
        }
        if (q.to() != null) {
            where.append(" AND occurred_at < :toTime");
            params.put("toTime", startOf(q.to().plusDays(1)));
        }
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toOffsetDateTime();
    }

    private static AuditRecord map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        OffsetDateTime at = rs.getObject("occurred_at", OffsetDateTime.class)
                .atZoneSameInstant(java.time.ZoneId.systemDefault()).toOffsetDateTime();
        return new AuditRecord(rs.getLong("seq"), at, rs.getString("actor"),
                rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"), rs.getString("detail"),
                rs.getString("client_ip"), rs.getString("outcome"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
