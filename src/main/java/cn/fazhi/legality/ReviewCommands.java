package cn.fazhi.legality;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** What callers send to {@link LegalityReviews}. */
public final class ReviewCommands {

    private ReviewCommands() {}

    /** A unit's request: the draft itself is attached separately (page form or attachment endpoint). */
    public record Submit(ReviewType type, String title, String counterpartyName, String counterpartyUscc,
            BigDecimal amount, String summary) {}

    public record Assign(ReviewerKind reviewerKind, Long adviserId, Integer version) {}

    public record Conclude(ReviewOutcome outcome, String findings, @DateTimeFormat(iso = ISO.DATE) LocalDate concludedOn, Integer version) {}

    public record Withdraw(String reason, Integer version) {}
}
