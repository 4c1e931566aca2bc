package cn.fazhi.reconsideration;

import java.time.LocalDate;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import cn.fazhi.platform.web.UserFacingException;

/** Checks of what a form or payload sent; each refusal is a 400 naming the field through the message bundle. */
final class Inputs {

    private Inputs() {}

    static Object field(String name) {
        return new DefaultMessageSourceResolvable(new String[] {"reconsideration.field." + name}, name);
    }

    static <T> T required(T value, String name) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw UserFacingException.badRequest("reconsideration.error.required", field(name));
        }
        return value;
    }

    static String text(String value, String name, int max) {
        required(value, name);
        return optional(value, name, max);
    }

    static String optional(String value, String name, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw UserFacingException.badRequest("reconsideration.error.tooLong", field(name), max);
        }
        return v;
    }

    static LocalDate notFuture(LocalDate value, String name, LocalDate today) {
        required(value, name);
        if (value.isAfter(today)) {
            throw UserFacingException.badRequest("reconsideration.error.future", field(name));
        }
        return cn.fazhi.platform.validation.BusinessDates.check(value, field(name), today);
    }
}
