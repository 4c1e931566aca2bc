package cn.fazhi.errands;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the errands module shows: agents, beneficiaries, authorisations and errands (numbers masked). */
public final class Views {

    private Views() {}

    public record Township(String regionCode, String name, long unitId) {}

    public record Training(long id, LocalDate heldOn, String topic) {}

    public record Agent(long id, String name, String idMasked, String phoneMasked, long unitId, String regionCode,
            String township, String village, Long userId, String username, AgentStatus status, LocalDate joinedOn,
            LocalDate leftOn, int version) {}

    public record Beneficiary(long id, String name, String idMasked, String phoneMasked, long unitId, String regionCode,
            String township, String village, String reason, String reasonNote, String contactName,
            String contactRelation, String contactPhoneMasked, LocalDate registeredOn, int version) {}

    public record Authorisation(long id, long beneficiaryId, String beneficiaryName, long agentId, String agentName,
            List<Scope> scopes, List<String> itemCodes, LocalDate validFrom, LocalDate validTo, Long consentId,
            String consentName, LocalDate revokedOn, String revokeReason, String revokedBy, String regionCode,
            boolean inForce) {}

    public record Errand(long id, String caseNumber, ErrandStatus status, ErrandKind kind, Utility utility,
            String accountNo, String goods, String itemCode, String itemName, Long applicationId, long beneficiaryId,
            String beneficiaryName, String beneficiaryVillage, Long agentId, String agentName, long unitId,
            String regionCode, String township, String requestNote, LocalDate requestedOn, LocalDate assignedOn,
            LocalDate doneOn, BigDecimal amount, String resultNote, LocalDate confirmedOn, LocalDate disputedOn,
            String disputeNote, Integer satisfaction, String feedback, LocalDate resolvedOn, String resolution,
            int version) {}

    /** A new errand with its receipt, shown once: the code and secret handed to the beneficiary. */
    public record Recorded(Errand errand, String receiptCode, String receiptSecret) {}

    /** A person's full numbers, revealed with {@code errands:reveal} (audited). */
    public record Revealed(String idNumber, String phone) {}
}
