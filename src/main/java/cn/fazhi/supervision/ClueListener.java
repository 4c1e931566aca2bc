package cn.fazhi.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.fazhi.reconsideration.CaseSummaries;
import cn.fazhi.reconsideration.events.DecisionIssued;
import cn.fazhi.reconsideration.events.JudgmentRecorded;

/**
 * Opens clues automatically after the reconsideration module's steps commit (event publication registry: retried
 * until done; {@link Clues#open} is idempotent per source record, so a retry opens nothing twice), each linked both
 * ways to its source:
 * <ul>
 * <li>a reconsideration decision that changes (Art. 63), revokes or partly revokes (Art. 64), declares unlawful
 * (Art. 65) or void (Art. 67) an <b>enforcement</b> act. The act is an enforcement act when the case records an
 * enforcement act kind ({@link CaseSummaries#ENFORCEMENT_ACT_KINDS}); when the kind is not recorded, when its
 * document number is the decision number of an enforcement case, coercion or published decision here; a case whose
 * act is recorded as 非执法行为 opens none;</li>
 * <li>a suit lost or partly lost by the agency.</li>
 * </ul>
 */
@Component
class ClueListener {

    static final Set<String> CORRECTING = Set.of("CHANGE", "REVOKE", "PARTIAL_REVOKE", "CONFIRM_ILLEGAL", "CONFIRM_INVALID");
    static final Set<String> LOST = Set.of("AGENCY_LOST", "PARTLY_LOST");

    private final Clues clues;
    private final CaseSummaries summaries;
    private final JdbcClient jdbc;
    private final Clock clock;

    ClueListener(Clues clues, CaseSummaries summaries, JdbcClient jdbc, Clock clock) {
        this.clues = clues;
        this.summaries = summaries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DecisionIssued e) {
        if (!CORRECTING.contains(e.decisionType())) {
            return;
        }
        summaries.reconsideration(e.caseId()).filter(this::enforcementAct).ifPresent(c -> clues.open(new OpenClue(
                ClueSource.RECONSIDERATION, "reconsideration", c.caseId(), c.caseNumber(), "/reconsideration/" + c.caseId(),
                c.respondentUnitId(), "复议决定纠错（" + e.decisionType() + "）：" + cut(c.actDescription()),
                e.decidedOn() == null ? LocalDate.now(clock) : e.decidedOn())));
    }

    @ApplicationModuleListener
    void on(JudgmentRecorded e) {
        if (!LOST.contains(e.outcome())) {
            return;
        }
        summaries.litigation(e.caseId()).ifPresent(s -> clues.open(new OpenClue(ClueSource.LITIGATION, "litigation",
                s.caseId(), s.internalNumber(), "/litigation/" + s.caseId(), s.defendantUnitId(),
                "行政诉讼败诉（" + e.outcome() + "）：" + cut(s.subject()),
                s.outcomeOn() == null ? LocalDate.now(clock) : s.outcomeOn())));
    }

    boolean enforcementAct(CaseSummaries.ActSummary act) {
        if (act.actKind() != null) {
            return CaseSummaries.ENFORCEMENT_ACT_KINDS.contains(act.actKind());
        }
        String no = act.actDocumentNo();
        if (no == null || no.isBlank()) {
            return false;
        }
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM enforcement_case WHERE decision_number = :n) "
                        + "+ (SELECT COUNT(*) FROM coercion_case WHERE decision_number = :n) "
                        + "+ (SELECT COUNT(*) FROM enforcement_publication WHERE decision_number = :n)")
                .param("n", no.strip()).query(Long.class).single() > 0;
    }

    private static String cut(String s) {
        return s == null ? "" : s.length() <= 3000 ? s : s.substring(0, 3000);
    }
}
