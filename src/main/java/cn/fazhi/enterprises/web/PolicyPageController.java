package cn.fazhi.enterprises.web;

import java.io.IOException;
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

import cn.fazhi.enterprises.EnterpriseView;
import cn.fazhi.enterprises.Enterprises;
import cn.fazhi.enterprises.Policies;
import cn.fazhi.enterprises.PolicyApplicationView;
import cn.fazhi.enterprises.PolicyApplications;
import cn.fazhi.enterprises.PolicyCommands;
import cn.fazhi.enterprises.PolicyView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Staff pages of the 惠企政策: the list (keyword, status, deciding unit, paging, .xlsx) for holders of
 * {@code enterprises:view}; create, edit, publish and withdraw for the help desk ({@code enterprises:manage}).
 */
@Controller
@PreAuthorize("hasAuthority('enterprises:view')")
class PolicyPageController {

    static final String BASE = "/enterprises/policies";

    private final Policies policies;
    private final PolicyApplications applications;
    private final Enterprises enterprises;
    private final Units units;
    private final MessageSource messages;

    PolicyPageController(Policies policies, PolicyApplications applications, Enterprises enterprises, Units units,
            MessageSource messages) {
        this.policies = policies;
        this.applications = applications;
        this.enterprises = enterprises;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String list(@Validated @ModelAttribute("query") PolicyCommands.Query query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        PolicyCommands.Query q = errors.hasErrors() || !validStatus(query) ? PolicyCommands.Query.none() : query;
        model.addAttribute("query", q);
        model.addAttribute("result", policies.search(q, page, 20));
        model.addAttribute("statuses", List.of("DRAFT", "PUBLISHED", "WITHDRAWN"));
        model.addAttribute("units", units.all());
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("exportLink", Pages.pageLink().replace(BASE + "?", BASE + ".xlsx?"));
        return "enterprises/policies/list";
    }

    private static boolean validStatus(PolicyCommands.Query q) {
        return q.status() == null || q.status().isBlank() || List.of("DRAFT", "PUBLISHED", "WITHDRAWN").contains(q.status());
    }

    @GetMapping(BASE + ".xlsx")
    void export(@Validated @ModelAttribute("query") PolicyCommands.Query query, BindingResult errors,
            HttpServletResponse response) throws IOException {
        PolicyCommands.Query q = errors.hasErrors() || !validStatus(query) ? PolicyCommands.Query.none() : query;
        List<PolicyView> items = policies.search(q, 0, 5000).items();
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (PolicyView p : items) {
            rows.add(List.of(p.title(), p.docNumber() == null ? "" : p.docNumber(), p.issuerName(), p.deciderName(),
                    p.validFrom().toString(), p.validTo() == null ? "" : p.validTo().toString(), p.benefit(),
                    p.amountCap() == null ? "" : p.amountCap().toPlainString(), label("policies.status." + p.status(), locale),
                    p.conditionsText()));
        }
        List<String> headers = new ArrayList<>();
        for (String k : new String[] {"policies.field.title", "policies.field.docNumber", "policies.field.issuer",
            "policies.field.decider", "policies.field.validFrom", "policies.field.validTo", "policies.field.benefit",
            "policies.field.amountCap", "policies.field.status", "policies.field.conditions"}) {
            headers.add(label(k, locale));
        }
        PolicySheets.write(response, label("policies.list.title", locale), headers, rows);
        policies.exported(items.size());
    }

    @GetMapping(BASE + "/new")
    @PreAuthorize("hasAuthority('enterprises:manage')")
    String newForm(Model model) {
        return form(model, null, null);
    }

    @PostMapping(BASE)
    @PreAuthorize("hasAuthority('enterprises:manage')")
    String create(@Validated @ModelAttribute("form") PolicyCommands.Save form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (Pages.invalid(model, errors)) {
            return form(model, null, form);
        }
        try {
            PolicyView p = policies.create(form);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:" + BASE + "/" + p.id();
        } catch (UserFacingException e) {
            return failed(e, model, null, form);
        }
    }

    @GetMapping(BASE + "/{id}")
    String one(@PathVariable long id, Model model) {
        return form(model, policies.get(id), null);
    }

    @PostMapping(BASE + "/{id}")
    @PreAuthorize("hasAuthority('enterprises:manage')")
    String update(@PathVariable long id, @Validated @ModelAttribute("form") PolicyCommands.Save form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        PolicyView p = policies.get(id);
        if (Pages.invalid(model, errors)) {
            return form(model, p, form);
        }
        try {
            policies.update(id, form);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:" + BASE + "/" + id;
        } catch (UserFacingException e) {
            return failed(e, model, p, form);
        }
    }

    @PostMapping(BASE + "/{id}/{action:publish|withdraw}")
    @PreAuthorize("hasAuthority('enterprises:manage')")
    String move(@PathVariable long id, @PathVariable String action,
            @RequestParam(name = "version", required = false) Integer version, Model model, RedirectAttributes redirect) {
        PolicyView p = policies.get(id);
        try {
            if ("publish".equals(action)) {
                policies.publish(id, version);
            } else {
                policies.withdraw(id, version);
            }
        } catch (UserFacingException e) {
            return failed(e, model, p, null);
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:" + BASE + "/" + id;
    }

    /** The desk files an application on an enterprise's behalf (found by its USCC). */
    @PostMapping(BASE + "/{id}/apply")
    @PreAuthorize("hasAuthority('enterprises:manage')")
    String applyOnBehalf(@PathVariable long id, @RequestParam(name = "uscc", required = false) String uscc,
            @ModelAttribute PolicyCommands.Apply form, BindingResult errors, Model model, RedirectAttributes redirect) {
        PolicyView p = policies.get(id);
        if (Pages.invalid(model, errors)) {
            return form(model, p, null);
        }
        try {
            long enterprise = enterprises.findByUscc(uscc).map(EnterpriseView::id)
                    .orElseThrow(() -> UserFacingException.badRequest("policies.error.enterprise"));
            PolicyApplicationView a = applications.submitOnBehalf(new PolicyCommands.Apply(id, enterprise,
                    form.benefitRequested(), form.amountRequested(), form.statement(), form.materials()));
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/enterprises/policy-applications/" + a.id();
        } catch (UserFacingException e) {
            return failed(e, model, p, null);
        }
    }

    private String failed(UserFacingException e, Model model, PolicyView p, PolicyCommands.Save form) {
        if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
            throw e;
        }
        Pages.errors(model).add(e);
        model.addAttribute("errorKey", e.messageKey());
        model.addAttribute("errorArgs", e.args());
        return form(model, p, form);
    }

    private String form(Model model, PolicyView p, PolicyCommands.Save submitted) {
        model.addAttribute("p", p);
        model.addAttribute("form", submitted != null ? submitted : p == null ? null
                : new PolicyCommands.Save(p.issuerUnitId(), p.title(), p.docNumber(), p.summary(), p.validFrom(),
                        p.validTo(), p.benefit(), p.amountCap(), p.applyFrom(), p.applyTo(), p.deciderUnitId(), null,
                        p.conditionsText(), p.version()));
        model.addAttribute("units", units.all());
        return "enterprises/policies/form";
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
