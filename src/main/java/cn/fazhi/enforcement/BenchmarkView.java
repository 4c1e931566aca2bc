package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A discretion benchmark as pages and the API show it, with its levels in order. */
public record BenchmarkView(long id, String violationCode, String violationName, String legalBasis, String penaltyBasis,
        BenchmarkIssuer issuerLevel, String documentNumber, LocalDate effectiveFrom, LocalDate effectiveTo,
        boolean published, LocalDate publishedOn, int version, List<Level> levels) {

    /** A level of the benchmark (its id is what a decision states: {@code enforcement_case.benchmark_level_id}). */
    public record Level(long id, int ordinal, BenchmarkLevelKind kind, String circumstances, BigDecimal minFine,
            BigDecimal maxFine, String otherMeasures) {}

    /** Whether the benchmark is in force on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
