package cn.fazhi.supervision.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.rectification.Problems;
import cn.fazhi.supervision.ClueCommands;
import cn.fazhi.supervision.ClueDesk;
import cn.fazhi.supervision.ClueDetail;
import cn.fazhi.supervision.ClueSource;
import cn.fazhi.supervision.ClueStatus;
import cn.fazhi.supervision.Clues;
import cn.fazhi.supervision.LetterKind;
import cn.fazhi.supervision.LetterProperties;
import cn.fazhi.platform.web.Paged;

/**
 * Staff pages of enforcement supervision: the clue register (search, filters, pages, .xlsx), the record form, one clue
 * with its instruments, timeline, files, links and the steps the caller may take now.
 */
@Controller
@PreAuthorize("hasAuthority('supervision:view')")
class CluePageController {

    private static final String LIST = "supervision/clues/list";
    private static final String FORM = "supervision/clues/form";
    private static final String ONE = "supervision/clues/clue";

    private final ClueDesk desk;
    private final CaseTimeline timeline;
    private final CaseLinks links;
    private final Problems problems;
    private final Units units;
    private final CurrentUsers currentUsers;
    private final LetterProperties settings;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    CluePageController(ClueDesk desk, CaseTimeline timeline, CaseLinks links, Problems problems, Units units,
            CurrentUsers currentUsers, LetterProperties settings, MessageSource messages, AuditTrail audit, Clock clock) {
        this.desk = desk;
        this.timeline = timeline;
        this.links = links;
        this.problems = problems;
        this.units = units;
        this.currentUsers = currentUsers;
        this.settings = settings;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/supervision/clues")
    String list(@ModelAttribute("query") ClueCommands.Query query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        ClueCommands.Query q = errors.hasErrors() ? ClueCommands.Query.all() : query;
        model.addAttribute("query", q);
        model.addAttribute("result", desk.search(q, page, 20));
        model.addAttribute("sources", ClueSource.values());
        model.addAttribute("statuses", ClueStatus.values());
        model.addAttribute("units", units.visible(currentUsers.require().scope()));
        model.addAttribute("pageLink", Pages.pageLink());
        return LIST;
    }

    @GetMapping("/supervision/clues/export.xlsx")
    void export(@ModelAttribute("query") ClueCommands.Query query, BindingResult errors, HttpServletResponse response)
            throws IOException {
        ClueCommands.Query q = errors.hasErrors() ? ClueCommands.Query.all() : query;
        Paged<ClueDetail> all = desk.search(q, 0, 5000);
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (ClueDetail c : all.items()) {
            rows.add(List.of(c.caseNumber(), messages.getMessage("supervision.clue.source." + c.source(), null, locale),
                    c.unitName(), c.summary(), c.receivedOn().toString(),
                    messages.getMessage("supervision.clue.status." + c.status(), null, locale),
                    c.letters().stream().map(l -> l.letterNumber()).reduce((a, b) -> a + "；" + b).orElse(""),
                    c.transferredOn() == null ? "" : c.transferredOn().toString()));
        }
        ClueXlsx.write(messages, response, new String[] {"supervision.clue.field.caseNumber",
            "supervision.clue.field.source", "supervision.clue.field.unit", "supervision.clue.field.summary",
            "supervision.clue.field.receivedOn", "supervision.clue.field.status", "supervision.clue.field.letters",
            "supervision.clue.field.transferredOn"}, rows);
        audit.record(AuditEntry.of("supervision.clue.exported", Clues.CASE_TYPE, 0L, rows.size() + " rows"));
    }

    @GetMapping("/supervision/clues/new")
    @PreAuthorize("hasAuthority('supervision:manage')")
    String form(Model model) {
        return form(model, new ClueCommands.Register(ClueSource.COMPLAINT, null, null, LocalDate.now(clock), null, null));
    }

    @PostMapping("/supervision/clues")
    @PreAuthorize("hasAuthority('supervision:manage')")
    @SubmitOnce
    String register(@ModelAttribute("form") ClueCommands.Register form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        form(model, form);
        if (Pages.invalid(model, errors)) {
            return FORM;
        }
        return Pages.attempt(model, FORM, () -> {
            ClueDetail created = desk.register(form);
            redirect.addFlashAttribute("noticeKey", "supervision.clue.notice.registered");
            return "redirect:/supervision/clues/" + created.id();
        });
    }

    @GetMapping("/supervision/clues/{id}")
    String one(@PathVariable long id, Model model) {
        return show(model, desk.get(id));
    }

    @PostMapping("/supervision/clues/{id}/verify")
    String verify(@PathVariable long id, @ModelAttribute ClueCommands.Verify c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> desk.verify(id, c));
    }

    @PostMapping("/supervision/clues/{id}/findings")
    String findings(@PathVariable long id, @ModelAttribute ClueCommands.Findings c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> desk.findings(id, c));
    }

    @PostMapping("/supervision/clues/{id}/issue")
    String issue(@PathVariable long id, @ModelAttribute ClueCommands.Issue c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> desk.issue(id, c));
    }

    @PostMapping("/supervision/clues/{id}/reply")
    String reply(@PathVariable long id, @ModelAttribute ClueCommands.Reply c, BindingResult errors,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> {
            try {
                boolean hasFile = file != null && !file.isEmpty();
                return desk.reply(id, c, hasFile ? file.getOriginalFilename() : null, hasFile ? file.getInputStream() : null);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @PostMapping("/supervision/clues/{id}/accept")
    String accept(@PathVariable long id, @ModelAttribute ClueCommands.Accept c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> desk.accept(id, c));
    }

    @PostMapping("/supervision/clues/{id}/rectify")
    String rectify(@PathVariable long id, @ModelAttribute ClueCommands.Rectify c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> desk.rectify(id, c));
    }

    @PostMapping("/supervision/clues/{id}/transfer")
    String transfer(@PathVariable long id, @ModelAttribute ClueCommands.Transfer c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> desk.transfer(id, c));
    }

    @PostMapping("/supervision/clues/{id}/dismiss")
    String dismiss(@PathVariable long id, @ModelAttribute ClueCommands.Dismiss c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> desk.dismiss(id, c));
    }

    @PostMapping("/supervision/clues/{id}/attachments")
    @PreAuthorize("hasAuthority('supervision:manage')")
    String attach(@PathVariable long id, @RequestParam("file") MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        return step(id, null, model, redirect, () -> {
            try {
                return desk.attach(id, file.getOriginalFilename(), file.getInputStream());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private String step(long id, BindingResult errors, Model model, RedirectAttributes redirect, Supplier<Object> action) {
        ClueDetail v = desk.get(id);
        if (errors != null && Pages.invalid(model, errors)) {
            return show(model, v);
        }
        try {
            action.get();
        } catch (UserFacingException e) {
            Pages.errors(model).add(e);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return show(model, desk.get(id));
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:/supervision/clues/" + id;
    }

    private String form(Model model, ClueCommands.Register form) {
        model.addAttribute("form", form);
        model.addAttribute("sources", ClueDesk.MANUAL.stream().sorted().toList());
        model.addAttribute("units", units.all().stream().filter(u -> u.active()).toList());
        return FORM;
    }

    private String show(Model model, ClueDetail v) {
        model.addAttribute("c", v);
        model.addAttribute("actions", desk.actions(v));
        model.addAttribute("kinds", LetterKind.values());
        model.addAttribute("settings", settings);
        model.addAttribute("timeline", timeline.of(ClueDesk.ref(v.id())));
        model.addAttribute("attachments", desk.attachments(v.id()));
        model.addAttribute("links", links.of(ClueDesk.ref(v.id())));
        model.addAttribute("problems", problems.bySource(Clues.CASE_TYPE, v.id()));
        model.addAttribute("canManage", currentUsers.require().can("supervision:manage"));
        model.addAttribute("today", LocalDate.now(clock));
        return ONE;
    }
}
