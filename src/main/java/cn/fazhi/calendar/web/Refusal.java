package cn.fazhi.calendar.web;

import cn.fazhi.platform.web.UserFacingException;

/** A refused input as a page shows it: the message key and its arguments. */
record Refusal(String messageKey, Object[] args) {

    static Refusal of(UserFacingException e) {
        return new Refusal(e.messageKey(), e.args());
    }
}
