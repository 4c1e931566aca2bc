package cn.fazhi.calendar.web;

import cn.fazhi.calendar.Deadline;
import cn.fazhi.platform.web.UserFacingException;

/** What the deadline calculator shows: a deadline, or why the input was refused. */
record CalculatorResult(Deadline deadline, Refusal refusal) {

    static CalculatorResult of(Deadline deadline) {
        return new CalculatorResult(deadline, null);
    }

    static CalculatorResult refused(UserFacingException e) {
        return new CalculatorResult(null, Refusal.of(e));
    }
}
