package cn.fazhi.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import cn.fazhi.platform.web.UserFacingException;

/**
 * Every step × every status of a problem: the table allows exactly the expected moves, the aggregate's guarded method
 * refuses (409) every other, and where allowed it leads to the expected status with the expected permission.
 */
class ProblemTransitionsTest {

    static final LocalDate ON = LocalDate.of(2024, 3, 10);

    record Expected(Set<ProblemStatus> from, ProblemStatus to, String permission, boolean todo,
            Consumer<Problem> take) {}

    static final Map<String, Expected> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put("plan", new Expected(EnumSet.of(ProblemStatus.OPEN), ProblemStatus.IN_PROGRESS,
                RectificationPermissions.RESPOND, true, p -> p.plan("方案", ON)));
        TABLE.put("progress", new Expected(EnumSet.of(ProblemStatus.IN_PROGRESS), null, RectificationPermissions.RESPOND,
                false, p -> p.progress("进展", ON)));
        TABLE.put("submit", new Expected(EnumSet.of(ProblemStatus.IN_PROGRESS), ProblemStatus.SUBMITTED,
                RectificationPermissions.RESPOND, true, p -> p.submit("已整改", ON)));
        TABLE.put("accept", new Expected(EnumSet.of(ProblemStatus.SUBMITTED), ProblemStatus.CLOSED,
                RectificationPermissions.ACCEPT, true, p -> p.accept(null, ON, "fzb")));
        TABLE.put("return", new Expected(EnumSet.of(ProblemStatus.SUBMITTED), ProblemStatus.IN_PROGRESS,
                RectificationPermissions.ACCEPT, false, p -> p.returnToUnit("证据不足")));
        TABLE.put("reopen", new Expected(EnumSet.of(ProblemStatus.CLOSED), ProblemStatus.IN_PROGRESS,
                RectificationPermissions.ACCEPT, false, p -> p.reopen("问题反弹")));
        TABLE.put("extend", new Expected(EnumSet.of(ProblemStatus.OPEN, ProblemStatus.IN_PROGRESS, ProblemStatus.SUBMITTED),
                null, RectificationPermissions.ACCEPT, false, p -> p.extend(ON.plusMonths(3), "情况复杂")));
    }

    @Test
    void theTableIsExactlyTheExpectedOne() {
        assertThat(Problems.stepNames()).containsExactlyElementsOf(TABLE.keySet());
        for (var step : Problem.TABLE.steps()) {
            Expected e = TABLE.get(step.name());
            assertThat(step.from()).as(step.name()).isEqualTo(e.from());
            assertThat(step.to()).as(step.name()).isEqualTo(e.to());
            assertThat(step.permission()).as(step.name()).isEqualTo(e.permission());
            assertThat(step.todo()).as(step.name()).isEqualTo(e.todo());
        }
        assertThat(Problem.TABLE.waitingFor(RectificationPermissions.RESPOND))
                .containsExactlyInAnyOrder(ProblemStatus.OPEN, ProblemStatus.IN_PROGRESS);
        assertThat(Problem.TABLE.waitingFor(RectificationPermissions.ACCEPT)).containsExactly(ProblemStatus.SUBMITTED);
        assertThat(Problem.TABLE.next(ProblemStatus.CLOSED)).containsExactly(ProblemStatus.IN_PROGRESS);
    }

    @Test
    void everyStepInEveryStatusIsTakenOrRefused() {
        for (Map.Entry<String, Expected> e : TABLE.entrySet()) {
            for (ProblemStatus status : ProblemStatus.values()) {
                Problem p = Problem.in(status);
                p.submittedOn = ON.minusDays(1);
                String label = e.getKey() + " from " + status;
                if (e.getValue().from().contains(status)) {
                    e.getValue().take().accept(p);
                    assertThat(p.status()).as(label).isEqualTo(e.getValue().to() == null ? status : e.getValue().to());
                } else {
                    assertThatThrownBy(() -> e.getValue().take().accept(p)).as(label)
                            .isInstanceOf(UserFacingException.class)
                            .satisfies(x -> assertThat(((UserFacingException) x).messageKey()).isEqualTo("cases.step.notNow"));
                    assertThat(p.status()).as(label).isEqualTo(status);
                }
            }
        }
    }

    @Test
    void stepsKeepTheirRecords() {
        Problem p = Problem.in(ProblemStatus.CLOSED);
        p.closedOn = ON;
        p.acceptanceNote = "合格";
        p.reopen("问题反弹");
        assertThat(p.reopenedCount).isEqualTo(1);
        assertThat(p.closedOn).isNull();
        assertThat(p.acceptanceNote).isNull();

        Problem q = Problem.in(ProblemStatus.OPEN);
        assertThatThrownBy(() -> q.plan(" ", ON)).isInstanceOf(UserFacingException.class)
                .satisfies(x -> assertThat(((UserFacingException) x).messageKey()).isEqualTo("rectification.error.planRequired"));
        assertThatThrownBy(() -> q.plan("方案", q.foundOn.minusDays(1))).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> q.extend(q.deadline, "理由")).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> q.extend(q.deadline.plusDays(5), "")).isInstanceOf(UserFacingException.class);
        assertThat(q.status()).isEqualTo(ProblemStatus.OPEN);
        q.plan("方案", ON);
        assertThat(q.plannedOn).isEqualTo(ON);

        Problem s = Problem.in(ProblemStatus.SUBMITTED);
        s.submittedOn = ON;
        assertThatThrownBy(() -> s.accept(null, ON.minusDays(1), "fzb")).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> s.returnToUnit(null)).isInstanceOf(UserFacingException.class);
        s.accept("整改到位", ON, "fzb");
        assertThat(s.closedOn).isEqualTo(ON);
        assertThat(s.closedBy).isEqualTo("fzb");
    }
}
