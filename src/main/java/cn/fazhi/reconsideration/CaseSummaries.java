package cn.fazhi.reconsideration;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Small unscoped reads of a reconsideration case or a suit for other modules that follow this module's events (e.g.
 * supervision opening a clue when a decision corrects an enforcement act): who the respondent/defendant unit is, what
 * the act was. Callers that show these to a user check access themselves.
 */
@Service
public class CaseSummaries {

    /** The act kinds of {@code reconsideration_case.act_kind} that are enforcement acts (行政执法行为). */
    public static final java.util.Set<String> ENFORCEMENT_ACT_KINDS = java.util.Set.of("PENALTY", "COERCION", "INSPECTION",
            "LICENSING", "LEVY", "OTHER_ENFORCEMENT");

    /**
     * A reconsideration case's contested act: {@code actKind} one of {@link #ENFORCEMENT_ACT_KINDS} or
     * {@code NON_ENFORCEMENT}, null when not recorded.
     */
    public record ActSummary(long caseId, String caseNumber, long respondentUnitId, String actKind, String actDocumentNo,
            String actDescription, String decisionType, LocalDate decidedOn) {}

    /** A suit: the defendant unit, what it was about and its outcome. */
    public record SuitSummary(long caseId, String internalNumber, long defendantUnitId, String subject, String outcome,
            LocalDate outcomeOn) {}

    private final JdbcClient jdbc;

    CaseSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<ActSummary> reconsideration(long caseId) {
        return jdbc.sql("SELECT id, case_number, unit_id, act_kind, act_document_no, act_description, decision_type, "
                        + "decided_on FROM reconsideration_case WHERE id = :id")
                .param("id", caseId)
                .query((rs, n) -> new ActSummary(rs.getLong("id"), rs.getString("case_number"), rs.getLong("unit_id"),
                        rs.getString("act_kind"), rs.getString("act_document_no"), rs.getString("act_description"),
                        rs.getString("decision_type"), rs.getObject("decided_on", LocalDate.class)))
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<SuitSummary> litigation(long caseId) {
        return jdbc.sql("SELECT id, internal_number, unit_id, subject, outcome, outcome_on FROM litigation_case WHERE id = :id")
                .param("id", caseId)
                .query((rs, n) -> new SuitSummary(rs.getLong("id"), rs.getString("internal_number"), rs.getLong("unit_id"),
                        rs.getString("subject"), rs.getString("outcome"), rs.getObject("outcome_on", LocalDate.class)))
                .optional();
    }
}
