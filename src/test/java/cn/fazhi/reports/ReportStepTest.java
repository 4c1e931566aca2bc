package cn.fazhi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The review flow as a table: every step from every status, allowed (with its target and permission) or not. */
class ReportStepTest {

    static Stream<Arguments> table() {
        return Stream.of(
                // step, from, expected target (null: refused), permission needed
                Arguments.of(ReportStep.SUBMIT, ReportStatus.DRAFT, ReportStatus.INTERNAL_REVIEW, "reports:draft"),
                Arguments.of(ReportStep.SUBMIT, ReportStatus.INTERNAL_REVIEW, null, "reports:draft"),
                Arguments.of(ReportStep.SUBMIT, ReportStatus.SECRECY_REVIEW, null, "reports:draft"),
                Arguments.of(ReportStep.SUBMIT, ReportStatus.APPROVED, null, "reports:draft"),
                Arguments.of(ReportStep.SUBMIT, ReportStatus.PUBLISHED, null, "reports:draft"),
                Arguments.of(ReportStep.PASS_REVIEW, ReportStatus.DRAFT, null, "reports:review"),
                Arguments.of(ReportStep.PASS_REVIEW, ReportStatus.INTERNAL_REVIEW, ReportStatus.SECRECY_REVIEW, "reports:review"),
                Arguments.of(ReportStep.PASS_REVIEW, ReportStatus.SECRECY_REVIEW, null, "reports:review"),
                Arguments.of(ReportStep.PASS_REVIEW, ReportStatus.APPROVED, null, "reports:review"),
                Arguments.of(ReportStep.PASS_REVIEW, ReportStatus.PUBLISHED, null, "reports:review"),
                Arguments.of(ReportStep.APPROVE, ReportStatus.DRAFT, null, "reports:approve"),
                Arguments.of(ReportStep.APPROVE, ReportStatus.INTERNAL_REVIEW, null, "reports:approve"),
                Arguments.of(ReportStep.APPROVE, ReportStatus.SECRECY_REVIEW, ReportStatus.APPROVED, "reports:approve"),
                Arguments.of(ReportStep.APPROVE, ReportStatus.APPROVED, null, "reports:approve"),
                Arguments.of(ReportStep.APPROVE, ReportStatus.PUBLISHED, null, "reports:approve"),
                Arguments.of(ReportStep.PUBLISH, ReportStatus.DRAFT, null, "reports:publish"),
                Arguments.of(ReportStep.PUBLISH, ReportStatus.INTERNAL_REVIEW, null, "reports:publish"),
                Arguments.of(ReportStep.PUBLISH, ReportStatus.SECRECY_REVIEW, null, "reports:publish"),
                Arguments.of(ReportStep.PUBLISH, ReportStatus.APPROVED, ReportStatus.PUBLISHED, "reports:publish"),
                Arguments.of(ReportStep.PUBLISH, ReportStatus.PUBLISHED, null, "reports:publish"),
                Arguments.of(ReportStep.REJECT, ReportStatus.DRAFT, null, "reports:approve"),
                Arguments.of(ReportStep.REJECT, ReportStatus.INTERNAL_REVIEW, ReportStatus.DRAFT, "reports:review"),
                Arguments.of(ReportStep.REJECT, ReportStatus.SECRECY_REVIEW, ReportStatus.DRAFT, "reports:approve"),
                Arguments.of(ReportStep.REJECT, ReportStatus.APPROVED, ReportStatus.DRAFT, "reports:approve"),
                Arguments.of(ReportStep.REJECT, ReportStatus.PUBLISHED, null, "reports:approve"));
    }

    @ParameterizedTest(name = "{0} from {1} → {2}")
    @MethodSource("table")
    void stepsMoveOnlyWhereTheFlowAllows(ReportStep step, ReportStatus from, ReportStatus expected, String permission) {
        assertThat(step.target(from)).isEqualTo(Optional.ofNullable(expected));
        assertThat(step.permission(from)).isEqualTo(permission);
        if (expected != null) {
            assertThat(from.canMoveTo(expected)).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} frozen={1} editable={2}")
    @MethodSource("states")
    void figuresFreezeFromTheSecrecyReviewOnAndOnlyDraftsAreEditable(ReportStatus status, boolean frozen, boolean editable) {
        assertThat(status.frozen()).isEqualTo(frozen);
        assertThat(status.editable()).isEqualTo(editable);
    }

    static Stream<Arguments> states() {
        return Stream.of(Arguments.of(ReportStatus.DRAFT, false, true),
                Arguments.of(ReportStatus.INTERNAL_REVIEW, false, false),
                Arguments.of(ReportStatus.SECRECY_REVIEW, true, false),
                Arguments.of(ReportStatus.APPROVED, true, false),
                Arguments.of(ReportStatus.PUBLISHED, true, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyStatus")
    void noStepLeadsWhereTheStatusTableForbids(ReportStatus from) {
        for (ReportStep step : ReportStep.values()) {
            step.target(from).ifPresent(to -> assertThat(from.next()).contains(to));
        }
        // every move the status table allows is made by exactly one step
        for (ReportStatus to : from.next()) {
            assertThat(Stream.of(ReportStep.values()).filter(s -> s.target(from).equals(Optional.of(to)))).hasSize(1);
        }
    }

    /** The four-eyes rule: actor, who submitted, who passed the internal review → the refusal's message key or null. */
    static Stream<Arguments> fourEyes() {
        String own = "reports.error.ownSubmission";
        String reviewed = "reports.error.ownReview";
        return Stream.of(
                // step, actor, submittedBy, reviewedBy, expected refusal (null: allowed)
                Arguments.of(ReportStep.SUBMIT, "a", null, null, null),
                Arguments.of(ReportStep.PASS_REVIEW, "a", "a", null, own),
                Arguments.of(ReportStep.PASS_REVIEW, "b", "a", null, null),
                Arguments.of(ReportStep.PASS_REVIEW, "b", null, null, null),
                Arguments.of(ReportStep.APPROVE, "a", "a", "b", own),
                Arguments.of(ReportStep.APPROVE, "b", "a", "b", reviewed),
                Arguments.of(ReportStep.APPROVE, "c", "a", "b", null),
                Arguments.of(ReportStep.APPROVE, "a", "a", "a", own),
                Arguments.of(ReportStep.PUBLISH, "a", "a", "b", null),
                Arguments.of(ReportStep.PUBLISH, "b", "a", "b", null),
                Arguments.of(ReportStep.REJECT, "a", "a", null, null),
                Arguments.of(ReportStep.REJECT, "b", "a", "b", null));
    }

    @ParameterizedTest(name = "{0} by {1} (submitted by {2}, reviewed by {3}) → {4}")
    @MethodSource("fourEyes")
    void nobodyPassesOrApprovesTheirOwnWork(ReportStep step, String actor, String submittedBy, String reviewedBy,
            String expected) {
        assertThat(step.refusal(actor, submittedBy, reviewedBy)).isEqualTo(Optional.ofNullable(expected));
    }

    static Stream<ReportStatus> everyStatus() {
        return Stream.of(ReportStatus.values());
    }
}
