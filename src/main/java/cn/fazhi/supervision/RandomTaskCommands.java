package cn.fazhi.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the task pages and API send. Every step names the version it was read at. */
public final class RandomTaskCommands {

    private RandomTaskCommands() {}

    /** A new task of the caller's unit from published items; {@code ratioPercent} null: the items' ratio. */
    public record Create(@NotBlank(message = "{supervision.random.validation.title}")
            @Size(max = 200, message = "{supervision.random.validation.tooLong}") String title,
            @NotEmpty(message = "{supervision.random.validation.items}") List<Long> itemIds,
            @NotNull(message = "{supervision.random.validation.periodFrom}") @DateTimeFormat(iso = ISO.DATE) LocalDate periodFrom,
            @NotNull(message = "{supervision.random.validation.periodTo}") @DateTimeFormat(iso = ISO.DATE) LocalDate periodTo,
            BigDecimal ratioPercent) {}

    /** A step that needs nothing but the version (commit, draw). */
    public record Step(Integer version) {}

    /** Abandon a committed draw, or cancel the task: the reason is required. */
    public record Reason(Integer version, String reason) {}

    /**
     * The result of one drawn entity: the outcome, the inspection day, findings, the certificate numbers of the drawn
     * inspectors who went; a rectification deadline for 责令整改; a violation for 移交立案 (defaults: the item); a
     * finding about an enforcement unit's own conduct opens a supervision clue ({@code clueSummary}).
     */
    public record Result(Integer version, String uscc, RandomResultOutcome outcome,
            @DateTimeFormat(iso = ISO.DATE) LocalDate inspectedOn, String findings, List<String> inspectors,
            @DateTimeFormat(iso = ISO.DATE) LocalDate rectifyDueOn, String violationName, String clueSummary) {}

    /** The follow-up re-inspection of an entity ordered to rectify. */
    public record Reinspect(Integer version, String uscc, @DateTimeFormat(iso = ISO.DATE) LocalDate reinspectedOn,
            Boolean rectified, String findings) {}

    /** Results complete (on {@code on}, default today) or published (on {@code on}). */
    public record Dated(Integer version, @DateTimeFormat(iso = ISO.DATE) LocalDate on) {}

    /** Accept or decline a merge proposal: both tasks' versions; a reason to decline. */
    public record Merge(Long firstTask, Long secondTask, Integer firstVersion, Integer secondVersion, String reason) {}

    /** The list's filters. */
    public record Query(String q, RandomTaskStatus status, Integer year, Boolean joint) {}
}
