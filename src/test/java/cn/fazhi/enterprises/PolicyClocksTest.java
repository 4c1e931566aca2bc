package cn.fazhi.enterprises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fazhi.IntegrationTest;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The clocks of a policy application on the legal calendar of 2024 (settings: decide within 15 working days, pay within
 * 30 days) and the transition table's guards: which step each state allows, one return for correction, the cap.
 */
@IntegrationTest
class PolicyClocksTest {

    @Autowired PolicyClocks clocks;

    @ParameterizedTest
    @CsvSource({
        "2024-03-04, 2024-03-25",  // three plain weeks
        "2024-04-01, 2024-04-23",  // 清明 4-6 April off, Sunday 7 April worked
        "2024-09-27, 2024-10-23",  // 国庆 1-7 October off, Sunday 29 September and Saturday 12 October worked
    })
    void theDecisionIsDueInFifteenWorkingDays(String submitted, String due) {
        assertThat(clocks.reviewDue(LocalDate.parse(submitted))).isEqualTo(due);
    }

    @ParameterizedTest
    @CsvSource({
        "2024-03-04, 2024-04-03",
        "2024-01-15, 2024-02-18",  // ends in 春节 (10-17 February): moved to the next working day, Sunday 18 February
    })
    void thePaymentIsDueInThirtyDays(String granted, String due) {
        assertThat(clocks.paymentDue(LocalDate.parse(granted))).isEqualTo(due);
    }

    @ParameterizedTest
    @CsvSource({
        "2024-03-25, ,           2024-03-25, false",
        "2024-03-25, ,           2024-03-26, true",
        "2024-03-25, 2024-03-25, 2024-04-30, false",
        "2024-03-25, 2024-03-26, 2024-04-30, true",
    })
    void overdueMeansDoneLateOrStillOpenAfterTheDay(String due, String done, String today, boolean overdue) {
        assertThat(PolicyClocks.overdue(LocalDate.parse(due), done == null ? null : LocalDate.parse(done),
                LocalDate.parse(today))).isEqualTo(overdue);
    }

    @ParameterizedTest
    @CsvSource({
        "SUBMITTED, accept,   true",  "SUBMITTED, return, true", "SUBMITTED, refuse, true", "SUBMITTED, grant, false",
        "SUBMITTED, pay,      false", "ACCEPTED,  grant,  true", "ACCEPTED,  return, true", "ACCEPTED,  accept, false",
        "RETURNED,  resubmit, true",  "RETURNED,  accept, false", "GRANTED,  pay,    true", "GRANTED,   refuse, false",
        "REFUSED,   accept,   false", "PAID,      pay,    false",
    })
    void theTableAllowsEachStepOnlyFromItsStates(PolicyApplicationStatus from, String step, boolean allowed) {
        assertThat(PolicyApplication.TABLE.require(step).allowedFrom(from)).isEqualTo(allowed);
    }

    @Test
    void anApplicationIsReturnedOnceAndGrantedWithinTheCap() {
        PolicyApplication a = PolicyApplication.in(PolicyApplicationStatus.SUBMITTED);
        a.returnForCorrection("缺少财务报表", LocalDate.of(2024, 3, 5), 1);
        assertThat(a.status()).isEqualTo(PolicyApplicationStatus.RETURNED);
        a.resubmit("已补充", LocalDate.of(2024, 3, 7), clocks.reviewDue(LocalDate.of(2024, 3, 7)), true, "符合：x");
        assertThat(a.reviewDue).isEqualTo("2024-03-28");
        assertThatThrownBy(() -> a.returnForCorrection("再退一次", LocalDate.of(2024, 3, 8), 1))
                .isInstanceOf(UserFacingException.class).hasFieldOrPropertyWithValue("messageKey", "policies.error.returnedOnce");
        a.accept(LocalDate.of(2024, 3, 8));
        assertThatThrownBy(() -> a.grant(new BigDecimal("200001"), new BigDecimal("200000"), LocalDate.of(2024, 3, 20),
                LocalDate.of(2024, 4, 19))).hasFieldOrPropertyWithValue("messageKey", "policies.error.aboveCap");
        assertThatThrownBy(() -> a.grant(null, null, LocalDate.of(2024, 3, 20), LocalDate.of(2024, 4, 19)))
                .hasFieldOrPropertyWithValue("messageKey", "policies.error.grantAmount");
        a.grant(new BigDecimal("150000"), new BigDecimal("200000"), LocalDate.of(2024, 3, 29), clocks.paymentDue(
                LocalDate.of(2024, 3, 29)));
        assertThat(a.decidedOnTime).isFalse();
        assertThat(a.paymentDue).isEqualTo("2024-04-28");
        a.pay(LocalDate.of(2024, 4, 28));
        assertThat(a.paidOnTime).isTrue();
        assertThat(a.status()).isEqualTo(PolicyApplicationStatus.PAID);
        assertThatThrownBy(() -> a.pay(LocalDate.of(2024, 4, 29))).hasFieldOrPropertyWithValue("messageKey", "cases.step.notNow");
    }
}
