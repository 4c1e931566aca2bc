package cn.fazhi.identity.web;

import java.time.OffsetDateTime;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.identity.ApiTokens;
import cn.fazhi.identity.IssuedToken;
import cn.fazhi.identity.domain.FazhiUserDetails;
import cn.fazhi.platform.web.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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
    @Operation(summary = "Issue a bearer token", description = "Returns a token valid for fazhi.security.token-lifetime (8 h).")
    TokenResponse token(@RequestBody(required = false) TokenRequest request) {
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
        } catch (LockedException e) {
            throw new UserFacingException(HttpStatus.UNAUTHORIZED, "identity.login.locked");
        } catch (DisabledException e) {
            throw new UserFacingException(HttpStatus.UNAUTHORIZED, "identity.login.disabled");
        } catch (BadCredentialsException e) {
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
