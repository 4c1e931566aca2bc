package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What callers send to {@link EnforcementCases}, checked by Bean Validation with the part's Chinese messages (all
 * errors at once); the facade and the aggregate check again what depends on stored state. Every step carries the
 * case's {@code version} as read.
 */
public final class PenaltyCommands {

    private PenaltyCommands() {}

    /** 立案. */
    public record Register(@NotNull(message = "{enforcement.cases.validation.partyKind}") PenaltyPartyKind partyKind,
            @NotBlank(message = "{enforcement.cases.validation.partyName}")
            @Size(max = 200, message = "{enforcement.cases.validation.tooLong}") String partyName,
            @Size(max = 40, message = "{enforcement.cases.validation.tooLong}") String partyIdentifier,
            @Size(max = 20, message = "{enforcement.cases.validation.tooLong}") String partyPhone,
            @NotBlank(message = "{enforcement.cases.validation.violationCode}")
            @Size(max = 64, message = "{enforcement.cases.validation.tooLong}") String violationCode,
            @NotBlank(message = "{enforcement.cases.validation.violationName}")
            @Size(max = 300, message = "{enforcement.cases.validation.tooLong}") String violationName,
            @NotBlank(message = "{enforcement.cases.validation.summary}")
            @Size(max = 4000, message = "{enforcement.cases.validation.tooLong}") String summary,
            @NotNull(message = "{enforcement.cases.validation.actOn}") @DateTimeFormat(iso = ISO.DATE) LocalDate actOn,
            @DateTimeFormat(iso = ISO.DATE) LocalDate actEndedOn,
            @NotNull(message = "{enforcement.cases.validation.discoveredOn}") @DateTimeFormat(iso = ISO.DATE) LocalDate discoveredOn,
            Boolean graveHarm, @DateTimeFormat(iso = ISO.DATE) LocalDate filedOn, Long bodyId, Boolean major,
            Boolean complex) {

        public boolean harm() {
            return Boolean.TRUE.equals(graveHarm);
        }

        public boolean isMajor() {
            return Boolean.TRUE.equals(major);
        }

        public boolean isComplex() {
            return Boolean.TRUE.equals(complex);
        }
    }

    /** 调查取证/检查 with ≥ 2 officers, each certified on the day; 出示证件 must be recorded (Art. 55). */
    public record Act(@NotNull(message = "{enforcement.cases.validation.actKind}") PenaltyActKind actKind,
            @NotNull(message = "{enforcement.cases.validation.actOn}") @DateTimeFormat(iso = ISO.DATE) LocalDate actOn,
            @NotEmpty(message = "{enforcement.cases.validation.officers}") List<Long> officerIds,
            Boolean certificatesShown,
            @NotBlank(message = "{enforcement.cases.validation.notes}")
            @Size(max = 4000, message = "{enforcement.cases.validation.tooLong}") String notes, Integer version) {}

    public record Extend(@NotNull(message = "{enforcement.cases.validation.newDueOn}") @DateTimeFormat(iso = ISO.DATE) LocalDate newDueOn,
            @NotBlank(message = "{enforcement.cases.validation.reason}")
            @Size(max = 2000, message = "{enforcement.cases.validation.tooLong}") String reason, Integer version) {}

    /** 告知 (Arts. 44, 45, 62). */
    public record Notify(@DateTimeFormat(iso = ISO.DATE) LocalDate notifiedOn,
            @NotEmpty(message = "{enforcement.cases.validation.kinds}") Set<PenaltyKind> kinds,
            @DecimalMin(value = "0", message = "{enforcement.cases.validation.amount}") BigDecimal fine,
            @NotBlank(message = "{enforcement.cases.validation.facts}")
            @Size(max = 4000, message = "{enforcement.cases.validation.tooLong}") String facts,
            @NotBlank(message = "{enforcement.cases.validation.reasons}")
            @Size(max = 2000, message = "{enforcement.cases.validation.tooLong}") String reasons,
            @NotBlank(message = "{enforcement.cases.validation.basis}")
            @Size(max = 2000, message = "{enforcement.cases.validation.tooLong}") String basis,
            @NotBlank(message = "{enforcement.cases.validation.rights}")
            @Size(max = 2000, message = "{enforcement.cases.validation.tooLong}") String rights, Integer version) {}

    public record Statement(@DateTimeFormat(iso = ISO.DATE) LocalDate statementOn,
            @NotBlank(message = "{enforcement.cases.validation.statement}")
            @Size(max = 4000, message = "{enforcement.cases.validation.tooLong}") String text, Boolean waivesHearing,
            Integer version) {}

    public record HearingRequest(@DateTimeFormat(iso = ISO.DATE) LocalDate requestedOn, Integer version) {}

    public record HearingNotice(@DateTimeFormat(iso = ISO.DATE) LocalDate noticedOn,
            @NotNull(message = "{enforcement.cases.validation.hearingOn}") @DateTimeFormat(iso = ISO.DATE) LocalDate hearingOn,
            @NotNull(message = "{enforcement.cases.validation.presider}") Long presiderOfficerId, Integer version) {}

    public record HearingHeld(@NotBlank(message = "{enforcement.cases.validation.hearingRecord}")
            @Size(max = 4000, message = "{enforcement.cases.validation.tooLong}") String record, Integer version) {}

    public record Step(Integer version) {}

    /** 法制审核 opinion. */
    public record Review(@NotNull(message = "{enforcement.cases.validation.outcome}") PenaltyReviewOutcome outcome,
            @NotBlank(message = "{enforcement.cases.validation.opinion}")
            @Size(max = 4000, message = "{enforcement.cases.validation.tooLong}") String opinion, Integer version) {}

    /** 集体讨论 (Art. 57(2)). */
    public record Discussion(@NotNull(message = "{enforcement.cases.validation.discussedOn}") @DateTimeFormat(iso = ISO.DATE) LocalDate discussedOn,
            @NotBlank(message = "{enforcement.cases.validation.attendees}")
            @Size(max = 1000, message = "{enforcement.cases.validation.tooLong}") String attendees,
            @NotBlank(message = "{enforcement.cases.validation.conclusion}")
            @Size(max = 2000, message = "{enforcement.cases.validation.tooLong}") String conclusion, Integer version) {}

    /** The unit head's approval of a fine outside the benchmark level (27号 五(十二)). */
    public record Deviation(@NotNull(message = "{enforcement.cases.validation.amount}")
            @DecimalMin(value = "0", message = "{enforcement.cases.validation.amount}") BigDecimal fine,
            @NotBlank(message = "{enforcement.cases.validation.reason}")
            @Size(max = 2000, message = "{enforcement.cases.validation.tooLong}") String reason, Integer version) {}

    /** The decision, stating the benchmark level applied. */
    public record Decide(@NotEmpty(message = "{enforcement.cases.validation.kinds}") Set<PenaltyKind> kinds,
            @DecimalMin(value = "0", message = "{enforcement.cases.validation.amount}") BigDecimal fine,
            @DecimalMin(value = "0", message = "{enforcement.cases.validation.amount}") BigDecimal confiscation,
            @NotBlank(message = "{enforcement.cases.validation.decisionText}")
            @Size(max = 4000, message = "{enforcement.cases.validation.tooLong}") String text, Long benchmarkLevelId,
            @DateTimeFormat(iso = ISO.DATE) LocalDate decidedOn, Integer version) {}

    public record Serve(@DateTimeFormat(iso = ISO.DATE) LocalDate servedOn,
            @NotNull(message = "{enforcement.cases.validation.method}") PenaltyServiceMethod method, Boolean partyAbsent,
            Integer version) {}

    public record Pay(@DateTimeFormat(iso = ISO.DATE) LocalDate paidOn, Integer version) {}

    public record Annul(@NotNull(message = "{enforcement.cases.validation.ground}") PenaltyAnnulGround ground,
            @NotBlank(message = "{enforcement.cases.validation.reason}")
            @Size(max = 2000, message = "{enforcement.cases.validation.tooLong}") String reason, Integer version) {}

    /** 当场处罚 (Arts. 51, 52): a warning or a small fine, certificates shown, the numbered decision handed over. */
    public record OnTheSpot(@NotNull(message = "{enforcement.cases.validation.partyKind}") PenaltyPartyKind partyKind,
            @NotBlank(message = "{enforcement.cases.validation.partyName}")
            @Size(max = 200, message = "{enforcement.cases.validation.tooLong}") String partyName,
            @Size(max = 40, message = "{enforcement.cases.validation.tooLong}") String partyIdentifier,
            @NotBlank(message = "{enforcement.cases.validation.violationCode}")
            @Size(max = 64, message = "{enforcement.cases.validation.tooLong}") String violationCode,
            @NotBlank(message = "{enforcement.cases.validation.violationName}")
            @Size(max = 300, message = "{enforcement.cases.validation.tooLong}") String violationName,
            @NotBlank(message = "{enforcement.cases.validation.summary}")
            @Size(max = 4000, message = "{enforcement.cases.validation.tooLong}") String summary,
            @NotEmpty(message = "{enforcement.cases.validation.kinds}") Set<PenaltyKind> kinds,
            @DecimalMin(value = "0", message = "{enforcement.cases.validation.amount}") BigDecimal fine,
            @NotEmpty(message = "{enforcement.cases.validation.officers}") List<Long> officerIds,
            Boolean certificatesShown, Long benchmarkLevelId) {}

    /** A 重大执法决定目录 entry. */
    public record CatalogueEntry(@NotNull(message = "{enforcement.cases.validation.ruleKind}") MajorCatalogueRule rule,
            @Size(max = 64, message = "{enforcement.cases.validation.tooLong}") String violationCode,
            @DecimalMin(value = "0", message = "{enforcement.cases.validation.amount}") BigDecimal minFine,
            PenaltyKind penaltyKind,
            @NotBlank(message = "{enforcement.cases.validation.description}")
            @Size(max = 500, message = "{enforcement.cases.validation.tooLong}") String description, Long unitId) {}

    /** List filters. */
    public record Query(PenaltyStatus status, String keyword, Integer year, Long unitId) {}
}
