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

import cn.fazhi.mediation.AgreementForm;
import cn.fazhi.mediation.DisputeCategory;
import cn.fazhi.mediation.DisputeStatus;
import cn.fazhi.mediation.IntakeChannel;
import cn.fazhi.platform.web.UserFacingException;

/** Every allowed and every forbidden step of a dispute, with the dates the steps check (fixed "today"). */
class DisputeTransitionsTest {

    static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
    static final LocalDate RECEIVED = LocalDate.of(2024, 6, 1);

    /** The allowed steps: from, to. A second session keeps a dispute in MEDIATING. */
    static final String ALLOWED = """
            REGISTERED, ACCEPTED
            REGISTERED, DECLINED
            REGISTERED, WITHDRAWN
            ACCEPTED, MEDIATING
            ACCEPTED, WITHDRAWN
            MEDIATING, MEDIATING
            MEDIATING, AGREED
            MEDIATING, FAILED
            MEDIATING, WITHDRAWN
            AGREED, PERFORMANCE_CHECKED
            PERFORMANCE_CHECKED, CLOSED
            FAILED, CLOSED
            WITHDRAWN, CLOSED
            """;

    static Set<String> allowed() {
        Set<String> pairs = new HashSet<>();
        for (String line : ALLOWED.strip().split("\n")) {
            pairs.add(line.replace(" ", "").strip());
        }
        return pairs;
    }

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (DisputeStatus from : DisputeStatus.values()) {
            for (DisputeStatus to : DisputeStatus.values()) {
                if (to != DisputeStatus.REGISTERED) {
                    pairs.add(Arguments.of(from, to, allowed().contains(from + "," + to)));
                }
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @MethodSource("everyPair")
    void eachStepIsAllowedExactlyWhenTheTableSaysSo(DisputeStatus from, DisputeStatus to, boolean allowed) {
        Dispute d = in(from);
        if (allowed) {
            step(d, to);
            assertThat(d.status()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> step(d, to)).isInstanceOf(UserFacingException.class)
                    .satisfies(e -> {
                        assertThat(((UserFacingException) e).status()).isEqualTo(HttpStatus.CONFLICT);
                        assertThat(((UserFacingException) e).messageKey()).isIn("mediation.error.transition");
                    });
            assertThat(d.status()).isEqualTo(from);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"REGISTERED", "ACCEPTED", "DECLINED", "MEDIATING", "AGREED", "FAILED", "WITHDRAWN",
            "PERFORMANCE_CHECKED", "CLOSED"})
    void theStatusTableMatchesTheAggregate(DisputeStatus from) {
        for (DisputeStatus to : from.next()) {
            assertThat(allowed()).contains(from + "," + to);
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
                .hasMessage("mediation.error.returnVisitNotNow");
    }

    static Dispute in(DisputeStatus status) {
        Dispute d = Dispute.register(1, IntakeChannel.WALK_IN, DisputeCategory.NEIGHBOUR, "421202001", null, 18, null,
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

    static void step(Dispute d, DisputeStatus to) {
        LocalDate on = LocalDate.of(2024, 6, 25);
        switch (to) {
            case ACCEPTED -> d.accept(on, null, TODAY);
            case DECLINED -> d.decline(on, "reason", TODAY);
            case MEDIATING -> d.recordSession(on, TODAY);
            case AGREED -> d.reachAgreement(AgreementForm.ORAL, "terms", null, null, on, TODAY);
            case FAILED -> d.fail(on, true, null, TODAY);
            case WITHDRAWN -> d.withdraw(on, null, TODAY);
            case PERFORMANCE_CHECKED -> d.checkPerformance(on, true, null, TODAY);
            case CLOSED -> d.close(on, TODAY);
            case REGISTERED -> throw new IllegalArgumentException();
        }
    }
}
