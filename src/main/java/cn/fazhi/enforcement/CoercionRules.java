package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.springframework.stereotype.Component;

import cn.fazhi.calendar.DayInfo;
import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The rules of 行政强制法 a coercion case obeys, each in one method citing its article. Day types follow Art. 69:
 * periods of ten days or less are working days, longer ones (30 days, 3 months) natural days, counted with the legal
 * calendar (start day not counted, a last day that is a rest day moves to the next working day).
 */
@Component
public class CoercionRules {

    /** 查封、扣押 (Art. 25) and 冻结 (Art. 32): at most 30 days. */
    public static final int PERIOD_DAYS = 30;
    /** … extended once by at most 30 days with the head's approval (Arts. 25, 32). */
    public static final int MAX_EXTENSION_DAYS = 30;
    /** An emergency measure is reported to the head within 24 hours (Art. 19). */
    public static final Duration EMERGENCY_REPORT = Duration.ofHours(24);
    /** 冻结决定书 is delivered within 3 days (Art. 31) — working days (Art. 69). */
    public static final int FREEZE_DECISION_WORKING_DAYS = 3;
    /** 代履行: the party is urged (催告) 3 days before (Art. 51(二)) — working days (Art. 69). */
    public static final int SUBSTITUTE_NOTICE_WORKING_DAYS = 3;
    /** Application to the court: not before 10 days after the 催告书 was served (Art. 54) — working days (Art. 69). */
    public static final int COURT_AFTER_DEMAND_WORKING_DAYS = 10;
    /** … and within 3 months after the period for reconsideration or suit ended (Art. 53). */
    public static final int COURT_WITHIN_MONTHS = 3;

    private final LegalCalendar calendar;
    private final CoercionProperties settings;

    CoercionRules(LegalCalendar calendar, CoercionProperties settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    /**
     * The last day of a measure taken on {@code measureOn}: 30 natural days (Arts. 25, 32), plus an approved extension
     * (≤ 30) and the days of 检测/检验/检疫/技术鉴定 that Art. 25(3) leaves out of the period.
     */
    public LocalDate expiry(LocalDate measureOn, int extensionDays, int excludedDays) {
        return calendar.deadline(measureOn, PERIOD_DAYS + extensionDays + excludedDays, PeriodUnit.DAYS).deadline();
    }

    /** Art. 25(2) / Art. 32: one extension of at most 30 days, approved, with its reason; refused otherwise. */
    public static void checkExtension(int alreadyExtended, Integer days) {
        if (alreadyExtended > 0) {
            throw UserFacingException.conflict("enforcement.coercion.error.extendedAlready");
        }
        if (days == null || days < 1 || days > MAX_EXTENSION_DAYS) {
            throw UserFacingException.badRequest("enforcement.coercion.error.extensionDays", MAX_EXTENSION_DAYS);
        }
    }

    /** The day by which the 冻结决定书 must be delivered (Art. 31: 3 working days). */
    public LocalDate freezeDecisionDue(LocalDate measureOn) {
        return calendar.deadline(measureOn, FREEZE_DECISION_WORKING_DAYS, PeriodUnit.WORKING_DAYS).deadline();
    }

    /**
     * Art. 19: an emergency measure taken without prior approval is reported to the head within 24 hours; a later
     * report is refused (the measure must then be released).
     */
    public static void checkEmergencyReport(LocalDateTime measureAt, LocalDateTime reportedAt) {
        if (measureAt == null || reportedAt == null) {
            throw UserFacingException.badRequest("enforcement.coercion.error.emergencyTimes");
        }
        if (reportedAt.isBefore(measureAt) || Duration.between(measureAt, reportedAt).compareTo(EMERGENCY_REPORT) > 0) {
            throw UserFacingException.badRequest("enforcement.coercion.error.emergencyLate");
        }
    }

    /** Whether {@code at} lies in the night of Art. 43 (setting: 22:00–06:00 by default). */
    public boolean atNight(LocalDateTime at) {
        LocalTime t = at.toLocalTime();
        LocalTime start = settings.nightStart();
        LocalTime end = settings.nightEnd();
        return start.isAfter(end) ? !t.isBefore(start) || t.isBefore(end) : !t.isBefore(start) && t.isBefore(end);
    }

    /** Whether {@code day} is a 法定节假日 for Art. 43: a listed holiday, or (setting) a weekend not made a working day. */
    public boolean restDay(LocalDate day) {
        DayInfo info = calendar.day(day);
        if (info.holiday() != null) {
            return true;
        }
        return settings.weekendsAreRestDays() && !info.workingDay();
    }

    /** At night or on a rest day (Art. 43). */
    public boolean offHours(LocalDateTime at) {
        return atNight(at) || restDay(at.toLocalDate());
    }

    /**
     * Art. 43: "行政机关不得在夜间或者法定节假日实施行政强制执行。但是，情况紧急的除外。" Refused unless the emergency flag is
     * set with its reason.
     */
    public void checkExecutionTime(LocalDateTime at, boolean emergency, String emergencyReason) {
        if (offHours(at) && !(emergency && emergencyReason != null && !emergencyReason.isBlank())) {
            throw UserFacingException.badRequest("enforcement.coercion.error.nightOrHoliday");
        }
    }

    /** Art. 45(2): "加处罚款或者滞纳金的数额不得超出金钱给付义务的数额". */
    public static void checkSurcharge(BigDecimal principal, BigDecimal surcharge) {
        if (surcharge == null) {
            return;
        }
        if (surcharge.signum() < 0) {
            throw UserFacingException.badRequest("enforcement.coercion.error.surchargeNegative");
        }
        if (principal == null || surcharge.compareTo(principal) > 0) {
            throw UserFacingException.badRequest("enforcement.coercion.error.surchargeCap", principal == null ? "—"
                    : principal.toPlainString());
        }
    }

    /** Art. 51(二): 代履行 only when the 催告 was served at least 3 working days before. */
    public void checkSubstituteNotice(LocalDate demandServedOn, LocalDate executedOn) {
        LocalDate earliest = calendar.deadline(demandServedOn, SUBSTITUTE_NOTICE_WORKING_DAYS, PeriodUnit.WORKING_DAYS)
                .deadline();
        if (executedOn.isBefore(earliest)) {
            throw UserFacingException.badRequest("enforcement.coercion.error.substituteNotice", earliest);
        }
    }

    /** The first day an application to the court may be made: after the 10th working day from service (Art. 54). */
    public LocalDate courtEarliest(LocalDate demandServedOn) {
        return calendar.deadline(demandServedOn, COURT_AFTER_DEMAND_WORKING_DAYS, PeriodUnit.WORKING_DAYS).deadline()
                .plusDays(1);
    }

    /** The last day for the application: 3 months after the remedy period ended (Art. 53). */
    public LocalDate courtLatest(LocalDate remedyEndsOn) {
        return calendar.deadline(remedyEndsOn, COURT_WITHIN_MONTHS, PeriodUnit.MONTHS).deadline();
    }

    /** Arts. 53, 54: the application lies inside its window, else refused with the window's dates. */
    public void checkCourtApplication(LocalDate demandServedOn, LocalDate remedyEndsOn, LocalDate appliedOn) {
        LocalDate earliest = courtEarliest(demandServedOn);
        if (appliedOn.isBefore(earliest)) {
            throw UserFacingException.badRequest("enforcement.coercion.error.courtEarly", earliest);
        }
        if (remedyEndsOn == null) {
            throw UserFacingException.badRequest("enforcement.coercion.error.remedyEndsRequired");
        }
        if (!appliedOn.isAfter(remedyEndsOn)) {
            throw UserFacingException.badRequest("enforcement.coercion.error.courtBeforeRemedy", remedyEndsOn);
        }
        LocalDate latest = courtLatest(remedyEndsOn);
        if (appliedOn.isAfter(latest)) {
            throw UserFacingException.badRequest("enforcement.coercion.error.courtLate", latest);
        }
    }

    /**
     * The checklist of 行政强制法 Art. 18 for every coercive measure, items (三)–(九): certificates shown, the party
     * notified to attend, reasons/basis/rights told, statements heard, the 现场笔录 made, signed by the party (or the
     * refusal noted), a 见证人 when the party is absent. (一) approval and (二) two certified officers are checked by the
     * step itself. Refused with the first missing item.
     */
    public static void checkArticle18(CoercionCommands.Take t) {
        if (!t.certificateShown()) {
            throw UserFacingException.badRequest("enforcement.coercion.checklist.certificateShown");
        }
        if (!t.partyNotified()) {
            throw UserFacingException.badRequest("enforcement.coercion.checklist.partyNotified");
        }
        if (!t.rightsTold()) {
            throw UserFacingException.badRequest("enforcement.coercion.checklist.rightsTold");
        }
        if (!t.statementsHeard()) {
            throw UserFacingException.badRequest("enforcement.coercion.checklist.statementsHeard");
        }
        if (!t.siteRecord()) {
            throw UserFacingException.badRequest("enforcement.coercion.checklist.siteRecord");
        }
        if (t.partyPresent() && !t.signed() && !t.refusalNoted()) {
            throw UserFacingException.badRequest("enforcement.coercion.checklist.signed");
        }
        if (!t.partyPresent() && (t.witnessName() == null || t.witnessName().isBlank())) {
            throw UserFacingException.badRequest("enforcement.coercion.checklist.witness");
        }
    }
}
