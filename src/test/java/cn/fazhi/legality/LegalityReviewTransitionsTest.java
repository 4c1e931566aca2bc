package cn.fazhi.legality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

import cn.fazhi.platform.web.UserFacingException;

/**
 * Every step of a legality review request from every state: allowed exactly when this test's table says so (written
 * out here, independently of {@link LegalityReview#TABLE}), and then the aggregate lands where the table says; refused
 * with 409 and the state unchanged otherwise.
 */
class LegalityReviewTransitionsTest {

    static final LocalDate SUBMITTED_ON = LocalDate.of(2024, 6, 3);

    /** step, from, to. */
    static final String ALLOWED = """
            assign, SUBMITTED, ASSIGNED
            conclude, ASSIGNED, CONCLUDED
            withdraw, SUBMITTED, WITHDRAWN
            withdraw, ASSIGNED, WITHDRAWN
            """;

    static final List<String> TABLE = List.of("assign", "conclude", "withdraw");

    static Stream<Arguments> everyStepFromEveryState() {
        List<Arguments> cases = new ArrayList<>();
        for (String step : TABLE) {
            for (ReviewStatus from : ReviewStatus.values()) {
                ReviewStatus to = null;
                for (String line : ALLOWED.strip().split("\n")) {
                    String[] p = line.split(",");
                    if (p[0].strip().equals(step) && p[1].strip().equals(from.name())) {
                        to = ReviewStatus.valueOf(p[2].strip());
                    }
                }
                cases.add(Arguments.of(step, from, to));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} from {1} → {2}")
    @MethodSource("everyStepFromEveryState")
    void eachStepIsAllowedExactlyWhenTheTableSaysSo(String step, ReviewStatus from, ReviewStatus to) {
        LegalityReview r = in(from);
        assertThat(LegalityReview.TABLE.available(from).contains(step)).isEqualTo(to != null);
        if (to != null) {
            take(r, step);
            assertThat(r.status()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> take(r, step)).isInstanceOf(UserFacingException.class)
                    .satisfies(e -> {
                        assertThat(((UserFacingException) e).status()).isEqualTo(HttpStatus.CONFLICT);
                        assertThat(((UserFacingException) e).messageKey()).isEqualTo("cases.step.notNow");
                    });
            assertThat(r.status()).isEqualTo(from);
        }
    }

    @org.junit.jupiter.api.Test
    void theToDoStatesComeFromTheTable() {
        assertThat(LegalityReview.TABLE.waitingFor(LegalityConfiguration.REVIEW))
                .isEqualTo(Set.of(ReviewStatus.SUBMITTED, ReviewStatus.ASSIGNED));
        assertThat(LegalityReview.TABLE.waitingFor(LegalityConfiguration.SUBMIT)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void anOpinionCannotPrecedeTheRequest() {
        LegalityReview r = in(ReviewStatus.ASSIGNED);
        assertThatThrownBy(() -> r.conclude(ReviewOutcome.PASS, "合法", SUBMITTED_ON.minusDays(1)))
                .hasMessage("legality.error.concludedOn");
        assertThat(r.status()).isEqualTo(ReviewStatus.ASSIGNED);
    }

    private static void take(LegalityReview r, String step) {
        switch (step) {
            case "assign" -> r.assign(ReviewerKind.BUREAU, null, SUBMITTED_ON.plusDays(1));
            case "conclude" -> r.conclude(ReviewOutcome.PASS, "合法", SUBMITTED_ON.plusDays(5));
            case "withdraw" -> r.withdraw("不再需要", SUBMITTED_ON.plusDays(2));
            default -> throw new IllegalArgumentException(step);
        }
    }

    /** A request in {@code status}, reached through the aggregate's own steps. */
    static LegalityReview in(ReviewStatus status) {
        LegalityReview r = LegalityReview.submitted("咸安法审〔2024〕1号", ReviewType.CONTRACT, "合同", "某公司", null,
                BigDecimal.ONE, "摘要", 6, "421202", SUBMITTED_ON, SUBMITTED_ON.plusDays(21), false, OffsetDateTime.now(),
                "test");
        switch (status) {
            case SUBMITTED -> { }
            case ASSIGNED -> take(r, "assign");
            case CONCLUDED -> {
                take(r, "assign");
                take(r, "conclude");
            }
            case WITHDRAWN -> take(r, "withdraw");
        }
        return r;
    }
}
