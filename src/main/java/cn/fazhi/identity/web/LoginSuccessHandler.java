package cn.fazhi.identity.web;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

import cn.fazhi.identity.domain.FazhiUserDetails;
import cn.fazhi.platform.web.FazhiLocaleResolver;
import cn.fazhi.platform.web.LandingPage;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * After sign-in: the user's language for the session, the forced password change before anything else, and the
 * user's landing page (a {@link LandingPage} whose authority they hold) unless they were on their way elsewhere.
 */
final class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final List<LandingPage> landings;
    private final RequestCache requests = new HttpSessionRequestCache();

    LoginSuccessHandler(List<LandingPage> landings) {
        this.landings = landings.stream().sorted(Comparator.comparingInt(LandingPage::order)).toList();
        setRequestCache(requests);
    }

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
        if (requests.getRequest(request, response) == null) {
            Optional<LandingPage> landing = landings.stream().filter(l -> authentication.getAuthorities().stream()
                    .anyMatch(a -> l.authority().equals(a.getAuthority()))).findFirst();
            if (landing.isPresent()) {
                clearAuthenticationAttributes(request);
                getRedirectStrategy().sendRedirect(request, response, landing.get().path());
                return;
            }
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
