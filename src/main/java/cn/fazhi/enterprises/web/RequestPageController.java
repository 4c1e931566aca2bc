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

import cn.fazhi.cases.CaseLinks;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.enterprises.EnterpriseRequests;
import cn.fazhi.enterprises.Enterprises;
import cn.fazhi.enterprises.RequestCommands;
import cn.fazhi.enterprises.RequestStatus;
import cn.fazhi.enterprises.RequestView;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Staff pages of enterprise requests: the list (filters, 督办, paging, .xlsx), the desk's form to file a request on an
 * enterprise's behalf, and one request with its routings, the units the 权责清单 suggests with their reasons (route) and
 * the steps the caller may take.
 */
@Controller
@PreAuthorize("hasAuthority('enterprises:view')")
class RequestPageController {

    static final String BASE = "/enterprises/requests";
    private static final String[] HEADERS = {"enterprises.requests.field.caseNumber", "enterprises.requests.field.filedOn",
        "enterprises.requests.field.enterprise", "enterprises.requests.field.category", "enterprises.requests.field.title",
        "enterprises.requests.field.unit", "enterprises.requests.field.status", "enterprises.requests.field.answerDue",
        "enterprises.requests.field.answeredOn", "enterprises.requests.field.rating",
        "enterprises.requests.field.returnCount"};

    private final EnterpriseRequests requests;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final CaseLinks links;
    private final Units units;
    private final MessageSource messages;
    private final Clock clock;

    RequestPageController(EnterpriseRequests requests, CurrentUsers currentUsers, CaseTimeline timeline, CaseLinks links,
            Units units, MessageSource messages, Clock clock) {
        this.requests = requests;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.links = links;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String list(@Validated @ModelAttribute("query") RequestCommands.Query query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        RequestCommands.Query q = errors.hasErrors() ? RequestCommands.Query.none() : query;
        model.addAttribute("query", q);
        model.addAttribute("result", requests.search(q, currentUsers.require().scope(), page, 20));
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("categories", requests.categories());
        model.addAttribute("units", units.all());
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("exportLink", Pages.pageLink().replace(BASE + "?", BASE + ".xlsx?"));
        return "enterprises/requests/list";
    }

    @GetMapping(BASE + ".xlsx")
    void export(@Validated @ModelAttribute("query") RequestCommands.Query query, BindingResult errors,
            HttpServletResponse response) throws IOException {
        RequestCommands.Query q = errors.hasErrors() ? RequestCommands.Query.none() : query;
        List<RequestView> items = requests.search(q, currentUsers.require().scope(), 0, 5000).items();
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (RequestView r : items) {
            rows.add(List.of(r.caseNumber(), r.filedOn().toString(), r.enterpriseName(),
                    label("enterprises.requests.category." + r.category(), locale), r.title(), r.unitName(),
                    label(r.statusKey(), locale), RequestSheets.text(r.answerDue()), RequestSheets.text(r.answeredOn()),
                    r.rating() == null ? "" : label("enterprises.requests.rating." + r.rating(), locale),
                    r.returnCount()));
        }
        RequestSheets.write(response, messages, locale, "enterprises.requests.list.title", HEADERS, rows);
        requests.exported(items.size());
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    @GetMapping(BASE + "/new")
    @PreAuthorize("hasAuthority('enterprises:dispatch')")
    String newForm(Model model) {
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("categories", requests.categories());
        model.addAttribute("today", LocalDate.now(clock));
        return "enterprises/requests/new";
    }

    @PostMapping(BASE + "/new")
    @PreAuthorize("hasAuthority('enterprises:dispatch')")
    @SubmitOnce
    String file(@Validated @ModelAttribute("form") RequestCommands.File form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (Pages.invalid(model, errors)) {
            return form(model);
        }
        try {
            RequestView v = requests.file(form);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:" + BASE + "/" + v.id();
        } catch (UserFacingException e) {
            if (e.status() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            Pages.errors(model).add(e);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return form(model);
        }
    }

    @GetMapping(BASE + "/{id}")
    String one(@PathVariable long id, Model model) {
        return show(model, requests.get(id));
    }

    @PostMapping(BASE + "/{id}/{step}")
    String step(@PathVariable long id, @PathVariable String step, @Validated @ModelAttribute RequestCommands.Step c,
            BindingResult errors, @RequestParam(name = "otherUnitId", required = false) Long otherUnitId, Model model,
            RedirectAttributes redirect) {
        RequestView v = requests.get(id);
        if (!EnterpriseRequests.stepNames().contains(step)) {
            throw UserFacingException.notFound("error.notFound");
        }
        if (Pages.invalid(model, errors)) {
            return show(model, v);
        }
        try {
            requests.step(id, step, otherUnitId == null ? c : new RequestCommands.Step(otherUnitId, c.reason(), c.text(),
                    c.rating(), c.on(), c.version()));
        } catch (UserFacingException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            Pages.errors(model).add(e);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return show(model, requests.get(id));
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:" + BASE + "/" + id;
    }

    private String show(Model model, RequestView v) {
        List<String> actions = requests.actions(v);
        model.addAttribute("r", v);
        model.addAttribute("actions", actions);
        model.addAttribute("routes", requests.routes(v.id()));
        model.addAttribute("suggestions", actions.contains("route") && currentUsers.can(Enterprises.DISPATCH)
                ? requests.suggestions(v.id()) : List.of());
        model.addAttribute("units", units.all());
        model.addAttribute("scale", requests.ratingScale());
        model.addAttribute("clueCategory", requests.enforcementCategory(v.category()));
        model.addAttribute("timeline", timeline.of(EnterpriseRequests.ref(v.id())));
        model.addAttribute("links", links.of(EnterpriseRequests.ref(v.id())));
        model.addAttribute("today", LocalDate.now(clock));
        return "enterprises/requests/one";
    }
}
