package cn.fazhi.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fazhi.IntegrationTest;

/**
 * The hotline's time rules, table-driven (settings of application.yml: 紧急 0/1, 一般 1/5, 复杂 1/15 working days after
 * the dispatch day, a category's own figures overriding them; visit within 3 working days), counted on the legal
 * calendar — weekends, the 2025 National Day holiday and its make-up Saturday (11 October) — and the return rule.
 */
@IntegrationTest
class HotlineRulesTest {

    @Autowired HotlineRules rules;

    @ParameterizedTest(name = "{0} dispatched {2} (override sign {1}/handle {3}): sign by {4}, reply by {5}")
    @CsvSource(nullValues = "-", value = {
        // urgency, sign override, dispatched on, handle override, sign due, handle due
        "URGENT,  -, 2025-03-03, -,  2025-03-03, 2025-03-04",
        "NORMAL,  -, 2025-03-03, -,  2025-03-04, 2025-03-10",
        "COMPLEX, -, 2025-03-03, -,  2025-03-04, 2025-03-24",
        "NORMAL,  -, 2025-03-07, -,  2025-03-10, 2025-03-14",
        "URGENT,  -, 2025-03-08, -,  2025-03-10, 2025-03-10",
        "NORMAL,  2, 2025-03-03, 3,  2025-03-05, 2025-03-06",
        "NORMAL,  0, 2025-03-03, 0,  2025-03-03, 2025-03-03",
        "NORMAL,  -, 2025-09-30, -,  2025-10-09, 2025-10-14"})
    void limitsCountWorkingDaysFromTheDispatchDay(Urgency urgency, Integer sign, LocalDate dispatched, Integer handle,
            LocalDate signDue, LocalDate handleDue) {
        assertThat(rules.signDue(urgency, sign, dispatched)).isEqualTo(signDue);
        assertThat(rules.handleDue(urgency, handle, dispatched)).isEqualTo(handleDue);
    }

    @ParameterizedTest(name = "replied {0}: visit by {1}")
    @CsvSource({"2025-03-03, 2025-03-06", "2025-03-07, 2025-03-12", "2025-09-30, 2025-10-11"})
    void theVisitIsDueWithinThreeWorkingDaysOfTheReply(LocalDate replied, LocalDate due) {
        assertThat(rules.visitDue(replied)).isEqualTo(due);
    }

    @Test
    void noReturnAfterARulingAndTheSatisfiedLevelsOfTheScale() {
        assertThat(rules.mayReturn(false)).isTrue();
        assertThat(rules.mayReturn(true)).isFalse();
        assertThat(rules.satisfied("VERY_SATISFIED")).isTrue();
        assertThat(rules.satisfied("BASIC")).isTrue();
        assertThat(rules.satisfied("DISSATISFIED")).isFalse();
        assertThat(rules.onScale("DISSATISFIED")).isTrue();
        assertThat(rules.onScale("BOGUS")).isFalse();
        assertThat(rules.onScale(null)).isFalse();
    }

    @Test
    void aTicketMovesOnlyAlongItsTable() {
        assertThat(Ticket.TABLE.available(TicketStatus.RECEIVED)).containsExactly("dispatch", "answer");
        assertThat(Ticket.TABLE.available(TicketStatus.DISPATCHED)).containsExactly("sign", "return");
        assertThat(Ticket.TABLE.available(TicketStatus.SIGNED)).containsExactly("return", "reply");
        assertThat(Ticket.TABLE.available(TicketStatus.RETURNED)).containsExactly("dispatch");
        assertThat(Ticket.TABLE.available(TicketStatus.REPLIED)).containsExactly("visit", "close");
        assertThat(Ticket.TABLE.available(TicketStatus.CLOSED)).isEmpty();
        Ticket t = Ticket.in(TicketStatus.SIGNED);
        t.dispatchedOn = LocalDate.of(2024, 3, 4);
        t.handleDue = LocalDate.of(2024, 3, 11);
        t.signedOn = LocalDate.of(2024, 3, 5);
        t.reply("已处理", LocalDate.of(2024, 3, 12), LocalDate.of(2024, 3, 15));
        assertThat(t.repliedOnTime).isFalse();
        assertThat(t.status()).isEqualTo(TicketStatus.REPLIED);
    }
}
