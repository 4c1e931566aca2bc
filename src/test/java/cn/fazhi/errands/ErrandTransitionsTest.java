package cn.fazhi.errands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.fazhi.platform.web.UserFacingException;

/** The errand's transition table and the aggregate's guards. */
class ErrandTransitionsTest {

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(ErrandStatus.REQUESTED, "assign", true), Arguments.of(ErrandStatus.ASSIGNED, "assign", true),
                Arguments.of(ErrandStatus.DONE, "assign", false), Arguments.of(ErrandStatus.ASSIGNED, "complete", true),
                Arguments.of(ErrandStatus.REQUESTED, "complete", false), Arguments.of(ErrandStatus.DONE, "confirm", true),
                Arguments.of(ErrandStatus.ASSIGNED, "confirm", false), Arguments.of(ErrandStatus.CONFIRMED, "dispute", false),
                Arguments.of(ErrandStatus.DONE, "dispute", true), Arguments.of(ErrandStatus.DISPUTED, "resolve", true),
                Arguments.of(ErrandStatus.DONE, "resolve", false), Arguments.of(ErrandStatus.REQUESTED, "cancel", true),
                Arguments.of(ErrandStatus.DONE, "cancel", false), Arguments.of(ErrandStatus.CANCELLED, "assign", false));
    }

    @ParameterizedTest(name = "{1} from {0}: {2}")
    @MethodSource("table")
    void theTable(ErrandStatus from, String step, boolean allowed) {
        assertThat(Errand.TABLE.available(from).contains(step)).isEqualTo(allowed);
    }

    @Test
    void aPurchaseFromAssignmentToConfirmation() {
        Errand e = Errand.in(ErrandStatus.REQUESTED, ErrandKind.PURCHASE);
        e.assign(7L, LocalDate.of(2025, 3, 3));
        assertThat(e.status()).isEqualTo(ErrandStatus.ASSIGNED);
        assertThatThrownBy(() -> e.complete(null, null, LocalDate.of(2025, 3, 4)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("errands.error.amountRequired");
        assertThatThrownBy(() -> e.complete(new BigDecimal("-1"), null, LocalDate.of(2025, 3, 4)))
                .hasMessageContaining("errands.error.amountInvalid");
        assertThatThrownBy(() -> e.complete(new BigDecimal("1.234"), null, LocalDate.of(2025, 3, 4)))
                .hasMessageContaining("errands.error.amountInvalid");
        assertThatThrownBy(() -> e.complete(new BigDecimal("12"), null, LocalDate.of(2025, 3, 2)))
                .hasMessageContaining("errands.error.tooEarly");
        e.complete(new BigDecimal("45.50"), null, LocalDate.of(2025, 3, 4));
        assertThat(e.status()).isEqualTo(ErrandStatus.DONE);
        assertThatThrownBy(() -> e.confirm(6, null, LocalDate.of(2025, 3, 5)))
                .hasMessageContaining("errands.error.satisfaction");
        e.confirm(5, "thanks", LocalDate.of(2025, 3, 5));
        assertThat(e.status()).isEqualTo(ErrandStatus.CONFIRMED);
        assertThatThrownBy(() -> e.dispute("late", LocalDate.of(2025, 3, 6))).isInstanceOf(UserFacingException.class);
    }

    @Test
    void aDisputeNeedsANoteAndIsResolvedWithOne() {
        Errand e = Errand.in(ErrandStatus.DONE, ErrandKind.SERVICE);
        e.doneOn = LocalDate.of(2025, 3, 4);
        assertThatThrownBy(() -> e.dispute(" ", LocalDate.of(2025, 3, 5))).hasMessageContaining("errands.error.disputeNote");
        e.dispute("not what I asked", LocalDate.of(2025, 3, 5));
        assertThatThrownBy(() -> e.resolve(null, LocalDate.of(2025, 3, 6))).hasMessageContaining("errands.error.resolution");
        e.resolve("agent went again", LocalDate.of(2025, 3, 6));
        assertThat(e.status()).isEqualTo(ErrandStatus.RESOLVED);
    }
}
