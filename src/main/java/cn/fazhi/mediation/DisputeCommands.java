package cn.fazhi.mediation;

import cn.fazhi.platform.identifiers.ValidPhone;
import jakarta.validation.Valid;
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
 * as ISO {@code yyyy-MM-dd}). {@code version} is the version the caller read; a step on a dispute that changed since
 * is refused (409).
 */
public final class DisputeCommands {

    private DisputeCommands() {}

    /** One party: a person (resident ID number) or an organisation (USCC); identifier and phone are optional. */
    public record Party(PartyRole role, PartyKind kind,
            @NotBlank(message = "{mediation.error.partyNameRequired}") @Size(max = 100, message = "{mediation.error.partyNameRequired}") String name,
            String identifier, @ValidPhone(message = "{mediation.error.phoneInvalid}") String phone) {}

    /** 登记: a new dispute with at least one applicant and one respondent. */
    public record Register(IntakeChannel channel,
            @NotNull(message = "{mediation.error.categoryRequired}") DisputeCategory category,
            @NotBlank(message = "{mediation.error.townshipRequired}") String townshipCode, String villageCode,
            Long committeeId, Long handlerId,
            @NotNull(message = "{mediation.error.dateRequired}") @DateTimeFormat(iso = ISO.DATE) LocalDate receivedOn,
            @NotBlank(message = "{mediation.error.summaryRequired}") String summary,
            @NotNull(message = "{mediation.error.amountRequired}") @PositiveOrZero(message = "{mediation.error.amountNegative}")
            @Digits(integer = 16, fraction = 2, message = "{mediation.error.amountFormat}") BigDecimal amount,
            String courtName, String courtReference,
            @NotEmpty(message = "{mediation.error.partiesRequired}") List<@Valid Party> parties) {}

    public record Accept(@DateTimeFormat(iso = ISO.DATE) LocalDate on, Long handlerId, Integer version) {}

    public record Decline(@DateTimeFormat(iso = ISO.DATE) LocalDate on, String reason, Integer version) {}

    public record Session(@DateTimeFormat(iso = ISO.DATE) LocalDate heldOn, String mediators, String notes,
            Integer version) {}

    public record Agreement(AgreementForm form, String terms, BigDecimal amount,
            @DateTimeFormat(iso = ISO.DATE) LocalDate performanceDeadline,
            @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveOn, Integer version) {}

    public record Failure(@DateTimeFormat(iso = ISO.DATE) LocalDate on, Boolean routesExplained, String note,
            Integer version) {}

    public record Withdrawal(@DateTimeFormat(iso = ISO.DATE) LocalDate on, String reason, Integer version) {}

    public record PerformanceCheck(@DateTimeFormat(iso = ISO.DATE) LocalDate on, Boolean performed, String note,
            Integer version) {}

    public record Closing(@DateTimeFormat(iso = ISO.DATE) LocalDate on, Integer version) {}

    public record ReturnVisit(@DateTimeFormat(iso = ISO.DATE) LocalDate on, String note, Integer version) {}

    public record ConfirmationApplication(String court, @DateTimeFormat(iso = ISO.DATE) LocalDate appliedOn,
            Integer version) {}

    public record ConfirmationDecision(ConfirmationResult result, @DateTimeFormat(iso = ISO.DATE) LocalDate decidedOn,
            Integer version) {}

    public record Deliberation(@DateTimeFormat(iso = ISO.DATE) LocalDate heldOn, String participants,
            String resolution, Integer version) {}
}
