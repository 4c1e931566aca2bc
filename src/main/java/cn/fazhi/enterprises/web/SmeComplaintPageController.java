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
import cn.fazhi.enterprises.SmeComplaintClocks;
import cn.fazhi.enterprises.SmeComplaintCommands;
import cn.fazhi.enterprises.SmeComplaintStatus;
import cn.fazhi.enterprises.SmeComplaintView;
import cn.fazhi.enterprises.SmeComplaints;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Staff pages of SME payment complaints: the list (filters, paging, .xlsx), the desk's form to receive one on an
 * enterprise's behalf, and one complaint with its clocks (Arts. 24, 25) and the steps the caller may take.
 */
@Controller
@PreAuthorize("hasAuthority('enterprises:view')")
class SmeComplaintPageController {

    static final String BASE = "/enterprises/complaints";
    private static final String[] HEADERS = {"enterprises.complaints.field.caseNumber",
        "enterprises.complaints.field.receivedOn", "enterprises.requests.field.enterprise",
        "enterprises.complaints.field.respondent", "enterprises.complaints.field.amount",
        "enterprises.requests.field.status", "enterprises.complaints.field.transferDue",
        "enterprises.complaints.field.transferredOn", "enterprises.complaints.field.resultDue",
        "enterprises.complaints.field.concludedOn"};

    private final SmeComplaints complaints;
    private final SmeComplaintClocks clocks;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final Units units;
    private final MessageSource messages;
    private final Clock clock;

    SmeComplaintPageController(SmeComplaints complaints, SmeComplaintClocks clocks, CurrentUsers currentUsers,
            CaseTimeline timeline, Units units, MessageSource messages, Clock clock) {
        this.complaints = complaints;
        this.clocks = clocks;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String list(@Validated @ModelAttribute("query") SmeComplaintCommands.Query query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        SmeComplaintCommands.Query q = errors.hasErrors() ? SmeComplaintCommands.Query.none() : query;
        model.addAttribute("query", q);
        model.addAttribute("result", complaints.search(q, currentUsers.require().scope(), page, 20));
        model.addAttribute("statuses", SmeComplaintStatus.values());
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("exportLink", Pages.pageLink().replace(BASE + "?", BASE + ".xlsx?"));
        return "enterprises/complaints/list";
    }

    @GetMapping(BASE + ".xlsx")
    void export(@Validated @ModelAttribute("query") SmeComplaintCommands.Query query, BindingResult errors,
            HttpServletResponse response) throws IOException {
        SmeComplaintCommands.Query q = errors.hasErrors() ? SmeComplaintCommands.Query.none() : query;
        List<SmeComplaintView> items = complaints.search(q, currentUsers.require().scope(), 0, 5000).items();
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (SmeComplaintView c : items) {
            rows.add(List.of(c.caseNumber(), c.receivedOn().toString(), c.enterpriseName(), c.respondentName(),
                    c.amount().toPlainString(), messages.getMessage(c.statusKey(), null, c.statusKey(), locale),
                    RequestSheets.text(c.transferDue()), RequestSheets.text(c.transferredOn()),
                    RequestSheets.text(c.due()), RequestSheets.text(c.concludedOn())));
        }
        RequestSheets.write(response, messages, locale, "enterprises.complaints.list.title", HEADERS, rows);
        complaints.exported(items.size());
    }

    @GetMapping(BASE + "/new")
    @PreAuthorize("hasAuthority('enterprises:dispatch')")
    String newForm(Model model) {
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("units", units.all());
        model.addAttribute("today", LocalDate.now(clock));
        return "enterprises/complaints/new";
    }

    @PostMapping(BASE + "/new")
    @PreAuthorize("hasAuthority('enterprises:dispatch')")
    @SubmitOnce
    String file(@Validated @ModelAttribute("form") SmeComplaintCommands.File form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (Pages.invalid(model, errors)) {
            return form(model);
        }
        try {
            SmeComplaintView v = complaints.file(form);
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
        return show(model, complaints.get(id));
    }

    @PostMapping(BASE + "/{id}/{step}")
    String step(@PathVariable long id, @PathVariable String step,
            @Validated @ModelAttribute SmeComplaintCommands.Step c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        SmeComplaintView v = complaints.get(id);
        if (!SmeComplaints.stepNames().contains(step)) {
            throw UserFacingException.notFound("error.notFound");
        }
        if (Pages.invalid(model, errors)) {
            return show(model, v);
        }
        try {
            complaints.step(id, step, c);
        } catch (UserFacingException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            Pages.errors(model).add(e);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return show(model, complaints.get(id));
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:" + BASE + "/" + id;
    }

    private String show(Model model, SmeComplaintView v) {
        model.addAttribute("c", v);
        model.addAttribute("actions", complaints.actions(v));
        model.addAttribute("units", units.all());
        model.addAttribute("maxExtension", v.transferredOn() == null ? null : clocks.maxExtendedDue(v.transferredOn()));
        model.addAttribute("timeline", timeline.of(SmeComplaints.ref(v.id())));
        model.addAttribute("today", LocalDate.now(clock));
        return "enterprises/complaints/one";
    }
}
