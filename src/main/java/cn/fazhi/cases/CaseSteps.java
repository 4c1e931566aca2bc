package cn.fazhi.cases;

import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The kernel's one way to read a case and to take a step on it, for every case type.
 *
 * <p>{@link #load} is the one scoped access: the case if the caller may read this type and the caller's data scope
 * covers it, else "not found" (404) — pages, API, exports, imports and downloads all ask here.
 *
 * <p>{@link #step} is the one step call: scoped load, the step's permission (403), the expected version (missing 400,
 * stale 409), the transition table (409 when the status does not allow the step now), the aggregate's own guarded
 * method, then in the same transaction and always in this order — the version-checked save, the timeline entry, the
 * audit record (which takes the audit chain's head lock last, one lock order for every step) and the domain event.
 */
@Service
public class CaseSteps {

    private final Caller caller;
    private final CaseTimeline timeline;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CaseSteps(Caller caller, CaseTimeline timeline, AuditTrail audit, ApplicationEventPublisher events) {
        this.caller = caller;
        this.timeline = timeline;
        this.audit = audit;
        this.events = events;
    }

    /** The case if the caller may read it (permission and data scope), else 404 — the same answer for both. */
    @Transactional(readOnly = true)
    public <C extends CaseAggregate<?>> C load(CaseStore<C> store, long id) {
        return store.find(id).filter(c -> readable(store, c)).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    /** Whether the caller may read the case: for attachment downloads and other kernel parts that only ask. */
    @Transactional(readOnly = true)
    public <C extends CaseAggregate<?>> boolean canRead(CaseStore<C> store, long id) {
        return store.find(id).filter(c -> readable(store, c)).isPresent();
    }

    private <C extends CaseAggregate<?>> boolean readable(CaseStore<C> store, C c) {
        return caller.can(store.readPermission()) && caller.scope() != null && store.covers(c, caller.scope());
    }

    /**
     * Takes step {@code stepName} of {@code table} on case {@code id} as the caller: {@code body} calls the aggregate's
     * guarded method (and writes the step's own rows, e.g. a session record) and returns the event and detail.
     */
    @Transactional
    public <S extends Enum<S>, C extends CaseAggregate<S>> C step(CaseStore<C> store, Transitions<S> table, long id,
            Integer expectedVersion, String stepName, Function<C, StepOutcome> body) {
        Transitions.Step<S> step = table.require(stepName);
        C c = load(store, id);
        if (!caller.can(step.permission())) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        if (expectedVersion == null) {
            throw UserFacingException.badRequest("cases.step.versionRequired");
        }
        if (expectedVersion != c.version()) {
            throw UserFacingException.conflict("error.conflict");
        }
        return apply(store, table, step, c, body);
    }

    /**
     * A step taken by the system (a scheduled job: e.g. an application deemed accepted when its period lapsed): no
     * caller, so no permission or scope; the version is the one just read.
     */
    @Transactional
    public <S extends Enum<S>, C extends CaseAggregate<S>> C systemStep(CaseStore<C> store, Transitions<S> table, long id,
            String stepName, Function<C, StepOutcome> body) {
        Transitions.Step<S> step = table.require(stepName);
        C c = store.find(id).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        return apply(store, table, step, c, body);
    }

    private <S extends Enum<S>, C extends CaseAggregate<S>> C apply(CaseStore<C> store, Transitions<S> table,
            Transitions.Step<S> step, C c, Function<C, StepOutcome> body) {
        table.check(step.name(), c.status());
        StepOutcome outcome = body.apply(c);
        if (step.to() != null && c.status() != step.to()) {
            throw new IllegalStateException(step.name() + " left " + c.caseNumber() + " in " + c.status()
                    + " instead of " + step.to());
        }
        store.update(c);
        epilogue(store, c, step.recorded(), outcome);
        return c;
    }

    /**
     * The epilogue of a case's creation (after the store inserted it): timeline, audit, event — in the step's order.
     */
    @Transactional
    public <C extends CaseAggregate<?>> void created(CaseStore<C> store, C c, String recorded, StepOutcome outcome) {
        epilogue(store, c, recorded, outcome);
    }

    private <C extends CaseAggregate<?>> void epilogue(CaseStore<C> store, C c, String recorded, StepOutcome outcome) {
        String detail = outcome == null ? null : outcome.detail();
        timeline.record(new CaseRef(store.caseType(), c.id()), recorded, detail);
        audit.record(AuditEntry.of(store.auditPrefix() + recorded, store.caseType(), c.id(),
                c.caseNumber() + " → " + c.status() + (detail == null || detail.isBlank() ? "" : ": " + detail)));
        if (outcome != null && outcome.event() != null) {
            events.publishEvent(outcome.event());
        }
    }
}
