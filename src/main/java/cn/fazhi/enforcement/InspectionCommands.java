package cn.fazhi.enforcement;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What staff send to record, conclude and cancel inspections. */
public final class InspectionCommands {

    private InspectionCommands() {}

    /**
     * A new inspection: the day, the target (an organisation's 统一社会信用代码 is required and checked, a person's ID
     * number optional and checked), the matter (a power-list entry, optional) and subject, the officers (≥ 2, each
     * certified on the day) and whether they showed their certificates (处罚法 Art. 55).
     */
    public record Register(@NotNull(message = "{enforcement.inspection.inspectedOnRequired}") LocalDate inspectedOn,
            @NotNull(message = "{enforcement.inspection.targetKindRequired}") InspectionTargetKind targetKind,
            @NotBlank(message = "{enforcement.inspection.targetNameRequired}")
            @Size(max = 200, message = "{enforcement.inspection.targetNameTooLong}") String targetName,
            @Size(max = 32, message = "{enforcement.inspection.identifierTooLong}") String targetIdentifier,
            @Size(max = 300, message = "{enforcement.inspection.addressTooLong}") String targetAddress,
            Long matterId,
            @NotBlank(message = "{enforcement.inspection.subjectRequired}")
            @Size(max = 300, message = "{enforcement.inspection.subjectTooLong}") String subject,
            List<Long> officerIds,
            Boolean certificatesShown,
            @Size(max = 4000, message = "{enforcement.inspection.notesTooLong}") String notes) {}

    public record Conclude(Integer version,
            @NotNull(message = "{enforcement.inspection.resultRequired}") InspectionResult result,
            @NotBlank(message = "{enforcement.inspection.findingsRequired}")
            @Size(max = 4000, message = "{enforcement.inspection.findingsTooLong}") String findings,
            LocalDate rectifyBy, Long penaltyCaseId, LocalDate concludedOn) {}

    public record Cancel(Integer version,
            @NotBlank(message = "{enforcement.inspection.cancelReasonRequired}")
            @Size(max = 1000, message = "{enforcement.inspection.cancelReasonTooLong}") String reason) {}

    /** List filters. */
    public record Query(InspectionStatus status, InspectionResult result, Integer year, String q) {}
}
