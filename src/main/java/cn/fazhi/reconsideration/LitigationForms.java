package cn.fazhi.reconsideration;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import cn.fazhi.reconsideration.domain.AbsenceReason;
import cn.fazhi.reconsideration.domain.Appearance;
import cn.fazhi.reconsideration.domain.Instance;
import cn.fazhi.reconsideration.domain.LitigationOutcome;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The commands of a litigation case, as pages and the API send them; their constraints are checked by the facade,
 * every error at once (400 in Chinese, each naming its field).
 */
public final class LitigationForms {

    private LitigationForms() {}

    /**
     * A suit against a district agency, filed (立案) by the court on {@code filedOn} — the date the suit counts by in
     * every figure; the plaintiff's ID number (optional) is checked, stored encrypted and masked.
     */
    public record RegisterLitigation(@NotBlank(message = "{reconsideration.error.required}") @Size(max = 200, message = "{reconsideration.error.tooLong}") String court, @NotNull(message = "{reconsideration.error.required}") Instance instance,
            @Size(max = 100, message = "{reconsideration.error.tooLong}") String courtCaseNumber, @NotBlank(message = "{reconsideration.error.required}") @Size(max = 200, message = "{reconsideration.error.tooLong}") String plaintiffName,
            @Size(max = 40, message = "{reconsideration.error.tooLong}") String plaintiffIdNumber, @NotNull(message = "{reconsideration.error.required}") Long defendantUnitId, @NotBlank(message = "{reconsideration.error.required}") @Size(max = 1000, message = "{reconsideration.error.tooLong}") String subject,
            @NotNull(message = "{reconsideration.error.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate filedOn) {}

    /*
     * Every step carries {@code version}, the suit's version the caller saw: missing is a 400, stale a 409 that
     * changes nothing.
     */

    /** Who appeared for the agency at one hearing (行政诉讼法 Art. 3(3)). */
    public record RecordAppearance(@NotNull(message = "{reconsideration.error.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate hearingOn,
            Appearance appearance, @Size(max = 100, message = "{reconsideration.error.tooLong}") String headName, AbsenceReason absenceReason,
            @Size(max = 500, message = "{reconsideration.error.tooLong}") String absenceDetail, @Size(max = 200, message = "{reconsideration.error.tooLong}") String staffSent, Integer version) {}

    public record RecordOutcome(@NotNull(message = "{reconsideration.error.required}") LitigationOutcome outcome,
            @NotNull(message = "{reconsideration.error.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @Size(max = 2000, message = "{reconsideration.error.tooLong}") String summary, Integer version) {}

    /** The judgment became effective on {@code effectiveOn} and must be performed within {@code days} days. */
    public record RequirePerformance(@NotNull(message = "{reconsideration.error.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveOn,
            @NotNull(message = "{reconsideration.error.required}") @Min(value = 1, message = "{litigation.error.days}")
            @Max(value = 3650, message = "{litigation.error.days}") Integer days, Integer version) {}

    public record RecordPerformance(@NotNull(message = "{reconsideration.error.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate completedOn,
            Integer version) {}
}
