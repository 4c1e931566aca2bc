package cn.fazhi.mediation.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.mediation.MediationCommittees;
import cn.fazhi.mediation.MediatorForm;
import cn.fazhi.mediation.VillageCommitteeForm;
import cn.fazhi.platform.web.Pages;

/** Mediation committees in the caller's scope and their mediators. */
@Controller
@PreAuthorize("hasAuthority('mediation:view')")
class CommitteePageController {

    private final MediationCommittees committees;
    private final CurrentUsers currentUsers;

    CommitteePageController(MediationCommittees committees, CurrentUsers currentUsers) {
        this.committees = committees;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/mediation/committees")
    String list(Model model) {
        return page(model);
    }

    @PostMapping("/mediation/committees/mediators")
    @PreAuthorize("hasAuthority('mediation:committee:edit')")
    String addMediator(@ModelAttribute MediatorForm form, Model model, RedirectAttributes redirect) {
        page(model);
        return Pages.attempt(model, "mediation/committees", () -> {
            committees.addMediator(form, currentUsers.require().scope());
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/mediation/committees";
        });
    }

    @PostMapping("/mediation/committees")
    @PreAuthorize("hasAuthority('mediation:committee:edit')")
    String addCommittee(@ModelAttribute VillageCommitteeForm form, Model model, RedirectAttributes redirect) {
        page(model);
        return Pages.attempt(model, "mediation/committees", () -> {
            committees.addVillageCommittee(form, currentUsers.require().scope());
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/mediation/committees";
        });
    }

    private String page(Model model) {
        CurrentUser me = currentUsers.require();
        model.addAttribute("committees", committees.visible(me.scope()));
        model.addAttribute("mediators", committees.mediators(me.scope()));
        model.addAttribute("canEdit", me.can("mediation:committee:edit"));
        return "mediation/committees";
    }
}
