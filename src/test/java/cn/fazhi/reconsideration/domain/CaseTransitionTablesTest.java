package cn.fazhi.reconsideration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;

import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Issue 11: the transition tables of reconsideration and litigation, table-driven. For every (status, step) the table
 * either allows the step (and says where it leads) or refuses it with the kernel's 409 {@code cases.step.notNow}. The
 * expected from-states are written here from the law's procedure, independently of the tables, so a wrong table fails.
 */
class CaseTransitionTablesTest {

    /** Step, the states it may be taken from (space-separated), where it leads (- for none), permission. */
    @ParameterizedTest(name = "reconsideration {0}")
    @CsvSource({
            "accept, RECEIVED, ACCEPTED, reconsideration:review",
            "decline, RECEIVED, NOT_ACCEPTED, reconsideration:review",
            "correction, RECEIVED, CORRECTION_REQUESTED, reconsideration:review",
            "deemAccept, RECEIVED, ACCEPTED, reconsideration:review",
            "correctionReply, CORRECTION_REQUESTED, RECEIVED, reconsideration:review",
            "abandon, CORRECTION_REQUESTED, DEEMED_ABANDONED, reconsideration:review",
            "serve, ACCEPTED SUSPENDED, -, reconsideration:handle",
            "answer, ACCEPTED SUSPENDED, -, reconsideration:handle",
            "hearing, ACCEPTED, -, reconsideration:handle",
            "hearingRecord, ACCEPTED, -, reconsideration:handle",
            "switch, ACCEPTED SUSPENDED, -, reconsideration:handle",
            "extend, ACCEPTED, -, reconsideration:handle",
            "suspend, ACCEPTED, SUSPENDED, reconsideration:handle",
            "resume, SUSPENDED, ACCEPTED, reconsideration:handle",
            "decide, ACCEPTED, DECIDED, reconsideration:handle",
            "terminate, ACCEPTED SUSPENDED, TERMINATED, reconsideration:handle",
            "dismiss, ACCEPTED, DISMISSED, reconsideration:handle",
            "opinion, ACCEPTED SUSPENDED DECIDED, -, reconsideration:handle",
            "opinionReply, ACCEPTED SUSPENDED DECIDED TERMINATED DISMISSED, -, reconsideration:handle",
            "serveDecision, NOT_ACCEPTED DISMISSED DECIDED TERMINATED, -, reconsideration:handle",
            "thirdParty, RECEIVED CORRECTION_REQUESTED ACCEPTED SUSPENDED, -, reconsideration:handle",
            "assign, RECEIVED CORRECTION_REQUESTED NOT_ACCEPTED DEEMED_ABANDONED ACCEPTED SUSPENDED DECIDED TERMINATED DISMISSED, -, reconsideration:review"})
    void reconsiderationStep(String step, String from, String to, String permission) {
        everyStatus(ReconsiderationCase.TABLE, Status.values(), step, from, to, permission);
    }

    @ParameterizedTest(name = "litigation {0}")
    @CsvSource({
            "hearing, OPEN, -, litigation:edit",
            "outcome, OPEN, JUDGED, litigation:edit",
            "performance, JUDGED, PERFORMING, litigation:edit",
            "close, JUDGED, CLOSED, litigation:edit",
            "performed, PERFORMING, CLOSED, litigation:edit",
            "assign, OPEN JUDGED PERFORMING CLOSED, -, litigation:edit"})
    void litigationStep(String step, String from, String to, String permission) {
        everyStatus(LitigationCase.TABLE, LitigationStatus.values(), step, from, to, permission);
    }

    private static <S extends Enum<S>> void everyStatus(Transitions<S> table, S[] statuses, String step, String from,
            String to, String permission) {
        Set<String> allowed = Set.of(from.split(" "));
        Transitions.Step<S> s = table.require(step);
        assertThat(s.permission()).isEqualTo(permission);
        assertThat(s.to() == null ? "-" : s.to().name()).isEqualTo(to);
        for (S status : statuses) {
            if (allowed.contains(status.name())) {
                assertThat(table.check(step, status).name()).as(step + " from " + status).isEqualTo(step);
            } else {
                assertThatThrownBy(() -> table.check(step, status)).as(step + " from " + status)
                        .isInstanceOfSatisfying(UserFacingException.class, e -> {
                            assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                            assertThat(e.messageKey()).isEqualTo("cases.step.notNow");
                        });
            }
        }
    }

    /** The tables hold exactly the steps listed above: a step added without its row here fails. */
    @Test
    void noStepIsUntested() {
        assertThat(ReconsiderationCase.TABLE.steps()).hasSize(22);
        assertThat(LitigationCase.TABLE.steps()).hasSize(6);
    }

    /** What a case waits in, per permission: the to-do states come from the tables. */
    @Test
    void waitingStatesComeFromTheTables() {
        assertThat(names(ReconsiderationCase.TABLE.waitingFor(ReconsiderationCase.REVIEW))).containsExactly("RECEIVED");
        assertThat(names(ReconsiderationCase.TABLE.waitingFor(ReconsiderationCase.HANDLE)))
                .containsExactly("ACCEPTED", "SUSPENDED");
        assertThat(names(LitigationCase.TABLE.waitingFor(LitigationCase.EDIT)))
                .containsExactly("JUDGED", "OPEN", "PERFORMING");
        assertThat(Arrays.stream(Status.values()).filter(Status::isFinal).map(Enum::name))
                .containsExactlyInAnyOrder("NOT_ACCEPTED", "DEEMED_ABANDONED", "DECIDED", "TERMINATED", "DISMISSED");
    }

    private static Set<String> names(Set<? extends Enum<?>> states) {
        return states.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
