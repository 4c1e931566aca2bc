package cn.fazhi.enforcement;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What callers send to {@link TrainingRecords}. */
public final class TrainingCommands {

    private TrainingCommands() {}

    /** An officer's training hours of a year (replaces what was recorded for that year). */
    public record Hours(@NotNull(message = "{enforcement.officers.validation.year}") @Min(value = 1949, message = "{enforcement.officers.validation.year}") @Max(value = 2999, message = "{enforcement.officers.validation.year}") Integer year,
            @NotNull(message = "{enforcement.officers.validation.hours}") @DecimalMin(value = "0", message = "{enforcement.officers.validation.hours}") @DecimalMax(value = "2000", message = "{enforcement.officers.validation.hours}") BigDecimal hours,
            @Size(max = 500, message = "{enforcement.officers.validation.size500}") String note) {}
}
