package cn.fazhi.mediation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.mediation.DisputeCategory;
import cn.fazhi.mediation.Disputes;
import cn.fazhi.mediation.PublicApplication;
import cn.fazhi.mediation.TrackingReceipt;
import cn.fazhi.organisation.Regions;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;
import jakarta.servlet.http.HttpServletResponse;

/** Public portal pages (no login): apply for mediation online and track it with the code and secret. */
@Controller
class PublicMediationPageController {

    private final Disputes disputes;
    private final Regions regions;

    PublicMediationPageController(Disputes disputes, Regions regions) {
        this.disputes = disputes;
        this.regions = regions;
    }

    @GetMapping("/public/mediation/apply")
    String applyForm(Model model) {
        return form(model, new PublicApplication(null, null, null, null, null, null, null, null, null, null));
    }

    @PostMapping("/public/mediation/apply")
    @SubmitOnce
    String apply(@Validated @ModelAttribute("form") PublicApplication form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        form(model, form);
        if (Pages.invalid(model, errors)) {
            return "mediation/public-apply";
        }
        return Pages.attempt(model, "mediation/public-apply", () -> {
            TrackingReceipt receipt = disputes.apply(form);
            redirect.addFlashAttribute("receipt", receipt);
            return "redirect:/public/mediation/applied";
        });
    }

    /**
     * The receipt (post/redirect/get): the code and secret arrive once as flash attributes; a reload shows only that
     * the application was submitted, neither filing it again nor showing the secret again.
     */
    @GetMapping("/public/mediation/applied")
    String applied() {
        return "mediation/public-receipt";
    }

    @GetMapping("/public/mediation/track")
    String trackForm() {
        return "mediation/public-track";
    }

    /**
     * The kernel's receipts decide: one answer (404) for a wrong code or secret, 429 after too many failures from one
     * address; the page shows the message with that status.
     */
    @PostMapping("/public/mediation/track")
    String track(@RequestParam(required = false) String code, @RequestParam(required = false) String secret,
            Model model, HttpServletResponse response) {
        model.addAttribute("code", code);
        try {
            model.addAttribute("tracking", disputes.track(code, secret));
        } catch (UserFacingException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            response.setStatus(e.status().value());
        }
        return "mediation/public-track";
    }

    private String form(Model model, PublicApplication form) {
        model.addAttribute("form", form);
        model.addAttribute("townships", regions.townships());
        model.addAttribute("categories", DisputeCategory.values());
        return "mediation/public-apply";
    }
}
