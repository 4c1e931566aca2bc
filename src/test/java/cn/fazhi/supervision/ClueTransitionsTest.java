package cn.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.fazhi.platform.web.UserFacingException;

/**
 * The clue's transition table, row by row: each step is allowed from exactly its states, leads to its state, and the
 * aggregate's guarded method refuses it (409) from every other state.
 */
class ClueTransitionsTest {

    static final LocalDate DAY = LocalDate.of(2024, 3, 10);

    record Row(String step, Set<ClueStatus> from, ClueStatus to, Consumer<Clue> take) {}

    static Stream<Arguments> rows() {
        return Stream.of(
                new Row("verify", EnumSet.of(ClueStatus.RECEIVED), ClueStatus.VERIFYING, c -> c.verify(DAY)),
                new Row("findings", EnumSet.of(ClueStatus.VERIFYING, ClueStatus.REPLIED), null,
                        c -> c.recordFindings("属实")),
                new Row("issue", EnumSet.of(ClueStatus.VERIFYING, ClueStatus.REPLIED), ClueStatus.ISSUED, c -> c.issue(DAY)),
                new Row("reply", EnumSet.of(ClueStatus.ISSUED), ClueStatus.REPLIED, Clue::reply),
                new Row("accept", EnumSet.of(ClueStatus.REPLIED), ClueStatus.CLOSED, c -> c.accept(DAY)),
                new Row("rectify", EnumSet.of(ClueStatus.REPLIED), ClueStatus.CLOSED, c -> c.rectify(DAY)),
                new Row("transfer", EnumSet.of(ClueStatus.RECEIVED, ClueStatus.VERIFYING, ClueStatus.ISSUED,
                        ClueStatus.REPLIED), ClueStatus.TRANSFERRED, c -> c.transfer("区纪委监委", DAY, "咸安纪移〔2024〕1号", "移送")),
                new Row("dismiss", EnumSet.of(ClueStatus.RECEIVED, ClueStatus.VERIFYING), ClueStatus.CLOSED,
                        c -> c.dismiss(DAY, "不属实"))).map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("rows")
    void eachStepMovesFromItsStatesOnly(Row row) {
        var step = Clue.TABLE.require(row.step());
        assertThat(step.from()).isEqualTo(row.from());
        assertThat(step.to()).isEqualTo(row.to());
        for (ClueStatus s : ClueStatus.values()) {
            Clue c = Clue.in(s);
            if (row.from().contains(s)) {
                row.take().accept(c);
                assertThat(c.status()).isEqualTo(row.to() == null ? s : row.to());
            } else {
                assertThatThrownBy(() -> row.take().accept(c)).isInstanceOf(UserFacingException.class)
                        .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("cases.step.notNow");
            }
        }
    }

    @org.junit.jupiter.api.Test
    void everyStepIsInTheTableAndTheEndsAreFinal() {
        assertThat(rows()).hasSize(Clue.TABLE.steps().size());
        assertThat(Clue.TABLE.next(ClueStatus.CLOSED)).isEmpty();
        assertThat(Clue.TABLE.next(ClueStatus.TRANSFERRED)).isEmpty();
        assertThat(Clue.TABLE.waitingFor(SupervisionPermissions.RESPOND)).containsExactly(ClueStatus.ISSUED);
    }

    @org.junit.jupiter.api.Test
    void guardsCheckTheirInput() {
        Clue c = Clue.in(ClueStatus.VERIFYING);
        c.findings = null;
        assertThatThrownBy(() -> c.issue(DAY)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("supervision.clue.error.findingsFirst");
        Clue t = Clue.in(ClueStatus.RECEIVED);
        assertThatThrownBy(() -> t.transfer("区纪委监委", DAY, " ", "x")).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> t.transfer("区纪委监委", LocalDate.of(2024, 1, 1), "1号", "x"))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("supervision.clue.error.beforeReceived");
        assertThatThrownBy(() -> Clue.in(ClueStatus.RECEIVED).dismiss(DAY, "")).isInstanceOf(UserFacingException.class);
    }
}
