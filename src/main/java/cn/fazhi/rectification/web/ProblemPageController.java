package cn.fazhi.rectification.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.CaseLinks;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.rectification.ProblemCommands;
import cn.fazhi.rectification.ProblemStatus;
import cn.fazhi.rectification.ProblemView;
import cn.fazhi.rectification.Problems;

/** Staff pages of rectification: the list (filters, paging, .xlsx) and one problem with its history and steps. */
@Controller
@PreAuthorize("hasAuthority('rectification:view')")
class ProblemPageController {

    static final String BASE = "/rectification/problems";

    private final Problems problems;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final CaseLinks links;
    private final Units units;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    ProblemPageController(Problems problems, CurrentUsers currentUsers, CaseTimeline timeline, CaseLinks links,
            Units units, MessageSource messages, AuditTrail audit, Clock clock) {
        this.problems = problems;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.links = links;
        this.units = units;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String list(@Validated @ModelAttribute("query") ProblemCommands.Query query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        ProblemCommands.Query q = errors.hasErrors() ? ProblemCommands.Query.none() : query;
        var scope = currentUsers.require().scope();
        model.addAttribute("query", q);
        model.addAttribute("result", problems.search(q, scope, page, 20));
        model.addAttribute("statuses", ProblemStatus.values());
        model.addAttribute("sourceTypes", problems.sourceTypes(scope));
        model.addAttribute("units", units.all());
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("exportLink", Pages.pageLink().replace(BASE + "?", BASE + ".xlsx?"));
        return "rectification/problems";
    }

    @GetMapping(BASE + ".xlsx")
    void export(@Validated @ModelAttribute("query") ProblemCommands.Query query, BindingResult errors,
            HttpServletResponse response) throws IOException {
        ProblemCommands.Query q = errors.hasErrors() ? ProblemCommands.Query.none() : query;
        List<ProblemView> items = problems.search(q, currentUsers.require().scope(), 0, 5000).items();
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (ProblemView p : items) {
            rows.add(List.of(p.caseNumber(), messages.getMessage("cases.type." + p.sourceType(), null, p.sourceType(), locale),
                    p.sourceLabel(), p.finding(), p.ruleBreached() == null ? "" : p.ruleBreached(), p.unitName(),
                    p.foundOn().toString(), p.deadline().toString(),
                    messages.getMessage("rectification.status." + p.status(), null, locale),
                    p.closedOn() == null ? "" : p.closedOn().toString(),
                    messages.getMessage(p.overdue() ? "common.yes" : "common.no", null, locale)));
        }
        ProblemXlsx.write(messages, response, rows, audit,
                AuditEntry.of("rectification.problem.exported", Problems.CASE_TYPE, "list", items.size() + " rows"));
    }

    @GetMapping(BASE + "/{id}")
    String one(@PathVariable long id, Model model) {
        return show(model, problems.get(id));
    }

    @PostMapping(BASE + "/{id}/attachments")
    String attach(@PathVariable long id, @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        ProblemView v = problems.get(id);
        try {
            if (file == null || file.isEmpty()) {
                throw UserFacingException.badRequest("cases.attachment.empty");
            }
            problems.attach(id, file.getOriginalFilename(), file.getInputStream(), kind);
        } catch (UserFacingException e) {
            return failed(model, e, v);
        } catch (IOException e) {
            throw new IllegalStateException("upload could not be read", e);
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping(BASE + "/{id}/{step}")
    String step(@PathVariable long id, @PathVariable String step, @Validated @ModelAttribute ProblemCommands.Step c,
            BindingResult errors, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        ProblemView v = problems.get(id);
        if (!Problems.stepNames().contains(step)) {
            throw UserFacingException.notFound("error.notFound");
        }
        if (Pages.invalid(model, errors)) {
            return show(model, v);
        }
        try {
            problems.step(id, step, c);
            if (file != null && !file.isEmpty()) {
                problems.attach(id, file.getOriginalFilename(), file.getInputStream(), "evidence");
            }
        } catch (UserFacingException e) {
            return failed(model, e, problems.get(id));
        } catch (IOException e) {
            throw new IllegalStateException("upload could not be read", e);
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:" + BASE + "/" + id;
    }

    private String failed(Model model, UserFacingException e, ProblemView v) {
        if (e.status() == org.springframework.http.HttpStatus.NOT_FOUND
                || e.status() == org.springframework.http.HttpStatus.FORBIDDEN) {
            throw e;
        }
        Pages.errors(model).add(e);
        model.addAttribute("errorKey", e.messageKey());
        model.addAttribute("errorArgs", e.args());
        return show(model, v);
    }

    private String show(Model model, ProblemView v) {
        model.addAttribute("p", v);
        model.addAttribute("actions", problems.actions(v));
        model.addAttribute("reports", problems.reports(v.id()));
        model.addAttribute("acceptanceNote", problems.acceptanceNote(v.id()));
        model.addAttribute("attachments", problems.attachments(v.id()));
        model.addAttribute("attachmentKinds", Problems.ATTACHMENT_KINDS);
        model.addAttribute("timeline", timeline.of(Problems.ref(v.id())));
        model.addAttribute("links", links.of(Problems.ref(v.id())));
        model.addAttribute("today", LocalDate.now(clock));
        return "rectification/problem";
    }
}
