package cn.fazhi.enterprises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fazhi.IntegrationTest;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The clocks of enterprise requests (settings of application.yml: route 1, sign 1, answer 5, close 15, visit 5 working
 * days) and of SME payment complaints (保障中小企业款项支付条例 Art. 24: 10 working days from acceptance; Art. 25: 30 days,
 * at most 90 with the head's approval, a last day on a rest day moving to the next working day), table-driven on the
 * legal calendar: weekends, 清明 (4–6 April 2025), 端午 (31 May–2 June 2025), National Day (1–8 October 2025) and its
 * make-up Saturday 11 October; and the tables' guards.
 */
@IntegrationTest
class RequestClocksTest {

    @Autowired RequestClocks requests;
    @Autowired SmeComplaintClocks complaints;

    @ParameterizedTest(name = "filed {0}: route by {1}, close by {2}")
    @CsvSource({
        "2025-03-03, 2025-03-04, 2025-03-24",
        "2025-03-07, 2025-03-10, 2025-03-28",
        "2025-03-08, 2025-03-10, 2025-03-28",
        "2025-09-30, 2025-10-09, 2025-10-28"})
    void routingAndClosingCountWorkingDaysFromFiling(LocalDate filed, LocalDate routeDue, LocalDate closeDue) {
        assertThat(requests.routeDue(filed)).isEqualTo(routeDue);
        assertThat(requests.closeDue(filed)).isEqualTo(closeDue);
    }

    @ParameterizedTest(name = "routed {0}: sign by {1}, answer by {2}; answered that day: rating by {3}")
    @CsvSource({
        "2025-03-03, 2025-03-04, 2025-03-10, 2025-03-10",
        "2025-03-07, 2025-03-10, 2025-03-14, 2025-03-14",
        "2025-09-30, 2025-10-09, 2025-10-14, 2025-10-14"})
    void signAnswerAndVisitCountWorkingDaysFromTheirStart(LocalDate on, LocalDate signDue, LocalDate answerDue,
            LocalDate visitDue) {
        assertThat(requests.signDue(on)).isEqualTo(signDue);
        assertThat(requests.answerDue(on)).isEqualTo(answerDue);
        assertThat(requests.visitDue(on)).isEqualTo(visitDue);
    }

    @ParameterizedTest(name = "step on {0}, due {1}: on time {2}; open on {0}: overdue {3}")
    @CsvSource(nullValues = "-", value = {
        "2025-03-10, 2025-03-10, true,  false",
        "2025-03-11, 2025-03-10, false, true",
        "2025-03-09, 2025-03-10, true,  false",
        "2025-03-11, -,          false, false"})
    void onTimeAndOverdue(LocalDate on, LocalDate due, boolean onTime, boolean overdue) {
        assertThat(RequestClocks.onTime(on, due)).isEqualTo(onTime);
        assertThat(RequestClocks.overdue(due, on)).isEqualTo(overdue);
    }

    @ParameterizedTest(name = "accepted {0}: pass on by {1} (Art. 24)")
    @CsvSource({"2025-03-03, 2025-03-17", "2025-07-01, 2025-07-15", "2025-09-30, 2025-10-21", "2025-03-08, 2025-03-21"})
    void complaintsArePassedOnWithinTenWorkingDays(LocalDate accepted, LocalDate due) {
        assertThat(complaints.transferDue(accepted)).isEqualTo(due);
    }

    @ParameterizedTest(name = "received by the handler {0}: result by {1}, extended at most to {2} (Art. 25)")
    @CsvSource({
        "2025-03-03, 2025-04-02, 2025-06-03",
        "2025-03-08, 2025-04-07, 2025-06-06",
        "2025-09-01, 2025-10-09, 2025-12-01",
        "2025-07-16, 2025-08-15, 2025-10-14"})
    void theResultIsDueWithinThirtyDaysExtendableToNinety(LocalDate received, LocalDate due, LocalDate max) {
        assertThat(complaints.resultDue(received)).isEqualTo(due);
        assertThat(complaints.maxExtendedDue(received)).isEqualTo(max);
    }

    @ParameterizedTest(name = "received {0}, extend to {1}: allowed {2}")
    @CsvSource(nullValues = "-", value = {
        "2025-03-03, 2025-04-02, false",
        "2025-03-03, 2025-04-03, true",
        "2025-03-03, 2025-06-03, true",
        "2025-03-03, 2025-06-04, false",
        "2025-03-03, -,          false"})
    void anExtensionLiesAfterTheThirtyDaysAndWithinTheNinety(LocalDate received, LocalDate to, boolean allowed) {
        assertThat(complaints.extensionAllowed(received, to)).isEqualTo(allowed);
    }

    @Test
    void theTablesAllowOnlyTheirMoves() {
        assertThat(EnterpriseRequest.TABLE.next(RequestStatus.FILED)).containsExactly(RequestStatus.ROUTED);
        assertThat(EnterpriseRequest.TABLE.next(RequestStatus.ROUTED))
                .containsExactlyInAnyOrder(RequestStatus.SIGNED, RequestStatus.RETURNED);
        assertThat(EnterpriseRequest.TABLE.next(RequestStatus.RATED)).isEmpty();
        EnterpriseRequest r = EnterpriseRequest.in(RequestStatus.FILED);
        assertThatThrownBy(() -> r.answer("x", LocalDate.of(2025, 3, 4), null)).isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "cases.step.notNow");
        EnterpriseRequest routed = EnterpriseRequest.in(RequestStatus.ROUTED);
        routed.routedOn = LocalDate.of(2025, 3, 4);
        assertThatThrownBy(() -> routed.returnToDesk(" ", LocalDate.of(2025, 3, 5), 44, "421202"))
                .hasFieldOrPropertyWithValue("messageKey", "enterprises.requests.error.reasonRequired");
        assertThatThrownBy(() -> routed.sign(LocalDate.of(2025, 3, 3)))
                .hasFieldOrPropertyWithValue("messageKey", "enterprises.requests.error.tooEarly");

        assertThat(SmeComplaint.TABLE.next(SmeComplaintStatus.RECEIVED))
                .containsExactlyInAnyOrder(SmeComplaintStatus.ACCEPTED, SmeComplaintStatus.REFUSED);
        SmeComplaint c = SmeComplaint.in(SmeComplaintStatus.TRANSFERRED);
        c.transferredOn = LocalDate.of(2025, 7, 16);
        c.resultDue = LocalDate.of(2025, 8, 15);
        assertThatThrownBy(() -> c.extend(LocalDate.of(2025, 10, 20), "复杂", "区长", false))
                .hasFieldOrPropertyWithValue("messageKey", "enterprises.complaints.error.extension");
        c.extend(LocalDate.of(2025, 9, 30), "需要审计", "张局长", true);
        c.conclude("已督促支付", LocalDate.of(2025, 9, 30));
        assertThat(c.concludedOnTime).isTrue();
        assertThat(c.status()).isEqualTo(SmeComplaintStatus.CONCLUDED);
    }
}
