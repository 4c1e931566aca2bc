package cn.fazhi.identity.domain;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import cn.fazhi.platform.web.ClientAddress;

/**
 * Username/password authentication shared by form login and the token API: the client address is throttled first
 * ({@link LoginThrottle}), then the account lockout and auditing ({@link LoginAttempts}). The callers answer every
 * failure — unknown user, wrong password, locked, disabled — with one message, so the answer tells nobody which
 * usernames exist.
 */
public class LockoutAuthenticationProvider implements AuthenticationProvider {

    /** The longest username an account can have (app_user.username); anything longer is unknown at once. */
    static final int MAX_USERNAME = 64;

    private final DaoAuthenticationProvider delegate;
    private final LoginAttempts attempts;
    private final LoginThrottle throttle;

    public LockoutAuthenticationProvider(DaoAuthenticationProvider delegate, LoginAttempts attempts, LoginThrottle throttle) {
        this.delegate = delegate;
        this.attempts = attempts;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String channel = authentication.getDetails() instanceof String s ? s : "web";
        String address = ClientAddress.current();
        long wait = throttle.waitSeconds(address);
        if (wait > 0) {
            attempts.failed(null, channel, "throttled");
            throw new LoginThrottledException(wait);
        }
        try {
            if (username == null || username.isBlank() || username.length() > MAX_USERNAME) {
                throw new BadCredentialsException("no such user");
            }
            Authentication result = delegate.authenticate(authentication);
            attempts.succeeded(username, channel);
            return result;
        } catch (LockedException e) {
            fail(address, username, channel, "locked");
            throw e;
        } catch (DisabledException e) {
            fail(address, username, channel, "disabled");
            throw e;
        } catch (BadCredentialsException e) {
            fail(address, username, channel, "bad-credentials");
            throw e;
        }
    }

    private void fail(String address, String username, String channel, String reason) {
        throttle.failed(address);
        attempts.failed(username == null || username.length() > MAX_USERNAME ? null : username, channel, reason);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
