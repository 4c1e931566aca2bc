package cn.fazhi.legality;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What callers send to {@link LegalityReviews}, checked by Bean Validation with the module's Chinese messages (all
 * errors at once); the facade checks again what depends on stored state (the draft, the adviser's term, dates).
 */
public final class ReviewCommands {

    private ReviewCommands() {}

    /** A unit's request: the draft itself is attached separately (page form or attachment endpoint). */
    public record Submit(@NotNull(message = "{legality.error.typeRequired}") ReviewType type,
            @NotBlank(message = "{legality.validation.titleRequired}")
            @Size(max = 200, message = "{legality.validation.titleTooLong}") String title,
            @Size(max = 100, message = "{legality.validation.counterpartyTooLong}") String counterpartyName,
            String counterpartyUscc,
            @NotNull(message = "{legality.validation.amountRequired}")
            @DecimalMin(value = "0", message = "{legality.error.amountNegative}") BigDecimal amount,
            @NotBlank(message = "{legality.validation.summaryRequired}")
            @Size(max = 4000, message = "{legality.validation.summaryTooLong}") String summary) {}

    public record Assign(@NotNull(message = "{legality.error.reviewerRequired}") ReviewerKind reviewerKind, Long adviserId,
            Integer version) {}

    public record Conclude(@NotNull(message = "{legality.error.outcomeRequired}") ReviewOutcome outcome,
            @NotBlank(message = "{legality.validation.findingsRequired}")
            @Size(max = 4000, message = "{legality.validation.findingsTooLong}") String findings,
            @DateTimeFormat(iso = ISO.DATE) LocalDate concludedOn, Integer version) {}

    public record Withdraw(@NotBlank(message = "{legality.validation.reasonRequired}")
            @Size(max = 1000, message = "{legality.validation.reasonTooLong}") String reason, Integer version) {}
}
