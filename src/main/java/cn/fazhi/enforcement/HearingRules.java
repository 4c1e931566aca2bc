package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.PeriodUnit;

/**
 * 听证 (行政处罚法 Arts. 63–64, 85). Art. 63: the party has the right to a hearing for 较大数额罚款, 没收较大数额违法所得/
 * 较大价值非法财物, 降低资质等级/吊销许可证件, 责令停产停业/关闭/限制从业 and other heavier penalties — the amounts and the
 * kinds are settings ({@link PenaltyProperties}). Art. 64(一): the party asks within 五日 of the notice; (二) the agency
 * notifies the hearing 七日 before it; (四) the presider is not the investigator. Art. 85: 五日 and 七日 are working days.
 */
public final class HearingRules {

    /** Working days to ask for a hearing after the notice (Art. 64(一), Art. 85). */
    public static final int REQUEST_WORKING_DAYS = 5;
    /** Working days between the hearing notice and the hearing (Art. 64(二), Art. 85). */
    public static final int NOTICE_WORKING_DAYS = 7;

    private HearingRules() {}

    /** Whether the intended penalty gives the right to a hearing (Art. 63). */
    public static boolean triggered(Set<PenaltyKind> kinds, BigDecimal fine, BigDecimal confiscation,
            PenaltyPartyKind party, PenaltyProperties settings) {
        if (kinds.stream().anyMatch(settings.hearingKinds()::contains)) {
            return true;
        }
        BigDecimal threshold = settings.hearingFine(party);
        return (fine != null && fine.compareTo(threshold) >= 0)
                || (confiscation != null && confiscation.compareTo(threshold) >= 0);
    }

    /** The last day to ask for a hearing after a notice served on {@code notifiedOn}. */
    public static LocalDate requestDeadline(LegalCalendar calendar, LocalDate notifiedOn) {
        return calendar.deadline(notifiedOn, REQUEST_WORKING_DAYS, PeriodUnit.WORKING_DAYS).deadline();
    }

    /** The earliest day a hearing may be held after its notice on {@code noticedOn}. */
    public static LocalDate earliestHearing(LegalCalendar calendar, LocalDate noticedOn) {
        return calendar.deadline(noticedOn, NOTICE_WORKING_DAYS, PeriodUnit.WORKING_DAYS).deadline();
    }
}
