package cn.fazhi.reconsideration.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.organisation.Regions;
import cn.fazhi.organisation.UnitType;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.reconsideration.ReconsiderationCases;
import cn.fazhi.reconsideration.ReconsiderationForms.RegisterApplication;
import cn.fazhi.reconsideration.domain.ActCategory;
import cn.fazhi.reconsideration.domain.PartyKind;

/**
 * The login-free portal: apply online (the tracking code and secret are shown once; only the secret's SM3 digest is
 * kept) and track an application with both (status and dates only).
 */
@Controller
class PublicReconsiderationController {

    private final ReconsiderationCases cases;
    private final Units units;
    private final Regions regions;

    PublicReconsiderationController(ReconsiderationCases cases, Units units, Regions regions) {
        this.cases = cases;
        this.units = units;
        this.regions = regions;
    }

    @GetMapping("/public/reconsideration/apply")
    String applyForm(Model model) {
        return form(model, null);
    }

    @PostMapping("/public/reconsideration/apply")
    @SubmitOnce
    String apply(@ModelAttribute("form") RegisterApplication form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        form(model, form);
        Pages.invalid(model, binding);
        if (!ApplicationFormCheck.check(cases, cases.online(form), Pages.errors(model)).isEmpty()) {
            return "reconsideration/apply";
        }
        return CasePages.attempt(model, "reconsideration/apply", () -> {
            redirect.addFlashAttribute("receipt", cases.applyOnline(form));
            return "redirect:/public/reconsideration/applied";
        });
    }

    /**
     * The receipt (post/redirect/get): the code and secret arrive once as flash attributes; a reload shows only that
     * the application was submitted, neither filing it again nor showing the secret again.
     */
    @GetMapping("/public/reconsideration/applied")
    String applied() {
        return "reconsideration/applied";
    }

    private String form(Model model, RegisterApplication form) {
        model.addAttribute("form", form);
        model.addAttribute("units", units.all().stream()
                .filter(u -> u.active() && (u.type() == UnitType.DEPARTMENT || u.type() == UnitType.GOVERNMENT
                        || u.type() == UnitType.TOWNSHIP_GOVERNMENT))
                .toList());
        model.addAttribute("townships", regions.townships());
        model.addAttribute("kinds", PartyKind.values());
        model.addAttribute("categories", ActCategory.values());
        model.addAttribute("actKinds", cn.fazhi.reconsideration.domain.ActKind.values());
        return "reconsideration/apply";
    }

    @GetMapping("/public/reconsideration/track")
    String trackForm() {
        return "reconsideration/track";
    }

    @PostMapping("/public/reconsideration/track")
    String track(@RequestParam(required = false) String code, @RequestParam(required = false) String secret,
            Model model) {
        model.addAttribute("code", code);
        return Pages.attempt(model, "reconsideration/track", () -> {
            model.addAttribute("result", cases.track(code, secret));
            return "reconsideration/track";
        });
    }
}
