package cn.fazhi.legality;

import java.math.BigDecimal;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import cn.fazhi.platform.web.UserFacingException;

/** Checks on free text and amounts shared by the module's facades; refusals name the field in the user's language. */
final class Text {

    private Text() {}

    /** A message key as an argument the message source resolves in the caller's language. */
    static MessageSourceResolvable label(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }

    static String required(String value, int max, String fieldKey) {
        if (value == null || value.isBlank()) {
            throw UserFacingException.badRequest("legality.error.required", label(fieldKey));
        }
        return optional(value, max, fieldKey);
    }

    static String optional(String value, int max, String fieldKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw UserFacingException.badRequest("legality.error.tooLong", label(fieldKey), max);
        }
        return v;
    }

    /** An amount in yuan: present, not negative, at most two decimals and 16 integer digits. */
    static BigDecimal amount(BigDecimal amount) {
        if (amount == null) {
            throw UserFacingException.badRequest("legality.error.required", label("legality.field.amount"));
        }
        if (amount.signum() < 0) {
            throw UserFacingException.badRequest("legality.error.amountNegative");
        }
        return cn.fazhi.platform.validation.NumericColumn.MONEY.check(amount, "legality.field.amount");
    }
}
