package cn.fazhi.reconsideration;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.identity.Assignees;
import cn.fazhi.identity.Assignees.Assignee;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Assignment of reconsideration and litigation cases to a handler (the case kernel's "assignment to a handler"):
 * the candidates are the users holding the handling permission whose scope covers the case; an assignment bumps the
 * case's version (a form opened before it is stale), and is recorded in the timeline and the audit trail.
 */
@Component
class CaseHandlers {

    private final JdbcClient jdbc;
    private final Assignees assignees;
    private final CaseTimeline timeline;
    private final AuditTrail audit;

    CaseHandlers(JdbcClient jdbc, Assignees assignees, CaseTimeline timeline, AuditTrail audit) {
        this.jdbc = jdbc;
        this.assignees = assignees;
        this.timeline = timeline;
        this.audit = audit;
    }

    List<Assignee> candidates(String permission, long unitId, String regionCode) {
        return assignees.holding(permission, unitId, regionCode);
    }

    /**
     * Assigns case {@code ref} (stored in {@code table}, at {@code version}) to {@code handlerId}, who must be a
     * candidate; a different version is a conflict.
     */
    void assign(String table, CaseRef ref, int version, String permission, long unitId, String regionCode,
            Long handlerId) {
        if (handlerId == null) {
            throw UserFacingException.badRequest("reconsideration.error.required",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            new String[] {"reconsideration.field.handler"}, "handler"));
        }
        Assignee handler = candidates(permission, unitId, regionCode).stream().filter(a -> a.id() == handlerId)
                .findFirst().orElseThrow(() -> UserFacingException.badRequest("reconsideration.error.handler"));
        int n = jdbc.sql("UPDATE " + table + " SET handler_id = :h, version = version + 1 WHERE id = :id AND version = :v")
                .param("h", handler.id()).param("id", ref.caseId()).param("v", version).update();
        if (n == 0) {
            throw UserFacingException.conflict("error.conflict");
        }
        String detail = handler.displayName() + " (" + handler.unitName() + ")";
        timeline.record(ref, "assigned", detail);
        audit.record(AuditEntry.of(ref.caseType() + ".assigned", ref.caseType(), ref.caseId(), detail));
    }

    String name(Long handlerId) {
        return handlerId == null ? null : assignees.displayName(handlerId).orElse(null);
    }
}
