package cn.fazhi.reconsideration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;

import cn.fazhi.platform.web.UserFacingException;

/** Every allowed and forbidden transition of a reconsideration case, and the rules the aggregate guards. */
class ReconsiderationWorkflowTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 3, 1);
    private static final LocalDate REVIEW_ENDS = LocalDate.of(2024, 3, 8);
    private static final LocalDate DECISION_DUE = LocalDate.of(2024, 5, 2);
    private static final LocalDate EXTENDED_ON = LocalDate.of(2024, 4, 20);

    private static ReconsiderationCase received(ActCategory category, String amount) {
        return ReconsiderationCase.received(Channel.IN_PERSON, RECEIVED, RECEIVED.minusDays(10), RECEIVED.plusDays(50),
                "act", null, null, category, amount == null ? null : new BigDecimal(amount), "revoke", 5, "421202001",
                "applicant");
    }

    private static ReconsiderationCase accepted(Procedure procedure) {
        ReconsiderationCase c = received(ActCategory.WARNING_OR_CRITICISM, null);
        c.accept(RECEIVED.plusDays(2), procedure, false, REVIEW_ENDS);
        return c;
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "RECEIVED, ACCEPTED, true", "RECEIVED, NOT_ACCEPTED, true", "RECEIVED, CORRECTION_REQUESTED, true",
            "RECEIVED, DECIDED, false", "RECEIVED, SUSPENDED, false", "RECEIVED, DISMISSED, false",
            "CORRECTION_REQUESTED, RECEIVED, true", "CORRECTION_REQUESTED, DEEMED_ABANDONED, true",
            "CORRECTION_REQUESTED, ACCEPTED, false",
            "ACCEPTED, SUSPENDED, true", "ACCEPTED, DECIDED, true", "ACCEPTED, TERMINATED, true",
            "ACCEPTED, DISMISSED, true", "ACCEPTED, NOT_ACCEPTED, false", "ACCEPTED, RECEIVED, false",
            "SUSPENDED, ACCEPTED, true", "SUSPENDED, TERMINATED, true", "SUSPENDED, DECIDED, false",
            "DECIDED, ACCEPTED, false", "DECIDED, TERMINATED, false", "NOT_ACCEPTED, ACCEPTED, false",
            "DEEMED_ABANDONED, RECEIVED, false", "TERMINATED, ACCEPTED, false", "DISMISSED, ACCEPTED, false"})
    void transitionsFollowTheTable(Status from, Status to, boolean allowed) {
        assertThat(ReconsiderationCase.TABLE.allows(from, to)).isEqualTo(allowed);
    }

    @Test
    void finalStatesAllowNothing() {
        for (Status s : new Status[] {Status.NOT_ACCEPTED, Status.DEEMED_ABANDONED, Status.DECIDED, Status.TERMINATED,
                Status.DISMISSED}) {
            assertThat(s.isFinal()).as(s.name()).isTrue();
        }
    }

    /** 行政复议法 Art. 53: the simplified procedure's scope. */
    @ParameterizedTest(name = "{0} {1} consent={2}: {3}")
    @CsvSource({
            "ON_THE_SPOT, , false, true", "WARNING_OR_CRITICISM, , false, true",
            "GOVERNMENT_INFORMATION, , false, true", "MONETARY, 3000, false, true", "MONETARY, 2999.99, false, true",
            "MONETARY, 3000.01, false, false", "MONETARY, , false, false", "OTHER, , false, false",
            "OTHER, , true, true", "MONETARY, 50000, true, true"})
    void simplifiedProcedureScopeFollowsArticle53(ActCategory category, String amount, boolean consent, boolean applies) {
        assertThat(SimplifiedProcedureScope.applies(category, amount == null ? null : new BigDecimal(amount), consent))
                .isEqualTo(applies);
    }

    @Test
    void simplifiedProcedureOutsideTheScopeIsRefused() {
        ReconsiderationCase c = received(ActCategory.MONETARY, "5000");
        assertThatThrownBy(() -> c.accept(RECEIVED, Procedure.SIMPLIFIED, false, REVIEW_ENDS))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reconsideration.error.simplifiedScope"));
        assertThat(c.status()).isEqualTo(Status.RECEIVED);
        c.accept(RECEIVED, Procedure.SIMPLIFIED, true, REVIEW_ENDS);
        assertThat(c.procedure()).isEqualTo(Procedure.SIMPLIFIED);
    }

    @Test
    void aDecisionBeforeAcceptanceIsAConflict() {
        ReconsiderationCase c = received(ActCategory.OTHER, null);
        assertThatThrownBy(() -> c.decide(DecisionType.REVOKE, RECEIVED.plusDays(3), "x"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("cases.step.notNow");
                });
    }

    @Test
    void proceduralOutcomesAreNotMeritsDecisions() {
        ReconsiderationCase c = accepted(Procedure.ORDINARY);
        assertThatThrownBy(() -> c.decide(DecisionType.DISMISSED, RECEIVED.plusDays(5), "x"))
                .isInstanceOf(UserFacingException.class);
        assertThat(c.decide(DecisionType.CONFIRM_ILLEGAL, RECEIVED.plusDays(5), "x").decisionType())
                .isEqualTo("CONFIRM_ILLEGAL");
        assertThat(c.status()).isEqualTo(Status.DECIDED);
    }

    /** 行政复议法 Art. 62: one extension, at most 30 days, ordinary procedure only. */
    @ParameterizedTest(name = "{0} days, {1}: allowed={2}")
    @CsvSource({"30, ORDINARY, true", "1, ORDINARY, true", "31, ORDINARY, false", "0, ORDINARY, false",
            "10, SIMPLIFIED, false"})
    void extensionFollowsArticle62(int days, Procedure procedure, boolean allowed) {
        ReconsiderationCase c = accepted(procedure);
        if (allowed) {
            c.extendDecisionPeriod(days, "head", EXTENDED_ON, DECISION_DUE);
            assertThat(c.decisionExtended()).isTrue();
            assertThatThrownBy(() -> c.extendDecisionPeriod(1, "head", EXTENDED_ON, DECISION_DUE)).isInstanceOfSatisfying(UserFacingException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("reconsideration.error.alreadyExtended"));
        } else {
            assertThatThrownBy(() -> c.extendDecisionPeriod(days, "head", EXTENDED_ON, DECISION_DUE)).isInstanceOf(UserFacingException.class);
        }
    }

    @Test
    void switchingToOrdinaryOnlyFromSimplified() {
        ReconsiderationCase c = accepted(Procedure.SIMPLIFIED);
        c.switchToOrdinary("head");
        assertThat(c.procedure()).isEqualTo(Procedure.ORDINARY);
        assertThatThrownBy(() -> c.switchToOrdinary("head")).isInstanceOf(UserFacingException.class);
    }

    @Test
    void deemedAcceptanceOnlyAfterTheReviewPeriod() {
        ReconsiderationCase c = received(ActCategory.OTHER, null);
        LocalDate deadline = LocalDate.of(2024, 3, 8);
        assertThatThrownBy(() -> c.deemAccepted(deadline, deadline)).isInstanceOf(UserFacingException.class);
        c.deemAccepted(deadline, deadline.plusDays(1));
        assertThat(c.status()).isEqualTo(Status.ACCEPTED);
        assertThat(c.deemedAccepted()).isTrue();
        assertThat(c.acceptedOn()).isEqualTo(deadline);
        assertThat(c.procedure()).isEqualTo(Procedure.ORDINARY);
    }

    @Test
    void correctionThenReplyReturnsToReviewAndSilenceIsAbandonment() {
        ReconsiderationCase c = received(ActCategory.OTHER, null);
        c.requestCorrection("id copy", RECEIVED.plusDays(1), REVIEW_ENDS);
        assertThat(c.status()).isEqualTo(Status.CORRECTION_REQUESTED);
        c.correctionReceived(RECEIVED.plusDays(4));
        assertThat(c.status()).isEqualTo(Status.RECEIVED);

        ReconsiderationCase silent = received(ActCategory.OTHER, null);
        silent.requestCorrection("id copy", RECEIVED.plusDays(1), REVIEW_ENDS);
        LocalDate replyDeadline = LocalDate.of(2024, 3, 16);
        assertThatThrownBy(() -> silent.abandon(replyDeadline, replyDeadline)).isInstanceOf(UserFacingException.class);
        silent.abandon(replyDeadline, replyDeadline.plusDays(1));
        assertThat(silent.status()).isEqualTo(Status.DEEMED_ABANDONED);
    }

    /** Art. 30: 不予受理 and 补正 only within the review period; afterwards the application is 视为受理. */
    @ParameterizedTest(name = "on {0}: allowed={1}")
    @CsvSource({"2024-03-01, true", "2024-03-08, true", "2024-03-11, false"})
    void refusalAndCorrectionOnlyWithinTheReviewPeriod(LocalDate on, boolean allowed) {
        ReconsiderationCase declined = received(ActCategory.OTHER, null);
        ReconsiderationCase corrected = received(ActCategory.OTHER, null);
        if (allowed) {
            declined.decline("not within scope", "city government", on, REVIEW_ENDS);
            assertThat(declined.status()).isEqualTo(Status.NOT_ACCEPTED);
            assertThat(declined.decidedOn()).isEqualTo(on);
            corrected.requestCorrection("items", on, REVIEW_ENDS);
            assertThat(corrected.status()).isEqualTo(Status.CORRECTION_REQUESTED);
        } else {
            assertThatThrownBy(() -> declined.decline("x", null, on, REVIEW_ENDS)).isInstanceOfSatisfying(
                    UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("reconsideration.error.reviewPeriodOver"));
            assertThatThrownBy(() -> corrected.requestCorrection("x", on, REVIEW_ENDS)).isInstanceOf(UserFacingException.class);
            assertThat(declined.status()).isEqualTo(Status.RECEIVED);
        }
    }

    @Test
    void hearingNeedsFiveWorkingDaysNotice() {
        ReconsiderationCase c = accepted(Procedure.ORDINARY);
        LocalDate earliest = LocalDate.of(2024, 3, 15);
        assertThatThrownBy(() -> c.scheduleHearing(earliest.minusDays(1), LocalDate.of(2024, 3, 8), earliest))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reconsideration.error.hearingNotice"));
        c.scheduleHearing(earliest, LocalDate.of(2024, 3, 8), earliest);
        c.hearingHeld(true, "head");
        assertThat(c.hearingHeadAttended()).isTrue();
    }

    @Test
    void suspendResumeAndTerminate() {
        ReconsiderationCase c = accepted(Procedure.ORDINARY);
        c.suspend(RECEIVED.plusDays(5), "mediation");
        assertThatThrownBy(() -> c.decide(DecisionType.UPHOLD, RECEIVED.plusDays(6), "x")).isInstanceOf(UserFacingException.class);
        c.resume(RECEIVED.plusDays(9));
        c.terminate(TerminationGround.WITHDRAWN_AFTER_SETTLEMENT, RECEIVED.plusDays(10), "settled");
        assertThat(c.status()).isEqualTo(Status.TERMINATED);
        assertThat(c.decisionType()).isEqualTo(DecisionType.TERMINATION);
    }

    /** 行政复议法 Art. 22 with 民事诉讼法 Art. 85: the receipt date per channel. */
    @ParameterizedTest
    @CsvSource({"IN_PERSON, 2024-03-01, 2024-03-05, 2024-03-01", "ONLINE_PORTAL, 2024-03-01, , 2024-03-01",
            "POST, 2024-02-27, 2024-03-04, 2024-03-04"})
    void receiptDateDependsOnTheChannel(Channel channel, LocalDate submitted, LocalDate signedFor, LocalDate expected) {
        assertThat(channel.receiptDate(submitted, signedFor)).isEqualTo(expected);
    }
}
