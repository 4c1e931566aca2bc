package cn.fazhi.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.platform.crypto.Sm3;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.ClientAddress;

/**
 * The append-only audit trail. A row joins the caller's transaction (so a rolled-back change leaves no audit row
 * claiming it happened); the chain head row is locked while appending, which serialises writers across nodes.
 */
@Service
public class AuditTrail {

    private static final String ROW = "seq, occurred_at, actor, action, target_type, target_id, detail, client_ip, outcome, prev_hash, hash";

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
        Map<String, Object> head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query().singleRow();
        long seq = ((Number) head.get("last_seq")).longValue() + 1;
        String prevHash = (String) head.get("last_hash");
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        String actor = entry.actor() != null ? entry.actor() : Actors.current();
        String detail = entry.detail() == null ? null : truncate(entry.detail(), 4000);
        AuditRecord row = new AuditRecord(seq, now, truncate(actor, 64), entry.action(), entry.targetType(),
                entry.targetId(), detail, truncate(ClientAddress.current(), 64), entry.success() ? "SUCCESS" : "FAILURE",
                prevHash, null);
        String hash = hashOf(row);
        jdbc.sql("INSERT INTO audit_event (" + ROW + ") VALUES (:seq, :at, :actor, :action, :tt, :tid, :detail, :ip, :outcome, :prev, :hash)")
                .param("seq", seq).param("at", now).param("actor", row.actor()).param("action", row.action())
                .param("tt", row.targetType()).param("tid", row.targetId()).param("detail", row.detail())
                .param("ip", row.clientIp()).param("outcome", row.outcome()).param("prev", prevHash).param("hash", hash)
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                .param("seq", seq).param("hash", hash).update();
    }

    /** SM3 over the previous hash and every field of the row, in a fixed, unambiguous layout. */
    static String hashOf(AuditRecord r) {
        String canonical = String.join("\u001f", r.prevHash(), Long.toString(r.seq()),
                Long.toString(r.occurredAt().toInstant().toEpochMilli()), nz(r.actor()), nz(r.action()),
                nz(r.targetType()), nz(r.targetId()), nz(r.detail()), nz(r.clientIp()), nz(r.outcome()));
        return Sm3.hex(canonical);
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        String expectedPrev = "0".repeat(64);
        long checked = 0;
        long lastSeq = 0;
        int batch = 2000;
        while (true) {
            List<AuditRecord> rows = jdbc.sql("SELECT " + ROW + " FROM audit_event WHERE seq > :after ORDER BY seq LIMIT :n")
                    .param("after", lastSeq).param("n", batch).query(AuditTrail::map).list();
            for (AuditRecord row : rows) {
                checked++;
                if (row.seq() != lastSeq + 1 || !row.prevHash().equals(expectedPrev) || !hashOf(row).equals(row.hash())) {
                    return new ChainVerification(false, checked, row.seq());
                }
                expectedPrev = row.hash();
                lastSeq = row.seq();
            }
            if (rows.size() < batch) {
                break;
            }
        }
        Map<String, Object> head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1").query().singleRow();
        boolean headMatches = ((Number) head.get("last_seq")).longValue() == lastSeq && expectedPrev.equals(head.get("last_hash"));
        return new ChainVerification(headMatches, checked, headMatches ? null : lastSeq + 1);
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
