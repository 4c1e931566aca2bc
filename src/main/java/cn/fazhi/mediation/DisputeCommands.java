package cn.fazhi.mediation;

import cn.fazhi.platform.identifiers.ValidPhone;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * What a caller sends to register a dispute or to take one step (JSON for the API, form fields for the pages; dates
 * as ISO {@code yyyy-MM-dd}). Each record states its input checks as Bean Validation constraints whose Chinese
 * messages are keys of the mediation bundle ({@code {mediation.error.…}}, resolved through the application's message
 * source); the controllers validate with {@code @Valid} and report every error at once. Checks that need the database
 * or another step's date stay in the facade and the aggregate. {@code version} is the version the caller read; the
 * kernel refuses a step without it (400) or on a dispute that changed since (409).
 */
public final class DisputeCommands {

    private DisputeCommands() {}

    /** One party: a person (resident ID number) or an organisation (USCC); identifier and phone are optional. */
    public record Party(@NotNull(message = "{mediation.error.partyIncomplete}") PartyRole role,
            @NotNull(message = "{mediation.error.partyIncomplete}") PartyKind kind,
            @NotBlank(message = "{mediation.error.partyNameRequired}") @Size(max = 100, message = "{mediation.error.partyNameRequired}") String name,
            String identifier, @ValidPhone(message = "{mediation.error.phoneInvalid}") String phone) {}

    /** 登记: a new dispute with at least one applicant and one respondent. */
    public record Register(@NotNull(message = "{mediation.error.channelRequired}") IntakeChannel channel,
            @NotNull(message = "{mediation.error.categoryRequired}") DisputeCategory category,
            @NotBlank(message = "{mediation.error.townshipRequired}") String townshipCode, String villageCode,
            Long committeeId, Long handlerId,
            @NotNull(message = "{mediation.error.dateRequired}") @DateTimeFormat(iso = ISO.DATE) LocalDate receivedOn,
            @NotBlank(message = "{mediation.error.summaryRequired}") @Size(max = 4000, message = "{mediation.validation.summaryLength}") String summary,
            @NotNull(message = "{mediation.error.amountRequired}") @PositiveOrZero(message = "{mediation.error.amountNegative}")
            @Digits(integer = 16, fraction = 2, message = "{mediation.error.amountFormat}") BigDecimal amount,
            @Size(max = 100, message = "{mediation.validation.courtLength}") String courtName,
            @Size(max = 100, message = "{mediation.validation.courtReferenceLength}") String courtReference,
            @NotEmpty(message = "{mediation.error.partiesRequired}") List<@Valid Party> parties) {}

    public record Accept(@NotNull(message = "{mediation.error.dateRequired}") @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            Long handlerId, Integer version) {}

    public record Decline(@NotNull(message = "{mediation.error.dateRequired}") @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @NotBlank(message = "{mediation.error.reasonRequired}") @Size(max = 1000, message = "{mediation.validation.reasonLength}") String reason,
            Integer version) {}

    public record Session(@NotNull(message = "{mediation.error.dateRequired}") @DateTimeFormat(iso = ISO.DATE) LocalDate heldOn,
            @NotBlank(message = "{mediation.error.mediatorsRequired}") @Size(max = 500, message = "{mediation.validation.mediatorsLength}") String mediators,
            @NotBlank(message = "{mediation.error.notesRequired}") @Size(max = 4000, message = "{mediation.validation.notesLength}") String notes,
            Integer version) {}

    public record Agreement(@NotNull(message = "{mediation.error.agreementFormRequired}") AgreementForm form,
            @NotBlank(message = "{mediation.error.termsRequired}") @Size(max = 4000, message = "{mediation.validation.termsLength}") String terms,
            @PositiveOrZero(message = "{mediation.error.amountNegative}")
            @Digits(integer = 16, fraction = 2, message = "{mediation.error.amountFormat}") BigDecimal amount,
            @DateTimeFormat(iso = ISO.DATE) LocalDate performanceDeadline,
            @NotNull(message = "{mediation.error.dateRequired}") @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveOn,
            Integer version) {}

    public record Failure(@NotNull(message = "{mediation.error.dateRequired}") @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @NotNull(message = "{mediation.error.routesRequired}") @AssertTrue(message = "{mediation.error.routesRequired}") Boolean routesExplained,
            @Size(max = 1000, message = "{mediation.validation.noteLength}") String note, Integer version) {}

    public record Withdrawal(@NotNull(message = "{mediation.error.dateRequired}") @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @Size(max = 1000, message = "{mediation.validation.reasonLength}") String reason, Integer version) {}

    public record PerformanceCheck(@NotNull(message = "{mediation.error.dateRequired}") @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @NotNull(message = "{mediation.error.performedRequired}") Boolean performed,
            @Size(max = 1000, message = "{mediation.validation.noteLength}") String note, Integer version) {}

    public record Closing(@NotNull(message = "{mediation.error.dateRequired}") @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            Integer version) {}

    public record ReturnVisit(@NotNull(message = "{mediation.error.dateRequired}") @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @NotBlank(message = "{mediation.error.noteRequired}") @Size(max = 1000, message = "{mediation.validation.noteLength}") String note,
            Integer version) {}

    public record ConfirmationApplication(
            @NotBlank(message = "{mediation.error.courtRequired}") @Size(max = 100, message = "{mediation.validation.courtLength}") String court,
            @NotNull(message = "{mediation.error.dateRequired}") @DateTimeFormat(iso = ISO.DATE) LocalDate appliedOn,
            Integer version) {}

    public record ConfirmationDecision(@NotNull(message = "{mediation.error.resultRequired}") ConfirmationResult result,
            @NotNull(message = "{mediation.error.dateRequired}") @DateTimeFormat(iso = ISO.DATE) LocalDate decidedOn,
            Integer version) {}

    public record Deliberation(@NotNull(message = "{mediation.error.dateRequired}") @DateTimeFormat(iso = ISO.DATE) LocalDate heldOn,
            @NotBlank(message = "{mediation.error.participantsRequired}") @Size(max = 1000, message = "{mediation.validation.participantsLength}") String participants,
            @NotBlank(message = "{mediation.error.resolutionRequired}") @Size(max = 4000, message = "{mediation.validation.resolutionLength}") String resolution,
            Integer version) {}
}
