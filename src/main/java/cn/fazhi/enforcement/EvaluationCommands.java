package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What callers send to {@link EvaluationCampaigns} and {@link Rubrics}, checked by Bean Validation (all errors at once). */
public final class EvaluationCommands {

    private EvaluationCommands() {}

    /** A campaign: files closed in [from, to] are drawn, {@code perUnit} per unit (default a setting), with a seed. */
    public record Create(@NotNull(message = "{enforcement.filereview.validation.yearRequired}")
            @Min(value = 2000, message = "{enforcement.filereview.validation.year}")
            @Max(value = 2100, message = "{enforcement.filereview.validation.year}") Integer year,
            @NotBlank(message = "{enforcement.filereview.validation.nameRequired}")
            @Size(max = 200, message = "{enforcement.filereview.validation.nameTooLong}") String name,
            @NotNull(message = "{enforcement.filereview.validation.rubricRequired}") Long rubricId,
            @NotNull(message = "{enforcement.filereview.validation.fromRequired}") @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @NotNull(message = "{enforcement.filereview.validation.toRequired}") @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @Min(value = 1, message = "{enforcement.filereview.validation.perUnit}")
            @Max(value = 1000, message = "{enforcement.filereview.validation.perUnit}") Integer perUnit,
            Long seed) {}

    /** One reviewer's points on one rubric item, with the finding (deduction reason) if any. */
    public record ItemScore(@NotNull(message = "{enforcement.filereview.validation.itemRequired}") Long itemId,
            @NotNull(message = "{enforcement.filereview.validation.pointsRequired}")
            @DecimalMin(value = "0", message = "{enforcement.filereview.validation.pointsNegative}") BigDecimal points,
            @Size(max = 1000, message = "{enforcement.filereview.validation.findingTooLong}") String finding) {}

    /** A reviewer's whole score sheet for one file: every rubric item, and the ground of an automatic 不合格 if any. */
    public record Score(@NotEmpty(message = "{enforcement.filereview.validation.itemsRequired}") List<@Valid ItemScore> items,
            EvaluationVeto veto) {}

    /** A rubric: a name and items whose maximum points sum to 100. */
    public record Rubric(@NotBlank(message = "{enforcement.filereview.validation.nameRequired}")
            @Size(max = 200, message = "{enforcement.filereview.validation.nameTooLong}") String name,
            @NotEmpty(message = "{enforcement.filereview.validation.itemsRequired}") List<@Valid RubricItem> items) {}

    public record RubricItem(@NotBlank(message = "{enforcement.filereview.validation.itemTitleRequired}")
            @Size(max = 200, message = "{enforcement.filereview.validation.nameTooLong}") String title,
            @Size(max = 1000, message = "{enforcement.filereview.validation.findingTooLong}") String guidance,
            @NotNull(message = "{enforcement.filereview.validation.maxPointsRequired}")
            @Min(value = 1, message = "{enforcement.filereview.validation.maxPoints}")
            @Max(value = 100, message = "{enforcement.filereview.validation.maxPoints}") Integer maxPoints) {}
}
