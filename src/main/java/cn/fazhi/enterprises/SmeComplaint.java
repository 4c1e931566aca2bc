package cn.fazhi.enterprises;

import java.time.LocalDate;

import cn.fazhi.cases.CaseAggregate;
import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.web.UserFacingException;

/**
 * An SME payment complaint as the kernel's aggregate (case type {@code sme_complaint}): the desk accepts it formally or
 * refuses it with a reason (RECEIVED → ACCEPTED | REFUSED) and passes it to the handling body (ACCEPTED →
 * TRANSFERRED, due within 10 working days of acceptance, Art. 24); the handling body extends its period with its
 * head's approval (up to 90 days in all), issues a 督办 when the respondent does not cooperate (Art. 25; the status
 * stays) and gives its written result (TRANSFERRED → CONCLUDED, due within 30 days, Art. 25). The rules of the days
 * are {@link SmeComplaintClocks}.
 */
public final class SmeComplaint implements CaseAggregate<SmeComplaintStatus> {

    public static final Transitions<SmeComplaintStatus> TABLE = Transitions.of(SmeComplaintStatus.class)
            .todo("accept", "accepted", SmeComplaintStatus.ACCEPTED, Enterprises.DISPATCH, SmeComplaintStatus.RECEIVED)
            .step("refuse", "refused", SmeComplaintStatus.REFUSED, Enterprises.DISPATCH, SmeComplaintStatus.RECEIVED)
            .todo("transfer", "transferred", SmeComplaintStatus.TRANSFERRED, Enterprises.DISPATCH,
                    SmeComplaintStatus.ACCEPTED)
            .step("extend", "extended", null, Enterprises.HANDLE, SmeComplaintStatus.TRANSFERRED)
            .step("supervise", "supervised", null, Enterprises.HANDLE, SmeComplaintStatus.TRANSFERRED)
            .todo("conclude", "concluded", SmeComplaintStatus.CONCLUDED, Enterprises.HANDLE,
                    SmeComplaintStatus.TRANSFERRED)
            .build();

    long id;
    String caseNumber;
    SmeComplaintStatus status;
    long enterpriseId;
    LocalDate receivedOn;
    long unitId;
    String regionCode;
    LocalDate acceptedOn;
    String refusalReason;
    LocalDate transferDue;
    Long handlerUnitId;
    LocalDate transferredOn;
    Boolean transferredOnTime;
    LocalDate resultDue;
    LocalDate extendedTo;
    String extensionReason;
    String extensionApprover;
    LocalDate concludedOn;
    Boolean concludedOnTime;
    String result;
    int supervisionCount;
    String supervisionNote;
    int version;

    SmeComplaint() {}

    static SmeComplaint in(SmeComplaintStatus status) {
        SmeComplaint c = new SmeComplaint();
        c.status = status;
        c.caseNumber = "test";
        c.receivedOn = LocalDate.of(2025, 7, 1);
        return c;
    }

    void accept(LocalDate on, LocalDate transferBy) {
        TABLE.check("accept", status);
        this.acceptedOn = notBefore(on, receivedOn);
        this.transferDue = transferBy;
        this.status = SmeComplaintStatus.ACCEPTED;
    }

    void refuse(String reason, LocalDate on) {
        TABLE.check("refuse", status);
        this.refusalReason = EnterpriseRequest.required(reason, "enterprises.requests.error.reasonRequired");
        this.acceptedOn = null;
        this.concludedOn = notBefore(on, receivedOn);
        this.status = SmeComplaintStatus.REFUSED;
    }

    void transfer(long handler, String handlerRegion, LocalDate on, LocalDate resultBy) {
        TABLE.check("transfer", status);
        this.transferredOn = notBefore(on, acceptedOn);
        this.transferredOnTime = !on.isAfter(transferDue);
        this.handlerUnitId = handler;
        this.unitId = handler;
        this.regionCode = handlerRegion;
        this.resultDue = resultBy;
        this.status = SmeComplaintStatus.TRANSFERRED;
    }

    void extend(LocalDate to, String reason, String approver, boolean allowed) {
        TABLE.check("extend", status);
        if (!allowed) {
            throw UserFacingException.badRequest("enterprises.complaints.error.extension");
        }
        this.extensionReason = EnterpriseRequest.required(reason, "enterprises.requests.error.reasonRequired");
        this.extensionApprover = EnterpriseRequest.required(approver, "enterprises.complaints.error.approverRequired");
        this.extendedTo = to;
    }

    void supervise(String note) {
        TABLE.check("supervise", status);
        this.supervisionNote = EnterpriseRequest.required(note, "enterprises.complaints.error.noteRequired");
        this.supervisionCount++;
    }

    void conclude(String text, LocalDate on) {
        TABLE.check("conclude", status);
        this.result = EnterpriseRequest.required(text, "enterprises.complaints.error.resultRequired");
        this.concludedOn = notBefore(on, transferredOn);
        this.concludedOnTime = !on.isAfter(extendedTo != null ? extendedTo : resultDue);
        this.status = SmeComplaintStatus.CONCLUDED;
    }

    /** The day the result is due now: the extension's day, else the 30-day one. */
    LocalDate due() {
        return extendedTo != null ? extendedTo : resultDue;
    }

    private static LocalDate notBefore(LocalDate on, LocalDate earliest) {
        if (on == null || (earliest != null && on.isBefore(earliest))) {
            throw UserFacingException.badRequest("enterprises.requests.error.tooEarly", earliest);
        }
        return on;
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
    public SmeComplaintStatus status() {
        return status;
    }

    @Override
    public int version() {
        return version;
    }
}
