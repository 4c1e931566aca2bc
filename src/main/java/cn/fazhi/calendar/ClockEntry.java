package cn.fazhi.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One recorded event of a legal clock.
 *
 * @param onDate the day of the suspension or resumption; for an extension, the day it was granted
 * @param amount the extension's length (null unless {@link Kind#EXTENDED})
 * @param unit the extension's unit (null unless {@link Kind#EXTENDED})
 */
public record ClockEntry(Kind kind, LocalDate onDate, Integer amount, PeriodUnit unit, String reason,
        OffsetDateTime recordedAt, String recordedBy) {

    public enum Kind {
        /** 中止: the period stops counting after this day. */
        SUSPENDED,
        /** 恢复: the period counts again from the day after this day. */
        RESUMED,
        /** 延长: the period is lengthened by amount × unit. */
        EXTENDED
    }
}
