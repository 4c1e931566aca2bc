package cn.fazhi.normative;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What staff send to take a normative document through its steps, one record per step. Single-field rules are Bean
 * Validation with the module's Chinese messages; the rules over several fields and dates stay in the facade.
 */
public final class NormativeCommands {

    private NormativeCommands() {}

    /**
     * A new draft (or an edit while drafting). {@code relatedTo}/{@code relation}: the older document this one amends,
     * replaces or abolishes, if any.
     */
    public record Draft(Long unitId,
            @NotBlank(message = "{normative.error.titleRequired}")
            @Size(max = 300, message = "{normative.error.titleTooLong}") String title,
            @NotBlank(message = "{normative.error.bodyRequired}") String body, List<String> tags, Integer validityYears,
            Long relatedTo, RelationKind relation) {}

    /** Opens public comment for the period (inclusive). */
    public record CommentPeriod(LocalDate from, LocalDate to) {}

    /** One comment received during public comment, and how it was handled. */
    public record Comment(LocalDate receivedOn, String source, String content, Boolean adopted, String response) {}

    /** The drafting office's answer to a recorded comment: adopted or not, and why (反馈意见采纳情况). */
    public record Answer(Boolean adopted, @NotBlank(message = "{normative.error.answerRequired}") String response) {}

    /** The legality review's conclusion. */
    public record Review(ReviewBody reviewBy, String reviewer, ReviewResult result, String findings, LocalDate reviewedOn) {}

    /** The collective decision (meeting and date). */
    public record Decision(String meeting, LocalDate decidedOn) {}

    /** Signing and publication with the document number and dates. */
    public record Sign(String number, LocalDate signedOn, LocalDate publishedOn, LocalDate effectiveOn) {}

    /** Filing (备案) with the next level. */
    public record Filing(String filedWith, LocalDate filedOn) {}

    /** The evaluation before expiry. */
    public record Evaluation(LocalDate evaluatedOn, String conclusion) {}
}
