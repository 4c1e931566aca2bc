package cn.fazhi.legality;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.fazhi.platform.web.UserFacingException;

/**
 * The procedural rules of 《重大行政决策程序暂行条例》(国务院令第713号, in force 2019-09-01), in one place; source
 * docs/LEGAL-RULES.md LEG-2 to LEG-9 (read from the regulation's text, confidence high). {@link #check} lists what
 * was skipped for a decision already taken: a step that was neither done before the decision date nor properly
 * exempted. Before the decision is taken nothing is flagged, the open steps are simply pending. {@link #validate}
 * refuses incomplete entries.
 * The legality-review step is not a date typed in: it is the linked legality review request ({@link DecisionReview}),
 * complete only when that review concluded with a passing outcome on or before the decision date.
 */
public final class DecisionRules {

    /** Art. 15: "公开征求意见的期限一般不少于30日"; shorter only for urgency with the reason stated. */
    public static final int MIN_COMMENT_DAYS = 30;

    private DecisionRules() {}

    /** A skipped or defective step, with the article it breaches (message key {@code legality.flag.<name>}). */
    public enum Flag {
        /** Arts. 14–15: public participation is held unless the matter is not to be disclosed (exempt with reason). */
        PARTICIPATION_SKIPPED("第十四条"),
        /** Art. 15: the comment period is at least 30 days unless shortened for urgency with the reason stated. */
        PARTICIPATION_TOO_SHORT("第十五条"),
        /** Art. 19: matters of strong professional or technical nature go through expert argument. */
        EXPERT_SKIPPED("第十九条"),
        /** Art. 22: matters that may affect social stability or public safety get a risk assessment. */
        RISK_SKIPPED("第二十二条"),
        /**
         * Arts. 25, 28: without a legality review the draft may not be tabled (no review linked, or the linked review
         * was not concluded by the decision date).
         */
        LEGALITY_SKIPPED("第二十五条、第二十八条"),
        /** Art. 28: a draft that failed legality review may not be tabled. */
        LEGALITY_FAILED("第二十八条"),
        /** Art. 30: the decision is taken at the executive or plenary meeting. */
        NOT_COLLECTIVE("第三十条");

        private final String article;

        Flag(String article) {
            this.article = article;
        }

        /** The article of the regulation the flag cites. */
        public String article() {
            return article;
        }
    }

    /**
     * The flags of a decision; empty when it has not been taken yet or every step was followed. {@code review} is the
     * legality review linked to the decision ({@code null} when none is).
     */
    public static List<Flag> check(DecisionSteps s, DecisionReview review) {
        List<Flag> flags = new ArrayList<>();
        LocalDate decided = s.decidedOn();
        if (decided == null) {
            return flags;
        }
        if (s.participation() == null || s.participation() == StepState.DONE && after(s.participationTo(), decided)) {
            flags.add(Flag.PARTICIPATION_SKIPPED);
        } else if (s.participation() == StepState.DONE
                && commentDays(s.participationFrom(), s.participationTo()) < MIN_COMMENT_DAYS
                && blank(s.participationNote())) {
            flags.add(Flag.PARTICIPATION_TOO_SHORT);
        }
        if (skipped(s.expert(), s.expertOn(), decided)) {
            flags.add(Flag.EXPERT_SKIPPED);
        }
        if (skipped(s.risk(), s.riskOn(), decided)) {
            flags.add(Flag.RISK_SKIPPED);
        }
        if (review == null || review.status() != ReviewStatus.CONCLUDED || review.concludedOn().isAfter(decided)) {
            flags.add(Flag.LEGALITY_SKIPPED);
        } else if (!review.passed()) {
            flags.add(Flag.LEGALITY_FAILED);
        }
        if (s.meetingKind() == null || !s.meetingKind().collective()) {
            flags.add(Flag.NOT_COLLECTIVE);
        }
        return flags;
    }

    /**
     * The comment period in days: the publication day itself is not counted (《民法典》 Art. 201), so a period
     * published on 1 March whose last day is 31 March is 30 days.
     */
    public static long commentDays(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    /** Refuses entries that cannot be judged: a step marked done without its dates, exempt without the reason, etc. */
    public static void validate(DecisionSteps s) {
        if (s.participation() == StepState.DONE) {
            if (s.participationFrom() == null || s.participationTo() == null) {
                throw UserFacingException.badRequest("legality.error.participationDates");
            }
            if (s.participationTo().isBefore(s.participationFrom())) {
                throw UserFacingException.badRequest("legality.error.participationOrder");
            }
        }
        if (s.participation() == StepState.EXEMPT && blank(s.participationNote())) {
            throw UserFacingException.badRequest("legality.error.exemptReason", Text.label("legality.step.participation"));
        }
        checkStep(s.expert(), s.expertOn(), s.expertNote(), "legality.step.expert");
        checkStep(s.risk(), s.riskOn(), s.riskNote(), "legality.step.risk");
        if (s.decidedOn() != null && (s.meetingKind() == null || blank(s.meetingName()))) {
            throw UserFacingException.badRequest("legality.error.meetingRequired");
        }
        if (s.decidedOn() == null && s.meetingKind() != null) {
            throw UserFacingException.badRequest("legality.error.decidedOnRequired");
        }
    }

    private static void checkStep(StepState state, LocalDate on, String note, String stepKey) {
        if (state == StepState.DONE && on == null) {
            throw UserFacingException.badRequest("legality.error.stepDate", Text.label(stepKey));
        }
        if (state == StepState.EXEMPT && blank(note)) {
            throw UserFacingException.badRequest("legality.error.exemptReason", Text.label(stepKey));
        }
    }

    private static boolean skipped(StepState state, LocalDate on, LocalDate decided) {
        return state == null || state == StepState.DONE && on.isAfter(decided);
    }

    private static boolean after(LocalDate day, LocalDate decided) {
        return day != null && day.isAfter(decided);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
