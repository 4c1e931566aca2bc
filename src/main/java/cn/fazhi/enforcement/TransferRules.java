package cn.fazhi.enforcement;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The deadlines of 两法衔接, 《行政执法机关移送涉嫌犯罪案件的规定》(国务院令第310号, rev. 2020): the head decides on the
 * written report within 3日 (Art. 5), an approved case is transferred within 24小时 (Art. 5) with the five materials of
 * Art. 6, the police decide whether to 立案 within 3日 of receipt (Art. 8), and the agency may ask for reconsideration
 * within 3日 of receiving a refusal (Art. 9) — a later request is refused. The rule does not define 日 (LEGAL-RULES-2
 * §3.1): natural days by default, {@link PublicationProperties#transferDayUnit()} may make them working days; the
 * numbers are settings too.
 */
public final class TransferRules {

    private TransferRules() {}

    public static LocalDate headDue(LocalDate reportedOn, PublicationProperties s, LegalCalendar calendar) {
        return calendar.deadline(reportedOn, s.transferHeadDays(), s.transferDayUnit()).deadline();
    }

    public static OffsetDateTime transferDue(OffsetDateTime approvedAt, PublicationProperties s) {
        return approvedAt.plus(Duration.ofHours(s.transferHours()));
    }

    public static LocalDate policeDue(LocalDate receivedOn, PublicationProperties s, LegalCalendar calendar) {
        return calendar.deadline(receivedOn, s.transferPoliceDays(), s.transferDayUnit()).deadline();
    }

    public static LocalDate reconsiderDue(LocalDate refusalReceivedOn, PublicationProperties s, LegalCalendar calendar) {
        return calendar.deadline(refusalReceivedOn, s.transferReconsiderDays(), s.transferDayUnit()).deadline();
    }

    /** Refuses a transfer without all five materials of Art. 6, naming what is missing. */
    public static void requireAttachments(Set<TransferAttachment> given) {
        Set<TransferAttachment> missing = EnumSet.allOf(TransferAttachment.class);
        if (given != null) {
            missing.removeAll(given);
        }
        if (!missing.isEmpty()) {
            throw UserFacingException.badRequest("enforcement.transfer.attachmentsMissing", missing.size());
        }
    }

    /** Refuses a reconsideration request after its 3 days (Art. 9). */
    public static void requireInTime(LocalDate requestedOn, LocalDate due) {
        if (requestedOn.isAfter(due)) {
            throw UserFacingException.badRequest("enforcement.transfer.reconsiderLate", due);
        }
    }
}
