package cn.fazhi.reconsideration;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import cn.fazhi.reconsideration.domain.AbsenceReason;
import cn.fazhi.reconsideration.domain.Appearance;
import cn.fazhi.reconsideration.domain.Instance;
import cn.fazhi.reconsideration.domain.LitigationOutcome;

/** The commands of a litigation case, as pages and the API send them. */
public final class LitigationForms {

    private LitigationForms() {}

    /**
     * A suit against a district agency, filed (立案) by the court on {@code filedOn} — the date the suit counts by in
     * every figure; the plaintiff's ID number (optional) is checked, stored encrypted and masked.
     */
    public record RegisterLitigation(String court, Instance instance, String courtCaseNumber, String plaintiffName,
            String plaintiffIdNumber, Long defendantUnitId, String subject,
            @DateTimeFormat(iso = ISO.DATE) LocalDate filedOn) {}

    /*
     * Every step carries {@code version}, the suit's version the caller saw: missing is a 400, stale a 409 that
     * changes nothing.
     */

    /** Who appeared for the agency at one hearing (行政诉讼法 Art. 3(3)). */
    public record RecordAppearance(@DateTimeFormat(iso = ISO.DATE) LocalDate hearingOn, Appearance appearance,
            String headName, AbsenceReason absenceReason, String absenceDetail, String staffSent, Integer version) {}

    public record RecordOutcome(LitigationOutcome outcome, @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            String summary, Integer version) {}

    /** The judgment became effective on {@code effectiveOn} and must be performed within {@code days} days. */
    public record RequirePerformance(@DateTimeFormat(iso = ISO.DATE) LocalDate effectiveOn, Integer days,
            Integer version) {}

    public record RecordPerformance(@DateTimeFormat(iso = ISO.DATE) LocalDate completedOn, Integer version) {}
}
