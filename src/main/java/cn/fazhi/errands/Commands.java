package cn.fazhi.errands;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What callers send to the errands module. */
public final class Commands {

    private Commands() {}

    /** An agent: the township (region code; a township's staff default to their own), village, linked username. */
    public record NewAgent(String name, String idNumber, String phone, String regionCode, String village,
            String username, LocalDate joinedOn) {}

    public record NewTraining(LocalDate heldOn, String topic) {}

    /** An agent's status change: SUSPENDED, ACTIVE again, LEFT (with the date). */
    public record AgentStatusChange(AgentStatus status, LocalDate on, Integer version) {}

    /** A beneficiary: reason a code of the setting list, the note required for OTHER; a family contact. */
    public record NewBeneficiary(String name, String idNumber, String phone, String regionCode, String village,
            String reason, String reasonNote, String contactName, String contactRelation, String contactPhone,
            LocalDate registeredOn) {}

    /** An authorisation: scopes as codes (comma-separated or repeated), item codes comma-separated, the period. */
    public record NewAuthorisation(Long agentId, java.util.List<Scope> scopes, String itemCodes, LocalDate validFrom,
            LocalDate validTo) {}

    public record Revoke(String reason) {}

    /** A requested errand; {@code agentId} assigns it at once (an agent recording it is assigned to it). */
    public record NewErrand(Long beneficiaryId, ErrandKind kind, Utility utility, String accountNo, String goods,
            String itemCode, String note, LocalDate requestedOn, Long agentId) {}

    /**
     * A step: {@code version} as read; {@code on} the business date (default today); {@code agentId} for assign;
     * {@code amount} and {@code text} for complete; {@code satisfaction} and {@code text} for confirm; {@code text}
     * the dispute, resolution or cancellation note.
     */
    public record Step(Integer version, LocalDate on, Long agentId, BigDecimal amount, Integer satisfaction,
            String text) {}

    /** The lists' filters (all optional). */
    public record Query(String q, String regionCode, String status, String kind, Integer year) {

        public static Query none() {
            return new Query(null, null, null, null, null);
        }
    }
}
