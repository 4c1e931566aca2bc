package cn.fazhi.reported;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import cn.fazhi.indicators.IndicatorUnit;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What pages and the API send to {@link ReportedFigures}. */
public final class ReportedCommands {

    private ReportedCommands() {}

    /** A definition (the office): code (lower-case letters, digits, underscores), name, unit, submitting unit, source. */
    public record Define(@Size(max = 64, message = "{reported.validation.codeTooLong}") String code,
            @Size(max = 200, message = "{reported.validation.nameTooLong}") String name, IndicatorUnit figureUnit,
            Long unitId, @Size(max = 200, message = "{reported.validation.sourceTooLong}") String sourceSystem,
            @Size(max = 1000, message = "{reported.validation.noteTooLong}") String description) {}

    /**
     * A submission (the definition's unit): the year, the value, the system it comes from (default the definition's),
     * a note; the evidence file comes alongside. {@code submittedOn} defaults to today.
     */
    public record Submit(Long definitionId, Integer periodYear, BigDecimal value,
            @Size(max = 200, message = "{reported.validation.sourceTooLong}") String sourceSystem,
            @Size(max = 1000, message = "{reported.validation.noteTooLong}") String note,
            @DateTimeFormat(iso = ISO.DATE) LocalDate submittedOn) {}

    /** The office's decision: the reason (return), the day (default today), the version read. */
    public record Decide(@Size(max = 1000, message = "{reported.validation.noteTooLong}") String reason,
            @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @NotNull(message = "{reported.validation.versionRequired}") Integer version) {}

    /** The list's filters: keyword (number, name), status, year. */
    public record Query(@Size(max = 100, message = "{reported.validation.keywordTooLong}") String q,
            ReportedStatus status, Integer year) {

        public static Query none() {
            return new Query(null, null, null);
        }
    }
}
