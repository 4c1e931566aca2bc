package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What callers send to {@link Exams}. */
public final class ExamCommands {

    private ExamCommands() {}

    /** A qualification exam session: name, date, organiser and pass mark (null: the configured default). */
    public record Session(
            @NotBlank(message = "{enforcement.officers.validation.examName}") @Size(max = 200, message = "{enforcement.officers.validation.size200}") String name,
            @NotNull(message = "{enforcement.officers.validation.heldOn}") @DateTimeFormat(iso = ISO.DATE) LocalDate heldOn,
            @NotBlank(message = "{enforcement.officers.validation.organiser}") @Size(max = 200, message = "{enforcement.officers.validation.size200}") String organiser,
            @DecimalMin(value = "0", message = "{enforcement.officers.validation.score}") @DecimalMax(value = "100", message = "{enforcement.officers.validation.score}") BigDecimal passMark) {}

    /** An officer entered for a session. */
    public record Candidate(@NotNull(message = "{enforcement.officers.validation.officer}") Long officerId) {}

    /** A candidate's result: sat or absent, and the score if sat; passed follows from the session's pass mark. */
    public record Result(@NotNull(message = "{enforcement.officers.validation.sat}") Boolean sat,
            @DecimalMin(value = "0", message = "{enforcement.officers.validation.score}") @DecimalMax(value = "100", message = "{enforcement.officers.validation.score}") BigDecimal score) {}
}
