package cn.fazhi.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import cn.fazhi.platform.web.UserFacingException;

/** The hand-over's transition table, its dated steps and the periods of its waiting steps, as tables. */
class CrossRegionTransitionsTest {

    static final LocalDate DAY = LocalDate.of(2025, 6, 9);

    @ParameterizedTest
    @CsvSource({
        "RECEIVED, send, SENT", "SENT, result, RESULTED", "RESULTED, deliver, DELIVERED",
        "FORWARDED, accept, ACCEPTED", "ACCEPTED, return, RETURNED"})
    void eachStepLeadsFromItsStateToTheNext(CrossRegionStatus from, String step, CrossRegionStatus to) {
        assertThat(CrossRegionCase.TABLE.available(from)).containsExactly(step);
        assertThat(CrossRegionCase.TABLE.next(from)).containsExactly(to);
        CrossRegionCase c = CrossRegionCase.in(from, DAY);
        take(c, step, DAY.plusDays(1));
        assertThat(c.status()).isEqualTo(to);
    }

    @ParameterizedTest
    @EnumSource(CrossRegionStatus.class)
    void onlyTheTablesStepIsAllowedInEachState(CrossRegionStatus from) {
        for (String step : List.of("send", "result", "deliver", "accept", "return")) {
            boolean allowed = CrossRegionCase.TABLE.available(from).contains(step);
            CrossRegionCase c = CrossRegionCase.in(from, DAY);
            if (allowed) {
                take(c, step, DAY);
            } else {
                assertThatThrownBy(() -> take(c, step, DAY)).isInstanceOf(UserFacingException.class)
                        .extracting("messageKey").isEqualTo("cases.step.notNow");
            }
        }
        assertThat(from.open()).isEqualTo(from != CrossRegionStatus.DELIVERED && from != CrossRegionStatus.RETURNED);
    }

    @ParameterizedTest
    @CsvSource({"RECEIVED, send", "SENT, result", "RESULTED, deliver", "FORWARDED, accept", "ACCEPTED, return"})
    void aStepCannotBeDatedBeforeThePreviousOne(CrossRegionStatus from, String step) {
        CrossRegionCase c = CrossRegionCase.in(from, DAY);
        assertThatThrownBy(() -> take(c, step, DAY.minusDays(1))).isInstanceOf(UserFacingException.class)
                .extracting("messageKey").isEqualTo("services.crossRegion.error.beforePrevious");
        assertThat(c.status()).isEqualTo(from);
    }

    @ParameterizedTest
    @CsvSource({"send, services.crossRegion.error.wayRequired", "result, services.crossRegion.error.outcomeRequired"})
    void aStepNeedsItsText(String step, String key) {
        CrossRegionCase c = CrossRegionCase.in(step.equals("send") ? CrossRegionStatus.RECEIVED : CrossRegionStatus.SENT,
                DAY);
        Runnable take = step.equals("send") ? () -> c.send(DAY, " ") : () -> c.result(DAY, null);
        assertThatThrownBy(take::run).isInstanceOf(UserFacingException.class).extracting("messageKey").isEqualTo(key);
    }

    /** Periods with the default settings (send 1, result promised + 5, deliver 2, accept 1, return promised + 0). */
    @ParameterizedTest
    @CsvSource({
        "RECEIVED, 0, 1", "RECEIVED, 20, 1", "SENT, 0, 5", "SENT, 10, 15", "RESULTED, 3, 2", "FORWARDED, 7, 1",
        "ACCEPTED, 0, 0", "ACCEPTED, 10, 10", "DELIVERED, 10, -1", "RETURNED, 10, -1"})
    void theWaitingStepsPeriodInWorkingDays(CrossRegionStatus status, int promised, int days) {
        CrossRegionPeriods periods = new CrossRegionPeriods(null, new CrossRegionProperties(1, 5, 2, 1, 0));
        assertThat(periods.days(status, promised)).isEqualTo(days);
    }

    @ParameterizedTest
    @CsvSource({"-1, 5, 2, 1, 0", "1, -5, 2, 1, 0", "1, 5, 2, 1, -1"})
    void negativeSettingsAreRefused(int send, int result, int deliver, int accept, int ret) {
        assertThatThrownBy(() -> new CrossRegionProperties(send, result, deliver, accept, ret))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void take(CrossRegionCase c, String step, LocalDate on) {
        switch (step) {
            case "send" -> c.send(on, "EMS 1234");
            case "result" -> c.result(on, "准予许可");
            case "deliver" -> c.deliver(on);
            case "accept" -> c.accept(on, null);
            case "return" -> c.returnResult(on, "已办结");
            default -> throw new IllegalArgumentException(step);
        }
    }
}
