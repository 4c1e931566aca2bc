package cn.fazhi.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fazhi.IntegrationTest;
import cn.fazhi.calendar.LegalCalendar;

/**
 * 人民调解法 Art. 33: "双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认" (likewise
 * 民事诉讼法 Art. 205). The effective day is not counted; a last day on a rest day moves to the next working day
 * (民事诉讼法 Art. 85), with the State Council holiday notices of the legal calendar.
 */
@IntegrationTest
class JudicialConfirmationWindowTest {

    @Autowired
    LegalCalendar calendar;

    @ParameterizedTest(name = "effective {0}, applied {1} → ends {2}, allowed {3}")
    @CsvSource({
            // an ordinary 30th day
            "2024-05-06, 2024-06-05, 2024-06-05, true",
            "2024-05-06, 2024-06-06, 2024-06-05, false",
            // the effective day itself is inside the window
            "2024-05-06, 2024-05-06, 2024-06-05, true",
            // before the agreement took effect: not an application under Art. 33
            "2024-05-06, 2024-05-05, 2024-06-05, false",
            // the 30th day is Sunday 2024-03-31: the window ends on Monday
            "2024-03-01, 2024-04-01, 2024-04-01, true",
            "2024-03-01, 2024-04-02, 2024-04-01, false",
            // the 30th day falls in the National Day holiday (2024-10-01 … 07): it ends on 2024-10-08
            "2024-09-07, 2024-10-08, 2024-10-08, true",
            "2024-09-07, 2024-10-09, 2024-10-08, false"})
    void applicationMustFallWithinThirtyDaysOfTheAgreementTakingEffect(LocalDate effective, LocalDate applied,
            LocalDate expectedEnd, boolean allowed) {
        LocalDate end = calendar.deadline(effective, JudicialConfirmationWindow.AMOUNT, JudicialConfirmationWindow.UNIT)
                .deadline();
        assertThat(end).isEqualTo(expectedEnd);
        assertThat(JudicialConfirmationWindow.allows(effective, end, applied)).isEqualTo(allowed);
    }
}
