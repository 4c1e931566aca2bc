package cn.fazhi.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What staff send for 两法衔接 transfers; each step carries the record's version as read. */
public final class TransferCommands {

    private TransferCommands() {}

    /** The written report of the case team (≥ 2 certified officers) to the head (310号 Art. 5). */
    public record Report(@NotNull(message = "{enforcement.transfer.penaltyCaseRequired}") Long penaltyCaseId,
            @NotBlank(message = "{enforcement.transfer.crimeRequired}")
            @Size(max = 200, message = "{enforcement.transfer.crimeTooLong}") String suspectedCrime,
            @NotBlank(message = "{enforcement.transfer.factsRequired}")
            @Size(max = 4000, message = "{enforcement.transfer.factsTooLong}") String facts,
            List<Long> officerIds, LocalDate reportedOn) {}

    public record Decide(Integer version, @Size(max = 2000, message = "{enforcement.transfer.opinionTooLong}") String opinion) {}

    public record Send(Integer version,
            @NotBlank(message = "{enforcement.transfer.policeOrganRequired}")
            @Size(max = 200, message = "{enforcement.transfer.policeOrganTooLong}") String policeOrgan,
            Set<TransferAttachment> attachments) {}

    public record Receipt(Integer version, @NotNull(message = "{enforcement.transfer.receivedOnRequired}") LocalDate receivedOn,
            @NotBlank(message = "{enforcement.transfer.receiptNumberRequired}")
            @Size(max = 64, message = "{enforcement.transfer.receiptNumberTooLong}") String receiptNumber) {}

    /** A decision of the police (立案 / 不予立案, or on reconsideration), as received on {@code decidedOn}. */
    public record PoliceDecision(Integer version,
            @NotNull(message = "{enforcement.transfer.decidedOnRequired}") LocalDate decidedOn,
            @Size(max = 2000, message = "{enforcement.transfer.reasonTooLong}") String reason) {}

    public record Reconsider(Integer version, LocalDate requestedOn,
            @NotBlank(message = "{enforcement.transfer.reconsiderReasonRequired}")
            @Size(max = 2000, message = "{enforcement.transfer.reasonTooLong}") String reason) {}

    public record Query(TransferStatus status, Integer year, String q) {}
}
