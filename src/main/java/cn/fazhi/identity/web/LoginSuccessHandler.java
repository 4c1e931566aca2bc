package cn.fazhi.identity.web;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import cn.fazhi.identity.domain.FazhiUserDetails;
import cn.fazhi.platform.web.FazhiLocaleResolver;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** After sign-in: the user's language for the session, and the forced password change before anything else. */
final class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof FazhiUserDetails details) {
            request.getSession().setAttribute(
                    org.springframework.web.servlet.i18n.SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME,
                    FazhiLocaleResolver.supported(details.user().locale()));
            if (details.user().mustChangePassword()) {
                getRedirectStrategy().sendRedirect(request, response, "/account/password");
                return;
            }
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
