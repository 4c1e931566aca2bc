package cn.fazhi.enforcement;

import java.time.LocalDate;
import java.util.List;

/** An inspection as pages and the API show it: the target's identifier masked, the officers with their certificates. */
public record InspectionView(long id, String caseNumber, long unitId, String unitName, String regionCode, Long matterId,
        String matterName, String subject, LocalDate inspectedOn, InspectionTargetKind targetKind, String targetName,
        String targetIdentifier, String targetAddress, boolean certificatesShown, String notes, InspectionStatus status,
        InspectionResult result, String findings, LocalDate rectifyBy, Long penaltyCaseId, String penaltyCaseNumber,
        LocalDate concludedOn, LocalDate cancelledOn, String cancelReason, List<Officer> officers, int version) {

    /** An officer on the inspection and the certificate valid on its day. */
    public record Officer(long id, String name, String certificateNumber) {}
}
