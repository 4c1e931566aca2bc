package cn.fazhi.enforcement.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.enforcement.EnforcementBodies;
import cn.fazhi.enforcement.EnforcementBodyCommands;
import cn.fazhi.enforcement.EnforcementBodyKind;
import cn.fazhi.enforcement.EnforcementBodyView;
import cn.fazhi.enforcement.EnforcementMatterCategory;
import cn.fazhi.enforcement.OfficerSpreadsheets;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import jakarta.servlet.http.HttpServletResponse;

/** Staff pages: enforcement bodies (执法主体) and their matters (执法事项). */
@Controller
@PreAuthorize("hasAuthority('enforcement:view')")
class BodyPageController {

    private static final int PAGE_SIZE = 50;

    private final EnforcementBodies bodies;
    private final OfficerSpreadsheets spreadsheets;
    private final CurrentUsers currentUsers;
    private final Units units;
    private final MessageSource messages;
    private final Clock clock;

    BodyPageController(EnforcementBodies bodies, OfficerSpreadsheets spreadsheets, CurrentUsers currentUsers, Units units,
            MessageSource messages, Clock clock) {
        this.bodies = bodies;
        this.spreadsheets = spreadsheets;
        this.currentUsers = currentUsers;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/enforcement/bodies")
    String list(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("unitId", unitId);
        model.addAttribute("result", bodies.search(q, unitId, page, PAGE_SIZE, scope()));
        model.addAttribute("units", units.visible(scope()));
        model.addAttribute("pageLink", Pages.pageLink());
        return "enforcement/officers/bodies";
    }

    @GetMapping("/enforcement/bodies/export")
    void export(HttpServletResponse response) throws IOException {
        OfficerPages.startDownload(response, messages.getMessage("enforcement.officers.bodies.fileName", null,
                LocaleContextHolder.getLocale()) + "-" + LocalDate.now(clock) + ".xlsx");
        spreadsheets.exportBodies(scope(), response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    @GetMapping("/enforcement/bodies/new")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    String newBody(Model model) {
        return form(model, new EnforcementBodyCommands.Body(null, null, EnforcementBodyKind.STATUTORY, null, null, null, true));
    }

    @PostMapping("/enforcement/bodies")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @SubmitOnce
    String create(@Validated @ModelAttribute("form") EnforcementBodyCommands.Body form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return OfficerPages.act(errors, model, redirect, () -> form(model, form),
                () -> "/enforcement/bodies/" + bodies.create(form, scope()).id());
    }

    @GetMapping("/enforcement/bodies/{id}")
    String body(@PathVariable long id, Model model) {
        return show(model, bodies.get(id, scope()), null, null);
    }

    @PostMapping("/enforcement/bodies/{id}")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    String update(@PathVariable long id, @RequestParam(name = "version", required = false) Integer version,
            @Validated @ModelAttribute("form") EnforcementBodyCommands.Body form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        EnforcementBodyView b = bodies.get(id, scope());
        return OfficerPages.act(errors, model, redirect, () -> show(model, b, form, null), () -> {
            bodies.update(id, version, form, scope());
            return "/enforcement/bodies/" + id;
        });
    }

    @PostMapping("/enforcement/bodies/{id}/matters")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @SubmitOnce
    String addMatter(@PathVariable long id, @Validated @ModelAttribute("matter") EnforcementBodyCommands.Matter matter,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        EnforcementBodyView b = bodies.get(id, scope());
        return OfficerPages.act(errors, model, redirect, () -> show(model, b, null, matter), () -> {
            bodies.addMatter(id, matter, scope());
            return "/enforcement/bodies/" + id;
        });
    }

    private String form(Model model, EnforcementBodyCommands.Body form) {
        model.addAttribute("form", form);
        model.addAttribute("units", units.visible(scope()));
        model.addAttribute("allUnits", units.all());
        model.addAttribute("kinds", EnforcementBodyKind.values());
        return "enforcement/officers/body-form";
    }

    private String show(Model model, EnforcementBodyView b, EnforcementBodyCommands.Body entered,
            EnforcementBodyCommands.Matter matter) {
        model.addAttribute("b", b);
        model.addAttribute("form", entered != null ? entered : new EnforcementBodyCommands.Body(b.unitId(), b.name(),
                b.kind(), b.entrustingUnitId(), b.legalBasis(), b.areas(), b.active()));
        model.addAttribute("matter", matter != null ? matter
                : new EnforcementBodyCommands.Matter(null, null, EnforcementMatterCategory.PENALTY, null, null, null, true));
        model.addAttribute("matters", bodies.matters(b.id(), scope()));
        model.addAttribute("units", units.visible(scope()));
        model.addAttribute("allUnits", units.all());
        model.addAttribute("kinds", EnforcementBodyKind.values());
        model.addAttribute("categories", EnforcementMatterCategory.values());
        model.addAttribute("canManage", currentUsers.require().can("enforcement:manage"));
        return "enforcement/officers/body";
    }

    private DataScope scope() {
        return currentUsers.require().scope();
    }
}
