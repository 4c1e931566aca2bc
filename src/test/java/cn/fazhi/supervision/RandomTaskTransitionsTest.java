package cn.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.fazhi.platform.web.UserFacingException;

/**
 * The task's transition table, state by state and step by step: each step is allowed exactly from the states listed
 * here and leads where listed, and the aggregate's guarded method refuses it (409) from every other state.
 */
class RandomTaskTransitionsTest {

    record Expected(Set<RandomTaskStatus> from, RandomTaskStatus to, Consumer<RandomTask> call) {}

    static final LocalDate DAY = LocalDate.of(2024, 5, 6);

    static final Map<String, Expected> EXPECTED = Map.ofEntries(
            Map.entry("commit", new Expected(EnumSet.of(RandomTaskStatus.PLANNED), RandomTaskStatus.COMMITTED,
                    t -> t.commit(DAY))),
            Map.entry("abandon", new Expected(EnumSet.of(RandomTaskStatus.COMMITTED), RandomTaskStatus.PLANNED,
                    t -> t.abandon("名录有误"))),
            Map.entry("draw", new Expected(EnumSet.of(RandomTaskStatus.COMMITTED), RandomTaskStatus.DRAWN, t -> t.draw(DAY))),
            Map.entry("recordResult", new Expected(EnumSet.of(RandomTaskStatus.DRAWN), null,
                    t -> RandomTask.TABLE.check("recordResult", t.status))),
            Map.entry("complete", new Expected(EnumSet.of(RandomTaskStatus.DRAWN), RandomTaskStatus.RESULTS_RECORDED,
                    t -> t.complete(DAY, DAY.plusDays(28)))),
            Map.entry("reinspect", new Expected(EnumSet.of(RandomTaskStatus.DRAWN, RandomTaskStatus.RESULTS_RECORDED,
                    RandomTaskStatus.PUBLISHED), null, t -> RandomTask.TABLE.check("reinspect", t.status))),
            Map.entry("publish", new Expected(EnumSet.of(RandomTaskStatus.RESULTS_RECORDED), RandomTaskStatus.PUBLISHED,
                    t -> t.publish(DAY.plusDays(3)))),
            Map.entry("cancel", new Expected(EnumSet.of(RandomTaskStatus.PLANNED, RandomTaskStatus.COMMITTED),
                    RandomTaskStatus.CANCELLED, t -> t.cancel("任务调整"))),
            Map.entry("absorb", new Expected(EnumSet.of(RandomTaskStatus.PLANNED), null,
                    t -> t.absorb(DAY, DAY.plusMonths(1)))),
            Map.entry("merge", new Expected(EnumSet.of(RandomTaskStatus.PLANNED), RandomTaskStatus.MERGED,
                    t -> t.mergeInto(1, "咸安双随机〔2024〕1号"))));

    static Stream<Arguments> cases() {
        return EXPECTED.keySet().stream().sorted().flatMap(step -> Stream.of(RandomTaskStatus.values())
                .map(status -> Arguments.of(step, status)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("cases")
    void eachStepIsAllowedExactlyFromItsStates(String step, RandomTaskStatus status) {
        Expected e = EXPECTED.get(step);
        var s = RandomTask.TABLE.require(step);
        assertThat(s.allowedFrom(status)).isEqualTo(e.from().contains(status));
        assertThat(s.to()).isEqualTo(e.to());
        RandomTask t = RandomTask.in(status);
        t.drawnOn = DAY;
        t.resultsRecordedOn = DAY;
        t.publishDueOn = DAY.plusDays(28);
        if (e.from().contains(status)) {
            e.call().accept(t);
            assertThat(t.status()).isEqualTo(e.to() == null ? status : e.to());
        } else {
            assertThatThrownBy(() -> e.call().accept(t)).isInstanceOf(UserFacingException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "cases.step.notNow");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void theTableHasNoStepTheTestDoesNotKnow(String step) {
        assertThat(EXPECTED).containsKey(step);
    }

    static Stream<String> steps() {
        return RandomTask.TABLE.steps().stream().map(s -> s.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void onlyTheWorkSteps(String step) {
        assertThat(RandomTask.TABLE.require(step).todo())
                .isEqualTo(Set.of("commit", "draw", "complete", "publish").contains(step));
        assertThat(RandomTask.TABLE.require(step).permission()).isEqualTo(SupervisionPermissions.RANDOM);
    }

    @org.junit.jupiter.api.Test
    void datesAndReasonsAreChecked() {
        RandomTask t = RandomTask.in(RandomTaskStatus.DRAWN);
        t.drawnOn = DAY;
        assertThatThrownBy(() -> t.complete(DAY.minusDays(1), DAY)).isInstanceOf(UserFacingException.class);
        t.complete(DAY, DAY.plusDays(28));
        assertThatThrownBy(() -> t.publish(DAY.minusDays(1))).isInstanceOf(UserFacingException.class);
        RandomTask p = RandomTask.in(RandomTaskStatus.PLANNED);
        assertThatThrownBy(() -> p.cancel(" ")).isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "supervision.random.error.reasonRequired");
    }
}
