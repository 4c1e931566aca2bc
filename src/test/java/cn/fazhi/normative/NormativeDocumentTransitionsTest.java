package cn.fazhi.normative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

import cn.fazhi.platform.web.UserFacingException;

/**
 * Every step of a normative document from every state: allowed exactly when this test's table says so (written out
 * here, independently of {@link NormativeDocument#TABLE}), landing where it says (a dash: the status stays); refused
 * with 409 and the status unchanged otherwise.
 */
class NormativeDocumentTransitionsTest {

    static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    /** step: from-states → to ("-": stays). */
    static final String ALLOWED = """
            edit: DRAFTING -> -
            openComment: DRAFTING -> PUBLIC_COMMENT
            addComment: PUBLIC_COMMENT -> -
            answerComment: DRAFTING PUBLIC_COMMENT LEGALITY_REVIEW COLLECTIVE_DECISION -> -
            submitReview: PUBLIC_COMMENT -> LEGALITY_REVIEW
            passReview: LEGALITY_REVIEW -> COLLECTIVE_DECISION
            failReview: LEGALITY_REVIEW -> -
            returnToDrafting: PUBLIC_COMMENT LEGALITY_REVIEW COLLECTIVE_DECISION -> DRAFTING
            decide: COLLECTIVE_DECISION -> -
            sign: COLLECTIVE_DECISION -> PUBLISHED
            file: PUBLISHED -> FILED
            enterIntoForce: FILED -> IN_FORCE
            evaluate: IN_FORCE -> -
            expire: IN_FORCE -> EXPIRED
            amend: IN_FORCE -> AMENDED
            abolish: PUBLISHED FILED IN_FORCE EXPIRED -> ABOLISHED
            void: PUBLISHED FILED IN_FORCE EXPIRED -> VOID
            markAmendmentDue: PUBLISHED FILED IN_FORCE EXPIRED -> -
            """;

    static Stream<Arguments> everyStepFromEveryState() {
        List<Arguments> cases = new ArrayList<>();
        for (String line : ALLOWED.strip().split("\n")) {
            String step = line.substring(0, line.indexOf(':'));
            List<String> from = List.of(line.substring(line.indexOf(':') + 1, line.indexOf("->")).strip().split(" "));
            String to = line.substring(line.indexOf("->") + 2).strip();
            for (NormativeStatus s : NormativeStatus.values()) {
                boolean allowed = from.contains(s.name());
                cases.add(Arguments.of(step, s, allowed, allowed ? (to.equals("-") ? s : NormativeStatus.valueOf(to)) : s));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} from {1}: {2} → {3}")
    @MethodSource("everyStepFromEveryState")
    void eachStepIsAllowedExactlyWhenTheTableSaysSo(String step, NormativeStatus from, boolean allowed,
            NormativeStatus to) {
        NormativeDocument d = in(from);
        assertThat(NormativeDocument.TABLE.available(from).contains(step)).isEqualTo(allowed);
        if (allowed) {
            take(d, step);
            assertThat(d.status()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> take(d, step)).isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).status()).isEqualTo(HttpStatus.CONFLICT));
            assertThat(d.status()).isEqualTo(from);
        }
    }

    @Test
    void everyStepOfTheAggregateIsInThisTable() {
        assertThat(NormativeDocument.TABLE.steps()).hasSize(ALLOWED.strip().split("\n").length);
    }

    @Test
    void aFailedReviewCannotBeSigned() {
        NormativeDocument d = in(NormativeStatus.LEGALITY_REVIEW);
        d.review(ReviewBody.JUSTICE_BUREAU, "区司法局", ReviewResult.FAILED, "违法设定许可", DAY);
        assertThat(d.status()).isEqualTo(NormativeStatus.LEGALITY_REVIEW);
        assertThatThrownBy(() -> take(d, "sign")).isInstanceOf(UserFacingException.class);
    }

    @Test
    void anEndKeepsTheDayItAlreadyStopped() {
        NormativeDocument d = in(NormativeStatus.EXPIRED);
        LocalDate stopped = d.inForceUntil;
        d.end("void", DAY.plusYears(10));
        assertThat(d.status()).isEqualTo(NormativeStatus.VOID);
        assertThat(d.inForceUntil).isEqualTo(stopped);
    }

    private static void take(NormativeDocument d, String step) {
        switch (step) {
            case "edit" -> d.edit("题", "文", "", 5);
            case "openComment" -> d.openComment(DAY, DAY.plusDays(10));
            case "addComment", "answerComment", "decide" -> {
                if (step.equals("decide")) {
                    d.decide("常务会议", DAY.plusDays(30));
                } else {
                    NormativeDocument.TABLE.check(step, d.status());
                }
            }
            case "submitReview" -> d.submitForReview(DAY.plusDays(20));
            case "passReview" -> d.review(ReviewBody.JUSTICE_BUREAU, "区司法局", ReviewResult.PASSED, "合法", DAY.plusDays(25));
            case "failReview" -> d.review(ReviewBody.JUSTICE_BUREAU, "区司法局", ReviewResult.FAILED, "不合法", DAY.plusDays(25));
            case "returnToDrafting" -> d.returnToDrafting();
            case "sign" -> {
                if (d.decidedOn == null && d.status() == NormativeStatus.COLLECTIVE_DECISION) {
                    d.decide("常务会议", DAY.plusDays(30));
                }
                d.sign(new DocumentNumber("咸安政规", 2024, 1), DAY.plusDays(35), DAY.plusDays(36), DAY.plusDays(40));
            }
            case "file" -> d.file("咸宁市人民政府", DAY.plusDays(50));
            case "enterIntoForce" -> d.enterIntoForce();
            case "evaluate" -> d.evaluate(DAY.plusDays(60), "良好");
            case "expire", "amend", "abolish", "void" -> d.end(step, DAY.plusYears(5));
            case "markAmendmentDue" -> d.markAmendmentDue(true);
            default -> throw new IllegalArgumentException(step);
        }
    }

    /** A document in {@code status}, reached through the aggregate's own steps. */
    static NormativeDocument in(NormativeStatus status) {
        NormativeDocument d = NormativeDocument.drafted(6, "421202", "题", "文", "", 5, OffsetDateTime.now(), "test");
        List<String> path = switch (status) {
            case DRAFTING -> List.of();
            case PUBLIC_COMMENT -> List.of("openComment");
            case LEGALITY_REVIEW -> List.of("openComment", "submitReview");
            case COLLECTIVE_DECISION -> List.of("openComment", "submitReview", "passReview");
            case PUBLISHED -> List.of("openComment", "submitReview", "passReview", "decide", "sign");
            case FILED -> List.of("openComment", "submitReview", "passReview", "decide", "sign", "file");
            case IN_FORCE -> List.of("openComment", "submitReview", "passReview", "decide", "sign", "file", "enterIntoForce");
            case AMENDED, ABOLISHED, VOID, EXPIRED -> List.of("openComment", "submitReview", "passReview", "decide", "sign",
                    "file", "enterIntoForce", switch (status) {
                        case AMENDED -> "amend";
                        case ABOLISHED -> "abolish";
                        case VOID -> "void";
                        default -> "expire";
                    });
        };
        path.forEach(step -> take(d, step));
        assertThat(d.status()).isEqualTo(status);
        return d;
    }
}
