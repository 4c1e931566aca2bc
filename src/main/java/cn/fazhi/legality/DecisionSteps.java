package cn.fazhi.legality;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The five steps of a major administrative decision as recorded: public participation (公众参与: comment period from
 * publication to the last day, or exempt with the reason), expert argument (专家论证), risk assessment (风险评估),
 * legality review (合法性审查: the id of the legality review request of type {@link ReviewType#DECISION} that reviews the
 * draft; its outcome and date are the review's, see {@link DecisionReview}) and the collective decision (集体讨论决定:
 * meeting and date).
 * {@code decidedOn} null means the decision has not been taken yet.
 */
public record DecisionSteps(StepState participation, @DateTimeFormat(iso = ISO.DATE) LocalDate participationFrom, @DateTimeFormat(iso = ISO.DATE) LocalDate participationTo,
        String participationNote, StepState expert, @DateTimeFormat(iso = ISO.DATE) LocalDate expertOn, String expertNote, StepState risk,
        @DateTimeFormat(iso = ISO.DATE) LocalDate riskOn, String riskNote, Long legalityReviewId, MeetingKind meetingKind,
        String meetingName, @DateTimeFormat(iso = ISO.DATE) LocalDate decidedOn) {

    /** Nothing recorded yet. */
    public static DecisionSteps none() {
        return new DecisionSteps(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
