package cn.fazhi.platform.web;

import org.springframework.http.HttpStatus;

/**
 * A request whose fields failed checks made outside Bean Validation, all at once: the API answers 400 with every
 * error in the problem body's {@code errors} array, as for an invalid request body.
 */
public class FormRejected extends UserFacingException {

    private final transient FormErrors errors;

    public FormRejected(FormErrors errors) {
        super(HttpStatus.BAD_REQUEST, "error.validation", "");
        this.errors = errors;
    }

    /** Throws when {@code errors} holds any. */
    public static void throwIfAny(FormErrors errors) {
        if (!errors.isEmpty()) {
            throw new FormRejected(errors);
        }
    }

    public FormErrors errors() {
        return errors;
    }
}
