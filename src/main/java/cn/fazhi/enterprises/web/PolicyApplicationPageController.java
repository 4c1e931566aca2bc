package cn.fazhi.enterprises.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.enterprises.PolicyApplicationStatus;
import cn.fazhi.enterprises.PolicyApplicationView;
import cn.fazhi.enterprises.PolicyApplications;
import cn.fazhi.enterprises.PolicyCommands;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Staff pages of policy applications: the list of the caller's scope (the deciding unit's own, the district's all;
 * keyword, status, policy, year, overdue; paging; .xlsx) and one application with its eligibility explanation, clocks,
 * timeline and the steps the caller may take.
 */
@Controller
@PreAuthorize("hasAuthority('enterprises:view')")
class PolicyApplicationPageController {

    static final String BASE = "/enterprises/policy-applications";

    private final PolicyApplications applications;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final MessageSource messages;
    private final Clock clock;

    PolicyApplicationPageController(PolicyApplications applications, CurrentUsers currentUsers, CaseTimeline timeline,
            MessageSource messages, Clock clock) {
        this.applications = applications;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String list(@Validated @ModelAttribute("query") PolicyCommands.ApplicationQuery query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        PolicyCommands.ApplicationQuery q = errors.hasErrors() ? PolicyCommands.ApplicationQuery.none() : query;
        model.addAttribute("query", q);
        model.addAttribute("result", applications.search(q, currentUsers.require().scope(), page, 20));
        model.addAttribute("statuses", PolicyApplicationStatus.values());
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("exportLink", Pages.pageLink().replace(BASE + "?", BASE + ".xlsx?"));
        return "enterprises/policies/applications";
    }

    @GetMapping(BASE + ".xlsx")
    void export(@Validated @ModelAttribute("query") PolicyCommands.ApplicationQuery query, BindingResult errors,
            HttpServletResponse response) throws IOException {
        PolicyCommands.ApplicationQuery q = errors.hasErrors() ? PolicyCommands.ApplicationQuery.none() : query;
        List<PolicyApplicationView> items = applications.search(q, currentUsers.require().scope(), 0, 5000).items();
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (PolicyApplicationView a : items) {
            rows.add(List.of(a.caseNumber(), a.submittedOn().toString(), a.policyTitle(), a.enterpriseName(), a.uscc(),
                    a.unitName(), label("policies.channel." + a.channel(), locale),
                    label("policies.status." + a.status(), locale), a.reviewDue().toString(),
                    a.decidedOn() == null ? "" : a.decidedOn().toString(),
                    a.grantedAmount() == null ? "" : a.grantedAmount().toPlainString(),
                    a.paidOn() == null ? "" : a.paidOn().toString()));
        }
        List<String> headers = new ArrayList<>();
        for (String k : new String[] {"policies.app.field.caseNumber", "policies.app.field.submittedOn",
            "policies.app.field.policy", "policies.app.field.enterprise", "policies.app.field.uscc",
            "policies.app.field.unit", "policies.app.field.channel", "policies.app.field.status",
            "policies.app.field.reviewDue", "policies.app.field.decidedOn", "policies.app.field.granted",
            "policies.app.field.paidOn"}) {
            headers.add(label(k, locale));
        }
        PolicySheets.write(response, label("policies.app.title", locale), headers, rows);
        applications.exported(items.size());
    }

    @GetMapping(BASE + "/{id}")
    String one(@PathVariable long id, Model model) {
        return show(model, applications.get(id));
    }

    @PostMapping(BASE + "/{id}/{step}")
    String step(@PathVariable long id, @PathVariable String step, @Validated @ModelAttribute PolicyCommands.Step c,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        PolicyApplicationView v = applications.get(id);
        if (!PolicyApplications.stepNames().contains(step)) {
            throw UserFacingException.notFound("error.notFound");
        }
        if (Pages.invalid(model, errors)) {
            return show(model, v);
        }
        try {
            applications.step(id, step, c);
        } catch (UserFacingException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            Pages.errors(model).add(e);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return show(model, applications.get(id));
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:" + BASE + "/" + id;
    }

    private String show(Model model, PolicyApplicationView v) {
        model.addAttribute("a", v);
        model.addAttribute("actions", applications.actions(v));
        model.addAttribute("timeline", timeline.of(PolicyApplications.ref(v.id())));
        model.addAttribute("today", LocalDate.now(clock));
        return "enterprises/policies/application";
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
