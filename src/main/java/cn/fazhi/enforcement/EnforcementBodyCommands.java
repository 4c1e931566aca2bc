package cn.fazhi.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What callers send to {@link EnforcementBodies}. */
public final class EnforcementBodyCommands {

    private EnforcementBodyCommands() {}

    /**
     * An enforcement body of a unit: its kind, the entrusting agency when entrusted (行政处罚法 Art. 20), its legal
     * basis and areas of enforcement; {@code active} false takes it off the public list.
     */
    public record Body(@NotNull(message = "{enforcement.officers.validation.unit}") Long unitId,
            @NotBlank(message = "{enforcement.officers.validation.bodyName}") @Size(max = 200, message = "{enforcement.officers.validation.size200}") String name,
            @NotNull(message = "{enforcement.officers.validation.bodyKind}") EnforcementBodyKind kind,
            Long entrustingUnitId,
            @NotBlank(message = "{enforcement.officers.validation.legalBasis}") @Size(max = 2000, message = "{enforcement.officers.validation.size2000}") String legalBasis,
            @NotBlank(message = "{enforcement.officers.validation.areas}") @Size(max = 500, message = "{enforcement.officers.validation.size500}") String areas,
            Boolean active) {}

    /** A matter of a body's power list (事前公开: basis, procedure, remedies). */
    public record Matter(
            @NotBlank(message = "{enforcement.officers.validation.matterCode}") @Pattern(regexp = "[0-9A-Za-z_.-]{1,64}", message = "{enforcement.officers.validation.matterCodePattern}") String code,
            @NotBlank(message = "{enforcement.officers.validation.matterName}") @Size(max = 300, message = "{enforcement.officers.validation.size300}") String name,
            @NotNull(message = "{enforcement.officers.validation.category}") EnforcementMatterCategory category,
            @NotBlank(message = "{enforcement.officers.validation.legalBasis}") @Size(max = 4000, message = "{enforcement.officers.validation.size4000}") String legalBasis,
            @Size(max = 4000, message = "{enforcement.officers.validation.size4000}") String procedureText,
            @Size(max = 2000, message = "{enforcement.officers.validation.size2000}") String remedyText,
            Boolean active) {}
}
