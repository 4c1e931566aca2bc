package cn.fazhi.legality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.fazhi.legality.DecisionRules.Flag;
import cn.fazhi.platform.web.UserFacingException;

/** 《重大行政决策程序暂行条例》 Arts. 14–30 as {@link DecisionRules} applies them, one row per case. */
class DecisionRulesTest {

    static final LocalDate DECIDED = LocalDate.of(2024, 6, 28);

    /** Every step done in order: 30 days of comment (1 March → 31 March), experts, risk, review, executive meeting. */
    static DecisionSteps complete() {
        return new DecisionSteps(StepState.DONE, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), null,
                StepState.DONE, LocalDate.of(2024, 4, 10), null, StepState.DONE, LocalDate.of(2024, 4, 20), null,
                PASSED.id(), MeetingKind.EXECUTIVE, "区政府第12次常务会议", DECIDED);
    }

    /** The linked legality review request (type DECISION), concluded with a pass before the meeting. */
    static final DecisionReview PASSED = review(ReviewStatus.CONCLUDED, ReviewOutcome.PASS, LocalDate.of(2024, 5, 20));

    static DecisionReview review(ReviewStatus status, ReviewOutcome outcome, LocalDate concludedOn) {
        return new DecisionReview(7, "咸安法审〔2024〕7号", status, outcome, concludedOn);
    }

    static DecisionSteps with(java.util.function.UnaryOperator<Builder> change) {
        return change.apply(new Builder(complete())).build();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("all steps in order", complete(), PASSED, List.of()),
                Arguments.of("not decided yet: nothing flagged although steps are open",
                        DecisionSteps.none(), null, List.of()),
                Arguments.of("exactly 30 days (Art. 15, publication day not counted)", complete(), PASSED, List.of()),
                Arguments.of("29 days without a reason (Art. 15)",
                        with(b -> b.participationTo(LocalDate.of(2024, 3, 30))), PASSED, List.of(Flag.PARTICIPATION_TOO_SHORT)),
                Arguments.of("29 days with the urgency reason stated (Art. 15)",
                        with(b -> b.participationTo(LocalDate.of(2024, 3, 30)).participationNote("防汛应急，缩短期限")),
                        PASSED, List.of()),
                Arguments.of("participation not held (Art. 14)", with(b -> b.participation(null)), PASSED,
                        List.of(Flag.PARTICIPATION_SKIPPED)),
                Arguments.of("participation exempt with reason (Art. 14: not to be disclosed)",
                        with(b -> b.participation(StepState.EXEMPT).participationNote("依法不予公开")), PASSED, List.of()),
                Arguments.of("comment period still running at the decision",
                        with(b -> b.participationTo(DECIDED.plusDays(1))), PASSED, List.of(Flag.PARTICIPATION_SKIPPED)),
                Arguments.of("no expert argument (Art. 19)", with(b -> b.expert(null)), PASSED, List.of(Flag.EXPERT_SKIPPED)),
                Arguments.of("expert argument after the decision (Art. 19)", with(b -> b.expertOn(DECIDED.plusDays(3))),
                        PASSED, List.of(Flag.EXPERT_SKIPPED)),
                Arguments.of("expert argument not required, reason given (Art. 19)",
                        with(b -> b.expert(StepState.EXEMPT).expertNote("不属于专业性、技术性较强的事项")), PASSED, List.of()),
                Arguments.of("no risk assessment (Art. 22)", with(b -> b.risk(null)), PASSED, List.of(Flag.RISK_SKIPPED)),
                Arguments.of("no legality review linked (Arts. 25, 28)", with(b -> b.legalityReviewId(null)), null,
                        List.of(Flag.LEGALITY_SKIPPED)),
                Arguments.of("linked review only submitted at the decision (Arts. 25, 28)", complete(),
                        review(ReviewStatus.SUBMITTED, null, null), List.of(Flag.LEGALITY_SKIPPED)),
                Arguments.of("linked review still being reviewed at the decision (Arts. 25, 28)", complete(),
                        review(ReviewStatus.ASSIGNED, null, null), List.of(Flag.LEGALITY_SKIPPED)),
                Arguments.of("linked review withdrawn (Arts. 25, 28)", complete(),
                        review(ReviewStatus.WITHDRAWN, null, null), List.of(Flag.LEGALITY_SKIPPED)),
                Arguments.of("legality review concluded after the decision (Art. 28)", complete(),
                        review(ReviewStatus.CONCLUDED, ReviewOutcome.PASS, DECIDED.plusDays(1)), List.of(Flag.LEGALITY_SKIPPED)),
                Arguments.of("review concluded on the day of the meeting", complete(),
                        review(ReviewStatus.CONCLUDED, ReviewOutcome.PASS, DECIDED), List.of()),
                Arguments.of("tabled although the review failed (Art. 28)", complete(),
                        review(ReviewStatus.CONCLUDED, ReviewOutcome.FAIL, LocalDate.of(2024, 5, 20)), List.of(Flag.LEGALITY_FAILED)),
                Arguments.of("passed with amendments is not a failure", complete(),
                        review(ReviewStatus.CONCLUDED, ReviewOutcome.PASS_WITH_AMENDMENTS, LocalDate.of(2024, 5, 20)), List.of()),
                Arguments.of("plenary meeting (Art. 30)", with(b -> b.meetingKind(MeetingKind.PLENARY)), PASSED, List.of()),
                Arguments.of("decided at another meeting (Art. 30)", with(b -> b.meetingKind(MeetingKind.OTHER)), PASSED,
                        List.of(Flag.NOT_COLLECTIVE)),
                Arguments.of("several steps skipped at once",
                        with(b -> b.participation(null).risk(null).legalityReviewId(null)), null,
                        List.of(Flag.PARTICIPATION_SKIPPED, Flag.RISK_SKIPPED, Flag.LEGALITY_SKIPPED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void flags(String name, DecisionSteps steps, DecisionReview review, List<Flag> expected) {
        assertThat(DecisionRules.check(steps, review)).containsExactlyElementsOf(expected);
    }

    @Test
    void theStepIsCompleteOnlyWithAPassingConcludedReview() {
        assertThat(PASSED.passed()).isTrue();
        assertThat(review(ReviewStatus.CONCLUDED, ReviewOutcome.PASS_WITH_AMENDMENTS, DECIDED).passed()).isTrue();
        assertThat(review(ReviewStatus.CONCLUDED, ReviewOutcome.FAIL, DECIDED).passed()).isFalse();
        assertThat(review(ReviewStatus.ASSIGNED, null, null).passed()).isFalse();
    }

    @Test
    void commentDaysDoNotCountThePublicationDay() {
        assertThat(DecisionRules.commentDays(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31))).isEqualTo(30);
        assertThat(DecisionRules.MIN_COMMENT_DAYS).isEqualTo(30);
    }

    @Test
    void everyFlagCitesAnArticle() {
        for (Flag f : Flag.values()) {
            assertThat(f.article()).matches("第[一二三四五六七八九十]+条(、第[一二三四五六七八九十]+条)*");
        }
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(with(b -> b.participationFrom(null)), "legality.error.participationDates"),
                Arguments.of(with(b -> b.participationTo(LocalDate.of(2024, 2, 1))), "legality.error.participationOrder"),
                Arguments.of(with(b -> b.participation(StepState.EXEMPT).participationNote(" ")), "legality.error.exemptReason"),
                Arguments.of(with(b -> b.expertOn(null)), "legality.error.stepDate"),
                Arguments.of(with(b -> b.risk(StepState.EXEMPT)), "legality.error.exemptReason"),
                Arguments.of(with(b -> b.meetingName(null)), "legality.error.meetingRequired"),
                Arguments.of(with(b -> b.decidedOn(null)), "legality.error.decidedOnRequired"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void incompleteEntriesAreRefused(DecisionSteps steps, String key) {
        assertThatThrownBy(() -> DecisionRules.validate(steps)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo(key);
    }

    @Test
    void completeEntriesPassValidation() {
        DecisionRules.validate(complete());
        DecisionRules.validate(DecisionSteps.none());
    }

    /** Copies a {@link DecisionSteps} with one or more fields changed. */
    static final class Builder {
        StepState participation; LocalDate participationFrom; LocalDate participationTo; String participationNote;
        StepState expert; LocalDate expertOn; String expertNote; StepState risk; LocalDate riskOn; String riskNote;
        Long legalityReviewId; MeetingKind meetingKind; String meetingName;
        LocalDate decidedOn;

        Builder(DecisionSteps s) {
            participation = s.participation(); participationFrom = s.participationFrom();
            participationTo = s.participationTo(); participationNote = s.participationNote(); expert = s.expert();
            expertOn = s.expertOn(); expertNote = s.expertNote(); risk = s.risk(); riskOn = s.riskOn();
            riskNote = s.riskNote(); legalityReviewId = s.legalityReviewId();
            meetingKind = s.meetingKind(); meetingName = s.meetingName(); decidedOn = s.decidedOn();
        }

        Builder participation(StepState v) { participation = v; return this; }
        Builder participationFrom(LocalDate v) { participationFrom = v; return this; }
        Builder participationTo(LocalDate v) { participationTo = v; return this; }
        Builder participationNote(String v) { participationNote = v; return this; }
        Builder expert(StepState v) { expert = v; return this; }
        Builder expertOn(LocalDate v) { expertOn = v; return this; }
        Builder expertNote(String v) { expertNote = v; return this; }
        Builder risk(StepState v) { risk = v; return this; }
        Builder legalityReviewId(Long v) { legalityReviewId = v; return this; }
        Builder meetingKind(MeetingKind v) { meetingKind = v; return this; }
        Builder meetingName(String v) { meetingName = v; return this; }
        Builder decidedOn(LocalDate v) { decidedOn = v; return this; }

        DecisionSteps build() {
            return new DecisionSteps(participation, participationFrom, participationTo, participationNote, expert,
                    expertOn, expertNote, risk, riskOn, riskNote, legalityReviewId, meetingKind, meetingName,
                    decidedOn);
        }
    }
}
