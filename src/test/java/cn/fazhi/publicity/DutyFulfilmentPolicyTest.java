package cn.fazhi.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.fazhi.platform.web.UserFacingException;

/**
 * The balance of "谁执法谁普法" (中办发〔2017〕31号): required = max(planned, minimum); fulfilment = done / required capped
 * at 1; a unit is short below the minimum or below the threshold. And the duty list's guarded steps.
 */
class DutyFulfilmentPolicyTest {

    final DutyFulfilmentPolicy policy = new DutyFulfilmentPolicy(2, new BigDecimal("0.8"));

    @ParameterizedTest(name = "planned {0}, done {1} -> required {2}, fulfilment {3}, short {4}")
    @CsvSource({
        "5, 5, 5, 1.0000, false",
        "5, 9, 5, 1.0000, false",
        "5, 4, 5, 0.8000, false",
        "5, 3, 5, 0.6000, true",
        "0, 2, 2, 1.0000, false",
        "0, 1, 2, 0.5000, true",
        "0, 0, 2, 0.0000, true",
        "1, 1, 2, 0.5000, true",
        "10, 8, 10, 0.8000, false"})
    void aUnitIsShortBelowTheMinimumOrTheThreshold(int planned, int done, int required, BigDecimal fulfilment,
            boolean isShort) {
        assertThat(policy.required(planned)).isEqualTo(required);
        assertThat(policy.fulfilment(planned, done)).isEqualByComparingTo(fulfilment);
        assertThat(policy.shortfall(planned, done)).isEqualTo(isShort);
    }

    @Test
    void aListIsSubmittedThenPublishedOrReturned() {
        assertThat(DutyListStatus.DRAFT.submit()).isEqualTo(DutyListStatus.SUBMITTED);
        assertThat(DutyListStatus.SUBMITTED.publish()).isEqualTo(DutyListStatus.PUBLISHED);
        assertThat(DutyListStatus.SUBMITTED.returnToUnit()).isEqualTo(DutyListStatus.DRAFT);
        assertThatThrownBy(DutyListStatus.DRAFT::publish).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(DutyListStatus.PUBLISHED::submit).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(DutyListStatus.PUBLISHED::returnToUnit).isInstanceOf(UserFacingException.class);
        assertThat(DutyListStatus.DRAFT.editable()).isTrue();
        assertThat(DutyListStatus.SUBMITTED.editable()).isFalse();
    }
}
