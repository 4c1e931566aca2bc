package cn.fazhi.audit;

import java.net.InetAddress;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Watches the audit chain: checkpoints the head into this node's file outside the database every
 * {@code fazhi.audit.checkpoint-every} (1 minute) when it moved, verifies the whole chain every day
 * ({@code fazhi.audit.verify-cron}, 03:00) and on demand, and keeps every verification in {@code audit_verification}.
 * The latest verification, when broken, is the alarm on the administrators' home page. Every node runs both
 * schedules: each checks the shared database against its own checkpoints.
 */
@Component
public class ChainWatch {

    private static final Logger log = LoggerFactory.getLogger(ChainWatch.class);

    /** A stored verification, as the alarm shows it. */
    public record Alarm(OffsetDateTime verifiedAt, Long firstBrokenSeq, String problem, String node) {}

    private final AuditTrail trail;
    private final JdbcClient jdbc;
    private final Clock clock;

    ChainWatch(AuditTrail trail, JdbcClient jdbc, Clock clock) {
        this.trail = trail;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${fazhi.audit.checkpoint-every:1m}")
    public void checkpoint() {
        try {
            trail.checkpoint();
        } catch (RuntimeException e) {
            log.error("Audit checkpoint failed", e);
        }
    }

    @Scheduled(cron = "${fazhi.audit.verify-cron:0 0 3 * * *}")
    public void daily() {
        run("daily");
    }

    /**
     * Verifies the chain now, keeps and audits the result, and checkpoints the head when the chain is intact.
     * {@code trigger} says who asked (daily, page, api).
     */
    public ChainVerification run(String trigger) {
        ChainVerification result = trail.verify();
        jdbc.sql("INSERT INTO audit_verification (verified_at, trigger_kind, intact, rows_checked, first_broken_seq, problem, "
                        + "node) VALUES (:at, :trigger, :intact, :rows, :seq, :problem, :node)")
                .param("at", OffsetDateTime.now(clock)).param("trigger", trigger).param("intact", result.intact())
                .param("rows", result.rowsChecked()).param("seq", result.firstBrokenSeq())
                .param("problem", result.problem() == null ? null : result.problem().name()).param("node", node()).update();
        trail.record(AuditEntry.of("audit.chain.verified", "audit_event", null, result.intact()
                ? "intact, " + result.rowsChecked() + " rows (" + trigger + ")"
                : "BROKEN at seq " + result.firstBrokenSeq() + ": " + result.problem() + " (" + trigger + ")")
                .by("daily".equals(trigger) ? "system" : null));
        if (result.intact()) {
            log.info("Audit chain intact: {} rows ({})", result.rowsChecked(), trigger);
            checkpoint();
        } else {
            log.error("AUDIT CHAIN BROKEN at seq {}: {} ({})", result.firstBrokenSeq(), result.problem(), trigger);
        }
        return result;
    }

    /** The latest verification when it found the chain broken; empty when it was intact or none ran yet. */
    @Transactional(readOnly = true)
    public Optional<Alarm> alarm() {
        return jdbc.sql("SELECT verified_at, intact, first_broken_seq, problem, node FROM audit_verification "
                        + "ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> rs.getBoolean("intact") ? Optional.<Alarm>empty()
                        : Optional.of(new Alarm(rs.getObject("verified_at", OffsetDateTime.class)
                                        .atZoneSameInstant(clock.getZone()).toOffsetDateTime(),
                                rs.getObject("first_broken_seq", Long.class), rs.getString("problem"), rs.getString("node"))))
                .optional().flatMap(a -> a);
    }

    private static String node() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.length() > 64 ? name.substring(0, 64) : name;
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
