package cn.fazhi.reported.web;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.indicators.IndicatorUnit;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.reported.ReportedCommands;
import cn.fazhi.reported.ReportedFigures;
import cn.fazhi.reported.ReportedStatus;
import cn.fazhi.reported.ReportedViews.Definition;
import cn.fazhi.reported.ReportedViews.Submission;

/**
 * Staff pages of reported figures: the submissions (filters, paging, .xlsx), a unit's form to submit a figure with its
 * evidence, one submission with the office's approve / return forms and its timeline, the definitions (the office adds
 * them) and one definition with its history.
 */
@Controller
@PreAuthorize("hasAuthority('reported:view')")
class ReportedPageController {

    static final String BASE = "/reported-figures";
    private static final String[] HEADERS = {"reported.field.caseNumber", "reported.field.definition",
        "reported.field.year", "reported.field.value", "reported.field.unit", "reported.field.submittedOn",
        "reported.field.status", "reported.field.decidedOn"};

    private final ReportedFigures figures;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final Units units;
    private final MessageSource messages;
    private final Clock clock;

    ReportedPageController(ReportedFigures figures, CurrentUsers currentUsers, CaseTimeline timeline, Units units,
            MessageSource messages, Clock clock) {
        this.figures = figures;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String list(@Validated @ModelAttribute("query") ReportedCommands.Query query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        ReportedCommands.Query q = errors.hasErrors() ? ReportedCommands.Query.none() : query;
        model.addAttribute("query", q);
        model.addAttribute("result", figures.search(q, currentUsers.require().scope(), page, 20));
        model.addAttribute("statuses", ReportedStatus.values());
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("exportLink", Pages.pageLink().replace(BASE + "?", BASE + ".xlsx?"));
        return "reported/list";
    }

    @GetMapping(BASE + ".xlsx")
    void export(@Validated @ModelAttribute("query") ReportedCommands.Query query, BindingResult errors,
            HttpServletResponse response) throws IOException {
        ReportedCommands.Query q = errors.hasErrors() ? ReportedCommands.Query.none() : query;
        List<Submission> items = figures.search(q, currentUsers.require().scope(), 0, 5000).items();
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (Submission s : items) {
            rows.add(List.of(s.caseNumber(), s.name(), s.periodYear(), s.value().stripTrailingZeros().toPlainString(),
                    s.unitName(), s.submittedOn().toString(), messages.getMessage(s.statusKey(), null, s.statusKey(), locale),
                    ReportedSheets.text(s.decidedOn())));
        }
        ReportedSheets.write(response, messages, locale, "reported.list.title", HEADERS, rows);
        figures.exported(items.size());
    }

    @GetMapping(BASE + "/new")
    @PreAuthorize("hasAuthority('reported:submit')")
    String newForm(@RequestParam(name = "definition", required = false) Long definition, Model model) {
        model.addAttribute("selected", definition);
        return form(model);
    }

    private String form(Model model) {
        CurrentUser me = currentUsers.require();
        model.addAttribute("definitions", figures.definitionsOf(me.unitId()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("lastYear", LocalDate.now(clock).getYear() - 1);
        return "reported/new";
    }

    @PostMapping(BASE + "/new")
    @PreAuthorize("hasAuthority('reported:submit')")
    @SubmitOnce
    String submit(@Validated @ModelAttribute("form") ReportedCommands.Submit form, BindingResult errors,
            @RequestParam(name = "evidence", required = false) MultipartFile evidence, Model model,
            RedirectAttributes redirect) throws IOException {
        if (Pages.invalid(model, errors)) {
            return form(model);
        }
        try {
            if (evidence == null || evidence.isEmpty()) {
                throw UserFacingException.badRequest("reported.error.evidenceRequired");
            }
            Submission s = figures.submit(form, evidence.getOriginalFilename(), evidence.getInputStream());
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:" + BASE + "/" + s.id();
        } catch (UserFacingException e) {
            if (e.status() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            Pages.errors(model).add(e);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            model.addAttribute("selected", form.definitionId());
            return form(model);
        }
    }

    @GetMapping(BASE + "/{id:\\d+}")
    String one(@PathVariable long id, Model model) {
        return show(model, figures.get(id));
    }

    @PostMapping(BASE + "/{id:\\d+}/{step}")
    @PreAuthorize("hasAuthority('reported:approve')")
    String step(@PathVariable long id, @PathVariable String step, @Validated @ModelAttribute ReportedCommands.Decide c,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Submission s = figures.get(id);
        if (!ReportedFigures.stepNames().contains(step)) {
            throw UserFacingException.notFound("error.notFound");
        }
        if (Pages.invalid(model, errors)) {
            return show(model, s);
        }
        try {
            figures.decide(id, step, c);
        } catch (UserFacingException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            Pages.errors(model).add(e);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return show(model, figures.get(id));
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:" + BASE + "/" + id;
    }

    private String show(Model model, Submission s) {
        model.addAttribute("s", s);
        model.addAttribute("actions", figures.actions(s));
        model.addAttribute("timeline", timeline.of(ReportedFigures.ref(s.id())));
        model.addAttribute("today", LocalDate.now(clock));
        return "reported/one";
    }

    @GetMapping(BASE + "/definitions")
    String definitions(Model model) {
        model.addAttribute("definitions", figures.definitions());
        model.addAttribute("units", units.all());
        model.addAttribute("kinds", IndicatorUnit.values());
        return "reported/definitions";
    }

    @PostMapping(BASE + "/definitions")
    @PreAuthorize("hasAuthority('reported:approve')")
    @SubmitOnce
    String define(@Validated @ModelAttribute("form") ReportedCommands.Define form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (Pages.invalid(model, errors)) {
            return definitions(model);
        }
        try {
            Definition d = figures.define(form);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:" + BASE + "/definitions/" + d.id();
        } catch (UserFacingException e) {
            if (e.status() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            Pages.errors(model).add(e);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return definitions(model);
        }
    }

    @GetMapping(BASE + "/definitions/{id:\\d+}")
    String definition(@PathVariable long id, Model model) {
        Definition d = figures.definition(id).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        model.addAttribute("d", d);
        model.addAttribute("history", figures.history(id, currentUsers.require().scope()));
        model.addAttribute("mine", d.unitId() == currentUsers.require().unitId());
        return "reported/definition";
    }
}
