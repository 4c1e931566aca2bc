package cn.fazhi.enforcement;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.fazhi.cases.CaseAggregate;
import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.web.UserFacingException;

/**
 * A transfer of a suspected crime from an enforcement case to the public security organ (两法衔接, case type
 * {@code transfer}); its deadlines are {@link TransferRules}. Fields are package-private: {@link TransferRepository}
 * reads and writes them.
 */
public final class Transfer implements CaseAggregate<TransferStatus> {

    public static final Transitions<TransferStatus> TABLE = Transitions.of(TransferStatus.class)
            .todo("approve", "approved", TransferStatus.APPROVED, EnforcementPermissions.APPROVE, TransferStatus.REPORTED)
            .step("reject", "rejected", TransferStatus.REJECTED, EnforcementPermissions.APPROVE, TransferStatus.REPORTED)
            .todo("transfer", "transferred", TransferStatus.TRANSFERRED, EnforcementPermissions.HANDLE, TransferStatus.APPROVED)
            .todo("receipt", "received", TransferStatus.RECEIVED, EnforcementPermissions.HANDLE, TransferStatus.TRANSFERRED)
            .step("policeAccept", "policeAccepted", TransferStatus.ACCEPTED, EnforcementPermissions.HANDLE,
                    TransferStatus.RECEIVED)
            .step("policeRefuse", "policeRefused", TransferStatus.REFUSED, EnforcementPermissions.HANDLE,
                    TransferStatus.RECEIVED)
            .step("reconsider", "reconsiderRequested", TransferStatus.RECONSIDERING, EnforcementPermissions.HANDLE,
                    TransferStatus.REFUSED)
            .step("reconsiderAccept", "reconsiderAccepted", TransferStatus.ACCEPTED, EnforcementPermissions.HANDLE,
                    TransferStatus.RECONSIDERING)
            .step("reconsiderUphold", "reconsiderUpheld", TransferStatus.UPHELD, EnforcementPermissions.HANDLE,
                    TransferStatus.RECONSIDERING)
            .build();

    long id;
    String caseNumber;
    long penaltyCaseId;
    long unitId;
    String regionCode;
    String suspectedCrime;
    String facts;
    LocalDate reportedOn;
    LocalDate headDueOn;
    TransferStatus status;
    OffsetDateTime approvedAt;
    LocalDate headDecidedOn;
    String approvedBy;
    String headOpinion;
    OffsetDateTime transferDueAt;
    OffsetDateTime transferredAt;
    LocalDate transferredOn;
    String policeOrgan;
    String attachments;
    LocalDate receivedOn;
    String receiptNumber;
    LocalDate policeDueOn;
    LocalDate policeDecidedOn;
    String policeReason;
    LocalDate reconsiderDueOn;
    LocalDate reconsiderRequestedOn;
    String reconsiderReason;
    LocalDate reconsiderDecidedOn;
    OffsetDateTime createdAt;
    String createdBy;
    int version;

    Transfer() {}

    static Transfer in(TransferStatus status) {
        Transfer t = new Transfer();
        t.status = status;
        t.caseNumber = "test";
        t.reportedOn = LocalDate.of(2024, 3, 4);
        return t;
    }

    /** The head's decision (Art. 5): approve (the 24 hours start) or reject, with an opinion. */
    void decide(boolean approve, String opinion, OffsetDateTime at, String by, OffsetDateTime transferDue) {
        TABLE.check(approve ? "approve" : "reject", status);
        if (!approve && (opinion == null || opinion.isBlank())) {
            throw UserFacingException.badRequest("enforcement.transfer.opinionRequired");
        }
        this.approvedAt = at;
        this.headDecidedOn = at.toLocalDate();
        this.approvedBy = by;
        this.headOpinion = opinion == null || opinion.isBlank() ? null : opinion.strip();
        this.transferDueAt = approve ? transferDue : null;
        this.status = approve ? TransferStatus.APPROVED : TransferStatus.REJECTED;
    }

    void transfer(String policeOrgan, String attachments, OffsetDateTime at) {
        TABLE.check("transfer", status);
        if (policeOrgan == null || policeOrgan.isBlank()) {
            throw UserFacingException.badRequest("enforcement.transfer.policeOrganRequired");
        }
        this.policeOrgan = policeOrgan.strip();
        this.attachments = attachments;
        this.transferredAt = at;
        this.transferredOn = at.toLocalDate();
        this.status = TransferStatus.TRANSFERRED;
    }

    void receipt(LocalDate on, String number, LocalDate policeDue) {
        TABLE.check("receipt", status);
        if (on == null || on.isBefore(transferredOn)) {
            throw UserFacingException.badRequest("enforcement.transfer.receivedOnInvalid", transferredOn);
        }
        if (number == null || number.isBlank()) {
            throw UserFacingException.badRequest("enforcement.transfer.receiptNumberRequired");
        }
        this.receivedOn = on;
        this.receiptNumber = number.strip();
        this.policeDueOn = policeDue;
        this.status = TransferStatus.RECEIVED;
    }

    /** The police's decision (Art. 8), received on {@code on}; a refusal states its reason and opens the 3 days of Art. 9. */
    void policeDecision(boolean accept, LocalDate on, String reason, LocalDate reconsiderDue) {
        TABLE.check(accept ? "policeAccept" : "policeRefuse", status);
        if (on == null || on.isBefore(receivedOn)) {
            throw UserFacingException.badRequest("enforcement.transfer.policeDecidedOnInvalid", receivedOn);
        }
        if (!accept && (reason == null || reason.isBlank())) {
            throw UserFacingException.badRequest("enforcement.transfer.policeReasonRequired");
        }
        this.policeDecidedOn = on;
        this.policeReason = reason == null || reason.isBlank() ? null : reason.strip();
        this.reconsiderDueOn = accept ? null : reconsiderDue;
        this.status = accept ? TransferStatus.ACCEPTED : TransferStatus.REFUSED;
    }

    /** The agency asks the police to reconsider a refusal, within 3 days of receiving it (Art. 9). */
    void reconsider(LocalDate on, String reason) {
        TABLE.check("reconsider", status);
        if (reason == null || reason.isBlank()) {
            throw UserFacingException.badRequest("enforcement.transfer.reconsiderReasonRequired");
        }
        TransferRules.requireInTime(on, reconsiderDueOn);
        this.reconsiderRequestedOn = on;
        this.reconsiderReason = reason.strip();
        this.status = TransferStatus.RECONSIDERING;
    }

    void reconsiderDecision(boolean accept, LocalDate on) {
        TABLE.check(accept ? "reconsiderAccept" : "reconsiderUphold", status);
        if (on == null || on.isBefore(reconsiderRequestedOn)) {
            throw UserFacingException.badRequest("enforcement.transfer.policeDecidedOnInvalid", reconsiderRequestedOn);
        }
        this.reconsiderDecidedOn = on;
        this.status = accept ? TransferStatus.ACCEPTED : TransferStatus.UPHELD;
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
    public TransferStatus status() {
        return status;
    }

    @Override
    public int version() {
        return version;
    }
}
