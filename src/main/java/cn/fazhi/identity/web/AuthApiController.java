package cn.fazhi.identity.web;

import java.time.OffsetDateTime;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.identity.ApiTokens;
import cn.fazhi.identity.IssuedToken;
import cn.fazhi.identity.domain.FazhiUserDetails;
import cn.fazhi.identity.domain.LoginThrottledException;
import cn.fazhi.platform.web.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/** Exchanges a username and password for a bearer token; the same lockout rules as form login apply. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "auth")
class AuthApiController {

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;

    AuthApiController(AuthenticationManager authentication, ApiTokens tokens) {
        this.authentication = authentication;
        this.tokens = tokens;
    }

    record TokenRequest(String username, String password, String label) {}

    record TokenResponse(String token, String tokenType, OffsetDateTime expiresAt) {}

    @PostMapping("/token")
    @Operation(summary = "Issue a bearer token", description = "Returns a token valid for fazhi.security.token-lifetime (8 h). "
            + "One 401 answer for an unknown user, a wrong password, a locked or a disabled account; 429 with Retry-After "
            + "when the client address failed too often (fazhi.security.login-throttle).")
    TokenResponse token(@RequestBody(required = false) TokenRequest request, HttpServletResponse response) {
        if (request == null || request.username() == null || request.username().isBlank() || request.password() == null
                || request.password().isEmpty()) {
            throw UserFacingException.badRequest("identity.token.credentialsRequired");
        }
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                request.username().trim(), request.password());
        attempt.setDetails("api");
        Authentication result;
        try {
            result = authentication.authenticate(attempt);
        } catch (LoginThrottledException e) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.waitSeconds()));
            throw new UserFacingException(HttpStatus.TOO_MANY_REQUESTS, "identity.login.throttled");
        } catch (AuthenticationException e) {
            // unknown user, wrong password, locked or disabled: one answer, so it tells nobody which usernames exist
            throw new UserFacingException(HttpStatus.UNAUTHORIZED, "identity.login.bad");
        }
        FazhiUserDetails details = (FazhiUserDetails) result.getPrincipal();
        if (details.user().mustChangePassword()) {
            throw UserFacingException.forbidden("identity.token.mustChangePassword");
        }
        IssuedToken issued = tokens.issue(details.user().id(), details.user().username(), request.label());
        return new TokenResponse(issued.token(), "Bearer", issued.expiresAt());
    }
}
