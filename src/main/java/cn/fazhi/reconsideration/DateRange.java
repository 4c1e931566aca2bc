package cn.fazhi.reconsideration;

import java.time.LocalDate;

import cn.fazhi.platform.web.UserFacingException;

/** A period of days, both ends included. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        if (from == null || to == null) {
            throw UserFacingException.badRequest("reconsideration.error.period");
        }
        if (to.isBefore(from)) {
            throw UserFacingException.badRequest("reconsideration.error.period");
        }
    }
}
