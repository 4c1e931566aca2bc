package cn.fazhi.platform.web;

import org.springframework.http.HttpStatus;

/**
 * A refusal caused by what the user sent or asked for. Carries a message-bundle key so the answer reaches the user
 * in their language; the API turns it into an RFC 9457 problem body, pages into a form or error message. A sent value
 * among the arguments is cut ({@link Echoes}): no refusal repeats a long input whole.
 */
public class UserFacingException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] args;

    public UserFacingException(HttpStatus status, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = Echoes.cut(args);
    }

    public static UserFacingException badRequest(String messageKey, Object... args) {
        return new UserFacingException(HttpStatus.BAD_REQUEST, messageKey, args);
    }

    public static UserFacingException notFound(String messageKey, Object... args) {
        return new UserFacingException(HttpStatus.NOT_FOUND, messageKey, args);
    }

    public static UserFacingException conflict(String messageKey, Object... args) {
        return new UserFacingException(HttpStatus.CONFLICT, messageKey, args);
    }

    public static UserFacingException forbidden(String messageKey, Object... args) {
        return new UserFacingException(HttpStatus.FORBIDDEN, messageKey, args);
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
