package cn.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
 * Every step of a coercion case from every state: allowed exactly when this test's table says so (written out here,
 * independently of {@link CoercionCase#TABLE}), and then the aggregate lands where the table says; refused with 409
 * and the state unchanged otherwise. (In the root test package because the aggregate's step methods are
 * package-private, like every aggregate's.)
 */
class CoercionTransitionsTest {

    static final LocalDate DAY = LocalDate.of(2024, 6, 3);

    /** step, from, to ("-": the status stays). */
    static final String ALLOWED = """
            approve, PROPOSED, APPROVED
            take, APPROVED, IN_FORCE
            takeInEmergency, PROPOSED, AWAITING_RATIFICATION
            ratify, AWAITING_RATIFICATION, IN_FORCE
            refuseRatification, AWAITING_RATIFICATION, RELEASED
            extend, IN_FORCE, -
            exclude, IN_FORCE, -
            serve, IN_FORCE, -
            dispose, IN_FORCE, DISPOSED
            demand, OPENED, DEMANDED
            decide, DEMANDED, DECIDED
            execute, DECIDED, EXECUTED
            applyToCourt, DEMANDED, COURT_APPLIED
            close, DISPOSED, CLOSED
            close, RELEASED, CLOSED
            close, EXECUTED, CLOSED
            close, COURT_APPLIED, CLOSED
            cancel, PROPOSED, CANCELLED
            cancel, OPENED, CANCELLED
            """;

    static final List<String> STEPS = List.of("approve", "take", "takeInEmergency", "ratify", "refuseRatification",
            "extend", "exclude", "serve", "dispose", "demand", "decide", "execute", "applyToCourt", "close", "cancel");

    static Stream<Arguments> everyStepFromEveryState() {
        List<Arguments> cases = new ArrayList<>();
        for (String step : STEPS) {
            for (CoercionStatus from : CoercionStatus.values()) {
                String to = null;
                for (String line : ALLOWED.strip().split("\n")) {
                    String[] p = line.split(",");
                    if (p[0].strip().equals(step) && p[1].strip().equals(from.name())) {
                        to = p[2].strip();
                    }
                }
                cases.add(Arguments.of(step, from, to));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} from {1} → {2}")
    @MethodSource("everyStepFromEveryState")
    void eachStepIsAllowedExactlyWhenTheTableSaysSo(String step, CoercionStatus from, String to) {
        CoercionCase c = in(from);
        assertThat(CoercionCase.TABLE.available(from).contains(step)).isEqualTo(to != null);
        if (to != null) {
            take(c, step);
            assertThat(c.status()).isEqualTo("-".equals(to) ? from : CoercionStatus.valueOf(to));
        } else {
            assertThatThrownBy(() -> take(c, step)).isInstanceOf(UserFacingException.class)
                    .satisfies(e -> {
                        assertThat(((UserFacingException) e).status()).isEqualTo(HttpStatus.CONFLICT);
                        assertThat(((UserFacingException) e).messageKey()).isEqualTo("cases.step.notNow");
                    });
            assertThat(c.status()).isEqualTo(from);
        }
    }

    @Test
    void theToDoStatesComeFromTheTable() {
        assertThat(CoercionCase.TABLE.waitingFor(EnforcementPermissions.APPROVE)).isEqualTo(Set.of(
                CoercionStatus.PROPOSED, CoercionStatus.AWAITING_RATIFICATION, CoercionStatus.DEMANDED));
        assertThat(CoercionCase.TABLE.waitingFor(EnforcementPermissions.HANDLE)).isEqualTo(Set.of(
                CoercionStatus.APPROVED, CoercionStatus.IN_FORCE, CoercionStatus.OPENED, CoercionStatus.DECIDED));
    }

    @Test
    void stepsOfTheOtherKindAreNotOffered() {
        assertThat(Coercions.fitsKind(CoercionKind.MEASURE, "execute")).isFalse();
        assertThat(Coercions.fitsKind(CoercionKind.EXECUTION, "take")).isFalse();
        assertThat(Coercions.fitsKind(CoercionKind.EXECUTION, "close")).isTrue();
    }

    @Test
    void aSeizureNeedsItsAudioVideoBeforeEveryLaterStepAFreezeDoesNot() {
        CoercionCase seizure = in(CoercionStatus.IN_FORCE);
        assertThat(seizure.needsAudioVideoFor("dispose")).isTrue();
        assertThat(seizure.needsAudioVideoFor("extend")).isTrue();
        assertThat(seizure.needsAudioVideoFor("close")).isTrue();
        CoercionCase freeze = CoercionCase.registered("咸安测强〔2024〕2号", register(CoercionKind.MEASURE,
                CoercionMeasureType.FREEZE, null), 5, "421202", DAY, OffsetDateTime.now(), "test");
        assertThat(freeze.needsAudioVideoFor("dispose")).isFalse();
        CoercionCase demolition = CoercionCase.registered("咸安测强〔2024〕3号", register(CoercionKind.EXECUTION, null,
                CoercionExecutionType.DEMOLITION), 5, "421202", DAY, OffsetDateTime.now(), "test");
        assertThat(demolition.needsAudioVideoFor("close")).isTrue();
    }

    @Test
    void afterThePeriodOnlyReleaseRemains() {
        CoercionCase c = in(CoercionStatus.IN_FORCE);
        assertThatThrownBy(() -> c.dispose(CoercionDisposal.CONFISCATE, c.expiresOn.plusDays(1)))
                .hasMessage("enforcement.coercion.error.disposalAfterExpiry");
        c.dispose(CoercionDisposal.RELEASE, c.expiresOn.plusDays(1));
        assertThat(c.status()).isEqualTo(CoercionStatus.DISPOSED);
    }

    @Test
    void anExecutionIsDecidedOnlyAfterTheDemandPeriod() {
        CoercionCase c = in(CoercionStatus.DEMANDED);
        assertThatThrownBy(() -> c.decide(new CoercionCommands.Decide(c.demandDeadline, "咸安强执〔2024〕1号", "未提出", 0)))
                .hasMessage("enforcement.coercion.error.decideBeforeDeadline");
        assertThat(c.status()).isEqualTo(CoercionStatus.DEMANDED);
    }

    static CoercionCommands.Register register(CoercionKind kind, CoercionMeasureType m, CoercionExecutionType e) {
        return new CoercionCommands.Register(kind, m, e, null, false, "咸宁某商贸有限公司", null, "仓库内涉嫌假冒商品120箱",
                "涉嫌销售假冒注册商标商品", "《商标法》第六十二条", new BigDecimal("10000"));
    }

    static CoercionCommands.Take checklist(LocalDate on) {
        return new CoercionCommands.Take(on, on.atTime(10, 0), List.of(1L, 2L), true, true, true, true, true, true,
                true, false, null, "证据可能灭失", on.atTime(12, 0), 0);
    }

    private static void take(CoercionCase c, String step) {
        switch (step) {
            case "approve" -> c.approve(DAY, "head");
            case "take" -> c.take(checklist(DAY.plusDays(1)), DAY.plusDays(31));
            case "takeInEmergency" -> c.takeInEmergency(checklist(DAY.plusDays(1)), DAY.plusDays(31));
            case "ratify" -> c.ratify(DAY.plusDays(1), "head");
            case "refuseRatification" -> c.refuseRatification(DAY.plusDays(1), "不应当采取");
            case "extend" -> c.extend(30, "案情复杂", "head", DAY.plusDays(2), extra -> DAY.plusDays(31 + extra));
            case "exclude" -> c.exclude(5, "送检", extra -> DAY.plusDays(31 + extra));
            case "serve" -> c.serve(DAY.plusDays(2));
            case "dispose" -> c.dispose(CoercionDisposal.CONFISCATE, DAY.plusDays(10));
            case "demand" -> c.demand(new CoercionCommands.Demand(DAY, DAY.plusDays(10), "自行缴纳", null, 0));
            case "decide" -> c.decide(new CoercionCommands.Decide(DAY.plusDays(11), "咸安强执〔2024〕1号", "未提出", 0));
            case "execute" -> c.execute(new CoercionCommands.Execute(DAY.plusDays(12).atTime(10, 0), List.of(1L, 2L),
                    true, new BigDecimal("100"), false, null, 0), false);
            case "applyToCourt" -> c.applyToCourt(DAY.plusDays(90), DAY.plusDays(60));
            case "close" -> c.close(DAY.plusDays(120));
            case "cancel" -> c.cancel("登记有误");
            default -> throw new IllegalArgumentException(step);
        }
    }

    /** A case in {@code status}, reached through the aggregate's own steps (a seizure, or an execution). */
    static CoercionCase in(CoercionStatus status) {
        boolean execution = Set.of(CoercionStatus.OPENED, CoercionStatus.DEMANDED, CoercionStatus.DECIDED,
                CoercionStatus.EXECUTED, CoercionStatus.COURT_APPLIED).contains(status);
        CoercionCase c = CoercionCase.registered("咸安测强〔2024〕1号", execution
                ? register(CoercionKind.EXECUTION, null, CoercionExecutionType.SURCHARGE)
                : register(CoercionKind.MEASURE, CoercionMeasureType.SEIZE, null), 5, "421202", DAY,
                OffsetDateTime.now(), "test");
        switch (status) {
            case PROPOSED, OPENED -> { }
            case APPROVED -> take(c, "approve");
            case AWAITING_RATIFICATION -> take(c, "takeInEmergency");
            case IN_FORCE -> { take(c, "approve"); take(c, "take"); }
            case DISPOSED -> { take(c, "approve"); take(c, "take"); take(c, "dispose"); }
            case RELEASED -> { take(c, "takeInEmergency"); take(c, "refuseRatification"); }
            case DEMANDED -> take(c, "demand");
            case DECIDED -> { take(c, "demand"); take(c, "decide"); }
            case EXECUTED -> { take(c, "demand"); take(c, "decide"); take(c, "execute"); }
            case COURT_APPLIED -> { take(c, "demand"); take(c, "applyToCourt"); }
            case CLOSED -> { take(c, "approve"); take(c, "take"); take(c, "dispose"); take(c, "close"); }
            case CANCELLED -> take(c, "cancel");
        }
        return c;
    }

    @Test
    void theDefaultsReachEveryState() {
        for (CoercionStatus s : CoercionStatus.values()) {
            assertThat(in(s).status()).isEqualTo(s);
        }
        assertThat(in(CoercionStatus.EXECUTED).executedAt).isEqualTo(LocalDateTime.of(2024, 6, 15, 10, 0));
    }
}
