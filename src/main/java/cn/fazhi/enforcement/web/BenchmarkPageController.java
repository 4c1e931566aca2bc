package cn.fazhi.enforcement.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

import cn.fazhi.audit.AuditTrail;
import cn.fazhi.enforcement.BenchmarkCommands;
import cn.fazhi.enforcement.BenchmarkIssuer;
import cn.fazhi.enforcement.BenchmarkLevelKind;
import cn.fazhi.enforcement.BenchmarkView;
import cn.fazhi.enforcement.Benchmarks;
import cn.fazhi.enforcement.EnforcementPermissions;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.imports.ImportRejected;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.FormErrors;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/** Staff pages of the discretion benchmarks: list with search, pages and export, entry form, import, publication. */
@Controller
@PreAuthorize("hasAuthority('enforcement:view')")
class BenchmarkPageController {

    /** Rows of levels the entry form offers; blank rows are ignored. */
    static final int FORM_LEVELS = 6;
    private static final int PAGE_SIZE = 20;

    private final Benchmarks benchmarks;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Validator validator;

    BenchmarkPageController(Benchmarks benchmarks, CurrentUsers currentUsers, MessageSource messages, AuditTrail audit,
            Validator validator) {
        this.benchmarks = benchmarks;
        this.currentUsers = currentUsers;
        this.messages = messages;
        this.audit = audit;
        this.validator = validator;
    }

    @GetMapping("/enforcement/benchmarks")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Boolean published,
            @RequestParam(defaultValue = "0") int page, Model model) {
        return show(model, q, published, page);
    }

    private String show(Model model, String q, Boolean published, int page) {
        model.addAttribute("result", benchmarks.search(q, published, page, PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("published", published);
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("canManage", currentUsers.can(EnforcementPermissions.MANAGE));
        return "enforcement/discretion/benchmarks";
    }

    @GetMapping("/enforcement/benchmarks/export")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) Boolean published,
            HttpServletResponse response) throws IOException {
        BenchmarkApiController.exportTo(benchmarks, messages, audit, q, published, response);
    }

    @GetMapping("/enforcement/benchmarks/{id}")
    String one(@PathVariable long id, Model model) {
        model.addAttribute("b", benchmarks.get(id));
        model.addAttribute("canManage", currentUsers.can(EnforcementPermissions.MANAGE));
        return "enforcement/discretion/benchmark";
    }

    @GetMapping("/enforcement/benchmarks/new")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    String newForm(Model model) {
        return form(model, new BenchmarkCommands.Create(null, null, null, null, BenchmarkIssuer.DISTRICT, null, null,
                null, List.of()));
    }

    private String form(Model model, BenchmarkCommands.Create form) {
        List<BenchmarkCommands.Level> rows = new ArrayList<>(form.levels() == null ? List.of() : form.levels());
        while (rows.size() < FORM_LEVELS) {
            rows.add(new BenchmarkCommands.Level(null, null, null, null, null));
        }
        model.addAttribute("form", form);
        model.addAttribute("rows", rows);
        model.addAttribute("issuers", BenchmarkIssuer.values());
        model.addAttribute("kinds", BenchmarkLevelKind.values());
        return "enforcement/discretion/benchmark-form";
    }

    @PostMapping("/enforcement/benchmarks")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @cn.fazhi.platform.web.SubmitOnce
    String create(@ModelAttribute("form") BenchmarkCommands.Create form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        List<BenchmarkCommands.Level> levels = form.levels() == null ? List.of() : form.levels().stream()
                .filter(l -> l != null && (l.kind() != null || (l.circumstances() != null && !l.circumstances().isBlank())
                        || l.minFine() != null || l.maxFine() != null))
                .toList();
        BenchmarkCommands.Create clean = new BenchmarkCommands.Create(form.violationCode(), form.violationName(),
                form.legalBasis(), form.penaltyBasis(), form.issuerLevel(), form.documentNumber(), form.effectiveFrom(),
                form.effectiveTo(), levels);
        form(model, clean);
        if (binding.hasErrors()) {
            Pages.invalid(model, binding);
        }
        FormErrors errors = Pages.errors(model);
        Set<ConstraintViolation<BenchmarkCommands.Create>> violations = validator.validate(clean);
        violations.stream().sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString())).forEach(v -> {
            String t = v.getMessageTemplate();
            errors.add(v.getPropertyPath().toString(), t.startsWith("{") ? t.substring(1, t.length() - 1) : t);
        });
        if (!errors.isEmpty()) {
            return "enforcement/discretion/benchmark-form";
        }
        return Pages.attempt(model, "enforcement/discretion/benchmark-form", () -> {
            BenchmarkView created = benchmarks.create(clean, currentUsers.require());
            redirect.addFlashAttribute("noticeKey", "enforcement.discretion.notice.created");
            return "redirect:/enforcement/benchmarks/" + created.id();
        });
    }

    @PostMapping("/enforcement/benchmarks/{id}/publish")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    String publish(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, Model model,
            RedirectAttributes redirect) {
        return change(id, model, redirect, () -> benchmarks.publish(id, version), "enforcement.discretion.notice.published");
    }

    @PostMapping("/enforcement/benchmarks/{id}/withdraw")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    String withdraw(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, Model model,
            RedirectAttributes redirect) {
        return change(id, model, redirect, () -> benchmarks.withdraw(id, version), "enforcement.discretion.notice.withdrawn");
    }

    private String change(long id, Model model, RedirectAttributes redirect, Runnable action, String notice) {
        try {
            action.run();
        } catch (UserFacingException e) {
            one(id, model);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return "enforcement/discretion/benchmark";
        }
        redirect.addFlashAttribute("noticeKey", notice);
        return "redirect:/enforcement/benchmarks/" + id;
    }

    @GetMapping("/enforcement/benchmarks/template")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    void template(HttpServletResponse response) throws IOException {
        String name = messages.getMessage("enforcement.discretion.import.sheet", null, LocaleContextHolder.getLocale())
                + ".xlsx";
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        benchmarks.template(response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    @PostMapping("/enforcement/benchmarks/import")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        try {
            int n = Spreadsheets.fromUpload(file, (name, path) -> benchmarks.importFile(name, path, currentUsers.require()));
            redirect.addFlashAttribute("noticeKey", "enforcement.discretion.notice.imported");
            redirect.addFlashAttribute("importedCount", n);
            return "redirect:/enforcement/benchmarks";
        } catch (ImportRejected e) {
            show(model, null, null, 0);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            model.addAttribute("rowErrors", e.errors().stream()
                    .map(err -> messages.getMessage(err.message(), LocaleContextHolder.getLocale())).toList());
            return "enforcement/discretion/benchmarks";
        } catch (UserFacingException e) {
            show(model, null, null, 0);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return "enforcement/discretion/benchmarks";
        }
    }
}
