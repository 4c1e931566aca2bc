package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What callers send to {@link Coercions}, checked by Bean Validation with the coercion bundle's Chinese messages (all
 * errors at once); the facade and {@link CoercionRules} check what depends on stored state, the calendar and the law.
 */
public final class CoercionCommands {

    private CoercionCommands() {}

    /** A new case: a measure (its type) or an execution (its type and the amount owed, if money). */
    /** {@code partyPerson}: true for a natural person (ID number), false or absent for an organisation (USCC). */
    public record Register(@NotNull(message = "{enforcement.coercion.validation.kind}") CoercionKind kind,
            CoercionMeasureType measureType, CoercionExecutionType executionType, Long penaltyCaseId,
            Boolean partyPerson,
            @NotBlank(message = "{enforcement.coercion.validation.partyName}")
            @Size(max = 200, message = "{enforcement.coercion.validation.tooLong}") String partyName,
            @Size(max = 40, message = "{enforcement.coercion.validation.tooLong}") String partyIdentifier,
            @NotBlank(message = "{enforcement.coercion.validation.subject}")
            @Size(max = 1000, message = "{enforcement.coercion.validation.tooLong}") String subject,
            @NotBlank(message = "{enforcement.coercion.validation.reason}")
            @Size(max = 2000, message = "{enforcement.coercion.validation.tooLong}") String reason,
            @NotBlank(message = "{enforcement.coercion.validation.legalBasis}")
            @Size(max = 2000, message = "{enforcement.coercion.validation.tooLong}") String legalBasis,
            @DecimalMin(value = "0", message = "{enforcement.coercion.validation.amount}") BigDecimal principalAmount) {}

    /** The head's approval (Art. 18(一)) or ratification (Art. 19), dated (today when not given). */
    public record Approve(@DateTimeFormat(iso = ISO.DATE) LocalDate approvedOn, Integer version) {}

    /**
     * The measure as taken: its day (and time, needed in an emergency), the officers on it, and the checklist of
     * 行政强制法 Art. 18 (一)–(九); in an emergency (Art. 19) the reason and when the head was told.
     */
    public record Take(@NotNull(message = "{enforcement.coercion.validation.measureOn}")
            @DateTimeFormat(iso = ISO.DATE) LocalDate measureOn,
            @DateTimeFormat(iso = ISO.DATE_TIME) LocalDateTime measureAt,
            List<Long> officerIds, Boolean certificateShown, Boolean partyPresent, Boolean partyNotified,
            Boolean rightsTold, Boolean statementsHeard, Boolean siteRecord, Boolean signed, Boolean refusalNoted,
            @Size(max = 100, message = "{enforcement.coercion.validation.tooLong}") String witnessName,
            @Size(max = 1000, message = "{enforcement.coercion.validation.tooLong}") String emergencyReason,
            @DateTimeFormat(iso = ISO.DATE_TIME) LocalDateTime reportedAt, Integer version) {

        /** An unticked box (absent in a form or JSON) is false. */
        public Take {
            certificateShown = Boolean.TRUE.equals(certificateShown);
            partyPresent = Boolean.TRUE.equals(partyPresent);
            partyNotified = Boolean.TRUE.equals(partyNotified);
            rightsTold = Boolean.TRUE.equals(rightsTold);
            statementsHeard = Boolean.TRUE.equals(statementsHeard);
            siteRecord = Boolean.TRUE.equals(siteRecord);
            signed = Boolean.TRUE.equals(signed);
            refusalNoted = Boolean.TRUE.equals(refusalNoted);
        }
    }

    public record Reason(@NotBlank(message = "{enforcement.coercion.validation.reason}")
            @Size(max = 1000, message = "{enforcement.coercion.validation.tooLong}") String reason, Integer version) {}

    /** An extension (Art. 25(2), Art. 32) or excluded testing days (Art. 25(3)): days and the written reason. */
    public record Days(@NotNull(message = "{enforcement.coercion.validation.days}")
            @Min(value = 1, message = "{enforcement.coercion.validation.days}")
            @Max(value = 365, message = "{enforcement.coercion.validation.days}") Integer days,
            @NotBlank(message = "{enforcement.coercion.validation.reason}")
            @Size(max = 1000, message = "{enforcement.coercion.validation.tooLong}") String reason, Integer version) {}

    /** The day the decision (查封扣押决定书 / 冻结决定书) was delivered to the party (Arts. 24, 31). */
    public record Serve(@NotNull(message = "{enforcement.coercion.validation.servedOn}")
            @DateTimeFormat(iso = ISO.DATE) LocalDate servedOn, Integer version) {}

    public record Dispose(@NotNull(message = "{enforcement.coercion.validation.disposal}") CoercionDisposal disposal,
            @NotNull(message = "{enforcement.coercion.validation.disposedOn}")
            @DateTimeFormat(iso = ISO.DATE) LocalDate disposedOn, Integer version) {}

    /** The 催告书 (Arts. 35, 36): served on, the period to perform, the manner, the amount for money. */
    public record Demand(@NotNull(message = "{enforcement.coercion.validation.servedOn}")
            @DateTimeFormat(iso = ISO.DATE) LocalDate servedOn,
            @NotNull(message = "{enforcement.coercion.validation.deadline}")
            @DateTimeFormat(iso = ISO.DATE) LocalDate deadline,
            @NotBlank(message = "{enforcement.coercion.validation.manner}")
            @Size(max = 1000, message = "{enforcement.coercion.validation.tooLong}") String manner,
            @DecimalMin(value = "0", message = "{enforcement.coercion.validation.amount}") BigDecimal amount,
            Integer version) {}

    /** The 强制执行决定 (Art. 37) after the party's statements were heard and recorded (Art. 36). */
    public record Decide(@NotNull(message = "{enforcement.coercion.validation.decidedOn}")
            @DateTimeFormat(iso = ISO.DATE) LocalDate decidedOn,
            @NotBlank(message = "{enforcement.coercion.validation.decisionNumber}")
            @Size(max = 64, message = "{enforcement.coercion.validation.tooLong}") String decisionNumber,
            @NotBlank(message = "{enforcement.coercion.validation.statements}")
            @Size(max = 2000, message = "{enforcement.coercion.validation.tooLong}") String statements,
            Integer version) {}

    /** The execution itself: when, by whom, 加处罚款/滞纳金 (Art. 45), the emergency that allows night or holiday (Art. 43). */
    public record Execute(@NotNull(message = "{enforcement.coercion.validation.executedAt}")
            @DateTimeFormat(iso = ISO.DATE_TIME) LocalDateTime executedAt,
            List<Long> officerIds, Boolean certificateShown,
            @DecimalMin(value = "0", message = "{enforcement.coercion.validation.amount}") BigDecimal surchargeAmount,
            Boolean emergency,
            @Size(max = 1000, message = "{enforcement.coercion.validation.tooLong}") String emergencyReason,
            Integer version) {

        /** An unticked box (absent in a form or JSON) is false. */
        public Execute {
            certificateShown = Boolean.TRUE.equals(certificateShown);
            emergency = Boolean.TRUE.equals(emergency);
        }
    }

    /** Application to the people's court (Arts. 53, 54). */
    public record ApplyToCourt(@NotNull(message = "{enforcement.coercion.validation.appliedOn}")
            @DateTimeFormat(iso = ISO.DATE) LocalDate appliedOn,
            @NotNull(message = "{enforcement.coercion.validation.remedyEndsOn}")
            @DateTimeFormat(iso = ISO.DATE) LocalDate remedyEndsOn, Integer version) {}

    public record Close(@DateTimeFormat(iso = ISO.DATE) LocalDate closedOn, Integer version) {}

    /** One evidence item's description (the file comes separately). */
    public record Evidence(@NotNull(message = "{enforcement.coercion.validation.stage}") EvidenceStage stage,
            @NotNull(message = "{enforcement.coercion.validation.media}") EvidenceMedia media,
            @Size(max = 32, message = "{enforcement.coercion.validation.tooLong}") String act,
            @NotBlank(message = "{enforcement.coercion.validation.title}")
            @Size(max = 200, message = "{enforcement.coercion.validation.tooLong}") String title,
            @NotNull(message = "{enforcement.coercion.validation.recordedOn}")
            @DateTimeFormat(iso = ISO.DATE) LocalDate recordedOn) {}
}
