package cn.fazhi.enforcement;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.fazhi.cases.CaseAggregate;
import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.web.UserFacingException;

/**
 * An administrative inspection (行政检查, case type {@code inspection}) as the kernel steps it: recorded by the unit
 * with the day, the target, the matter, at least two officers each certified on that day who showed their certificates
 * (行政处罚法 Arts. 42, 55 — checked by the facade through {@link CertificateChecks}), then concluded with its result
 * (合格 / 责令整改 by a date / 立案 with the penalty case) or cancelled with a reason. Concluding publishes
 * {@code EnforcementDecided} (category INSPECTION, 20 working days to publish — 国办发〔2018〕118号 二(六)).
 */
public final class Inspection implements CaseAggregate<InspectionStatus> {

    /** OPEN → CONCLUDED (conclude, a to-do of the handlers) | CANCELLED (cancel). */
    public static final Transitions<InspectionStatus> TABLE = Transitions.of(InspectionStatus.class)
            .todo("conclude", "concluded", InspectionStatus.CONCLUDED, EnforcementPermissions.HANDLE, InspectionStatus.OPEN)
            .step("cancel", "cancelled", InspectionStatus.CANCELLED, EnforcementPermissions.HANDLE, InspectionStatus.OPEN)
            .build();

    long id;
    String caseNumber;
    long unitId;
    String regionCode;
    Long matterId;
    String subject;
    LocalDate inspectedOn;
    InspectionTargetKind targetKind;
    String targetName;
    String targetIdEnc;
    String targetIdBlind;
    String targetIdMasked;
    String targetAddress;
    boolean certificatesShown;
    String notes;
    InspectionStatus status;
    InspectionResult result;
    String findings;
    LocalDate rectifyBy;
    Long penaltyCaseId;
    LocalDate concludedOn;
    LocalDate cancelledOn;
    String cancelReason;
    OffsetDateTime createdAt;
    String createdBy;
    int version;

    Inspection() {}

    /**
     * Concludes with the findings and result on {@code on} (not before the inspection): 责令整改 needs a date after the
     * inspection to rectify by, 立案 the penalty case it led to.
     */
    void conclude(InspectionResult result, String findings, LocalDate rectifyBy, Long penaltyCaseId, LocalDate on) {
        TABLE.check("conclude", status);
        if (result == null) {
            throw UserFacingException.badRequest("enforcement.inspection.resultRequired");
        }
        if (findings == null || findings.isBlank()) {
            throw UserFacingException.badRequest("enforcement.inspection.findingsRequired");
        }
        if (on.isBefore(inspectedOn)) {
            throw UserFacingException.badRequest("enforcement.inspection.concludedBeforeInspection", inspectedOn);
        }
        if (result == InspectionResult.RECTIFY && (rectifyBy == null || !rectifyBy.isAfter(inspectedOn))) {
            throw UserFacingException.badRequest("enforcement.inspection.rectifyByRequired");
        }
        if (result == InspectionResult.FILED && penaltyCaseId == null) {
            throw UserFacingException.badRequest("enforcement.inspection.penaltyCaseRequired");
        }
        this.result = result;
        this.findings = findings.strip();
        this.rectifyBy = result == InspectionResult.RECTIFY ? rectifyBy : null;
        this.penaltyCaseId = result == InspectionResult.FILED ? penaltyCaseId : null;
        this.concludedOn = on;
        this.status = InspectionStatus.CONCLUDED;
    }

    void cancel(String reason, LocalDate on) {
        TABLE.check("cancel", status);
        if (reason == null || reason.isBlank()) {
            throw UserFacingException.badRequest("enforcement.inspection.cancelReasonRequired");
        }
        this.cancelReason = reason.strip();
        this.cancelledOn = on;
        this.status = InspectionStatus.CANCELLED;
    }

    /** A record in the given state (for the transition test and the repository). */
    static Inspection in(InspectionStatus status, LocalDate inspectedOn) {
        Inspection i = new Inspection();
        i.status = status;
        i.inspectedOn = inspectedOn;
        i.caseNumber = "test";
        return i;
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
    public InspectionStatus status() {
        return status;
    }

    @Override
    public int version() {
        return version;
    }

    public long unitId() {
        return unitId;
    }

    public String regionCode() {
        return regionCode;
    }
}
