package cn.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fazhi.IntegrationTest;
import cn.fazhi.cases.CaseLinks;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.reconsideration.events.DecisionIssued;
import cn.fazhi.reconsideration.events.JudgmentRecorded;

/**
 * Clues opened from the reconsideration module's events after they commit: a decision revoking an enforcement act opens
 * exactly one clue (again: none more) linked both ways; an upholding decision, or one on an act recorded as not an
 * enforcement act, opens none; a suit the agency lost opens one. The cases are the demo's, with the act kind set here;
 * the business dates are today's (never 2023).
 */
@IntegrationTest
class ClueListenerTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;
    @Autowired CaseLinks links;
    @Autowired ClueListener listener;

    long count(ClueSource source, String type, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM supervision_clue WHERE source = :s AND source_type = :t AND source_id = :id")
                .param("s", source.name()).param("t", type).param("id", id).query(Long.class).single();
    }

    long reconsiderationCase(int offset, String actKind) {
        long id = jdbc.sql("SELECT id FROM reconsideration_case ORDER BY id DESC").query(Long.class).list().get(offset);
        jdbc.sql("UPDATE reconsideration_case SET act_kind = :k WHERE id = :id").param("k", actKind).param("id", id).update();
        return id;
    }

    void publish(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(event));
    }

    @Test
    void aRevokingDecisionOpensOneClueLinkedBothWays() {
        long id = reconsiderationCase(0, "PENALTY");
        publish(new DecisionIssued(id, "REVOKE", LocalDate.now()));
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> count(ClueSource.RECONSIDERATION, "reconsideration", id) == 1);
        publish(new DecisionIssued(id, "PARTIAL_REVOKE", LocalDate.now()));
        listener.on(new DecisionIssued(id, "REVOKE", LocalDate.now()));
        assertThat(count(ClueSource.RECONSIDERATION, "reconsideration", id)).isEqualTo(1);
        long clue = jdbc.sql("SELECT id FROM supervision_clue WHERE source_type = 'reconsideration' AND source_id = :id")
                .param("id", id).query(Long.class).single();
        long unit = jdbc.sql("SELECT unit_id FROM reconsideration_case WHERE id = :id").param("id", id).query(Long.class)
                .single();
        assertThat(jdbc.sql("SELECT unit_id FROM supervision_clue WHERE id = :id").param("id", clue).query(Long.class)
                .single()).isEqualTo(unit);
        assertThat(links.of(new CaseRef("reconsideration", id))).anySatisfy(l -> {
            assertThat(l.outgoing()).isTrue();
            assertThat(l.path()).isEqualTo("/supervision/clues/" + clue);
        });
        assertThat(links.of(new CaseRef(Clues.CASE_TYPE, clue))).anySatisfy(l -> {
            assertThat(l.outgoing()).isFalse();
            assertThat(l.path()).isEqualTo("/reconsideration/" + id);
        });
    }

    @Test
    void anUpholdingDecisionOrANonEnforcementActOpensNone() {
        long upheld = reconsiderationCase(1, "COERCION");
        long before = count(ClueSource.RECONSIDERATION, "reconsideration", upheld);
        listener.on(new DecisionIssued(upheld, "UPHOLD", LocalDate.now()));
        listener.on(new DecisionIssued(upheld, "REJECT_REQUEST", LocalDate.now()));
        assertThat(count(ClueSource.RECONSIDERATION, "reconsideration", upheld)).isEqualTo(before);
        long other = reconsiderationCase(2, "NON_ENFORCEMENT");
        long otherBefore = count(ClueSource.RECONSIDERATION, "reconsideration", other);
        listener.on(new DecisionIssued(other, "REVOKE", LocalDate.now()));
        assertThat(count(ClueSource.RECONSIDERATION, "reconsideration", other)).isEqualTo(otherBefore);
    }

    @Test
    void aLostSuitOpensOneClue() {
        long id = jdbc.sql("SELECT id FROM litigation_case ORDER BY id DESC").query(Long.class).list().get(0);
        jdbc.sql("UPDATE litigation_case SET outcome_on = :d WHERE id = :id AND (outcome_on IS NULL OR outcome_on < :y)")
                .param("d", LocalDate.now()).param("y", LocalDate.of(2024, 1, 1)).param("id", id).update();
        publish(new JudgmentRecorded(id, "AGENCY_LOST"));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> count(ClueSource.LITIGATION, "litigation", id) == 1);
        listener.on(new JudgmentRecorded(id, "PARTLY_LOST"));
        assertThat(count(ClueSource.LITIGATION, "litigation", id)).isEqualTo(1);
        long won = jdbc.sql("SELECT id FROM litigation_case ORDER BY id DESC").query(Long.class).list().get(1);
        long wonBefore = count(ClueSource.LITIGATION, "litigation", won);
        listener.on(new JudgmentRecorded(won, "AGENCY_WON"));
        assertThat(count(ClueSource.LITIGATION, "litigation", won)).isEqualTo(wonBefore);
    }
}
