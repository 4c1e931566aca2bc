package cn.fazhi.cases;

import java.net.InetAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.organisation.Regions;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * Writes the day's overdue and due-soon warnings ({@code case_warning}) every morning. Every node runs the schedule;
 * the first to insert the day's {@code case_warning_run} row does the work, the others find the key taken and skip,
 * so the job is safe on several nodes.
 */
@Component
public class DueWarningJob {

    private static final Logger log = LoggerFactory.getLogger(DueWarningJob.class);

    private final DueItems dueItems;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final AuditTrail audit;

    DueWarningJob(DueItems dueItems, JdbcClient jdbc, TransactionTemplate tx, Clock clock, AuditTrail audit) {
        this.dueItems = dueItems;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.audit = audit;
    }

    @Scheduled(cron = "${fazhi.cases.warning-cron:0 30 6 * * *}")
    public void scheduled() {
        run();
    }

    /** Runs today's warnings unless another node already has; returns the number written, or -1 when skipped. */
    public int run() {
        LocalDate today = LocalDate.now(clock);
        try {
            Integer written = tx.execute(status -> {
                jdbc.sql("INSERT INTO case_warning_run (run_date, started_at, node) VALUES (:d, :at, :node)")
                        .param("d", today).param("at", OffsetDateTime.now(clock)).param("node", node()).update();
                DueItems.Summary summary = dueItems.summary(new DataScope(ScopeLevel.DISTRICT, 0, Regions.DISTRICT_CODE));
                int n = insert(today, summary.overdue(), "OVERDUE") + insert(today, summary.dueSoon(), "DUE_SOON");
                jdbc.sql("UPDATE case_warning_run SET warnings = :n WHERE run_date = :d").param("n", n).param("d", today).update();
                audit.record(AuditEntry.of("cases.warnings.written", "case_warning_run", today, n + " warnings").by("system"));
                return n;
            });
            log.info("Due-date warnings for {}: {}", today, written);
            return written == null ? 0 : written;
        } catch (DataIntegrityViolationException e) {
            log.info("Due-date warnings for {} already written by another node", today);
            return -1;
        }
    }

    private int insert(LocalDate today, java.util.List<DueItem> items, String kind) {
        for (DueItem item : items) {
            jdbc.sql("INSERT INTO case_warning (run_date, case_type, case_id, case_number, deadline_name, deadline, kind, "
                            + "unit_id, region_code) VALUES (:d, :t, :c, :no, :name, :deadline, :kind, :unit, :region)")
                    .param("d", today).param("t", item.ref().caseType()).param("c", item.ref().caseId())
                    .param("no", item.caseNumber()).param("name", item.deadlineName()).param("deadline", item.deadline())
                    .param("kind", kind).param("unit", item.unitId()).param("region", item.regionCode()).update();
        }
        return items.size();
    }

    private static String node() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (java.net.UnknownHostException e) {
            return "pid " + ProcessHandle.current().pid();
        }
    }
}
