package cn.fazhi.rectification;

import java.time.LocalDate;

import cn.fazhi.cases.CaseAggregate;
import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.web.UserFacingException;

/**
 * A problem to rectify as the kernel's aggregate (case type {@code rectification}). The responsible unit plans
 * (OPEN → IN_PROGRESS), reports progress with evidence (the status stays) and submits it for acceptance
 * (IN_PROGRESS → SUBMITTED); the issuing side accepts and closes it (验收销号, SUBMITTED → CLOSED), returns it with a
 * reason (SUBMITTED → IN_PROGRESS), re-opens a closed one with a reason (CLOSED → IN_PROGRESS, counted) or extends
 * the deadline with a reason while it is open. Fields are package-private: {@link ProblemRepository} reads and writes
 * them.
 */
public final class Problem implements CaseAggregate<ProblemStatus> {

    public static final Transitions<ProblemStatus> TABLE = Transitions.of(ProblemStatus.class)
            .todo("plan", "planned", ProblemStatus.IN_PROGRESS, RectificationPermissions.RESPOND, ProblemStatus.OPEN)
            .step("progress", "progressed", null, RectificationPermissions.RESPOND, ProblemStatus.IN_PROGRESS)
            .todo("submit", "submitted", ProblemStatus.SUBMITTED, RectificationPermissions.RESPOND,
                    ProblemStatus.IN_PROGRESS)
            .todo("accept", "closed", ProblemStatus.CLOSED, RectificationPermissions.ACCEPT, ProblemStatus.SUBMITTED)
            .step("return", "returned", ProblemStatus.IN_PROGRESS, RectificationPermissions.ACCEPT,
                    ProblemStatus.SUBMITTED)
            .step("reopen", "reopened", ProblemStatus.IN_PROGRESS, RectificationPermissions.ACCEPT, ProblemStatus.CLOSED)
            .step("extend", "extended", null, RectificationPermissions.ACCEPT, ProblemStatus.OPEN,
                    ProblemStatus.IN_PROGRESS, ProblemStatus.SUBMITTED)
            .build();

    /** The steps the issuing side takes (a unit never takes them on its own problem). */
    static final java.util.Set<String> ISSUER_STEPS = java.util.Set.of("accept", "return", "reopen", "extend");

    long id;
    String caseNumber;
    ProblemStatus status;
    long unitId;
    String regionCode;
    long issuerUnitId;
    LocalDate foundOn;
    LocalDate deadline;
    String plan;
    LocalDate plannedOn;
    LocalDate submittedOn;
    LocalDate closedOn;
    String closedBy;
    String acceptanceNote;
    int reopenedCount;
    int version;

    Problem() {}

    static Problem in(ProblemStatus status) {
        Problem p = new Problem();
        p.status = status;
        p.caseNumber = "test";
        p.foundOn = LocalDate.of(2024, 3, 4);
        p.deadline = LocalDate.of(2024, 4, 3);
        return p;
    }

    void plan(String text, LocalDate on) {
        TABLE.check("plan", status);
        this.plan = required(text, 4000, "rectification.error.planRequired");
        this.plannedOn = notBeforeFound(on);
        this.status = ProblemStatus.IN_PROGRESS;
    }

    void progress(String text, LocalDate on) {
        TABLE.check("progress", status);
        required(text, 4000, "rectification.error.textRequired");
        notBeforeFound(on);
    }

    void submit(String text, LocalDate on) {
        TABLE.check("submit", status);
        required(text, 4000, "rectification.error.textRequired");
        this.submittedOn = notBeforeFound(on);
        this.status = ProblemStatus.SUBMITTED;
    }

    void accept(String note, LocalDate on, String by) {
        TABLE.check("accept", status);
        if (on == null || (submittedOn != null && on.isBefore(submittedOn))) {
            throw UserFacingException.badRequest("rectification.error.closedBeforeSubmitted", submittedOn);
        }
        this.closedOn = on;
        this.closedBy = by;
        this.acceptanceNote = note == null || note.isBlank() ? null : limit(note.strip(), 1000);
        this.status = ProblemStatus.CLOSED;
    }

    void returnToUnit(String reason) {
        TABLE.check("return", status);
        required(reason, 4000, "rectification.error.reasonRequired");
        this.submittedOn = null;
        this.status = ProblemStatus.IN_PROGRESS;
    }

    void reopen(String reason) {
        TABLE.check("reopen", status);
        required(reason, 4000, "rectification.error.reasonRequired");
        this.closedOn = null;
        this.closedBy = null;
        this.acceptanceNote = null;
        this.submittedOn = null;
        this.reopenedCount++;
        this.status = ProblemStatus.IN_PROGRESS;
    }

    void extend(LocalDate newDeadline, String reason) {
        TABLE.check("extend", status);
        required(reason, 4000, "rectification.error.reasonRequired");
        if (newDeadline == null || !newDeadline.isAfter(deadline)) {
            throw UserFacingException.badRequest("rectification.error.extendLater", deadline);
        }
        this.deadline = newDeadline;
    }

    private LocalDate notBeforeFound(LocalDate on) {
        if (on == null || on.isBefore(foundOn)) {
            throw UserFacingException.badRequest("rectification.error.beforeFound", foundOn);
        }
        return on;
    }

    private static String required(String text, int max, String key) {
        if (text == null || text.isBlank()) {
            throw UserFacingException.badRequest(key);
        }
        String v = text.strip();
        if (v.length() > max) {
            throw UserFacingException.badRequest("rectification.error.tooLong", max);
        }
        return v;
    }

    private static String limit(String s, int max) {
        if (s.length() > max) {
            throw UserFacingException.badRequest("rectification.error.tooLong", max);
        }
        return s;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public String caseNumber() {
        return caseNumber;
    }

    @Override
    public ProblemStatus status() {
        return status;
    }

    @Override
    public int version() {
        return version;
    }

    public long unitId() {
        return unitId;
    }

    public long issuerUnitId() {
        return issuerUnitId;
    }

    public LocalDate deadline() {
        return deadline;
    }
}
