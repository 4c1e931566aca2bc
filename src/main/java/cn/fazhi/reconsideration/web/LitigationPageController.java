package cn.fazhi.reconsideration.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Supplier;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.organisation.Regions;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.reconsideration.DateRange;
import cn.fazhi.reconsideration.LitigationCaseView;
import cn.fazhi.reconsideration.LitigationCases;
import cn.fazhi.reconsideration.LitigationForms.RecordAppearance;
import cn.fazhi.reconsideration.LitigationForms.RecordOutcome;
import cn.fazhi.reconsideration.LitigationForms.RecordPerformance;
import cn.fazhi.reconsideration.LitigationForms.RegisterLitigation;
import cn.fazhi.reconsideration.LitigationForms.RequirePerformance;
import cn.fazhi.reconsideration.domain.AbsenceReason;
import cn.fazhi.reconsideration.domain.Appearance;
import cn.fazhi.reconsideration.domain.Instance;
import cn.fazhi.reconsideration.domain.LitigationOutcome;
import cn.fazhi.reconsideration.domain.LitigationStatus;

/** Staff pages of administrative litigation: list with the head appearance rate, registration, the case page. */
@Controller
@PreAuthorize("hasAuthority('litigation:view')")
class LitigationPageController {

    private static final String CASE_VIEW = "litigation/case";

    private final LitigationCases cases;
    private final CurrentUsers currentUsers;
    private final Units units;

    private final cn.fazhi.cases.CaseLinks links;

    LitigationPageController(LitigationCases cases, CurrentUsers currentUsers, Units units, cn.fazhi.cases.CaseLinks links) {
        this.links = links;
        this.cases = cases;
        this.currentUsers = currentUsers;
        this.units = units;
    }

    @GetMapping("/litigation")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean mine, Model model) {
        LitigationStatus s = Arrays.stream(LitigationStatus.values()).filter(v -> v.name().equals(status)).findFirst()
                .orElse(null);
        LocalDate today = LocalDate.now();
        LocalDate f = from == null ? today.withDayOfYear(1) : from;
        LocalDate t = to == null ? today : to;
        model.addAttribute("cases", mine ? cases.searchMine(s, q) : cases.search(s, q));
        model.addAttribute("mine", mine);
        model.addAttribute("statuses", LitigationStatus.values());
        model.addAttribute("status", s == null ? "" : s.name());
        model.addAttribute("q", q);
        model.addAttribute("from", f);
        model.addAttribute("to", t);
        return Pages.attempt(model, "litigation/list", () -> {
            model.addAttribute("rate", cases.headAppearanceRate(new DateRange(f, t), Regions.DISTRICT_CODE));
            return "litigation/list";
        });
    }

    @GetMapping("/litigation/new")
    @PreAuthorize("hasAuthority('litigation:edit')")
    String newForm(Model model) {
        return form(model, null);
    }

    @PostMapping("/litigation")
    @PreAuthorize("hasAuthority('litigation:edit')")
    @SubmitOnce
    String register(@ModelAttribute("form") RegisterLitigation form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        form(model, form);
        if (Pages.invalid(model, binding)) {
            return "litigation/form";
        }
        return CasePages.attempt(model, "litigation/form", () -> {
            LitigationCaseView created = cases.register(form);
            redirect.addFlashAttribute("noticeKey", "litigation.registered");
            return "redirect:/litigation/" + created.id();
        });
    }

    private String form(Model model, RegisterLitigation form) {
        model.addAttribute("form", form);
        model.addAttribute("units", units.all().stream().filter(u -> u.active()).toList());
        model.addAttribute("instances", Instance.values());
        return "litigation/form";
    }

    @GetMapping("/litigation/{id}")
    String show(@PathVariable long id, Model model) {
        populate(id, model);
        return CASE_VIEW;
    }

    private void populate(long id, Model model) {
        LitigationCases.CasePage page = cases.page(id);
        model.addAttribute("c", page.c());
        model.addAttribute("timeline", page.timeline());
        model.addAttribute("links", links.of(new cn.fazhi.cases.CaseRef(LitigationCases.TYPE, id)));
        model.addAttribute("attachments", page.attachments());
        model.addAttribute("parties", page.parties());
        boolean canEdit = currentUsers.require().can(LitigationCases.EDIT);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("assignees", page.assignees());
        model.addAttribute("appearances", Appearance.values());
        model.addAttribute("reasons", AbsenceReason.values());
        model.addAttribute("outcomes", LitigationOutcome.values());
    }

    private String act(long id, Model model, RedirectAttributes redirect, Supplier<Object> action) {
        populate(id, model);
        return CasePages.attempt(model, CASE_VIEW, () -> {
            action.get();
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/litigation/" + id;
        });
    }

    @PostMapping("/litigation/{id}/hearings")
    @PreAuthorize("hasAuthority('litigation:edit')")
    String hearing(@PathVariable long id, @ModelAttribute RecordAppearance form, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.recordHearing(id, form));
    }

    @PostMapping("/litigation/{id}/outcome")
    @PreAuthorize("hasAuthority('litigation:edit')")
    String outcome(@PathVariable long id, @ModelAttribute RecordOutcome form, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.recordOutcome(id, form));
    }

    @PostMapping("/litigation/{id}/performance")
    @PreAuthorize("hasAuthority('litigation:edit')")
    String performance(@PathVariable long id, @ModelAttribute RequirePerformance form, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.requirePerformance(id, form));
    }

    @PostMapping("/litigation/{id}/performance-completed")
    @PreAuthorize("hasAuthority('litigation:edit')")
    String performed(@PathVariable long id, @ModelAttribute RecordPerformance form, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.performed(id, form));
    }

    @PostMapping("/litigation/{id}/assignment")
    @PreAuthorize("hasAuthority('litigation:edit')")
    String assign(@PathVariable long id, @ModelAttribute cn.fazhi.reconsideration.ReconsiderationForms.AssignHandler form,
            Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.assign(id, form));
    }

    @PostMapping("/litigation/{id}/closure")
    @PreAuthorize("hasAuthority('litigation:edit')")
    String close(@PathVariable long id, @ModelAttribute cn.fazhi.reconsideration.ReconsiderationForms.CaseVersion form,
            Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.close(id, form));
    }
}
