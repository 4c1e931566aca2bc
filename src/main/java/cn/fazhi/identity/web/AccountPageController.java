package cn.fazhi.identity.web;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.identity.ApiTokens;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.identity.IssuedToken;
import cn.fazhi.identity.Users;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.FazhiLocaleResolver;
import cn.fazhi.platform.web.Pages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A user's own account: profile, password, language, API tokens. */
@Controller
class AccountPageController {

    private final CurrentUsers currentUsers;
    private final Users users;
    private final Units units;
    private final ApiTokens tokens;
    private final UserAccounts accounts;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountPageController(CurrentUsers currentUsers, Users users, Units units, ApiTokens tokens, UserAccounts accounts) {
        this.currentUsers = currentUsers;
        this.users = users;
        this.units = units;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String account(Model model) {
        CurrentUser me = currentUsers.require();
        model.addAttribute("me", me);
        model.addAttribute("unit", units.find(me.unitId()).orElse(null));
        model.addAttribute("tokens", tokens.ofUser(me.id()));
        model.addAttribute("now", java.time.OffsetDateTime.now());
        return "identity/account";
    }

    @PostMapping("/account/tokens")
    String issue(@RequestParam(required = false) String label, RedirectAttributes redirect) {
        CurrentUser me = currentUsers.require();
        IssuedToken issued = tokens.issue(me.id(), me.username(), label);
        redirect.addFlashAttribute("issued", issued);
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id, currentUsers.require());
        redirect.addFlashAttribute("noticeKey", "identity.token.revoked");
        return "redirect:/account";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("me", currentUsers.require());
        return "identity/password";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(required = false) String current, @RequestParam(required = false) String password,
            @RequestParam(required = false) String confirm, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        CurrentUser me = currentUsers.require();
        model.addAttribute("me", me);
        return Pages.attempt(model, "identity/password", () -> {
            users.changeOwnPassword(me, current, password, confirm);
            refreshPrincipal(me.id(), request, response);
            redirect.addFlashAttribute("noticeKey", "identity.password.changed");
            return "redirect:/";
        });
    }

    @PostMapping("/account/locale")
    String locale(@RequestParam String lang, HttpServletRequest request) {
        users.setLocale(currentUsers.require(), lang);
        request.getSession().setAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME,
                FazhiLocaleResolver.supported(lang));
        return "redirect:" + localPath(request.getHeader("Referer"));
    }

    /** Only the path and query of the referring page, so the redirect never leaves this site. */
    static String localPath(String referer) {
        try {
            java.net.URI uri = java.net.URI.create(referer == null ? "/" : referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    /** Re-reads the signed-in user so the session reflects the change (e.g. the forced-change flag cleared). */
    private void refreshPrincipal(long userId, HttpServletRequest request, HttpServletResponse response) {
        accounts.loadDetails(userId).ifPresent(details -> {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
        });
    }
}
