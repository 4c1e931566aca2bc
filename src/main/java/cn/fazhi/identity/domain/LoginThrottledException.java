package cn.fazhi.identity.domain;

import org.springframework.security.core.AuthenticationException;

/** A login refused because its client address failed too often ({@link LoginThrottle}); nothing was checked. */
public class LoginThrottledException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final long waitSeconds;

    public LoginThrottledException(long waitSeconds) {
        super("too many failed logins from this address");
        this.waitSeconds = waitSeconds;
    }

    public long waitSeconds() {
        return waitSeconds;
    }
}
