package cn.fazhi.legality;

import java.time.LocalDate;

/**
 * The legality review request (type {@link ReviewType#DECISION}) linked to a major decision as its legality-review
 * step: where it stands and, once concluded, its outcome and date.
 */
public record DecisionReview(long id, String caseNumber, ReviewStatus status, ReviewOutcome outcome, LocalDate concludedOn) {

    /** The step is complete: the review concluded with a passing outcome (通过 or 修改后通过). */
    public boolean passed() {
        return status == ReviewStatus.CONCLUDED && outcome != null && outcome != ReviewOutcome.FAIL;
    }
}
