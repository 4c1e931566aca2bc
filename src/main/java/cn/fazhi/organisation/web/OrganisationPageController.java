package cn.fazhi.organisation.web;

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

import cn.fazhi.platform.scope.Caller;
import cn.fazhi.organisation.Regions;
import cn.fazhi.organisation.UnitForm;
import cn.fazhi.organisation.UnitType;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;

/** Units (within the user's scope) and regions; administrators edit them. */
@Controller
@PreAuthorize("hasAuthority('org:unit:view')")
class OrganisationPageController {

    private final Caller caller;
    private final Units units;
    private final Regions regions;

    OrganisationPageController(Caller caller, Units units, Regions regions) {
        this.caller = caller;
        this.units = units;
        this.regions = regions;
    }

    @GetMapping("/admin/units")
    String units(Model model) {
        model.addAttribute("tree", units.tree(units.visible(caller.scope())));
        model.addAttribute("canEdit", caller.can("org:unit:edit"));
        return "organisation/units";
    }

    @GetMapping("/admin/units/new")
    @PreAuthorize("hasAuthority('org:unit:edit')")
    String createForm(Model model) {
        return form(model, UnitForm.empty(), null);
    }

    @PostMapping("/admin/units")
    @PreAuthorize("hasAuthority('org:unit:edit')")
    @cn.fazhi.platform.web.SubmitOnce
    String create(@Validated @ModelAttribute("form") UnitForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        form(model, form, null);
        if (Pages.invalid(model, errors)) {
            return "organisation/unit-form";
        }
        return Pages.attempt(model, "organisation/unit-form", () -> {
            UnitView created = units.create(form);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/admin/units/" + created.id();
        });
    }

    @GetMapping("/admin/units/{id}")
    String edit(@PathVariable long id, Model model) {
        UnitView unit = visible(id);
        return form(model, UnitForm.of(unit), unit);
    }

    @PostMapping("/admin/units/{id}")
    @PreAuthorize("hasAuthority('org:unit:edit')")
    String update(@PathVariable long id, @Validated @ModelAttribute("form") UnitForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        UnitView unit = visible(id);
        form(model, form, unit);
        if (Pages.invalid(model, errors)) {
            return "organisation/unit-form";
        }
        return Pages.attempt(model, "organisation/unit-form", () -> {
            units.update(id, form);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/admin/units/" + id;
        });
    }

    @GetMapping("/admin/regions")
    String regions(Model model) {
        model.addAttribute("regions", regions.districtRegions());
        model.addAttribute("townships", regions.townships());
        model.addAttribute("canEdit", caller.can("org:region:edit"));
        return "organisation/regions";
    }

    @PostMapping("/admin/regions")
    @PreAuthorize("hasAuthority('org:region:edit')")
    String addVillage(@RequestParam(required = false) String township, @RequestParam(required = false) String code,
            @RequestParam(required = false) String name, Model model, RedirectAttributes redirect) {
        regions(model);
        return Pages.attempt(model, "organisation/regions", () -> {
            regions.addVillage(township, code, name);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/admin/regions";
        });
    }

    private UnitView visible(long id) {
        return units.findVisible(id, caller.scope()).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    private String form(Model model, UnitForm form, UnitView unit) {
        model.addAttribute("form", form);
        model.addAttribute("unit", unit);
        model.addAttribute("types", UnitType.values());
        model.addAttribute("parents", units.all());
        model.addAttribute("regions", regions.districtRegions());
        model.addAttribute("canEdit", caller.can("org:unit:edit"));
        return "organisation/unit-form";
    }
}
