package cn.fazhi.identity.domain;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Username/password authentication shared by form login and the token API, with lockout and auditing. */
public class LockoutAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginAttempts attempts;

    public LockoutAuthenticationProvider(DaoAuthenticationProvider delegate, LoginAttempts attempts) {
        this.delegate = delegate;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String channel = authentication.getDetails() instanceof String s ? s : "web";
        try {
            Authentication result = delegate.authenticate(authentication);
            attempts.succeeded(username, channel);
            return result;
        } catch (LockedException e) {
            attempts.failed(username, channel, "locked");
            throw e;
        } catch (DisabledException e) {
            attempts.failed(username, channel, "disabled");
            throw e;
        } catch (BadCredentialsException e) {
            attempts.failed(username, channel, "bad-credentials");
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
