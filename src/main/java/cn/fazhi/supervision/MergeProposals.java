package cn.fazhi.supervision;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.CaseLinks;
import cn.fazhi.cases.StepOutcome;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;

/**
 * 进一次门、查多项事 (国发〔2019〕5号; 国办发〔2015〕58号 三: 联合抽查): when single tasks of different departments, still
 * planned, run in overlapping periods and would draw from overlapping entities, the system proposes merging them into
 * one joint task. Accepting merges the second into the first (its items join, the first becomes joint with the union
 * of the periods, the second is closed as MERGED) before any draw; declining is recorded and the pair is not proposed
 * again. Both tasks must be in the caller's data scope.
 */
@Service
public class MergeProposals {

    /** A proposal: two planned single tasks of different departments, their overlapping candidates. */
    public record Proposal(RandomTaskView first, RandomTaskView second, int overlap) {}

    /** A recorded decision. */
    public record Decision(long id, String firstNumber, String secondNumber, int overlap, boolean accepted, String reason,
            OffsetDateTime decidedAt, String decidedBy) {}

    private final JdbcClient jdbc;
    private final RandomTasks tasks;
    private final RandomCandidates candidates;
    private final CaseLinks links;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    MergeProposals(JdbcClient jdbc, RandomTasks tasks, RandomCandidates candidates, CaseLinks links, AuditTrail audit,
            Caller caller, Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.candidates = candidates;
        this.links = links;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** The current proposals within the caller's scope. */
    @Transactional(readOnly = true)
    public List<Proposal> proposals() {
        if (caller.scope() == null) {
            return List.of();
        }
        Map<String, Object> p = new HashMap<>(caller.scope().parameters());
        p.put("s", RandomTaskStatus.PLANNED.name());
        List<Long> ids = jdbc.sql("SELECT t.id FROM random_task t WHERE t.status = :s AND NOT t.joint AND "
                        + caller.scope().sqlCondition("t.lead_unit_id", "t.region_code") + " ORDER BY t.id")
                .params(p).query(Long.class).list();
        List<RandomTaskView> views = ids.stream().map(tasks::view).toList();
        Map<Long, Set<String>> entities = new HashMap<>();
        List<Proposal> out = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            for (int j = i + 1; j < views.size(); j++) {
                RandomTaskView a = views.get(i);
                RandomTaskView b = views.get(j);
                if (a.leadUnitId() == b.leadUnitId() || a.periodTo().isBefore(b.periodFrom())
                        || b.periodTo().isBefore(a.periodFrom()) || decided(a.id(), b.id())) {
                    continue;
                }
                Set<String> ea = entities.computeIfAbsent(a.id(), id -> new HashSet<>(candidates.entities(id)));
                Set<String> eb = entities.computeIfAbsent(b.id(), id -> new HashSet<>(candidates.entities(id)));
                int overlap = (int) ea.stream().filter(eb::contains).count();
                if (overlap > 0) {
                    out.add(new Proposal(a, b, overlap));
                }
            }
        }
        return out;
    }

    private boolean decided(long a, long b) {
        return jdbc.sql("SELECT COUNT(*) FROM random_merge_decision WHERE first_task = :a AND second_task = :b")
                .param("a", a).param("b", b).query(Long.class).single() > 0;
    }

    private Proposal proposal(Long first, Long second) {
        if (first == null || second == null) {
            throw UserFacingException.badRequest("supervision.random.merge.error.unknown");
        }
        return proposals().stream().filter(x -> x.first().id() == first && x.second().id() == second).findFirst()
                .orElseThrow(() -> UserFacingException.notFound("supervision.random.merge.error.unknown"));
    }

    /** Merges the second task into the first (before any draw): one joint task. */
    @Transactional
    public RandomTaskView accept(RandomTaskCommands.Merge c) {
        Proposal x = proposal(c == null ? null : c.firstTask(), c == null ? null : c.secondTask());
        long first = x.first().id();
        long second = x.second().id();
        tasks.steps().step(tasks.store(), RandomTask.TABLE, second, c.secondVersion(), "merge", t -> {
            t.mergeInto(first, x.first().caseNumber());
            return StepOutcome.of(null, "→ " + x.first().caseNumber());
        });
        tasks.steps().step(tasks.store(), RandomTask.TABLE, first, c.firstVersion(), "absorb", t -> {
            jdbc.sql("INSERT INTO random_task_item (task_id, item_id) SELECT :a, ti.item_id FROM random_task_item ti "
                            + "WHERE ti.task_id = :b AND NOT EXISTS (SELECT 1 FROM random_task_item x WHERE x.task_id = :a "
                            + "AND x.item_id = ti.item_id)")
                    .param("a", first).param("b", second).update();
            t.absorb(x.second().periodFrom(), x.second().periodTo());
            return StepOutcome.of(null, "← " + x.second().caseNumber());
        });
        record(x, true, null);
        links.link(new CaseLinks.End(RandomTasks.ref(second), x.second().caseNumber(), RandomTasks.path(second)),
                new CaseLinks.End(RandomTasks.ref(first), x.first().caseNumber(), RandomTasks.path(first)), "merged");
        return tasks.view(first);
    }

    /** Declines the proposal with a reason; it is not proposed again. */
    @Transactional
    public void decline(RandomTaskCommands.Merge c) {
        Proposal x = proposal(c == null ? null : c.firstTask(), c == null ? null : c.secondTask());
        if (!caller.can(SupervisionPermissions.RANDOM)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        record(x, false, RandomTask.requireReason(c.reason()));
    }

    private void record(Proposal x, boolean accepted, String reason) {
        jdbc.sql("INSERT INTO random_merge_decision (first_task, second_task, overlap, accepted, reason, decided_at, decided_by) "
                        + "VALUES (:a, :b, :o, :acc, :r, :at, :by)")
                .param("a", x.first().id()).param("b", x.second().id()).param("o", x.overlap()).param("acc", accepted)
                .param("r", reason).param("at", OffsetDateTime.now(clock)).param("by", Actors.current()).update();
        audit.record(AuditEntry.of(accepted ? "supervision.random.merge.accepted" : "supervision.random.merge.declined",
                RandomTasks.CASE_TYPE, x.first().id(), x.first().caseNumber() + " + " + x.second().caseNumber()
                        + (reason == null ? "" : ": " + reason)));
    }

    /** The decisions recorded on tasks in the caller's scope, newest first. */
    @Transactional(readOnly = true)
    public List<Decision> decisions() {
        if (caller.scope() == null) {
            return List.of();
        }
        Map<String, Object> p = new HashMap<>(caller.scope().parameters());
        return jdbc.sql("SELECT d.*, a.case_number AS an, b.case_number AS bn FROM random_merge_decision d "
                        + "JOIN random_task a ON a.id = d.first_task JOIN random_task b ON b.id = d.second_task WHERE "
                        + caller.scope().sqlCondition("a.lead_unit_id", "a.region_code") + " ORDER BY d.id DESC LIMIT 50")
                .params(p)
                .query((rs, n) -> new Decision(rs.getLong("id"), rs.getString("an"), rs.getString("bn"), rs.getInt("overlap"),
                        rs.getBoolean("accepted"), rs.getString("reason"), rs.getObject("decided_at", OffsetDateTime.class),
                        rs.getString("decided_by")))
                .list();
    }
}
