package cn.fazhi.mediation.domain;

import static cn.fazhi.mediation.DisputeStatus.ACCEPTED;
import static cn.fazhi.mediation.DisputeStatus.AGREED;
import static cn.fazhi.mediation.DisputeStatus.CLOSED;
import static cn.fazhi.mediation.DisputeStatus.DECLINED;
import static cn.fazhi.mediation.DisputeStatus.FAILED;
import static cn.fazhi.mediation.DisputeStatus.MEDIATING;
import static cn.fazhi.mediation.DisputeStatus.PERFORMANCE_CHECKED;
import static cn.fazhi.mediation.DisputeStatus.REGISTERED;
import static cn.fazhi.mediation.DisputeStatus.WITHDRAWN;

import cn.fazhi.cases.Transitions;
import cn.fazhi.mediation.DisputeStatus;

/**
 * The dispute's transition table: every step, the states it may be taken from, where it leads (null: the status
 * stays), the permission it needs and whether a dispute in its from-states waits for someone (a to-do). The
 * aggregate's guards, the kernel's step call, the actions pages and the API offer and the to-do list read this table
 * alone. Conditions that are not the status (a written agreement inside its confirmation window, a village-contract
 * dispute for a deliberation, one return visit) stay guards of the aggregate.
 *
 * <pre>
 * REGISTERED → ACCEPTED | DECLINED | WITHDRAWN; ACCEPTED → MEDIATING | WITHDRAWN; MEDIATING → AGREED | FAILED |
 * WITHDRAWN; AGREED → PERFORMANCE_CHECKED; PERFORMANCE_CHECKED, FAILED, WITHDRAWN → CLOSED. DECLINED and CLOSED are
 * final.
 * </pre>
 */
public final class DisputeSteps {

    /** Taking any step of a dispute (the mediation module's {@code mediation:handle}). */
    public static final String HANDLE = "mediation:handle";

    public static final String ACCEPT = "accept";
    public static final String DECLINE = "decline";
    public static final String SESSION = "session";
    public static final String AGREEMENT = "agreement";
    public static final String FAIL = "fail";
    public static final String WITHDRAW = "withdraw";
    public static final String PERFORMANCE = "performance";
    public static final String CLOSE = "close";
    public static final String RETURN_VISIT = "returnVisit";
    public static final String CONFIRMATION_APPLY = "confirmationApply";
    public static final String CONFIRMATION_RESULT = "confirmationResult";
    public static final String DELIBERATION = "deliberation";

    /** The timeline and audit action of a registration (not a step: the kernel's {@code created}). */
    public static final String REGISTERED_ACTION = "registered";

    public static final Transitions<DisputeStatus> TABLE = Transitions.of(DisputeStatus.class)
            .todo(ACCEPT, "accepted", ACCEPTED, HANDLE, REGISTERED)
            .step(DECLINE, "declined", DECLINED, HANDLE, REGISTERED)
            // the first session starts the mediation; later ones keep it in MEDIATING
            .todo(SESSION, "session", MEDIATING, HANDLE, ACCEPTED, MEDIATING)
            .todo(AGREEMENT, "agreed", AGREED, HANDLE, MEDIATING)
            .todo(FAIL, "failed", FAILED, HANDLE, MEDIATING)
            .step(WITHDRAW, "withdrawn", WITHDRAWN, HANDLE, REGISTERED, ACCEPTED, MEDIATING)
            .step(PERFORMANCE, "performanceChecked", PERFORMANCE_CHECKED, HANDLE, AGREED)
            .step(CLOSE, "closed", CLOSED, HANDLE, PERFORMANCE_CHECKED, FAILED, WITHDRAWN)
            // once, after the mediation ended (agreement, failure or withdrawal): the aggregate checks "once"
            .step(RETURN_VISIT, "returnVisit", null, HANDLE, AGREED, FAILED, WITHDRAWN, PERFORMANCE_CHECKED, CLOSED)
            // a written agreement inside the 30-day window (人民调解法 Art. 33): the aggregate checks form and window
            .step(CONFIRMATION_APPLY, "confirmationApplied", null, HANDLE, AGREED, PERFORMANCE_CHECKED, CLOSED)
            .step(CONFIRMATION_RESULT, "confirmationDecided", null, HANDLE, AGREED, PERFORMANCE_CHECKED, CLOSED)
            // 合议共管 while the case is open: the aggregate checks the category (village contracts)
            .step(DELIBERATION, "deliberation", null, HANDLE, REGISTERED, ACCEPTED, MEDIATING, AGREED, FAILED,
                    WITHDRAWN, PERFORMANCE_CHECKED)
            .build();

    private DisputeSteps() {}
}
