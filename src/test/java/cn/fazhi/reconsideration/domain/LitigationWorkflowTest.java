package cn.fazhi.reconsideration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.fazhi.platform.web.UserFacingException;

/** Litigation transitions and the 负责人出庭应诉 rule (行政诉讼法 Art. 3(3); 2020 SPC rules Art. 8). */
class LitigationWorkflowTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({"OPEN, JUDGED, true", "OPEN, CLOSED, false", "OPEN, PERFORMING, false", "JUDGED, PERFORMING, true",
            "JUDGED, CLOSED, true", "JUDGED, OPEN, false", "PERFORMING, CLOSED, true", "PERFORMING, JUDGED, false",
            "CLOSED, OPEN, false"})
    void transitionsFollowTheTable(LitigationStatus from, LitigationStatus to, boolean allowed) {
        assertThat(LitigationCase.TABLE.allows(from, to)).isEqualTo(allowed);
    }

    /** 行政诉讼法 Art. 3(3): a head who appears is named; otherwise a ground and the staff sent. */
    @ParameterizedTest(name = "{0} head={1} reason={2} staff={3}: {4}")
    @CsvSource({"HEAD, Zhang, , , true", "DEPUTY, Li, , , true", "IN_CHARGE, Wang, , , true", "HEAD, , , , false",
            "HEAD, Zhang, ACCIDENT, , false", "NOT_APPEARED, , FORCE_MAJEURE, Staff Chen, true",
            "NOT_APPEARED, , IRREPLACEABLE_DUTY, Staff Chen, true", "NOT_APPEARED, , , Staff Chen, false",
            "NOT_APPEARED, , OTHER_JUSTIFIED, , false", ", , , , false"})
    void headAppearanceRule(Appearance appearance, String head, AbsenceReason reason, String staff, boolean valid) {
        if (valid) {
            assertThatCode(() -> HeadAppearanceRule.check(appearance, head, reason, staff)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> HeadAppearanceRule.check(appearance, head, reason, staff))
                    .isInstanceOf(UserFacingException.class);
        }
    }

    @Test
    void onlyALostCaseIsPerformed() {
        LitigationCase won = LitigationCase.open("court", Instance.FIRST, null, "p", null, null, null, 5, "421202", "s",
                LocalDate.of(2024, 3, 1));
        won.recordOutcome(LitigationOutcome.AGENCY_WON, LocalDate.of(2024, 5, 1), null);
        assertThatThrownBy(() -> won.performanceRequired(LocalDate.of(2024, 5, 20))).isInstanceOf(UserFacingException.class);
        won.close();
        assertThat(won.status()).isEqualTo(LitigationStatus.CLOSED);

        LitigationCase lost = LitigationCase.open("court", Instance.FIRST, null, "p", null, null, null, 5, "421202", "s",
                LocalDate.of(2024, 3, 1));
        lost.recordOutcome(LitigationOutcome.AGENCY_LOST, LocalDate.of(2024, 5, 1), null);
        assertThatThrownBy(lost::close).isInstanceOf(UserFacingException.class);
        lost.performanceRequired(LocalDate.of(2024, 5, 20));
        lost.performed(LocalDate.of(2024, 6, 1));
        assertThat(lost.status()).isEqualTo(LitigationStatus.CLOSED);
        assertThatThrownBy(() -> lost.hearingRecorded(LocalDate.of(2024, 6, 2))).isInstanceOf(UserFacingException.class);
    }
}
