package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a manager sends to keep discretion benchmarks (裁量基准). */
public final class BenchmarkCommands {

    private BenchmarkCommands() {}

    /** A new benchmark for one violation with its ordered levels (the order given is the order kept). */
    public record Create(
            @NotBlank(message = "{enforcement.discretion.benchmark.violationCode.required}")
            @Size(max = 64, message = "{enforcement.discretion.benchmark.violationCode.size}")
            @Pattern(regexp = "[A-Za-z0-9_.\\-]*", message = "{enforcement.discretion.benchmark.violationCode.pattern}")
            String violationCode,
            @NotBlank(message = "{enforcement.discretion.benchmark.violationName.required}")
            @Size(max = 300, message = "{enforcement.discretion.benchmark.violationName.size}") String violationName,
            @NotBlank(message = "{enforcement.discretion.benchmark.legalBasis.required}")
            @Size(max = 4000, message = "{enforcement.discretion.benchmark.text.size}") String legalBasis,
            @NotBlank(message = "{enforcement.discretion.benchmark.penaltyBasis.required}")
            @Size(max = 4000, message = "{enforcement.discretion.benchmark.text.size}") String penaltyBasis,
            @NotNull(message = "{enforcement.discretion.benchmark.issuer.required}") BenchmarkIssuer issuerLevel,
            @Size(max = 100, message = "{enforcement.discretion.benchmark.documentNumber.size}") String documentNumber,
            @NotNull(message = "{enforcement.discretion.benchmark.effectiveFrom.required}") LocalDate effectiveFrom,
            LocalDate effectiveTo,
            @NotEmpty(message = "{enforcement.discretion.benchmark.levels.required}")
            @Size(max = 20, message = "{enforcement.discretion.benchmark.levels.size}") List<@Valid @NotNull Level> levels) {}

    /** One level: its kind, the circumstances it applies to, the fine range (either bound may be absent) and other measures. */
    public record Level(
            @NotNull(message = "{enforcement.discretion.level.kind.required}") BenchmarkLevelKind kind,
            @NotBlank(message = "{enforcement.discretion.level.circumstances.required}")
            @Size(max = 2000, message = "{enforcement.discretion.level.circumstances.size}") String circumstances,
            @DecimalMin(value = "0", message = "{enforcement.discretion.level.fine.negative}")
            @Digits(integer = 12, fraction = 2, message = "{enforcement.discretion.level.fine.digits}") BigDecimal minFine,
            @DecimalMin(value = "0", message = "{enforcement.discretion.level.fine.negative}")
            @Digits(integer = 12, fraction = 2, message = "{enforcement.discretion.level.fine.digits}") BigDecimal maxFine,
            @Size(max = 1000, message = "{enforcement.discretion.level.otherMeasures.size}") String otherMeasures) {}

    /** Publish or withdraw a benchmark (the version read). */
    public record Publish(@NotNull(message = "{enforcement.discretion.version.required}") Integer version) {}
}
