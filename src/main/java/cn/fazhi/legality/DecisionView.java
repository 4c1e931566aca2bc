package cn.fazhi.legality;

import java.util.List;

/**
 * A major decision with its steps, the legality review linked as its legality-review step ({@code null} when none is)
 * and the flags {@link DecisionRules} raised.
 */
public record DecisionView(long id, int catalogueYear, String title, long unitId, String unitName, String regionCode,
        DecisionSteps steps, DecisionReview legalityReview, boolean flagged, List<DecisionRules.Flag> flags, int version) {

    /** Whether the decision has been taken. */
    public boolean decided() {
        return steps.decidedOn() != null;
    }
}
