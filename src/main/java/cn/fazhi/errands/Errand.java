package cn.fazhi.errands;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.fazhi.cases.CaseAggregate;
import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.web.UserFacingException;

/**
 * An errand as the kernel's aggregate (case type {@code errand}). Staff assign a requested errand to an authorised
 * agent or reassign it (REQUESTED or ASSIGNED → ASSIGNED); the agent completes it with the amount (ASSIGNED → DONE);
 * the beneficiary confirms (DONE → CONFIRMED) or disputes it (DONE → DISPUTED) with the receipt; the township resolves
 * a dispute (DISPUTED → RESOLVED); staff cancel an errand not yet done (→ CANCELLED). Fields are package-private:
 * {@link ErrandRepository} reads and writes them.
 */
public final class Errand implements CaseAggregate<ErrandStatus> {

    public static final Transitions<ErrandStatus> TABLE = Transitions.of(ErrandStatus.class)
            .todo("assign", "assigned", ErrandStatus.ASSIGNED, ErrandPermissions.MANAGE, ErrandStatus.REQUESTED,
                    ErrandStatus.ASSIGNED)
            .todo("complete", "completed", ErrandStatus.DONE, ErrandPermissions.ACT, ErrandStatus.ASSIGNED)
            .step("confirm", "confirmed", ErrandStatus.CONFIRMED, ErrandPermissions.MANAGE, ErrandStatus.DONE)
            .step("dispute", "disputed", ErrandStatus.DISPUTED, ErrandPermissions.MANAGE, ErrandStatus.DONE)
            .todo("resolve", "resolved", ErrandStatus.RESOLVED, ErrandPermissions.MANAGE, ErrandStatus.DISPUTED)
            .step("cancel", "cancelled", ErrandStatus.CANCELLED, ErrandPermissions.MANAGE, ErrandStatus.REQUESTED,
                    ErrandStatus.ASSIGNED)
            .build();

    long id;
    String caseNumber;
    ErrandStatus status;
    ErrandKind kind;
    Utility utility;
    String itemCode;
    long beneficiaryId;
    Long agentId;
    long unitId;
    String regionCode;
    LocalDate requestedOn;
    LocalDate assignedOn;
    LocalDate doneOn;
    BigDecimal amount;
    String resultNote;
    Long applicationId;
    LocalDate confirmedOn;
    LocalDate disputedOn;
    String disputeNote;
    Integer satisfaction;
    String feedback;
    LocalDate resolvedOn;
    String resolution;
    int version;

    Errand() {}

    static Errand in(ErrandStatus status, ErrandKind kind) {
        Errand e = new Errand();
        e.status = status;
        e.kind = kind;
        e.caseNumber = "test";
        e.requestedOn = LocalDate.of(2025, 3, 3);
        return e;
    }

    void assign(long agent, LocalDate on) {
        TABLE.check("assign", status);
        this.assignedOn = notBefore(on, requestedOn);
        this.agentId = agent;
        this.status = ErrandStatus.ASSIGNED;
    }

    void complete(BigDecimal paid, String note, LocalDate on) {
        TABLE.check("complete", status);
        if (kind != ErrandKind.SERVICE && paid == null) {
            throw UserFacingException.badRequest("errands.error.amountRequired");
        }
        if (paid != null && (paid.signum() < 0 || paid.scale() > 2 || paid.compareTo(new BigDecimal("1000000")) >= 0)) {
            throw UserFacingException.badRequest("errands.error.amountInvalid");
        }
        this.doneOn = notBefore(on, assignedOn);
        this.amount = paid;
        this.resultNote = text(note, false, "errands.error.noteRequired");
        this.status = ErrandStatus.DONE;
    }

    void confirm(Integer score, String comment, LocalDate on) {
        TABLE.check("confirm", status);
        if (score != null && (score < 1 || score > 5)) {
            throw UserFacingException.badRequest("errands.error.satisfaction");
        }
        this.confirmedOn = notBefore(on, doneOn);
        this.satisfaction = score;
        this.feedback = text(comment, false, null);
        this.status = ErrandStatus.CONFIRMED;
    }

    void dispute(String note, LocalDate on) {
        TABLE.check("dispute", status);
        this.disputeNote = text(note, true, "errands.error.disputeNote");
        this.disputedOn = notBefore(on, doneOn);
        this.status = ErrandStatus.DISPUTED;
    }

    void resolve(String note, LocalDate on) {
        TABLE.check("resolve", status);
        this.resolution = text(note, true, "errands.error.resolution");
        this.resolvedOn = notBefore(on, disputedOn);
        this.status = ErrandStatus.RESOLVED;
    }

    void cancel(String reason, LocalDate on) {
        TABLE.check("cancel", status);
        this.resultNote = text(reason, true, "errands.error.reasonRequired");
        notBefore(on, requestedOn);
        this.status = ErrandStatus.CANCELLED;
    }

    private static LocalDate notBefore(LocalDate on, LocalDate earliest) {
        if (on == null || (earliest != null && on.isBefore(earliest))) {
            throw UserFacingException.badRequest("errands.error.tooEarly", earliest);
        }
        return on;
    }

    static String text(String value, boolean required, String key) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw UserFacingException.badRequest(key);
            }
            return null;
        }
        String v = value.strip();
        if (v.length() > 1000) {
            throw UserFacingException.badRequest("errands.error.tooLong", 1000);
        }
        return v;
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
    public ErrandStatus status() {
        return status;
    }

    @Override
    public int version() {
        return version;
    }
}
