package cn.fazhi.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

import cn.fazhi.cases.Transitions;
import cn.fazhi.mediation.AgreementForm;
import cn.fazhi.mediation.ConfirmationResult;
import cn.fazhi.mediation.DisputeCategory;
import cn.fazhi.mediation.DisputeStatus;
import cn.fazhi.mediation.IntakeChannel;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The dispute's transition table, table-driven: every (status, step) pair is either allowed — the aggregate takes the
 * step and lands where the table says — or refused with 409 and the kernel's message. The expected table is written
 * out here independently of {@link DisputeSteps#TABLE}. Plus the dates and other conditions the steps check.
 */
class DisputeTransitionsTest {

    static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
    static final LocalDate RECEIVED = LocalDate.of(2024, 6, 1);

    /** The steps each status allows (all other pairs are refused). */
    static final String ALLOWED = """
            REGISTERED: accept decline withdraw deliberation
            ACCEPTED: session withdraw deliberation
            DECLINED:
            MEDIATING: session agreement fail withdraw deliberation
            AGREED: performance returnVisit confirmationApply confirmationResult deliberation
            FAILED: close returnVisit deliberation
            WITHDRAWN: close returnVisit deliberation
            PERFORMANCE_CHECKED: close returnVisit confirmationApply confirmationResult deliberation
            CLOSED: returnVisit confirmationApply confirmationResult
            """;

    static Set<String> allowed(DisputeStatus status) {
        for (String line : ALLOWED.strip().split("\n")) {
            String[] parts = line.split(":", 2);
            if (parts[0].strip().equals(status.name())) {
                String steps = parts[1].strip();
                return steps.isEmpty() ? Set.of() : new HashSet<>(List.of(steps.split("\\s+")));
            }
        }
        throw new IllegalArgumentException(status.name());
    }

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (DisputeStatus from : DisputeStatus.values()) {
            for (Transitions.Step<DisputeStatus> step : DisputeSteps.TABLE.steps()) {
                pairs.add(Arguments.of(from, step.name(), allowed(from).contains(step.name())));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} · {1}: {2}")
    @MethodSource("everyPair")
    void eachStepIsAllowedExactlyWhenTheTableSaysSo(DisputeStatus from, String step, boolean allowed) {
        Dispute d = ready(in(from, DisputeCategory.VILLAGE_CONTRACT), step);
        Transitions.Step<DisputeStatus> row = DisputeSteps.TABLE.require(step);
        if (allowed) {
            take(d, step);
            assertThat(d.status()).isEqualTo(row.to() == null ? from : row.to());
        } else {
            assertThatThrownBy(() -> take(d, step)).isInstanceOf(UserFacingException.class)
                    .satisfies(e -> {
                        assertThat(((UserFacingException) e).status()).isEqualTo(HttpStatus.CONFLICT);
                        assertThat(((UserFacingException) e).messageKey()).isEqualTo("cases.step.notNow");
                    });
            assertThat(d.status()).isEqualTo(from);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"REGISTERED", "ACCEPTED", "DECLINED", "MEDIATING", "AGREED", "FAILED", "WITHDRAWN",
            "PERFORMANCE_CHECKED", "CLOSED"})
    void theTableIsTheExpectedOne(DisputeStatus from) {
        assertThat(new HashSet<>(DisputeSteps.TABLE.available(from))).isEqualTo(allowed(from));
        for (DisputeStatus to : DisputeSteps.TABLE.next(from)) {
            assertThat(DisputeSteps.TABLE.allows(from, to)).isTrue();
        }
    }

    @Test
    void theToDoStatesAreThoseWhereMediationWaitsForTheHandler() {
        assertThat(DisputeSteps.TABLE.waitingFor(DisputeSteps.HANDLE)).containsExactlyInAnyOrder(
                DisputeStatus.REGISTERED, DisputeStatus.ACCEPTED, DisputeStatus.MEDIATING);
        assertThat(DisputeSteps.TABLE.waitingFor("mediation:view")).isEmpty();
    }

    /** The conditions that are not the status, met, so that only the status decides. */
    static Dispute ready(Dispute d, String step) {
        if (step.equals(DisputeSteps.CONFIRMATION_RESULT) && d.canApplyForConfirmation()) {
            d.applyForConfirmation("咸安区人民法院", LocalDate.of(2024, 6, 20), LocalDate.of(2024, 7, 5), TODAY);
        }
        return d;
    }

    static void take(Dispute d, String step) {
        LocalDate on = LocalDate.of(2024, 6, 25);
        switch (step) {
            case DisputeSteps.ACCEPT -> d.accept(on, null, TODAY);
            case DisputeSteps.DECLINE -> d.decline(on, "reason", TODAY);
            case DisputeSteps.SESSION -> d.recordSession(on, TODAY);
            case DisputeSteps.AGREEMENT -> d.reachAgreement(AgreementForm.ORAL, "terms", null, null, on, TODAY);
            case DisputeSteps.FAIL -> d.fail(on, true, null, TODAY);
            case DisputeSteps.WITHDRAW -> d.withdraw(on, null, TODAY);
            case DisputeSteps.PERFORMANCE -> d.checkPerformance(on, true, null, TODAY);
            case DisputeSteps.CLOSE -> d.close(on, TODAY);
            case DisputeSteps.RETURN_VISIT -> d.recordReturnVisit(on, "回访", TODAY);
            case DisputeSteps.CONFIRMATION_APPLY -> d.applyForConfirmation("咸安区人民法院", on, LocalDate.of(2024, 7, 5), TODAY);
            case DisputeSteps.CONFIRMATION_RESULT -> d.recordConfirmationResult(ConfirmationResult.CONFIRMED, on, TODAY);
            case DisputeSteps.DELIBERATION -> d.recordDeliberation(on, TODAY);
            default -> throw new IllegalArgumentException(step);
        }
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource({
            "accept on a future day,             ACCEPTED, mediation.error.futureDate",
            "accept before receipt,              ACCEPTED, mediation.error.beforeReceipt",
            "agreement before acceptance date,   AGREED,   mediation.error.beforeAcceptance",
            "session before acceptance date,     MEDIATING, mediation.error.beforeAcceptance",
            "fail before acceptance date,        FAILED,   mediation.error.beforeAcceptance"})
    void datesAreChecked(String name, DisputeStatus target, String key) {
        Dispute d = switch (target) {
            case ACCEPTED -> in(DisputeStatus.REGISTERED);
            case MEDIATING -> in(DisputeStatus.ACCEPTED);
            default -> in(DisputeStatus.MEDIATING);
        };
        LocalDate date = name.contains("future") ? TODAY.plusDays(1)
                : name.contains("receipt") ? RECEIVED.minusDays(1) : d.acceptedOn().minusDays(1);
        assertThatThrownBy(() -> {
            switch (target) {
                case ACCEPTED -> d.accept(date, null, TODAY);
                case MEDIATING -> d.recordSession(date, TODAY);
                case AGREED -> d.reachAgreement(AgreementForm.WRITTEN, "terms", null, null, date, TODAY);
                default -> d.fail(date, true, null, TODAY);
            }
        }).isInstanceOf(UserFacingException.class).hasMessage(key);
    }

    @Test
    void performanceDeadlineMayNotPrecedeTheAgreement() {
        Dispute d = in(DisputeStatus.MEDIATING);
        assertThatThrownBy(() -> d.reachAgreement(AgreementForm.WRITTEN, "terms", null, LocalDate.of(2024, 6, 4),
                LocalDate.of(2024, 6, 5), TODAY)).hasMessage("mediation.error.deadlineBeforeAgreement");
        assertThat(d.status()).isEqualTo(DisputeStatus.MEDIATING);
    }

    @Test
    void failingRequiresThatThePartiesWereToldTheirOtherRoutes() {
        Dispute d = in(DisputeStatus.MEDIATING);
        assertThatThrownBy(() -> d.fail(LocalDate.of(2024, 6, 5), false, null, TODAY))
                .hasMessage("mediation.error.routesRequired");
    }

    @Test
    void negativeAmountsAreRefused() {
        assertThatThrownBy(() -> Dispute.register(1, IntakeChannel.WALK_IN, DisputeCategory.NEIGHBOUR, "421202001", null,
                18, null, RECEIVED, "s", new BigDecimal("-1"), null, null, TODAY))
                .hasMessage("mediation.error.amountNegative");
    }

    @Test
    void courtEntrustedDisputesCarryTheCourtAndItsReference() {
        assertThatThrownBy(() -> Dispute.register(1, IntakeChannel.COURT_ENTRUSTED, DisputeCategory.CONTRACT,
                "421202001", null, 18, null, RECEIVED, "s", BigDecimal.TEN, "咸安区人民法院", null, TODAY))
                .hasMessage("mediation.error.courtReferenceRequired");
    }

    @Test
    void deliberationIsOnlyForVillageContractDisputes() {
        assertThatThrownBy(() -> in(DisputeStatus.ACCEPTED).recordDeliberation(TODAY, TODAY))
                .hasMessage("mediation.error.deliberationNotNow");
        Dispute village = Dispute.register(1, IntakeChannel.WALK_IN, DisputeCategory.VILLAGE_CONTRACT, "421202001",
                null, 18, null, RECEIVED, "s", BigDecimal.ONE, null, null, TODAY);
        assertThat(village.recordDeliberation(TODAY, TODAY).on()).isEqualTo(TODAY);
    }

    @Test
    void returnVisitOnceAfterTheOutcome() {
        Dispute d = in(DisputeStatus.AGREED);
        d.recordReturnVisit(LocalDate.of(2024, 6, 20), "履行良好", TODAY);
        assertThatThrownBy(() -> d.recordReturnVisit(LocalDate.of(2024, 6, 21), "again", TODAY))
                .hasMessage("mediation.error.returnVisitNotNow");
        assertThatThrownBy(() -> in(DisputeStatus.MEDIATING).recordReturnVisit(TODAY, "x", TODAY))
                .hasMessage("cases.step.notNow");
    }

    static Dispute in(DisputeStatus status) {
        return in(status, DisputeCategory.NEIGHBOUR);
    }

    static Dispute in(DisputeStatus status, DisputeCategory category) {
        Dispute d = Dispute.register(1, IntakeChannel.WALK_IN, category, "421202001", null, 18, null,
                RECEIVED, "邻里排水纠纷", new BigDecimal("1200.00"), null, null, TODAY);
        switch (status) {
            case REGISTERED -> { }
            case ACCEPTED -> d.accept(LocalDate.of(2024, 6, 2), null, TODAY);
            case DECLINED -> d.decline(LocalDate.of(2024, 6, 2), "一方明确拒绝调解", TODAY);
            case WITHDRAWN -> d.withdraw(LocalDate.of(2024, 6, 2), null, TODAY);
            case MEDIATING -> {
                d.accept(LocalDate.of(2024, 6, 2), null, TODAY);
                d.recordSession(LocalDate.of(2024, 6, 3), TODAY);
            }
            case AGREED, PERFORMANCE_CHECKED, CLOSED -> {
                d.accept(LocalDate.of(2024, 6, 2), null, TODAY);
                d.recordSession(LocalDate.of(2024, 6, 3), TODAY);
                d.reachAgreement(AgreementForm.WRITTEN, "赔偿1000元", new BigDecimal("1000"), LocalDate.of(2024, 6, 15),
                        LocalDate.of(2024, 6, 5), TODAY);
                d.confirmationClockStarted(1L, LocalDate.of(2024, 7, 5));
                if (status != DisputeStatus.AGREED) {
                    d.checkPerformance(LocalDate.of(2024, 6, 16), true, null, TODAY);
                }
                if (status == DisputeStatus.CLOSED) {
                    d.close(LocalDate.of(2024, 6, 17), TODAY);
                }
            }
            case FAILED -> {
                d.accept(LocalDate.of(2024, 6, 2), null, TODAY);
                d.recordSession(LocalDate.of(2024, 6, 3), TODAY);
                d.fail(LocalDate.of(2024, 6, 5), true, null, TODAY);
            }
        }
        assertThat(d.status()).isEqualTo(status);
        return d;
    }
}
