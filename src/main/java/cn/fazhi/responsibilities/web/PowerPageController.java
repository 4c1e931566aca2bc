package cn.fazhi.responsibilities.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.imports.ImportRejected;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.responsibilities.PowerCommands;
import cn.fazhi.responsibilities.PowerIssues;
import cn.fazhi.responsibilities.PowerRow;
import cn.fazhi.responsibilities.Powers;
import cn.fazhi.responsibilities.ResponsibilitiesPermissions;

/**
 * Staff pages of the 权责清单: the list (filters, paging, .xlsx), a power with its versions and the edit form, a new
 * power, the .xlsx import with its template, publication, and the overlaps and gaps page with its evidence.
 */
@Controller
@PreAuthorize("hasAuthority('responsibilities:view')")
class PowerPageController {

    static final String BASE = "/responsibilities";

    private final Powers powers;
    private final PowerIssues issues;
    private final CurrentUsers currentUsers;
    private final Units units;
    private final MessageSource messages;
    private final Clock clock;

    PowerPageController(Powers powers, PowerIssues issues, CurrentUsers currentUsers, Units units,
            MessageSource messages, Clock clock) {
        this.powers = powers;
        this.issues = issues;
        this.currentUsers = currentUsers;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String list(@Validated @ModelAttribute("query") PowerCommands.Query query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        return showList(model, errors.hasErrors() ? PowerCommands.Query.none() : query, page);
    }

    private String showList(Model model, PowerCommands.Query q, int page) {
        var scope = currentUsers.require().scope();
        model.addAttribute("query", q);
        model.addAttribute("result", powers.search(q, scope, page, 20));
        model.addAttribute("types", powers.types());
        model.addAttribute("units", units.visible(scope));
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("exportLink", Pages.pageLink().replace(BASE + "?", BASE + ".xlsx?"));
        model.addAttribute("canManage", currentUsers.can(ResponsibilitiesPermissions.MANAGE));
        model.addAttribute("canPublish", currentUsers.can(ResponsibilitiesPermissions.PUBLISH));
        model.addAttribute("today", LocalDate.now(clock));
        return "responsibilities/powers";
    }

    @GetMapping(BASE + ".xlsx")
    void export(@Validated @ModelAttribute("query") PowerCommands.Query query, BindingResult errors,
            HttpServletResponse response) throws IOException {
        PowerCommands.Query q = errors.hasErrors() ? PowerCommands.Query.none() : query;
        PowerXlsx.powers(messages, response, powers.search(q, currentUsers.require().scope(), 0, 5000).items());
    }

    @GetMapping(BASE + "/template")
    @PreAuthorize("hasAuthority('responsibilities:manage')")
    void template(HttpServletResponse response) throws IOException {
        var locale = LocaleContextHolder.getLocale();
        String name = messages.getMessage("responsibilities.import.templateName", null, locale);
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name + ".xlsx", StandardCharsets.UTF_8).build().toString());
        Spreadsheets.template(response.getOutputStream(), Powers.COLUMNS, name, messages, locale);
    }

    @PostMapping(BASE + "/import")
    @PreAuthorize("hasAuthority('responsibilities:manage')")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        try {
            int rows = Spreadsheets.fromUpload(file, (name, path) -> powers.importFile(name, path,
                    currentUsers.require().scope()));
            redirect.addFlashAttribute("importedRows", rows);
            return "redirect:" + BASE + "?state=DRAFT";
        } catch (ImportRejected e) {
            model.addAttribute("rowErrors", e.errors().stream()
                    .map(err -> messages.getMessage(err.message(), LocaleContextHolder.getLocale())).toList());
            return failed(model, e);
        } catch (UserFacingException e) {
            return failed(model, e);
        }
    }

    @PostMapping(BASE + "/publish")
    @PreAuthorize("hasAuthority('responsibilities:publish')")
    String publish(@Validated @ModelAttribute PowerCommands.Publish c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return failed(model, UserFacingException.badRequest("responsibilities.error.publishDate"));
        }
        try {
            int n = powers.publish(c.publishedOn(), currentUsers.require().scope());
            redirect.addFlashAttribute("publishedRows", n);
            return "redirect:" + BASE;
        } catch (UserFacingException e) {
            return failed(model, e);
        }
    }

    private String failed(Model model, UserFacingException e) {
        model.addAttribute("errorKey", e.messageKey());
        model.addAttribute("errorArgs", e.args());
        return showList(model, PowerCommands.Query.none(), 0);
    }

    @GetMapping(BASE + "/new")
    @PreAuthorize("hasAuthority('responsibilities:manage')")
    String newForm(Model model) {
        model.addAttribute("form", new PowerCommands.Power(null, null, null, null, currentUsers.require().unitId(),
                LocalDate.now(clock), null, null, null));
        return form(model, null);
    }

    @PostMapping(BASE)
    @PreAuthorize("hasAuthority('responsibilities:manage')")
    @SubmitOnce
    String create(@Validated @ModelAttribute("form") PowerCommands.Power c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (Pages.invalid(model, errors)) {
            return form(model, null);
        }
        return Pages.attempt(model, form(model, null), () -> {
            PowerRow p = powers.create(c, currentUsers.require().scope());
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:" + BASE + "/" + p.id();
        });
    }

    @GetMapping(BASE + "/{id:\\d+}")
    String one(@PathVariable long id, Model model) {
        PowerRow p = powers.get(id, currentUsers.require().scope());
        model.addAttribute("form", new PowerCommands.Power(p.code(), p.powerType(), p.name(), p.basis(), p.unitId(),
                p.publishedOn() == null ? p.effectiveFrom() : LocalDate.now(clock).plusDays(1), p.duties(),
                p.accountability(), p.version()));
        return show(model, p);
    }

    @PostMapping(BASE + "/{id:\\d+}")
    @PreAuthorize("hasAuthority('responsibilities:manage')")
    String revise(@PathVariable long id, @Validated @ModelAttribute("form") PowerCommands.Power c,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        PowerRow p = powers.get(id, currentUsers.require().scope());
        if (Pages.invalid(model, errors)) {
            return show(model, p);
        }
        return Pages.attempt(model, show(model, p), () -> {
            PowerRow saved = powers.revise(id, c, currentUsers.require().scope());
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:" + BASE + "/" + saved.id();
        });
    }

    private String show(Model model, PowerRow p) {
        var history = powers.history(p.code());
        model.addAttribute("p", p);
        model.addAttribute("history", history);
        model.addAttribute("latest", history.get(history.size() - 1).id() == p.id());
        model.addAttribute("canManage", currentUsers.can(ResponsibilitiesPermissions.MANAGE));
        return form(model, p);
    }

    private String form(Model model, PowerRow p) {
        model.addAttribute("types", powers.types());
        model.addAttribute("units", units.visible(currentUsers.require().scope()));
        return p == null ? "responsibilities/new" : "responsibilities/power";
    }

    @GetMapping(BASE + "/issues")
    String issues(@RequestParam(name = "on", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate on, Model model) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        var scope = currentUsers.require().scope();
        var overlaps = issues.overlaps(day, scope);
        var gaps = issues.gaps(day, scope);
        java.util.Map<Long, String> unitNames = new java.util.HashMap<>();
        units.all().forEach(u -> unitNames.put(u.id(), u.name()));
        model.addAttribute("on", day);
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("overlaps", overlaps);
        model.addAttribute("gaps", gaps);
        model.addAttribute("evidence", gaps.stream().map(g -> PowerXlsx.evidence(messages, g, day,
                LocaleContextHolder.getLocale())).toList());
        return "responsibilities/issues";
    }

    @GetMapping(BASE + "/issues.xlsx")
    void issuesExport(@RequestParam(name = "on", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate on, HttpServletResponse response) throws IOException {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        var scope = currentUsers.require().scope();
        PowerXlsx.issues(messages, response, issues.overlaps(day, scope), issues.gaps(day, scope), day);
    }
}
