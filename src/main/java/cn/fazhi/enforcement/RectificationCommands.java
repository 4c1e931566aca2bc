package cn.fazhi.enforcement;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What callers send to {@link Rectifications}. */
public final class RectificationCommands {

    private RectificationCommands() {}

    /**
     * A task raised from any source ({@code sourceType} e.g. {@code evaluation_file}, {@code precheck}, later the
     * supervision issue's own), for a unit, with the problem, the rule breached and a deadline (default: the setting).
     */
    public record Raise(@NotBlank(message = "{enforcement.filereview.validation.sourceRequired}")
            @Size(max = 32, message = "{enforcement.filereview.validation.sourceRequired}") String sourceType,
            @NotNull(message = "{enforcement.filereview.validation.sourceRequired}") Long sourceId,
            @Size(max = 64, message = "{enforcement.filereview.validation.referenceTooLong}") String reference,
            @NotNull(message = "{enforcement.filereview.validation.unitRequired}") Long unitId,
            @NotBlank(message = "{enforcement.filereview.validation.problemRequired}")
            @Size(max = 2000, message = "{enforcement.filereview.validation.problemTooLong}") String problem,
            @Size(max = 500, message = "{enforcement.filereview.validation.ruleTooLong}") String rule,
            @DateTimeFormat(iso = ISO.DATE) LocalDate deadline) {}

    /** The unit's report of what it corrected. */
    public record Report(@NotBlank(message = "{enforcement.filereview.validation.reportRequired}")
            @Size(max = 4000, message = "{enforcement.filereview.validation.reportTooLong}") String report,
            @NotNull(message = "{enforcement.filereview.validation.versionRequired}") Integer version) {}

    /** The supervisor's acceptance or return of a report, with a note (required when returned). */
    public record Decide(@Size(max = 1000, message = "{enforcement.filereview.validation.noteTooLong}") String note,
            @NotNull(message = "{enforcement.filereview.validation.versionRequired}") Integer version) {}
}
