package cn.fazhi.enterprises.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.enterprises.DeskSessions;
import cn.fazhi.enterprises.EnterpriseView;
import cn.fazhi.enterprises.PolicyApplicationView;
import cn.fazhi.enterprises.PolicyApplications;
import cn.fazhi.enterprises.PolicyCommands;
import cn.fazhi.enterprises.PolicyMatch;
import cn.fazhi.enterprises.PolicyMatcher;
import cn.fazhi.enterprises.PolicyView;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The portal's 惠企政策 (phone-first): anyone sees the policies in force and can search them; the enterprise verified
 * through its desk code in this session sees for each policy whether it qualifies and why, the ones it qualifies for
 * first, applies for a policy open for applications, and follows its own applications (a returned one it resubmits).
 */
@Controller
class PolicyPortalController {

    private final PolicyMatcher matcher;
    private final PolicyApplications applications;
    private final DeskSessions sessions;

    PolicyPortalController(PolicyMatcher matcher, PolicyApplications applications, DeskSessions sessions) {
        this.matcher = matcher;
        this.applications = applications;
        this.sessions = sessions;
    }

    @GetMapping("/public/enterprises/policies")
    String list(@RequestParam(name = "q", required = false) String q, HttpSession session, Model model) {
        Optional<EnterpriseView> e = sessions.current(session);
        Locale locale = LocaleContextHolder.getLocale();
        var today = matcher.today();
        String kw = q == null ? "" : q.strip();
        if (e.isPresent()) {
            model.addAttribute("matches", matcher.matchAll(e.get(), today, locale).stream()
                    .filter(m -> hit(m.policy(), kw)).toList());
        } else {
            model.addAttribute("policies", matcher.inForce(today).stream().filter(p -> hit(p, kw)).toList());
        }
        model.addAttribute("enterprise", e.orElse(null));
        model.addAttribute("q", kw);
        return "enterprises/policies/portal-list";
    }

    private static boolean hit(PolicyView p, String kw) {
        return kw.isEmpty() || p.title().contains(kw) || p.summary().contains(kw) || p.issuerName().contains(kw)
                || (p.docNumber() != null && p.docNumber().contains(kw)) || p.benefit().contains(kw);
    }

    @GetMapping("/public/enterprises/policies/{id}")
    String one(@PathVariable long id, HttpSession session, Model model) {
        var today = matcher.today();
        PolicyView p = matcher.inForce(id, today).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        Optional<EnterpriseView> e = sessions.current(session);
        model.addAttribute("p", p);
        model.addAttribute("open", p.openOn(today));
        model.addAttribute("enterprise", e.orElse(null));
        model.addAttribute("match", e.map(x -> matcher.match(x, p, today, LocaleContextHolder.getLocale())).orElse(null));
        return "enterprises/policies/portal-policy";
    }

    @GetMapping("/public/enterprises/policy-applications")
    String mine(@RequestParam(name = "policyId", required = false) Long policyId, HttpSession session, Model model) {
        EnterpriseView e = sessions.require(session);
        return mine(e, policyId, null, model);
    }

    private String mine(EnterpriseView e, Long policyId, PolicyCommands.Apply form, Model model) {
        var today = matcher.today();
        PolicyView p = policyId == null ? null : matcher.inForce(policyId, today).orElse(null);
        model.addAttribute("enterprise", e);
        model.addAttribute("applications", applications.ofEnterprise(e.id()));
        model.addAttribute("policy", p);
        model.addAttribute("open", p != null && p.openOn(today));
        model.addAttribute("match", p == null ? null : matcher.match(e, p, today, LocaleContextHolder.getLocale()));
        model.addAttribute("form", form);
        return "enterprises/policies/portal-applications";
    }

    @PostMapping("/public/enterprises/policy-applications")
    String apply(@ModelAttribute("form") PolicyCommands.Apply form, BindingResult errors, HttpSession session,
            Model model, RedirectAttributes redirect) {
        EnterpriseView e = sessions.require(session);
        if (Pages.invalid(model, errors)) {
            return mine(e, form.policyId(), null, model);
        }
        PolicyCommands.Apply own = new PolicyCommands.Apply(form.policyId(), null, form.benefitRequested(),
                form.amountRequested(), form.statement(), form.materials());
        try {
            PolicyApplicationView a = applications.submitFromPortal(e, own);
            redirect.addFlashAttribute("submitted", a.caseNumber());
            return "redirect:/public/enterprises/policy-applications/" + a.id();
        } catch (UserFacingException ex) {
            if (ex.status() == HttpStatus.FORBIDDEN || ex.status() == HttpStatus.NOT_FOUND) {
                throw ex;
            }
            Pages.errors(model).add(ex);
            return mine(e, form.policyId(), own, model);
        }
    }

    @GetMapping("/public/enterprises/policy-applications/{id}")
    String application(@PathVariable long id, HttpSession session, Model model) {
        EnterpriseView e = sessions.require(session);
        return application(e, applications.getOwn(e, id), model);
    }

    private String application(EnterpriseView e, PolicyApplicationView a, Model model) {
        model.addAttribute("enterprise", e);
        model.addAttribute("a", a);
        return "enterprises/policies/portal-application";
    }

    @PostMapping("/public/enterprises/policy-applications/{id}/resubmit")
    String resubmit(@PathVariable long id, @RequestParam(name = "statement", required = false) String statement,
            @RequestParam(name = "version", required = false) Integer version, HttpSession session, Model model) {
        EnterpriseView e = sessions.require(session);
        PolicyApplicationView a = applications.getOwn(e, id);
        try {
            applications.resubmitFromPortal(e, id, statement, version);
            return "redirect:/public/enterprises/policy-applications/" + id;
        } catch (UserFacingException ex) {
            if (ex.status() == HttpStatus.FORBIDDEN || ex.status() == HttpStatus.NOT_FOUND) {
                throw ex;
            }
            Pages.errors(model).add(ex);
            return application(e, a, model);
        }
    }

}
